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
    if (yamlText.includes('*') && exceedsValueBudget(data, MAX_FRONT_MATTER_VALUES)) {
      const message = `front matter expands to more than ${MAX_FRONT_MATTER_VALUES} values through aliases ("billion laughs")`;
      return { span, data: {}, error: { message, offset: yamlStart } };
    }
    return { span, data: data as Record<string, unknown> };
  } catch (err) {
    const e = err as { reason?: string; message?: string; mark?: { position?: number } };
    const reason = (e.reason ?? e.message ?? 'invalid YAML').split('\n')[0]!;
    return { span, data: {}, error: { message: `invalid YAML: ${reason}`, offset: yamlStart + (e.mark?.position ?? 0) } };
  }
}

/** More values than any real front matter holds; aliases repeated inside aliases exceed it fast. */
const MAX_FRONT_MATTER_VALUES = 10_000;

/**
 * Counts values as a reader following every alias would see them, stopping at `budget`: js-yaml
 * shares aliased nodes, so parsing is cheap, but anything that walked or serialised the result
 * (and cyclic aliases) would explode. Stops early, so the walk itself is bounded.
 */
function exceedsValueBudget(root: unknown, budget: number): boolean {
  let seen = 0;
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const v = stack.pop();
    if (++seen > budget) return true;
    if (Array.isArray(v)) for (const item of v) stack.push(item);
    else if (v !== null && typeof v === 'object') for (const item of Object.values(v)) stack.push(item);
  }
  return false;
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
      if (m && isCalendarDate(Number(m[1]), Number(m[2]), Number(m[3]))) return `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`;
    }
  }
  return undefined;
}

/** `2025-13-45` looks like a date but names none: it must not become a reference date. */
export function isCalendarDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}
