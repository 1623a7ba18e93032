import type { Place, Point, Span } from '../model/span.js';

/**
 * Offset ↔ line/column conversion for one text. Lines end at `\n`, `\r\n` or a lone `\r`, so files
 * saved by old Mac or Windows editors report the same line numbers an editor shows.
 */
export class LineIndex {
  /** Offset at which each line starts; `lineStarts[0]` is 0. */
  private readonly lineStarts: Uint32Array;

  constructor(text: string) {
    const starts: number[] = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = Uint32Array.from(starts);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** 1-based line and column of an offset. */
  point(offset: number): Point {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  }

  /** Offset of the first character of a 1-based line. */
  lineStart(line: number): number {
    return this.lineStarts[Math.min(Math.max(line, 1), this.lineStarts.length) - 1]!;
  }

  /** A span with its derived points; the end point is exclusive, as in ESLint and SARIF. */
  place(span: Span): Place {
    const a = this.point(span.start);
    const b = this.point(span.end);
    return { start: span.start, end: span.end, line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  }
}
