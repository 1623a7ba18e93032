import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, findingsOf } from './crosscheck-helpers.js';

/** A wire on an airline's month: the load factor's change written as a percentage, and a gap to a rival in points. */
const WIRE = [
  '# Haichuan Airlines March traffic rises 9.7%',
  '',
  'Haichuan Airlines said on Wednesday it carried 12.864 million passengers in March.',
  '',
  'The airline’s passenger load factor rose 2.3% to 84.6% from 82.3% in March last year.',
  '',
  'Haichuan Airlines’ load factor was 2.5 percentage points above that of rival Dongyue Airlines.',
  '',
].join('\n');

/** A Hong Kong daily on the same month, in points. */
const DAILY = [
  '# 海川航空3月客運量增9.7%',
  '',
  '海川航空公布，3月共運輸旅客1,286.4萬人次。海川航空客座率為84.6%，按年上升2.3個百分點。',
  '',
  '海川航空客座率較東岳航空高出2.5個百分點。',
  '',
].join('\n');

describe('a change of a rate in points', () => {
  it('takes the level a rate moved from as the rate, and the year after the base figure as the base’s', () => {
    const claims = analyse('wire.md', WIRE).claims;
    expect(claimByText(claims, '82.3%').attribute).toBe('load-factor');
    expect(claimByText(claims, '2.3%').attribute).toBe('growth:load-factor');
    expect(claimByText(claims, '2.3%').period).toBeUndefined();
  });

  it('is set against the same number in points, whatever other changes the articles state', () => {
    expect(complaintLines({ 'wire.md': WIRE, 'daily.md': DAILY })).toEqual(['conflicting-figure 2.3% vs 2.3個百分點']);
  });
});

/** A battery maker's half year in English (the original) and its Chinese translation, paired by folder, whose text slips where its table does not. */
const ORIGINAL = ['# Tianheng H1 results', '', 'Tianheng New Energy said its gross margin rose 2.5 percentage points to 24.6% in the first half.', '', '| Item | H1 2025 | Change |', '| --- | --- | --- |', '| Gross margin | 24.6% | +2.5 pp |', ''].join('\n');
const TRANSLATION = ['# 天衡新能源上半年业绩', '', '天衡新能源表示，上半年毛利率为24.6%，同比提高2.5%。', '', '| 项目 | 2025年上半年 | 变动 |', '| --- | --- | --- |', '| 毛利率 | 24.6% | +2.5个百分点 |', ''].join('\n');

describe('a translation whose direction is a guess', () => {
  it('reports the side that contradicts its own table', () => {
    const findings = findingsOf({ 'en/tianheng.md': ORIGINAL, 'zh/tianheng.md': TRANSLATION }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(findings.map((f) => `${f.locations[0]!.file}:${f.locations[0]!.line} ${f.locations[0]!.text}`)).toEqual(['zh/tianheng.md:3 2.5%']);
    expect(findings[0]!.message).toContain('as the source itself does at line 7');
  });
});

describe('a price per watt', () => {
  it('reads `元/瓦` as per watt, and the conversion after what it is per', () => {
    const claims = analyse('a.md', '晶拓新能源二季度组件平均销售价格约为0.72元/瓦（约合10.0美分/瓦），晶拓新能源表示价格企稳。\n').claims;
    expect(claimByText(claims, '约为0.72元').attribute).toBe('price:per-1-W');
    const yuan = claimByText(claims, '约为0.72元');
    expect(claimByText(claims, '约合10.0美分').conversionOf).toBe(`a.md#${yuan.start}-${yuan.end}`);
  });
});

describe('a table’s `同比` column', () => {
  it('is the growth of its row, checked against the row’s two years', () => {
    const table = ['冀川钢煤集团2024年粗钢产量3,218万吨，同比下降2.3%。', '', '| 指标 | 2024年 | 2023年 | 同比 |', '| --- | --- | --- | --- |', '| 粗钢（万吨） | 3,128 | 3,294 | -2.3% |', '| 生铁（万吨） | 2,956 | 3,012 | -1.9% |', ''].join('\n');
    expect(complaintLines({ 'a.md': table })).toEqual(['conflicting-figure -2.3% vs 3,128 vs 3,294']);
    expect(complaintLines({ 'a.md': table.replace('3,128', '3,218') })).toEqual([]);
  });
});

describe('two figures of one measure that name no subject', () => {
  it('are paired by the words around them for a 万/亿 slip', () => {
    const text = [
      '# 八天长假鹭川接待游客1,286.5万人次 实现旅游收入98.6亿元',
      '',
      '鹭川市文化广电和旅游局发布数据，国庆中秋假期全市共接待游客1,286.5万人次，实现旅游总收入98.6亿元，同比增长10.2%。',
      '',
      '从旅游收入构成看，全市98.6万元旅游总收入中，住宿、餐饮合计占比约为37.2%。',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['magnitude-slip 98.6万元 vs 98.6亿元']);
    expect(complaintLines({ 'a.md': text.replace('98.6万元', '98.6亿元') })).toEqual([]);
  });
});

describe('a name a figure was compared with', () => {
  it('is not the subject of the figures after it', () => {
    const text = "Haichuan Airlines carried 12.86 million passengers in March. Dongyue Airlines reported a load factor of 82.1%, 2.5 percentage points below Haichuan's, and said it carried 10.54 million passengers. Dongyue said so.\n";
    const claims = analyse('a.txt', text).claims;
    expect(claimByText(claims, '10.54 million passengers').subject?.id).toBe('dongyue');
    expect(complaintLines({ 'a.txt': text })).toEqual([]);
  });
});
