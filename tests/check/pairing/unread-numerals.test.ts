import { describe, expect, it } from 'vitest';
import { analyse } from '../crosscheck-helpers.js';

// What a translation check is told about each paragraph: numbers its text states that no claim
// covers, so that a figure worded differently is not taken for a figure left out.
describe('unreadNumerals', () => {
  it('counts number words no claim covers, not the figures read', () => {
    const doc = analyse('a.md', 'Revenue reached $5 billion in 2025, and dozens of partners signed one contract worth three hundred million dollars.');
    expect(doc.claims.map((c) => c.text)).toEqual(['$5 billion', '2025', 'dozens', 'three hundred million dollars']);
    expect(doc.unreadNumerals).toEqual({ 0: 1 }); // one
  });

  it('counts digits, words and Chinese numerals in one paragraph, each once', () => {
    // `doubled` is read as a multiple; `two` plants are not counted.
    expect(analyse('a.md', 'The firm has two plants and doubled its output; 7.5, 12 and 40 were the scores.').unreadNumerals).toEqual({ 0: 1 });
    // 一倍 and 两三 are numbers; 一些, 十分 and 万一 are words; 二零二四年 is read as a date, 两三年 as a range.
    const zh = analyse('a.md', '一些分析师认为二零二四年增长了一倍，十分可观，万一下滑则两三个季度内难以恢复，三四成的客户会流失。');
    expect(zh.claims.map((c) => c.text)).toEqual(['二零二四年', '三四成']);
    expect(zh.unreadNumerals).toEqual({ 0: 2 });
  });

  it('leaves out paragraphs whose numbers are all read', () => {
    expect(analyse('a.md', 'Staff numbered 1,200 in 2023.\n\nNothing else.').unreadNumerals).toEqual({});
  });
});
