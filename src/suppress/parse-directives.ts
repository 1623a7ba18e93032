import { locate } from '../check/locate.js';
import type { Document, Segment } from '../model/document.js';
import type { DirectiveDigest, SuppressedRegion } from '../model/result.js';
import type { Span } from '../model/span.js';
import { frontMatterDirective } from './front-matter-directive.js';

/** The start of anything that looks like a directive: `<!-- factcheck-<kind>`. */
const DIRECTIVE_START = /<!--[ \t]*factcheck-([A-Za-z-]*)/g;
const KINDS = ['disable', 'enable', 'disable-line', 'disable-next-block', 'disable-file'] as const;

type Kind = (typeof KINDS)[number];

interface Comment {
  readonly kind: Kind;
  /** Why the comment cannot be a directive (unknown form, not closed on its line). */
  readonly invalid?: string;
  readonly rules: readonly string[];
  readonly reason?: string;
  readonly span: Span;
  readonly segment: Segment;
}

interface OpenRegion {
  readonly directive: number;
  readonly start: number;
  readonly rules: readonly string[];
  readonly except: readonly string[];
}

/**
 * Finds a document's suppression directives and the regions each silences. Directives are HTML
 * comments in any block but code (so docs can show the syntax), in Markdown and plain text alike.
 */
export function parseDirectives(doc: Document): DirectiveDigest[] {
  const directives: Omit<DirectiveDigest, 'regions' | 'used'>[] = [];
  const regions: SuppressedRegion[][] = [];
  const fm = frontMatterDirective(doc);
  if (fm) {
    directives.push(fm);
    regions.push(fm.invalid ? [] : [{ start: 0, end: doc.text.length, rules: fm.rules }]);
  }
  let open: OpenRegion[] = [];
  const close = (o: OpenRegion, end: number) => {
    regions[o.directive]!.push({ start: o.start, end, rules: o.rules, ...(o.except.length ? { except: o.except } : {}) });
  };
  for (const c of commentsOf(doc)) {
    if (c.invalid) {
      directives.push({ kind: c.kind, rules: [], invalid: c.invalid, location: locate(doc, c.span) });
      regions.push([]);
      continue;
    }
    if (c.kind === 'enable') {
      open = reopen(open, c, close);
      continue;
    }
    const index = directives.length;
    directives.push({ kind: c.kind, rules: c.rules, ...(c.reason ? { reason: c.reason } : {}), location: locate(doc, c.span) });
    regions.push([]);
    if (c.kind === 'disable') open.push({ directive: index, start: c.span.start, rules: c.rules, except: [] });
    else {
      const span = c.kind === 'disable-file' ? { start: 0, end: doc.text.length } : c.kind === 'disable-line' ? lineOf(doc, c.span) : nextBlock(doc, c.segment);
      if (span) regions[index]!.push({ start: span.start, end: span.end, rules: c.rules });
    }
  }
  for (const o of open) close(o, doc.text.length);
  return directives.map((d, i) => ({ ...d, regions: regions[i]!, used: [] }));
}

/** `factcheck-enable` ends the open regions it names (all of them without a list). */
function reopen(open: OpenRegion[], c: Comment, close: (o: OpenRegion, end: number) => void): OpenRegion[] {
  const at = c.span.start;
  if (c.rules.length === 0) {
    for (const o of open) close(o, at);
    return [];
  }
  const next: OpenRegion[] = [];
  for (const o of open) {
    if (o.rules.length > 0) {
      const remaining = o.rules.filter((r) => !c.rules.includes(r));
      if (remaining.length === o.rules.length) {
        next.push(o);
        continue;
      }
      close(o, at);
      if (remaining.length > 0) next.push({ ...o, start: at, rules: remaining });
    } else {
      close(o, at);
      next.push({ ...o, start: at, except: [...new Set([...o.except, ...c.rules])] });
    }
  }
  return next;
}

function commentsOf(doc: Document): Comment[] {
  const out: Comment[] = [];
  for (const segment of doc.segments) {
    if (segment.kind === 'code') continue;
    const text = doc.text.slice(segment.span.start, segment.span.end);
    if (!text.includes('factcheck-')) continue;
    DIRECTIVE_START.lastIndex = 0;
    for (let m = DIRECTIVE_START.exec(text); m; m = DIRECTIVE_START.exec(text)) {
      const comment = readComment(text, m, segment);
      out.push(comment);
      DIRECTIVE_START.lastIndex = comment.span.end - segment.span.start;
    }
  }
  return out;
}

/** Reads one `<!-- factcheck-… -->` comment; it must be closed on its own line. */
function readComment(text: string, m: RegExpExecArray, segment: Segment): Comment {
  const at = segment.span.start + m.index;
  const lineEnd = endOfLine(text, m.index + m[0].length);
  const close = text.indexOf('-->', m.index + m[0].length);
  const written = `factcheck-${m[1]}`;
  if (!(KINDS as readonly string[]).includes(m[1]!)) {
    const hint = m[1] === 'disable-next-line' ? ' (in Markdown the unit is a block: factcheck-disable-next-block)' : '';
    const end = close >= 0 && close < lineEnd ? close + 3 : lineEnd;
    return { kind: 'disable', invalid: `"${written}" is not a factcheck directive${hint}`, rules: [], span: { start: at, end: segment.span.start + end }, segment };
  }
  if (close < 0 || close > lineEnd) {
    return { kind: m[1] as Kind, invalid: `"${written}" must end with "-->" on the same line`, rules: [], span: { start: at, end: segment.span.start + lineEnd }, segment };
  }
  const body = text.slice(m.index + m[0].length, close);
  const [list, ...reasonParts] = body.split(/(?:^|\s)--(?:\s|$)/);
  const reason = reasonParts.join(' -- ').trim();
  return {
    kind: m[1] as Kind,
    rules: (list ?? '').split(/[\s,]+/).filter((r) => r !== ''),
    ...(reason ? { reason } : {}),
    span: { start: at, end: segment.span.start + close + 3 },
    segment,
  };
}

function endOfLine(text: string, from: number): number {
  const i = text.slice(from).search(/[\r\n]/);
  return i < 0 ? text.length : from + i;
}

function lineOf(doc: Document, span: Span): Span {
  const { line } = doc.lineIndex.point(span.start);
  const start = doc.lineIndex.lineStart(line);
  const nextStart = line < doc.lineIndex.lineCount ? doc.lineIndex.lineStart(line + 1) : doc.text.length;
  return { start, end: nextStart };
}

/** The block after the directive's: a paragraph, heading, whole table or whole list. */
function nextBlock(doc: Document, after: Segment): Span | undefined {
  // By index, not slices: a copy of the rest of the document per directive is quadratic.
  const { segments } = doc;
  let i = after.index + 1;
  while (i < segments.length && segments[i]!.kind === 'html') i++;
  const first = segments[i];
  if (!first) return undefined;
  let last = first;
  for (let j = first.index + 1; j < segments.length; j++) {
    const s = segments[j]!;
    const sameTable = first.kind === 'table-row' && s.kind === 'table-row' && s.table?.id === first.table?.id;
    const sameList = first.kind === 'list-item' && s.kind === 'list-item';
    if (!sameTable && !sameList) break;
    last = s;
  }
  return { start: first.span.start, end: last.span.end };
}
