import { describe, expect, it } from 'vitest';
import { joinChunks, prettyJsonChunks, StreamedArray } from '../../src/report/json-chunks.js';

/** The same record with every streamed array made a plain array again. */
function plain(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, v instanceof StreamedArray ? [...v.items] : v]));
}

describe('prettyJsonChunks', () => {
  const finding = (i: number) => ({
    ruleId: 'conflicting-figure',
    message: `第${i}段 states "1.2 trillion"\nand 1.1\u2028`,
    locations: [{ file: `news/${i}.md`, line: i, text: '营收 1.2 万亿元', value: null, empty: [], nested: {} }],
    skipped: undefined,
  });
  const cases: Record<string, Record<string, unknown>> = {
    'a report with streamed arrays': {
      schemaVersion: 1,
      tool: { name: 'factcheck', version: '1.0.0' },
      summary: { documents: 3, findings: { error: 1, warning: 0 } },
      documents: new StreamedArray([{ file: 'a.md', claims: 2 }, { file: 'b.md', claims: 0 }]),
      findings: new StreamedArray([1, 2, 3].map(finding)),
    },
    'empty streamed arrays': { schemaVersion: 1, documents: new StreamedArray([]), findings: new StreamedArray([]) },
    'plain values only, with undefined fields left out': { a: [], b: {}, c: 'x', d: undefined, e: [1, [2, []]] },
    'nothing at all': {},
    'more items than one chunk holds': { claims: new StreamedArray(Array.from({ length: 3000 }, (_, i) => finding(i))) },
  };
  for (const [name, record] of Object.entries(cases)) {
    it(`writes ${name} exactly as JSON.stringify(…, null, 2)`, () => {
      const expected = JSON.stringify(plain(record), null, 2);
      expect(joinChunks(prettyJsonChunks(record))).toBe(expected);
    });
  }

  it('hands a large array on in several pieces, items made as they are written', () => {
    let made = 0;
    function* items() {
      for (let i = 0; i < 3000; i++) {
        made++;
        yield { i, text: 'x'.repeat(100) };
      }
    }
    const chunks = prettyJsonChunks({ items: new StreamedArray(items()) });
    chunks.next();
    expect(made).toBeLessThan(3000);
    expect([...chunks].length).toBeGreaterThan(2);
  });
});
