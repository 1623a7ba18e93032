import { describe, expect, it } from 'vitest';
import { analyse } from './crosscheck-helpers.js';

const article = (table: string) => `---\ntitle: 飞云快递双十一揽收\ndate: 2024-11-12\n---\n\n飞云快递11月11日揽收快递1.58亿件，同比增长17.9%。\n\n${table}\n`;
const totals = (table: string) =>
  analyse('a.md', article(table))
    .findings.filter((f) => f.ruleId === 'conflicting-figure')
    .map((f) => f.message);

describe('a table’s total row', () => {
  it('is reported, at the total, when its rows do not add up to it', () => {
    const table = ['| 区域 | 揽收量（亿件） | 同比 |', '|---|---|---|', '| 华东 | 0.62 | +15.4% |', '| 华南 | 0.41 | +19.8% |', '| 华北 | 0.25 | +16.2% |', '| 华中 | 0.12 | +24.6% |', '| 西部 | 0.10 | +31.0% |', '| 合计 | 1.58 | +17.9% |'].join('\n');
    const findings = analyse('a.md', article(table)).findings.filter((f) => f.ruleId === 'conflicting-figure');
    expect(findings.map((f) => f.message)).toEqual(['1.58 as the total of 5 rows that add up to 1.50: 0.62 + 0.41 + 0.25 + 0.12 + 0.10; the total or one of the rows is likely wrong.']);
    expect([findings[0]!.severity, findings[0]!.locations[0]!.line]).toEqual(['warning', 15]);
  });

  it('is not, when they add up within the rounding of every cell', () => {
    expect(totals(['| 区域 | 揽收量（亿件） |', '|---|---|', '| 华东 | 0.62 |', '| 华南 | 0.41 |', '| 华北 | 0.33 |', '| 华中 | 0.12 |', '| 西部 | 0.10 |', '| 合计 | 1.58 |'].join('\n'))).toEqual([]);
    // 1.4 + 2.3 + 1.2 = 4.9, stated 5.0 from unrounded parts: within the rounding of four cells.
    expect(totals(['| 区域 | 揽收量（亿件） |', '|---|---|', '| 华东 | 1.4 |', '| 华南 | 2.3 |', '| 华北 | 1.2 |', '| 合计 | 5.0 |'].join('\n'))).toEqual([]);
  });

  it('leaves out averages, rates and changes, rows broken down, rows repeated and storage', () => {
    // An average per member of the whole is no sum of the regions' averages.
    expect(totals(['| 地区 | 会员（百万） | ARPM |', '|---|---|---|', '| 北美 | 61.2 | 14.02美元 |', '| 欧洲 | 39.8 | 9.35美元 |', '| 合计 | 101.0 | 12.29美元 |'].join('\n'))).toEqual([]);
    // `其中` breaks a row down: the rows are no parts of one whole.
    expect(totals(['| 产品线 | 收入（亿元） |', '|---|---|', '| 肿瘤产品线 | 31.62 |', '| 其中：瑞安达 | 19.87 |', '| 自身免疫产品线 | 11.42 |', '| 其他产品 | 9.36 |', '| 合计 | 52.40 |'].join('\n'))).toEqual([]);
    // A row repeated by mistake is duplicate-table-row's to report.
    expect(totals(['| 区域 | 销量（台） |', '|---|---|', '| 华东 | 4100台 |', '| 华南 | 3200台 |', '| 华南 | 3200台 |', '| 合计 | 7300台 |'].join('\n'))).toEqual([]);
    // Storage generates nothing: a plant's total capacity leaves it out.
    expect(totals(['| 项目 | 装机（万千瓦） |', '|---|---|', '| 风电 | 150万千瓦 |', '| 光伏 | 90万千瓦 |', '| 储能 | 36万千瓦 |', '| 合计 | 240万千瓦 |'].join('\n'))).toEqual([]);
  });
});
