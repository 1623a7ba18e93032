import { describe, expect, it } from 'vitest';
import { complaintLines, findingsOf, measuredAs } from '../check/crosscheck-helpers.js';

/** A provincial paper's report of the statistics bureau's release, with two cities' figures. */
const PROVINCIAL_DAILY = [
  '---',
  'title: "前三季度澜江省地区生产总值41286.5亿元 同比增长5.6%"',
  'date: 2025-10-24',
  'source: 澜江日报',
  '---',
  '',
  '澜江省统计局10月24日发布数据，前三季度全省地区生产总值41286.5亿元，按不变价格计算，同比增长5.6%，增速比上半年加快0.2个百分点。',
  '',
  '前三季度，全省社会消费品零售总额13645.2亿元，同比增长4.7%；固定资产投资增长3.2%。',
  '',
  '分城市看，省会澄州市前三季度地区生产总值11582.6亿元，同比增长6.1%。邻省嵩原省前三季度地区生产总值38940.2亿元，同比增长5.1%。',
  '',
  '第二大城市沛宁市地区生产总值6205.9亿元，增长5.2%；社会消费品零售总额2261.8亿元，增长4.3%。',
  '',
].join('\n');

/** …a Hong Kong paper, in Traditional characters, with no date, that transposes two digits of the total. */
const HONG_KONG_PAPER = [
  '瀾江省前三季GDP年增5.6%',
  '',
  '（本報訊）瀾江省統計局週五公布，今年前三季全省地區生產總值（GDP）為41,268.5億元人民幣，按不變價計算年增5.6%，高於鄰省嵩原省的5.1%。',
  '',
  '與鄰省比較，嵩原省前三季GDP為38,940.2億元，年增5.1%。',
  '',
].join('\n');

/** …and an English wire that reads 亿 as billion. */
const WIRE = [
  '---',
  'title: "Lanjiang\'s economy grows 5.6% in first nine months"',
  'date: 2025-10-24',
  'source: The Meridian Ledger',
  '---',
  '',
  'LANCHENG, Oct 24 (The Meridian Ledger) - The economy of Lanjiang, one of central China\'s largest manufacturing provinces, grew 5.6% in the first three quarters of 2025, official data showed on Friday.',
  '',
  'Gross domestic product for January to September totalled 41,286.5 billion yuan, the Lanjiang Provincial Bureau of Statistics said. Retail sales of consumer goods rose 4.7% to 1.36 trillion yuan.',
  '',
  'Peining, the province\'s second-largest city, grew 5.2% to 620.59 billion yuan. Retail sales there rose 4.3% to 226.18 billion yuan.',
  '',
  'Neighbouring Songyuan Province reported GDP of 3.89 trillion yuan, up 5.1%.',
  '',
].join('\n');

describe('a province’s statistics', () => {
  it('takes a province or a city as the subject of its economy’s figures, in Chinese and in English', () => {
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '41286.5亿元', true)).toBe('gdp place:lanjiang 2025-Q1-Q3');
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '13645.2亿元')).toBe('retail-sales place:lanjiang');
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '3.2%')).toBe('growth:fixed-asset-investment place:lanjiang');
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '11582.6亿元')).toBe('gdp place:chengzhou');
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '38940.2亿元')).toBe('gdp place:songyuan');
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '2261.8亿元')).toBe('retail-sales place:peining');
    expect(measuredAs('wire.md', WIRE, '41,286.5 billion yuan')).toBe('gdp place:lanjiang');
    // `Peining, the province's second-largest city` names a city; `Retail sales there` go on about it.
    expect(measuredAs('wire.md', WIRE, '226.18 billion yuan')).toBe('retail-sales place:peining');
    expect(measuredAs('wire.md', WIRE, '3.89 trillion yuan')).toBe('gdp place:songyuan');
  });

  it('reads the growth of a place’s measure as its own, and points of growth as no growth', () => {
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '4.7%')).toBe('growth:retail-sales place:lanjiang');
    expect(measuredAs('hk.txt', HONG_KONG_PAPER, '5.1%')).toBe('growth:gdp place:songyuan');
    // `增速比上半年加快0.2个百分点` changes a rate: no place's growth.
    expect(measuredAs('daily.md', PROVINCIAL_DAILY, '0.2个百分点')).toBe('growth:gdp -');
  });

  it('reports the transposed digits of an undated paper and the English slip of 亿, at the articles that slipped', () => {
    const lines = complaintLines({ 'daily.md': PROVINCIAL_DAILY, 'hk.txt': HONG_KONG_PAPER, 'wire.md': WIRE });
    expect(lines).toEqual([
      'conflicting-figure 41,268.5億元人民幣 vs 41286.5亿元',
      'magnitude-slip 41,286.5 billion yuan vs 41286.5亿元',
    ]);
    const findings = findingsOf({ 'daily.md': PROVINCIAL_DAILY, 'hk.txt': HONG_KONG_PAPER, 'wire.md': WIRE }).filter((f) => f.ruleId === 'magnitude-slip');
    expect(findings[0]!.severity).toBe('info');
    expect(findings[0]!.message).toContain('The place was found by its name in the text');
  });
});

describe('one article’s two statements of a place’s figure', () => {
  it('takes a heading’s figure over a paragraph’s a power of ten away, and reports the paragraph', () => {
    const text = [
      '# 沧宁市国庆假期社会消费品零售总额486.3亿元',
      '',
      '沧宁市统计局10月9日发布数据，假期全市消费市场平稳。',
      '',
      '从构成看，沧宁市486.3万元社会消费品零售总额中，线上占比31.6%。',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['magnitude-slip 486.3万元 vs 486.3亿元']);
  });
});

describe('periods of a release', () => {
  it('carries a place’s period to the paragraphs after that name none, and leaves a later statement’s year to it', () => {
    const text = [
      '---',
      'date: 2026-01-22',
      '---',
      '',
      '澜江省统计局1月22日公布2025年经济数据，全省地区生产总值58326.4亿元，增长5.6%。',
      '',
      '全省社会消费品零售总额23415.6亿元，增长4.9%。',
      '',
      '沛宁市全年固定资产投资增长2.9%，市政府表示今年将推进12个老工业区改造项目。',
      '',
    ].join('\n');
    expect(measuredAs('a.md', text, '23415.6亿元', true)).toBe('retail-sales place:lanjiang 2025');
    // `今年` opens the city government's plan: no period of the figure's.
    expect(measuredAs('a.md', text, '2.9%', true)).not.toMatch(/2026/);
  });

  it('keeps a count of a region’s stores apart from all the stores, and a plan’s next year off the count', () => {
    const text = [
      '---',
      'date: 2025-11-04',
      '---',
      '',
      '青禾咖啡（纳斯达克：QHCF）11月4日公布三季度业绩，截至三季度末门店总数18436家。',
      '',
      '此外，青禾截至三季度末共有海外门店146家，已计入门店总数，公司计划明年在海外市场继续小步试点。',
      '',
    ].join('\n');
    expect(measuredAs('a.md', text, '146家', true)).toBe('store-count:overseas 青禾 2025-Q3');
  });
});

describe('what is no place', () => {
  const sentence = (text: string) => `---\ndate: 2025-10-24\n---\n\n${text}\n`;

  it('does not take a word before 市 or 省 for a place’s name', () => {
    // `根据市统计局`: according to the city's bureau; `上市`, `港股市场`, `全省` are words.
    expect(measuredAs('a.md', sentence('根据市统计局数据，全市社会消费品零售总额486.3亿元。'), '486.3亿元')).toBe('retail-sales -');
    expect(measuredAs('a.md', sentence('公司今年在港股上市，全省地区生产总值5.1万亿元。'), '5.1万亿元')).toBe('gdp -');
    expect(measuredAs('a.md', sentence('超市销售回暖，港股市场上涨，地区生产总值增长5.2%。'), '5.2%')).toBe('growth:gdp -');
  });

  it('gives the nation’s figures no province', () => {
    const text = sentence('澜江省统计局公布，全省地区生产总值41286.5亿元。同期全国国内生产总值增长5.2%。');
    expect(measuredAs('a.md', text, '41286.5亿元')).toBe('gdp place:lanjiang');
    expect(measuredAs('a.md', text, '5.2%')).toBe('growth:gdp -');
  });

  it('knows provinces and cities named without 省 or Province, by the English name the press uses', () => {
    expect(measuredAs('a.md', sentence('广东前三季度地区生产总值10.3万亿元，同比增长4.1%。'), '10.3万亿元')).toBe('gdp place:guangdong');
    expect(measuredAs('b.md', sentence("Guangdong's GDP reached 10.3 trillion yuan in the first three quarters."), '10.3 trillion yuan')).toBe('gdp place:guangdong');
    // 陕西 and 山西 are both `Shanxi` in plain pinyin: the press writes `Shaanxi` for the first.
    expect(measuredAs('c.md', sentence('陕西省地区生产总值2.6万亿元。'), '2.6万亿元')).toBe('gdp place:shaanxi');
  });
});
