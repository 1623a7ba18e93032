import type { Span } from '../model/span.js';

/**
 * Splits a table row into trimmed cell spans. Pipes escaped as `\|` or inside `code` stay in
 * their cell; the outer pipes are optional, as in GitHub's tables.
 */
export function splitCells(text: string, start: number, end: number): Span[] {
  const cells: Span[] = [];
  let i = start;
  while (i < end && isBlank(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) === 124) i++;
  let cellStart = i;
  let inCode = false;
  let lastPipe = -1;
  for (; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 92 && i + 1 < end) {
      i++;
      continue;
    }
    if (c === 96) inCode = !inCode;
    else if (c === 124 && !inCode) {
      cells.push(trim(text, cellStart, i));
      cellStart = i + 1;
      lastPipe = i;
    }
  }
  const tail = trim(text, cellStart, end);
  if (tail.end > tail.start || lastPipe < 0) cells.push(tail);
  return cells;
}

/** A delimiter row: every cell is dashes with optional alignment colons (`| :--- | ---: |`). */
export function isDelimiterRow(text: string, cells: readonly Span[]): boolean {
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(text.slice(c.start, c.end)));
}

export function trim(text: string, start: number, end: number): Span {
  while (start < end && isBlank(text.charCodeAt(start))) start++;
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--;
  return { start, end };
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 0x3000 || c === 0xa0 || c === 13 || c === 10;
}
