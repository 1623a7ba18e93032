import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';
import { indexHolding } from '../text/span-search.js';

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

/** The index of the cell of a row that holds `offset` (-1 if none): looked up per cell or per figure. */
export function cellAt(cells: readonly Span[], offset: number): number {
  return indexHolding(cells, offset, (cell) => cell);
}
