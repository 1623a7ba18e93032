import { describe, expect, it } from 'vitest';
import { analyse, claimByText, findingsOf } from './crosscheck-helpers.js';

/** Every finding of one article but corroborations: rule and the figures it names. */
const slips = (name: string, text: string): string[] =>
  findingsOf({ [name]: text })
    .filter((f) => f.ruleId !== 'corroborated')
    .map((f) => `${f.ruleId} ${f.locations.map((l) => `${l.line}:${l.text}`).join(' vs ')}`);

const STEEL = [
  '# 北岭钢铁2025年粗钢产量1,862万吨',
  '',
  '北岭钢铁集团股份有限公司（下称“北岭钢铁”）3月27日晚间披露2025年年度报告。公司全年实现营业收入1,426.5亿元；实现归属于上市公司股东的净利润23.6亿元，较去年同期的18.3亿元增长29.0%。',
  '',
  '北岭钢铁表示，2025年公司钢材销量1,811万吨。',
  '',
  '## 主要财务数据',
  '',
  '| 指标 | 2025年 | 2024年 |',
  '|---|---|---|',
  '| 营业收入 | 1,426.5亿元 | 1,503.2亿元 |',
  '| 归母净利润 | 23.6万元 | 18.3亿元 |',
  '| 钢材销量（万吨） | 1,811 | 1,742 |',
  '',
].join('\n');

describe('a table of the company’s measures that names no company', () => {
  it('is taken as the article’s own company’s, to find a slip between the table and the text', () => {
    expect(slips('steel.md', STEEL)).toEqual(['magnitude-slip 12:23.6万元 vs 3:23.6亿元']);
    const fixed = STEEL.replace('23.6万元', '23.6亿元');
    expect(slips('steel.md', fixed)).toEqual([]);
  });

  it('is a guess too unsure to compare with other articles', () => {
    const cell = claimByText(analyse('steel.md', STEEL).claims, '23.6万元');
    expect([cell.subject?.id, cell.attribute, cell.period]).toEqual(['北岭', 'profit', '2025']);
    expect(cell.subject!.confidence).toBeLessThan(0.6);
  });

  it('takes the year its caption names for quarters its header names alone', () => {
    const text = [
      '数衡软件第四季度实现营业收入7.85亿元，单季归母净利润0.95亿元。公司2025年4月22日发布2024年年报。',
      '',
      '数衡软件2024年分季度主要财务数据',
      '| 指标 | 一季度 | 四季度 |',
      '| --- | --- | --- |',
      '| 营业收入（亿元） | 3.36 | 7.85 |',
      '',
    ].join('\n');
    const claims = analyse('a.md', text).claims;
    expect(claimByText(claims, '3.36').period).toBe('2024-Q1');
    expect(claimByText(claims, '7.85').period).toBe('2024-Q4');
  });
});

describe('slips of the measures results articles state', () => {
  it('reads a property developer’s contracted sales as one measure, and a whole year the text does not name as its year', () => {
    const text = [
      '锦川置业2025年合同销售额1,286.2亿元',
      '',
      '锦川置业控股有限公司（下称“锦川置业”）1月5日晚间发布公告，2025年全年，公司实现合同销售金额约1,286.2亿元，同比下降8.9%。',
      '',
      '从行业排名看，锦川置业以全年1,268.2亿元的合同销售额位列全国房企第11位。',
      '',
    ].join('\n');
    expect(slips('a.txt', text)).toEqual(['conflicting-figure 5:1,268.2亿元 vs 1:1,286.2亿元']);
  });

  it('counts stores opened as a change of the store count, and a headline that restates it', () => {
    const text = [
      'Brightmill Coffee adds 1,140 stores in 2025 as same-store sales slip 2.3%',
      '',
      'SHANGHAI, March 12, 2026',
      '',
      'Brightmill Coffee Holdings opened a net 1,104 stores in 2025, taking its network to 9,862 outlets at the end of December.',
      '',
    ].join('\n');
    const [finding, ...others] = findingsOf({ 'a.txt': text }).filter((f) => f.ruleId !== 'corroborated');
    expect(others).toEqual([]);
    expect(finding!.ruleId).toBe('conflicting-figure');
    expect(finding!.message).toContain('change:store-count (2025): 1,104 → 1104 (a.txt:5) vs 1,140 → 1140 (a.txt:1)');
  });

  it('takes no unit written in capitals for a company (`1.89 million TEU, the company said`), and knows a shipping line by its name', () => {
    const text = [
      'Harbourline Container Lines said on Thursday its net profit fell 29.5% in 2025 to US$1.84 billion.',
      '',
      'Fourth-quarter volumes were 1.89 million TEU, the company said. Harbourline operated 312 vessels with a capacity of 2.15 million TEU.',
      '',
      'Even so, the HK$1.84 billion full-year profit was ahead of forecasts, Harbourline said.',
      '',
    ].join('\n');
    expect(claimByText(analyse('a.txt', text).claims, 'US$1.84 billion').subject?.id).toBe('harbourline');
    expect(slips('a.txt', text)).toEqual(['currency-mismatch 5:HK$1.84 billion vs 1:US$1.84 billion']);
  });

  it('reads households counted with 户 in a table’s unit, and a rate of penetration as a measure', () => {
    const text = [
      '东澜通信股份有限公司3月18日发布2025年度业绩。截至2025年12月31日，东澜通信5G套餐用户达2.38亿户，5G用户渗透率约62.0%。',
      '',
      '| 指标 | 2025年 |',
      '|---|---|',
      '| 5G套餐用户（亿户） | 2.38 |',
      '',
    ].join('\n');
    const claims = analyse('a.md', text).claims;
    expect(claimByText(claims, '2.38').value).toBe(2.38e8);
    expect(claimByText(claims, '约62.0%').attribute).toBe('penetration');
    expect(slips('a.md', text)).toEqual([]);
  });

  it('pairs no two shares by the words of a change in points alone (`8.6%，同比下降2.6个百分点` and `86%，较上年提高约9个百分点`)', () => {
    const text = '晶跃能源2025年组件出货68.3GW。\n\n- 组件业务毛利率8.6%，同比下降2.6个百分点\n\n海外市场方面，公司全年海外出货27.4GW。N型TOPCon组件出货占比达到86%，较上年提高约9个百分点。\n';
    expect(slips('a.md', text)).toEqual([]);
  });
});

describe('an English summary of a Chinese article', () => {
  it('restates the servers a data-centre operator deployed (`约3.4万台` … `about 3,400 new servers`)', () => {
    const text = [
      '云穹科技股份有限公司（下称“云穹科技”）3月20日发布2025年年报。服务器方面，云穹科技全年新增部署服务器约3.4万台，其中GPU服务器约6,200台。',
      '',
      'English summary: Yunqiong Technology added 180 MW of IT load in 2025. The company deployed about 3,400 new servers during the year.',
      '',
    ].join('\n');
    expect(slips('a.txt', text)).toEqual(['magnitude-slip 3:about 3,400 vs 1:约3.4万台']);
    expect(slips('a.txt', text.replace('about 3,400', 'about 34,000'))).toEqual([]);
  });
});

describe('a rate of growth that its table row’s own figures contradict', () => {
  const table = (total: string) =>
    [
      'Meridian Shield Insurance said gross written premiums rose 14.9% to RMB48.6 billion in 2025 from RMB42.3 billion.',
      '',
      '| Business line | 2025 (RMB bn) | 2024 (RMB bn) | Growth |',
      '|---|---|---|---|',
      '| Life | 31.2 | 26.8 | +16.4% |',
      '| Property & casualty | 17.4 | 15.5 | +12.3% |',
      `| Total gross written premiums | 48.6 | 42.3 | ${total} |`,
      '',
    ].join('\n');

  it('is reported, with the growth the figures give', () => {
    const [finding, ...others] = findingsOf({ 'a.md': table('+12.9%') }).filter((f) => f.ruleId !== 'corroborated');
    expect(others).toEqual([]);
    expect([finding!.ruleId, finding!.severity, finding!.locations.map((l) => `${l.line}:${l.text}`)]).toEqual(['conflicting-figure', 'warning', ['7:12.9%', '7:48.6', '7:42.3']]);
    expect(finding!.message).toBe('12.9% growth in a table row whose figures give 14.9%: 48.6 (2025) vs 42.3 (2024); the rate or one of the figures is likely wrong.');
  });

  it('allows the rounding of all three figures, and a fall whose sign only the header gives', () => {
    expect(slips('a.md', table('+14.9%'))).toEqual([]);
    expect(slips('a.md', table('+14.8%'))).toEqual([]);
    const fall = '| 业务板块 | 2025年上半年收入（亿元） | 2024年上半年收入（亿元） | 同比下降 |\n|---|---|---|---|\n| 空调 | 94.1 | 104.5 | 10.0% |\n| 冰洗 | 71.2 | 62.0 | 14.8% |\n';
    expect(slips('b.md', fall)).toEqual([]);
    expect(slips('b.md', fall.replace('| 空调 | 94.1 | 104.5 | 10.0% |', '| 空调 | 128.5 | 104.5 | 32.0% |'))).toEqual(['conflicting-figure 3:32.0% vs 3:128.5 vs 3:104.5']);
  });
});

describe('a rate of growth of no measure written with its two figures', () => {
  const text = (rate: string) =>
    `---\ndate: 2024-07-24\n---\n\nAmpverra Charging, the third-largest operator of public fast chargers in North America, said Wednesday that drivers started 24.1 million charging sessions on its network in the second quarter, up from 18.6 million a year earlier, a ${rate} increase.\n\nAmpverra plans more chargers.\n`;

  it('is reported where the two figures do not give it, and not where they do', () => {
    expect(slips('a.md', text('36%'))).toEqual(['conflicting-figure 5:36% vs 5:24.1 million vs 5:18.6 million']);
    expect(slips('a.md', text('29.6%'))).toEqual([]);
  });
});
