import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

/** A holiday box-office story: three films named in title marks, one sentence each. */
const HOLIDAY = [
  '# 《长风渡海》春节档票房31.6亿元领跑，观影人次达6820万',
  '',
  '据灯塔数据，2026年春节档（2月15日至23日）全国电影总票房78.4亿元。《长风渡海》以31.6亿元票房领跑，观影人次6820万。',
  '',
  '排名第二的《雪原追踪》档期票房18.2亿元，观影人次3950万；喜剧片《小城喜事》以12.7亿元位列第三。',
  '',
].join('\n');

describe('a work named in title marks', () => {
  it('is the subject of its box office and admissions, not the market’s', () => {
    expect(bindingOf('a.md', HOLIDAY, '3950万')).toBe('雪原追踪 admissions -');
    expect(bindingOf('a.md', HOLIDAY, '18.2亿元')).toBe('雪原追踪 box-office -');
    // So two films’ admissions are no conflict.
    expect(complaintLines({ 'a.md': HOLIDAY })).toEqual([]);
  });

  it('is not the subject of its studio’s results, nor is a plan’s or a law’s title a work', () => {
    const studio = '游戏厂商露墨互娱（0772.HK）旗下手游《星落潮汐》上线首月流水超过30亿元。露墨互娱一季度收入84.6亿元，同比增长14.2%。\n';
    expect(bindingOf('b.md', studio, '超过30亿元')).toBe('星落潮汐 gross-billings launch-month');
    expect(bindingOf('b.md', studio, '84.6亿元')).toBe('露墨 revenue XXXX-Q1');
    const plan = '江岚市发布《江岚市算力强基行动方案》，三年投入120亿元。\n';
    expect(analyse('c.md', plan).companies?.some((c) => c.id.includes('行动方案')) ?? false).toBe(false);
  });

  it('keeps a film’s takings since it opened apart from a weekend’s', () => {
    const weekend = '悬疑片《长夜渡口》以2.12亿元的周末票房连续第二周位居榜首。影片上映10天累计票房已达6.85亿元。\n';
    expect(bindingOf('d.md', weekend, '2.12亿元')).toBe('长夜渡口 box-office -');
    expect(claimByText(analyse('d.md', weekend).claims, '6.85亿元').attribute).toBe('cumulative-box-office');
    expect(complaintLines({ 'd.md': weekend })).toEqual([]);
  });
});

describe('a table label of several parts', () => {
  it('reads the unit among them (`（期末，万个）`, `(thousand, 8-inch equivalent)`)', () => {
    const zh = ['| 指标 | 2025年第三季度 |', '| --- | --- |', '| 运营公共充电桩（期末，万个） | 52.1 |', ''].join('\n');
    expect(claimByText(analyse('zh.md', zh).claims, '52.1').value).toBe(521000);
    const en = ['| Metric | Q3 2025 |', '| --- | --- |', '| Wafer shipments (thousand, 8-inch equivalent) | 925 |', ''].join('\n');
    expect(claimByText(analyse('en.md', en).claims, '925').value).toBe(925000);
  });
});

describe('what a figure is of', () => {
  it('reads revenue per parcel as a price per unit, not revenue', () => {
    const courier = 'Xunbang Express Co. said revenue per parcel fell to 2.38 yuan. Xunbang Express handled 3.79 billion parcels, with revenue of nearly 9.1 billion yuan.\n';
    expect(bindingOf('e.txt', courier, '2.38 yuan')).toBe('xunbang express average-price -');
    expect(claimByText(analyse('f.md', '迅邦快递2月单票收入为2.38元。\n').claims, '2.38元').attribute).toBe('average-price');
  });

  it('takes the size of a smaller edition as that edition’s, not the model’s', () => {
    const en = 'Lansi released Qiheng-3, a model with 480 billion total parameters. Lansi said it would release a smaller 14-billion-parameter version of Qiheng-3 in February.\n';
    expect(claimByText(analyse('g.txt', en).claims, '14-billion-parameter').attribute).toBe('parameters:variant');
    const zh = '岚思发布启衡-3大模型，总参数4800亿。公司表示将于2月发布一个140亿参数的小型版本。\n';
    expect(claimByText(analyse('h.md', zh).claims, '140亿参数').attribute).toBe('parameters:variant');
    expect(complaintLines({ 'g.txt': en })).toEqual([]);
  });

  it('takes no item of an enumeration as the company’s whole output (`生产铁水2610万吨、粗钢2865万吨`)', () => {
    const steel = '枫港钢铁2025年粗钢产量2865万吨。\n\n产量方面，枫港钢铁2025年生产铁水2610万吨、粗钢2865万吨、钢材2742万吨。\n';
    expect(bindingOf('i.txt', steel, '2610万吨')).toBe('- production 2025');
    expect(complaintLines({ 'i.txt': steel })).toEqual([]);
  });
});
