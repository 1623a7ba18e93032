import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bindClaims } from '../../src/bind/bind-claims.js';
import { extractClaims } from '../../src/extract/extract-claims.js';
import type { Claim } from '../../src/model/claim.js';
import { analyse, findingsOf, complaints } from '../check/crosscheck-helpers.js';
import { ROOT, docFrom } from '../helpers.js';

/** A claim as a line: where, what it says, what it is about. */
const line = (c: Claim): string =>
  [c.line, c.text, c.kind, c.value, c.unit ?? c.currency ?? '', c.attribute ?? '-', c.period ?? '-', c.subject?.id ?? '-'].join(' ');

describe('units stated once in a table label', () => {
  const doc = docFrom('unit-labels.md', readFileSync(path.join(ROOT, 'fixtures/extract/unit-labels.md'), 'utf8'));
  const claims = bindClaims(doc, extractClaims(doc));
  const inRows = (from: number, to: number) => claims.filter((c) => c.line >= from && c.line <= to).map(line);

  it("reads a bare cell in the unit of its row's label, and the label itself as no figure", () => {
    expect(inRows(12, 15)).toEqual([
      '12 90,977 count 90977 vehicle shipments 2024-Q3 -',
      '12 108,405 count 108405 vehicle shipments 2025-Q2 -',
      '12 128,460 count 128460 vehicle shipments 2025-Q3 -',
      // The row's label also names what is measured when the column's header (a quarter) does not.
      '13 228.5 money 22850000000 CNY revenue 2024-Q3 -',
      '13 259.9 money 25990000000 CNY revenue 2025-Q2 -',
      '13 312.6 money 31260000000 CNY revenue 2025-Q3 -',
      '14 13.9% percent 13.9  gross-margin:automotive 2024-Q3 -',
      '14 16.2% percent 16.2  gross-margin:automotive 2025-Q2 -',
      '14 17.8% percent 17.8  gross-margin:automotive 2025-Q3 -',
      '15 27.3 money 2730000000 CNY net-loss 2024-Q3 -',
      '15 18.4 money 1840000000 CNY net-loss 2025-Q2 -',
      '15 9.7 money 970000000 CNY net-loss 2025-Q3 -',
    ]);
  });

  it("reads a bare cell in the unit of its column's header, and leaves a cell of words alone", () => {
    expect(inRows(21, 22)).toEqual([
      '21 28.1 money 28100000000 USD revenue - tesla',
      '21 497.1 number 497100  shipments - tesla',
      '21 18.0 percent 18  gross-margin - tesla',
      '22 30.5 money 30500000000 USD revenue - byd',
      '22 1,110 number 1110000  shipments - byd',
      '22 17.6 percent 17.6  gross-margin - byd',
      '22 2 number 2  - - byd',
    ]);
  });

  it('reads the usual ways of writing a label', () => {
    const table = (header: string, cell: string) => {
      const d = docFrom('t.md', `| 公司 | ${header} |\n| --- | --- |\n| 小米 | ${cell} |\n`);
      return extractClaims(d).map((c) => `${c.kind} ${c.value} ${c.unit ?? c.currency ?? ''}`.trim());
    };
    expect(table('营收（单位：亿元）', '1131')).toEqual(['money 113100000000 CNY']);
    expect(table('Revenue (US$ million)', '15.8')).toEqual(['money 15800000 USD']);
    expect(table('Revenue (RMB bn)', '113.1')).toEqual(['money 113100000000 CNY']);
    expect(table('Sales (in millions)', '2.5')).toEqual(['number 2500000']);
    expect(table('销量（万辆）', '46')).toEqual(['count 460000 vehicle']);
    expect(table('Capacity (GW)', '1.2')).toEqual(['quantity 1.2 GW']);
    expect(table('Share (pp)', '3')).toEqual(['percent 3 pp']);
    // A number the extraction leaves alone (a possible year) and a range read as well.
    expect(table('Revenue ($bn)', '2025')).toEqual(['money 2025000000000 USD']);
    expect(table('指引（亿元）', '352-378')).toEqual(['money null CNY']);
    expect(table('指引（亿元）', '约352')).toEqual(['money 35200000000 CNY']);
    // A cell with a unit of its own keeps it; a label that is no unit changes nothing.
    expect(table('营收（亿元）', '1131亿元')).toEqual(['money 113100000000 CNY']);
    expect(table('营收（亿元）', '$15.8 billion')).toEqual(['money 15800000000 USD']);
    expect(table('Revenue (reported)', '15.8')).toEqual(['number 15.8']);
  });

  it("reads the row's label when the column's bracket is no unit, and the company the caption names", () => {
    const article = (caption: string, header: string) =>
      [
        'Halden Semiconductor Equipment Corp., the U.S. maker of etch tools, said revenue rose 3.7% to $3.05 billion in its fiscal first quarter. Halden said orders from China fell. Corvell Systems Inc., a rival, said Corvell would cut prices.',
        '',
        caption,
        '',
        `| ${header} | Q4 FY2025 (ended June 29) | Q1 FY2026 (ended Sept. 28) |`,
        '|---|---|---|',
        '| Revenue ($bn) | 2.94 | 3.05 |',
        '| Gross margin (%) | 46.2 | 47.8 |',
        '| Data center | 1.10 | 1.25 |',
        '',
      ].join('\n');
    const rows = (caption: string, header = 'Metric') =>
      analyse('halden.md', article(caption, header))
        .claims.filter((c) => c.line >= 7)
        .map(line);
    expect(rows("Below is a comparison of Halden's last two quarters:")).toEqual([
      '7 2.94 money 2940000000 USD revenue 2025-Q4 halden',
      '7 3.05 money 3050000000 USD revenue 2026-Q1 halden',
      '8 46.2 percent 46.2  gross-margin 2025-Q4 halden',
      '8 47.8 percent 47.8  gross-margin 2026-Q1 halden',
      // A row that names no measure is no figure of the caption's company.
      '9 1.10 number 1.1  - 2025-Q4 -',
      '9 1.25 number 1.25  - 2026-Q1 -',
    ]);
    // A caption of two companies names the subject of neither.
    expect(rows('Below is a comparison of Halden and Corvell:').map((l) => l.split(' ').at(-1))).toEqual(['-', '-', '-', '-', '-', '-']);
    // A header that states the measure has rows of parts: `Data center` revenue is not Halden's revenue.
    const segments = analyse('segments.md', `${article('', 'Metric').split('\n')[0]}\n\nBelow is Halden's revenue by segment:\n\n| Segment | Revenue ($bn) |\n|---|---|\n| Data center | 1.25 |\n`);
    expect(segments.claims.filter((c) => c.line === 7).map(line)).toEqual(['7 1.25 money 1250000000 USD revenue - -']);
  });

  it('reads a number that could be a year as a number, except in a column of dates', () => {
    const cells = (header: string, cell: string) =>
      extractClaims(docFrom('t.md', `| 公司 | ${header} |\n| --- | --- |\n| Groq | ${cell} |\n`)).map((c) => `${c.kind} ${c.value ?? c.date}`);
    expect(cells('员工人数', '1600')).toEqual(['number 1600']);
    expect(cells('Headcount', '2500')).toEqual(['number 2500']);
    expect(cells('员工人数', '１４００')).toEqual(['number 1400']);
    expect(cells('成立年份', '2016')).toEqual([]);
    expect(cells('Year', '2016')).toEqual([]);
    expect(cells('Founded', '2016')).toEqual([]);
  });

  it('lets a table figure conflict with the same figure in running text', () => {
    const findings = findingsOf({
      'table.md': '| 公司 | 2025年营收（亿元） |\n| --- | --- |\n| 小米 | 3659 |\n',
      'a.md': '小米2025年营收为3659亿元。\n',
      'b.md': '小米2025年营收为6359亿元。\n',
    });
    expect(complaints(findings)).toMatchObject([{ ruleId: 'conflicting-figure', locations: [{ file: 'b.md' }, { file: 'a.md' }, { file: 'table.md', text: '3659' }] }]);
  });
});
