import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { segmentDocument } from '../../src/segment/segment-document.js';
import { analyzeBytes, expectClaimsConsistent, fixtureBytes } from './support.js';

describe('hostile or malformed front matter: a clear finding, the body still scanned', () => {
  const cases: [string, string, number][] = [
    ['unclosed.md', 'front matter is not closed by a "---" line', 1],
    ['tabs.md', 'invalid YAML: tab characters must not be used in indentation', 3],
    ['duplicate-keys.md', 'invalid YAML: duplicated mapping key', 3],
    ['billion-laughs.md', 'front matter expands to more than 10000 values through aliases ("billion laughs")', 2],
    ['js-function.md', 'invalid YAML: unknown tag !<tag:yaml.org,2002:js/function>', 2],
    ['not-a-mapping.md', 'front matter is not a mapping of keys to values', 2],
  ];
  for (const [file, reason, line] of cases) {
    it(`${file}: "${reason}"`, () => {
      const { result, text } = analyzeBytes(file, fixtureBytes(`front-matter/${file}`));
      expect(result.findings.map((f) => [f.ruleId, f.severity, f.message, f.locations[0]!.line])).toEqual([
        ['invalid-front-matter', 'warning', `${file}: front matter ignored: ${reason}; the body is still scanned`, line],
      ]);
      expect(result.claims.map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('200亿美元')]));
      expect(result.referenceDate).toBeUndefined();
      expectClaimsConsistent(result, text);
    });
  }

  it('never runs code from a !!js/function tag', () => {
    analyzeBytes('js-function.md', fixtureBytes('front-matter/js-function.md'));
    expect(existsSync('/tmp/pwned')).toBe(false);
  });

  it('parses valid front matter with CRLF line ends and keeps body line numbers', () => {
    const { result } = analyzeBytes('valid-crlf.md', fixtureBytes('front-matter/valid-crlf.md'));
    expect(result.findings).toEqual([]);
    expect(result.referenceDate).toBe('2025-12-22');
    expect(result.claims[0]).toMatchObject({ line: 5 });
  });

  it('keeps nothing of a billion-laughs block that a later stage could walk or serialise', () => {
    const source = sourceFromBytes('b.md', fixtureBytes('front-matter/billion-laughs.md'));
    expect(source.frontMatter?.data).toEqual({});
  });

  it('ignores a date that is no calendar date', () => {
    const source = sourceFromBytes('d.md', new TextEncoder().encode('---\ndate: 2025-13-45\n---\n正文\n'));
    expect(source.referenceDate).toBeUndefined();
  });
});

describe('Markdown tables: ragged rows, escaped pipes, pipes in code, no header', () => {
  const source = sourceFromBytes('tables.md', fixtureBytes('structure/tables.md'));
  const doc = segmentDocument(source);
  const rows = doc.segments.filter((s) => s.kind === 'table-row');
  const cells = (i: number) => rows[i]!.cells!.map((c) => source.text.slice(c.start, c.end));

  it('splits every row into its own cells, however many', () => {
    expect(rows).toHaveLength(7);
    expect(cells(2)).toEqual(['英伟达', '570亿美元']);
    expect(cells(3)).toEqual(['阿里巴巴', '2477亿元', '含 \\| 管道', '多余']);
    expect(cells(4)).toEqual(['腾讯', '`a|b` 1929亿元', '']);
  });

  it('tells a table without a header row from one with a header', () => {
    expect(rows.map((r) => [r.table!.id, r.table!.row, r.table!.header])).toEqual([
      [0, 0, true], [0, 1, false], [0, 2, false], [0, 3, false], [0, 4, false],
      [1, 0, false], [1, 1, false],
    ]);
  });

  it('finds the figures in the cells at their exact places', () => {
    const { result, text } = analyzeBytes('tables.md', fixtureBytes('structure/tables.md'));
    expect(result.claims.map((c) => `${c.line}:${c.column} ${c.text}`)).toEqual([
      '5:9 570亿美元', '6:10 2477亿元', '7:14 1929亿元', '9:9 5%', '10:9 7%', '12:8 62%',
    ]);
    expectClaimsConsistent(result, text);
  });
});

describe('line endings: CRLF, lone CR and a mix keep line numbers right', () => {
  for (const file of ['crlf.txt', 'lone-cr.txt', 'mixed-endings.md']) {
    it(file, () => {
      const { result, text } = analyzeBytes(file, fixtureBytes(`structure/${file}`));
      const found = result.claims.map((c) => `${c.line}:${c.column} ${c.text}`);
      expect(found.slice(0, 3)).toEqual(['1:7 570亿美元', '3:7 62%', '4:5 $2 billion']);
      expectClaimsConsistent(result, text);
    });
  }

  it('keeps the line of each block in a mixed-endings file (a blank CRLF line ends a Markdown paragraph)', () => {
    const source = sourceFromBytes('mixed-endings.md', fixtureBytes('structure/mixed-endings.md'));
    const doc = segmentDocument(source);
    expect(doc.segments.map((s) => doc.lineIndex.point(s.span.start).line)).toEqual([1, 3]);
    const { result } = analyzeBytes('mixed-endings.md', fixtureBytes('structure/mixed-endings.md'));
    expect(result.claims.at(-1)).toMatchObject({ line: 5, column: 5, text: '3亿元' });
  });
});

describe('mixed scripts within one sentence', () => {
  it('finds the Chinese and English figures of a sentence that mixes Han, Latin, kana and Hangul', () => {
    const { result, text } = analyzeBytes('mixed-scripts.md', fixtureBytes('structure/mixed-scripts.md'));
    const texts = result.claims.map((c) => c.text);
    expect(texts).toEqual(expect.arrayContaining([expect.stringContaining('200亿美元'), '$20 billion', '5%']));
    expect(result.lang).toBe('zh');
    expectClaimsConsistent(result, text);
  });
});
