import type { SegmentKind } from '../model/document.js';
import type { Span } from '../model/span.js';
import { isDelimiterRow, splitCells, trim } from './table-cells.js';

/** A block before language and sentences are added. */
export interface RawBlock {
  readonly kind: SegmentKind;
  readonly span: Span;
  readonly content: Span;
  readonly cells?: readonly Span[];
  readonly table?: { readonly id: number; readonly row: number; readonly header: boolean; readonly delimiter: boolean };
  readonly depth?: number;
}

interface Line {
  readonly start: number;
  /** End of the line's text, before its line break. */
  readonly end: number;
}

const HEADING = /^ {0,3}(#{1,6})(?:[ \t]+|$)/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const LIST_ITEM = /^ {0,3}(?:[-*+•]|\d{1,9}[.)、])[ \t]+/;
const QUOTE = /^ {0,3}>[ \t]?/;
const HTML_COMMENT = /^ {0,3}<!--/;

export interface BlockOptions {
  /**
   * Plain-text articles put one paragraph on each line; Markdown joins consecutive lines into one
   * paragraph until a blank line.
   */
  readonly oneParagraphPerLine: boolean;
}

/** Splits a document body (from `bodyStart`) into blocks with exact spans. */
export function splitBlocks(text: string, bodyStart: number, options: BlockOptions): RawBlock[] {
  const lines = splitLines(text, bodyStart);
  const blocks: RawBlock[] = [];
  let tableId = -1;
  let tableRow = 0;
  let paragraph: Line[] = [];

  const flushParagraph = () => {
    if (paragraph.length === 0) return;
    const first = paragraph[0]!;
    const last = paragraph[paragraph.length - 1]!;
    const q = QUOTE.exec(text.slice(first.start, first.end));
    const content = trim(text, first.start + (q ? q[0].length : 0), last.end);
    blocks.push({ kind: 'paragraph', span: { start: first.start, end: last.end }, content });
    paragraph = [];
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const s = text.slice(line.start, line.end);
    const inTable = tableRow > 0 && isTableLine(s, text, line, false);
    if (!inTable) tableRow = 0;
    if (s.trim() === '') {
      flushParagraph();
      continue;
    }
    const fence = FENCE.exec(s);
    if (fence) {
      flushParagraph();
      let close = n + 1;
      while (close < lines.length && !text.slice(lines[close]!.start, lines[close]!.end).trimStart().startsWith(fence[1]!)) close++;
      const endLine = lines[Math.min(close, lines.length - 1)]!;
      blocks.push({ kind: 'code', span: { start: line.start, end: endLine.end }, content: { start: line.start, end: endLine.end } });
      n = close;
      continue;
    }
    if (HTML_COMMENT.test(s)) {
      flushParagraph();
      blocks.push({ kind: 'html', span: { start: line.start, end: line.end }, content: trim(text, line.start, line.end) });
      continue;
    }
    const next = lines[n + 1];
    const startsTable = tableRow === 0 && (s.trimStart().startsWith('|') || (next !== undefined && isDelimiterLine(text, next)));
    if (inTable || (startsTable && isTableLine(s, text, line, true))) {
      flushParagraph();
      if (tableRow === 0) tableId++;
      const cells = splitCells(text, line.start, line.end);
      const delimiter = isDelimiterRow(text, cells);
      const header = tableRow === 0 && next !== undefined && isDelimiterLine(text, next);
      const span = trim(text, line.start, line.end);
      blocks.push({ kind: 'table-row', span, content: span, cells, table: { id: tableId, row: tableRow, header, delimiter } });
      tableRow++;
      continue;
    }
    const heading = HEADING.exec(s);
    if (heading) {
      flushParagraph();
      let contentEnd = line.end;
      const closing = /[ \t]+#+[ \t]*$/.exec(s);
      if (closing) contentEnd = line.start + closing.index;
      blocks.push({
        kind: 'heading',
        span: { start: line.start, end: line.end },
        content: trim(text, line.start + heading[0].length, contentEnd),
        depth: heading[1]!.length,
      });
      continue;
    }
    if (THEMATIC_BREAK.test(s)) {
      flushParagraph();
      blocks.push({ kind: 'thematic-break', span: { start: line.start, end: line.end }, content: { start: line.end, end: line.end } });
      continue;
    }
    const item = LIST_ITEM.exec(s);
    if (item) {
      flushParagraph();
      blocks.push({ kind: 'list-item', span: { start: line.start, end: line.end }, content: trim(text, line.start + item[0].length, line.end) });
      continue;
    }
    if (options.oneParagraphPerLine) flushParagraph();
    paragraph.push(line);
  }
  flushParagraph();
  return blocks;
}

function isTableLine(s: string, text: string, line: Line, starting: boolean): boolean {
  if (!s.includes('|')) return false;
  const cells = splitCells(text, line.start, line.end);
  return starting ? cells.length >= 2 || s.trimStart().startsWith('|') : true;
}

function isDelimiterLine(text: string, line: Line): boolean {
  const s = text.slice(line.start, line.end);
  if (!s.includes('-')) return false;
  const cells = splitCells(text, line.start, line.end);
  return isDelimiterRow(text, cells);
}

function splitLines(text: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      lines.push({ start, end: i });
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < text.length) lines.push({ start, end: text.length });
  return lines;
}
