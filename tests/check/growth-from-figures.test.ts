import { describe, expect, it } from 'vitest';
import { findingsOf } from './crosscheck-helpers.js';

/** The findings about a rate of growth the article's own figures contradict: the rate, and the two figures. */
const growthSlips = (text: string) =>
  findingsOf({ 'a.md': text })
    .filter((f) => f.message.includes('growth where'))
    .map((f) => `${f.severity} ${f.locations.map((l) => `${l.line}:${l.text}`).join(' vs ')}`);

const COURIER = [
  '---',
  'title: 迅邮快递前三季度业务量同比增长17.3%',
  'date: 2025-10-19',
  '---',
  '',
  '迅邮快递（XunYou Express）10月18日披露9月经营简报。前三季度公司累计完成快递业务量188.5亿件，同比增长17.3%。',
  '',
  '其中，第三季度完成业务量66.2亿件，同比增长18.9%。',
  '',
  '| 季度 | 2025年业务量（亿件） | 2024年业务量（亿件） |',
  '|---|---|---|',
  '| 第一季度 | 58.4 | 49.7 |',
  '| 第二季度 | 63.9 | 54.2 |',
  '| 第三季度 | 66.2 | 56.8 |',
  '| 前三季度合计 | 188.5 | 160.7 |',
  '',
].join('\n');

describe('a rate of growth the article’s own figures contradict', () => {
  it('is found against a table whose rows are the periods and whose columns are the years', () => {
    // The text's `66.2亿件` names no one: the article's only company's, it is the figure of the quarter the rate is of.
    expect(growthSlips(COURIER)).toEqual(['warning 8:18.9% vs 8:66.2亿件 vs 14:56.8']);
    // 66.2 / 56.8 is 16.5%; 188.5 / 160.7 is 17.3%, as the text says.
    expect(growthSlips(COURIER.replace('同比增长18.9%', '同比增长16.5%'))).toEqual([]);
  });

  it('is found against the base the text states itself', () => {
    const text = 'Harbor Bank reported on Friday. Harbor Bank said its revenue for 2025 rose 12.9% to 48.6 billion yuan. Revenue for 2024 was 42.3 billion yuan.\n';
    expect(growthSlips(text)).toEqual(['warning 1:12.9% vs 1:48.6 billion yuan vs 1:42.3 billion yuan']);
    expect(growthSlips(text.replace('12.9%', '14.9%'))).toEqual([]);
  });

  it('is not looked for when the figure next to the rate is of another measure, nor when a level has two values', () => {
    // A profit without one-off items is no profit: its growth is not the profit's.
    const steel = '西岭钢铁（Xiling Steel）发布年报。2025年，西岭钢铁归属于上市公司股东的净利润18.62亿元，较2024年的7.45亿元增长149.9%；扣除非经常性损益后的净利润为16.04亿元，同比增长213.3%。\n';
    expect(growthSlips(steel)).toEqual([]);
    // Two values of the same year: which grew is not known.
    expect(growthSlips(COURIER.replace('| 第三季度 | 66.2 | 56.8 |', '| 第三季度 | 66.2 | 56.8 |\n| 第三季度 | 61.5 | 56.8 |'))).toEqual([]);
  });
});
