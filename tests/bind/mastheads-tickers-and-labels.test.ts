import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';
import { sourceFromBytes } from '../../src/load/read-source.js';

/** A mainland daily's plain-text page: masthead, headline, a rival in the next clause, and last year's month. */
const DAILY = [
  '申江财经日报  2026年4月2日  第A07版  汽车',
  '',
  '昊域汽车3月交付48326辆 同比增62.4%',
  '',
  '4月1日，昊域汽车公布3月交付数据。3月份，昊域汽车共交付新车48,326辆，同比增长62.4%。',
  '',
  '同日公布数据的新势力中，智衡汽车3月交付41,870辆，同比增长28.6%；澄远汽车3月交付22,405辆，同比下降6.3%。智衡汽车表示将继续扩产。',
  '',
  '去年同期，昊域3月交付29,757辆，海外占比不足5%。',
  '',
].join('\n');

/** A Hong Kong paper's listing story: the company named once with its stock code, after `設計商`. */
const LISTING_HK = [
  '---',
  'title: "擎宇微電子首掛高收32%"',
  'date: 2026-04-17',
  'lang: zh-Hant',
  '---',
  '',
  '車用晶片設計商擎宇微電子（2791）昨日在主板上市，全日高收32.0%。',
  '',
  '招股書顯示，集團2025年收入為38.65億元人民幣，按年增長41.2%；純利6.12億元人民幣，按年增長18.4%。',
  '',
].join('\n');

/** A translation's tables, whose headers give the scale of the source's 億 and 万. */
const TABLES_EN = [
  '| Month | Revenue (NT$100m) | MoM |',
  '|---|---|---|',
  '| Jan 2026 | 2,712 | 4.6% |',
  '',
  '| Date | Passengers (10,000) | Flights |',
  '|---|---|---|',
  '| May 1 | 40.2 | 2,790 |',
  '',
].join('\n');

describe('a paper’s masthead, a rival named once, and last year’s month', () => {
  it('dates the article by its masthead (`申江财经日报  2026年4月2日  第A07版`)', () => {
    expect(sourceFromBytes('a.txt', new TextEncoder().encode(DAILY)).referenceDate).toBe('2026-04-02');
    expect(bindingOf('a.txt', DAILY, '48,326辆')).toBe('昊域 shipments 2026-03');
  });
  it('gives no figure after a rival named once across a semicolon to the company named before it', () => {
    expect(claimByText(analyse('a.txt', DAILY).claims, '22,405辆').subject).toBeUndefined();
  });
  it('dates a month without its year by the year its sentence opens with (`去年同期，…3月`)', () => {
    expect(bindingOf('a.txt', DAILY, '29,757辆').split(' ')[2]).toBe('2025-03');
    expect(complaintLines({ 'a.txt': DAILY })).toEqual([]);
  });
});

describe('a listed company named once with its stock code', () => {
  it('finds it after `設計商` and before `（2791）`, and reads `純利` as the profit a growth is of', () => {
    expect((analyse('hk.md', LISTING_HK).companies ?? []).map((c) => c.id)).toContain('擎宇');
    const growth = claimByText(analyse('hk.md', LISTING_HK).claims, '18.4%');
    expect([growth.subject?.id, growth.attribute, growth.period]).toEqual(['擎宇', 'growth:profit', '2025']);
  });
  it('finds a chip start-up ending in 智芯, so its round in another currency is a slip', () => {
    const zh = '4月16日，澜曜智芯宣布完成35亿美元C轮融资，由鼎衡资本领投。澜曜智芯成立于2021年。\n';
    const en = 'Lanyao Semiconductor (澜曜智芯) today announced the closing of a RMB3.5 billion Series C round led by Dingheng Capital.\n';
    expect((analyse('zh.md', zh).companies ?? []).map((c) => c.id)).toContain('澜曜');
    expect(complaintLines({ 'zh.md': zh, 'en.md': en, 'zh2.md': zh.replace('35亿美元', '35亿元人民币') })).toEqual(['currency-mismatch 35亿美元 vs RMB3.5 billion vs 35亿元人民币']);
  });
  it('but not a year in brackets', () => {
    expect(analyse('a.md', '新能源公司远澈能源（2025）表示将扩产。\n').companies ?? []).toEqual([]);
  });
});

describe('an English table’s scale in its header', () => {
  it('reads `(NT$100m)` as 億 of Taiwan dollars and `(10,000)` as 万', () => {
    const claims = analyse('en.md', TABLES_EN).claims;
    expect(claimByText(claims, '2,712')).toMatchObject({ value: 2.712e11, currency: 'TWD' });
    expect(claimByText(claims, '40.2').value).toBe(402000);
  });
});

describe('a daily average and a place a sentence opens with', () => {
  it('reads `日均运送旅客约37.3万人次` as a day’s average, and `Overseas, … delivered` as overseas deliveries', () => {
    expect(bindingOf('a.md', '天衡航空公布五一假期数据，假期共运送旅客186.4万人次。天衡航空假期日均运送旅客约37.3万人次。\n', '约37.3万人次')).toMatch(/ passenger-traffic:per-day /);
    expect(bindingOf('b.md', 'Lanji Auto delivered 38,614 vehicles in October.\n\nOverseas, Lanji Auto delivered 2,356 vehicles in October.\n', '2,356 vehicles')).toMatch(/ shipments:overseas /);
  });
});

describe('a half year’s results and a goal after its unit', () => {
  it('reads `2025年中期业绩` as the first half, and `270,000-unit goal` as a target', () => {
    expect(bindingOf('a.md', '青禾乳业公布2025年中期业绩:营收68.3亿元，净利润同比增长14.6%。\n', '68.3亿元').split(' ')[2]).toBe('2025-H1');
    expect(bindingOf('b.md', 'Yuanhang Motors posts record November deliveries and stays on track for its 270,000-unit goal.\n', '270,000')).toMatch(/:target /);
  });
});
