import type { YearMention } from '../raw-claim.js';

/** A standalone year 1900–2099; an event or product name written before it makes it an event (CES 2026). */
const YEAR = /(?<![0-9０-９A-Za-z.,\-/])((?:19|20)[0-9]{2})(?![0-9０-９%％]|[.,][0-9]|[-/.][0-9]{1,2}[-/.])/g;
const EVENT_BEFORE = /(?:^|[^A-Za-z])([A-Z][A-Za-z]+|[A-Z]{2,})[ \t]$/;
const NOT_EVENT = new Set(['In', 'Since', 'By', 'Until', 'From', 'During', 'Before', 'After', 'Of', 'For', 'The', 'And', 'Early', 'Late', 'Mid', 'Fiscal', 'FY']);

/** Years stated in a paragraph, in order; the context partial dates take their year from. */
export function yearMentions(text: string, start: number, end: number): YearMention[] {
  const s = text.slice(start, end);
  const out: YearMention[] = [];
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(s); m; m = YEAR.exec(s)) {
    const name = EVENT_BEFORE.exec(s.slice(Math.max(0, m.index - 20), m.index));
    out.push({ pos: start + m.index, year: Number(m[1]), event: !!name && !NOT_EVENT.has(name[1]!) });
  }
  return out;
}
