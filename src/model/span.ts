/** A half-open range `[start, end)` of UTF-16 code units into a document's decoded, untouched text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A 1-based line and 1-based column (UTF-16 code units), always derived from an offset. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** A span with its derived start and end points (`endColumn` points just past the last character). */
export interface Place extends Span {
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
}
