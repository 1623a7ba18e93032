import yaml from 'js-yaml';
import type { FrontMatter } from '../model/document.js';

/** Matches the opening delimiter line; the front matter must start at the very top (after a BOM). */
const OPEN = /^---[ \t]*(?:\r\n|\r|\n)/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*$/;

/**
 * Finds and parses a YAML front-matter block at the top of a document. Only the safe core schema is
 * used, so `!!js/function` and friends are refused instead of run. A block without its closing line
 * is reported as malformed and the whole text is treated as body.
 */
export function parseFrontMatter(text: string): FrontMatter | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  let offset = open[0].length;
  while (offset <= text.length) {
    const lineEnd = nextLineEnd(text, offset);
    const line = text.slice(offset, lineEnd.end);
    if (CLOSE.test(line)) {
      const yamlText = text.slice(open[0].length, offset);
      return build({ start: 0, end: lineEnd.next }, yamlText, open[0].length);
    }
    if (lineEnd.next === offset) break;
    offset = lineEnd.next;
  }
  return {
    span: { start: 0, end: open[0].length },
    data: {},
    error: { message: 'front matter is not closed by a "---" line', offset: 0 },
  };
}

function build(span: { start: number; end: number }, yamlText: string, yamlStart: number): FrontMatter {
  try {
    const data = yaml.load(yamlText, { schema: yaml.CORE_SCHEMA, json: false });
    if (data === undefined || data === null) return { span, data: {} };
    if (typeof data !== 'object' || Array.isArray(data)) {
      return { span, data: {}, error: { message: 'front matter is not a mapping of keys to values', offset: yamlStart } };
    }
    return { span, data: data as Record<string, unknown> };
  } catch (err) {
    const e = err as { reason?: string; message?: string; mark?: { position?: number } };
    const reason = (e.reason ?? e.message ?? 'invalid YAML').split('\n')[0]!;
    return { span, data: {}, error: { message: `invalid YAML: ${reason}`, offset: yamlStart + (e.mark?.position ?? 0) } };
  }
}

function nextLineEnd(text: string, from: number): { end: number; next: number } {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { end: i, next: i + 1 };
    if (c === 13) return { end: i, next: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return { end: text.length, next: text.length };
}

/**
 * The document's reference date as `YYYY-MM-DD`, from `date` (or `published`/`posttime`), which
 * may be a YAML date, a `2025-12-22 22:20:48 +0800` string, or `2025/12/22`. The local calendar
 * date as written is kept: a time zone never moves the day.
 */
export function referenceDateOf(data: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of ['date', 'published', 'publishDate', 'posttime', 'pubdate']) {
    const v = data[key];
    if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
    if (typeof v === 'string') {
      const m = /^\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(v);
      if (m) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    }
  }
  return undefined;
}
