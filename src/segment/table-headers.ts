import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';

const HEADERS = new WeakMap<Document, ReadonlyMap<number, Segment>>();

/**
 * The header row of a table row's table, if it has one. The headers of a document are found in
 * one pass: looked up per figure, a search through the segments made a table of 32,000 rows
 * without a header quadratic (6.5 s).
 */
export function tableHeaderOf(doc: Document, row: Segment): Segment | undefined {
  if (!row.table) return undefined;
  let headers = HEADERS.get(doc);
  if (!headers) {
    const found = new Map<number, Segment>();
    for (const s of doc.segments) if (s.table?.header && !found.has(s.table.id)) found.set(s.table.id, s);
    HEADERS.set(doc, (headers = found));
  }
  return headers.get(row.table.id);
}

/**
 * The index of the cell of a row that holds `offset` (-1 if none), by binary search: looked up
 * per cell or per figure, a linear search made a row of many thousand cells quadratic.
 */
export function cellAt(cells: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = cells.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const cell = cells[mid]!;
    if (offset < cell.start) hi = mid - 1;
    else if (offset >= cell.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
