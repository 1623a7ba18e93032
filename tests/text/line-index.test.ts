import { describe, expect, it } from 'vitest';
import { LineIndex } from '../../src/text/line-index.js';

describe('LineIndex', () => {
  it('derives 1-based lines and columns from offsets across LF, CRLF and lone CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const index = new LineIndex(text);
    expect(index.lineCount).toBe(4);
    expect(index.point(0)).toEqual({ line: 1, column: 1 });
    expect(index.point(text.indexOf('c'))).toEqual({ line: 2, column: 1 });
    expect(index.point(text.indexOf('f'))).toEqual({ line: 3, column: 2 });
    expect(index.point(text.indexOf('h'))).toEqual({ line: 4, column: 2 });
  });

  it('gives exclusive end points, as ESLint and SARIF expect', () => {
    const text = '英伟达 2025 年\n约200亿美元';
    const start = text.indexOf('约');
    expect(new LineIndex(text).place({ start, end: text.length })).toEqual({
      start, end: text.length, line: 2, column: 1, endLine: 2, endColumn: 8,
    });
  });

  it('counts columns in UTF-16 code units, so an emoji before a figure takes two', () => {
    const text = '😀 17%';
    expect(new LineIndex(text).point(text.indexOf('1')).column).toBe(4);
  });
});
