import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, findingsOf } from './crosscheck-helpers.js';

const growthSlips = (text: string) =>
  findingsOf({ 'a.md': text })
    .filter((f) => f.message.includes('growth where'))
    .map((f) => `${f.severity} ${f.locations.map((l) => l.text).join(' vs ')}`);

describe('a rate written with its own base', () => {
  const TRAFFIC = [
    '---',
    'title: 云翔航空11月旅客运输量同比增长9.6%',
    'date: 2025-12-12',
    '---',
    '',
    '云翔航空发布11月运营数据，当月运输旅客1286万人次。其中，国际航线表现尤为亮眼。11月国际航线旅客运输量138万人次，去年同期为102.9万人次，同比增长26.0%。',
    '',
  ].join('\n');

  it('is checked against the two figures of its sentence, the base dated a year before the figure', () => {
    expect(growthSlips(TRAFFIC)).toEqual(['warning 26.0% vs 138万人次 vs 102.9万人次']);
    expect(growthSlips(TRAFFIC.replace('26.0%', '34.1%'))).toEqual([]);
    const base = claimByText(analyse('a.md', TRAFFIC).claims, '102.9万人次');
    expect(base.period).toBe('2024-11');
  });
});

describe('units and labels of one measure', () => {
  it('takes an airline’s passengers and its 人次 as one count', () => {
    const zh = '---\ndate: 2025-12-12\n---\n\n云翔航空（Yunxiang Airlines）公布运营数据。云翔航空11月运输旅客1286万人次，同比增长9.6%。\n';
    const en = '---\ndate: 2025-12-12\n---\n\nYunxiang Airlines (云翔航空) said the group flew 128.6 million passengers in November, up 9.6% year on year. Yunxiang Airlines added routes.\n';
    expect(complaintLines({ 'zh.md': zh, 'en.md': en }).some((l) => l.includes('128.6 million passengers'))).toBe(true);
    expect(complaintLines({ 'zh.md': zh, 'en.md': en.replace('128.6 million', '12.86 million') })).toEqual([]);
  });

  it('reads a table’s figures in thousands and in 萬個標準箱 at their scale', () => {
    const zh = ['| 碼頭 | 11月吞吐量（萬個標準箱） |', '|---|---|', '| 香港葵青碼頭 | 48.3 |', ''].join('\n');
    const en = ['| Terminal | November throughput (\'000 TEU) |', '|---|---|', '| Hong Kong Kwai Tsing terminal | 483 |', ''].join('\n');
    expect(claimByText(analyse('zh.md', zh).claims, '48.3').value).toBe(483000);
    expect(claimByText(analyse('en.md', en).claims, '483').value).toBe(483000);
    // `7.6` under `提升（百分点）` is points, not 7.6百.
    const points = ['| 基准测试 | 提升（百分点） |', '|---|---|', '| MMLU | 7.6 |', ''].join('\n');
    const c = claimByText(analyse('p.md', points).claims, '7.6');
    expect([c.value, c.unit]).toEqual([7.6, 'pp']);
  });

  it('reads a dividend per ten shares stated before tax, and a gap of a range of millions as a gap', () => {
    const dividend = claimByText(analyse('d.md', 'The board proposed a cash dividend of 3.12 yuan (pre-tax) per 10 shares.\n').claims, '3.12 yuan');
    expect(dividend.value).toBe(0.312);
    const gap = claimByText(
      analyse('g.md', 'Yunxiang Airlines reported its traffic. We think the company is likely to fall short by roughly 1 million to 2 million passengers.\n').claims,
      'roughly 1 million to 2 million passengers',
    );
    expect([gap.min, gap.max, gap.attribute]).toEqual([1000000, 2000000, 'change:passenger-traffic']);
  });
});

describe('an article against itself and its translation', () => {
  it('takes `本轮` as the round its headline names', () => {
    const text = [
      '# 星穹智能完成5亿元C轮融资',
      '',
      '据公司披露，星穹智能本轮共融资3亿元人民币。此前，星穹智能曾于2022年完成1.5亿元B轮融资。',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['conflicting-figure 5亿元 vs 3亿元人民币']);
    // The round of its history is another round.
    expect(complaintLines({ 'a.md': text.replace('本轮共融资3亿元', '本轮共融资5亿元') })).toEqual([]);
  });

  it('reports percentage points rendered as a percentage', () => {
    const zh = ['---', 'title: 金川银行年报', 'date: 2026-03-28', 'lang: zh', '---', '', '金川银行2025年成本收入比为28.4%，同比下降1.6个百分点。金川银行净利润增长4.6%。', ''].join('\n');
    const en = ['---', 'title: Jinchuan Bank annual results', 'date: 2026-03-28', 'lang: en', 'translation_of: zh.md', '---', '', 'Jinchuan Bank said its cost-to-income ratio was 28.4% in 2025, down 1.6% year on year. Jinchuan Bank’s net profit rose 4.6%.', ''].join('\n');
    const lines = complaintLines({ 'zh.md': zh, 'en.md': en });
    expect(lines).toEqual(['translation-mismatch 1.6% vs 1.6个百分点']);
    expect(complaintLines({ 'zh.md': zh, 'en.md': en.replace('down 1.6% year on year', 'down 1.6 percentage points year on year') })).toEqual([]);
  });

  it('dates a launch the next clause opens with', () => {
    const tw = '啟明雲（Qiming Cloud）於12月16日在杭州舉行年度開發者大會，正式發表新一代大模型「啟明-3」（Qiming-3）。啟明-3總參數量4800億。\n';
    const c = claimByText(analyse('tw.md', tw).claims, '12月16日');
    expect([c.attribute, (c.attributeConfidence ?? 0) >= 0.6]).toEqual(['release-date', true]);
  });
});

describe('a listing and a shopping festival', () => {
  it('reads a tranche’s oversubscription as a multiple of that tranche, 1,280倍 included, and sets a translation’s 128 times against it', () => {
    const zh = '---\ndate: 2025-12-05\n---\n\n翊晶半导体（Yijing Semiconductor）今日上市。认购方面，香港公开发售部分获超额认购1,280倍，国际配售部分获超额认购11.6倍。\n';
    const en = '---\ndate: 2025-12-05\n---\n\nShares of Yijing Semiconductor (翊晶半导体) rose on Friday after a retail tranche that was oversubscribed 128 times. Yijing Semiconductor raised HK$10.27 billion.\n';
    const retail = claimByText(analyse('zh.md', zh).claims, '1,280倍');
    expect([retail.kind, retail.value, retail.attribute]).toEqual(['ratio', 1280, 'oversubscription:retail']);
    expect(claimByText(analyse('zh.md', zh).claims, '11.6倍').attribute).toBe('oversubscription:international');
    expect(complaintLines({ 'zh.md': zh, 'en.md': en }).some((l) => l.includes('128 times'))).toBe(true);
  });

  it('reads a price each share is sold at, a range of prices, net proceeds in Hong Kong’s words and a market value by the price it is worked out at', () => {
    const en = 'Yijing Semiconductor sold 480 million H shares at HK$21.40 each, near the top of its marketed range of HK$18.80 to HK$22.60.\n';
    expect(claimByText(analyse('a.md', en).claims, 'HK$21.40').attribute).toBe('share-price');
    const range = claimByText(analyse('a.md', en).claims, 'HK$18.80 to HK$22.60');
    expect([range.min, range.max, range.attribute]).toEqual([18.8, 22.6, 'share-price']);
    const hk = '翊晶半導體公布配發結果，扣除包銷佣金及相關開支後，淨集資約99.85億港元。翊晶半導體表示將用於擴產。\n';
    expect(claimByText(analyse('b.md', hk).claims, '約99.85億港元').attribute).toBe('net-proceeds');
    const value = '翊晶半导体公告称，按本次发行价计算，公司上市时市值约684.8亿港元；按首日收盘价计算则升至846.4亿港元。\n';
    expect(claimByText(analyse('c.md', value).claims, '约684.8亿港元').attribute).toBe('market-value:offer-price');
    expect(claimByText(analyse('c.md', value).claims, '846.4亿港元').attribute).not.toBe('closing-price');
  });

  it('counts orders in 笔 and a peak per second apart, and no bare amount beside 订单 as orders', () => {
    const zh = '橙柚商城公布双11数据，活动期间橙柚商城累计产生订单28.6亿笔，订单创建峰值达到每秒73.5万笔。黄仁勋用21亿预付款绑定订单。\n';
    const claims = analyse('d.md', zh).claims;
    expect(claimByText(claims, '28.6亿笔').attribute).toBe('orders');
    expect(claimByText(claims, '73.5万笔').attribute).toBe('order-rate');
    expect(claimByText(claims, '21亿').attribute).toBeUndefined();
    const en = 'Chengyou Mall said shoppers placed 2.86 billion orders. Order creation peaked at 735,000 orders per second.\n';
    expect(claimByText(analyse('e.md', en).claims, '735,000').attribute).toBe('order-rate');
  });

  it('reads no number out of the middle of a range of hyphenated amounts, and a dividend per ten shares with its noun between', () => {
    const claims = analyse('f.md', 'It kept its 1,500-to-2,500-yuan lineup aggressively priced. Lanshi Steel proposes a 1.5 yuan dividend per 10 shares.\n').claims;
    expect(claims.map((c) => c.text)).not.toContain('500-yuan');
    expect(claimByText(claims, '1.5 yuan').value).toBe(0.15);
  });
});

describe('a round told again in two currencies, and a list of months', () => {
  it('takes a sentence of `本轮` that names no one as the round of the article’s company, so a currency slip shows', () => {
    const text = ['深圳灵犀智动科技有限公司（以下简称“灵犀智动”）宣布完成5亿元人民币B轮融资，灵犀智动表示将扩产。', '', '按照计划，本轮5亿美元资金中约40%将投入研发。', ''].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['currency-mismatch 5亿美元 vs 5亿元人民币']);
  });

  it('reads the first month of a list of months as no figure', () => {
    const claims = analyse('b.md', '鼎鈞電腦預計11、12月營收維持在1,500億元以上。\n').claims;
    expect(claims.map((c) => c.text)).not.toContain('11');
  });
});

describe('dates and dollars of a Taiwanese article and its translation', () => {
  const ZH = [
    '---',
    'title: 鼎鈞10月營收創新高',
    'date: 2025-11-10',
    'lang: zh-Hant',
    '---',
    '',
    '【記者王怡婷∕台北報導】伺服器代工大廠鼎鈞電腦今（10）日公布10月合併營收，達新台幣1,587.4億元，月增8.6%。',
    '',
    '分析師表示：「11、12月營收維持在1,500億元以上的機率很高。」子午線預測，10至12月出貨量將同比持平。',
    '',
  ].join('\n');
  const EN = [
    '---',
    'title: Tingchun October revenue hits a record',
    'date: 2025-11-10',
    'lang: en',
    'translation_of: zh.md',
    '---',
    '',
    'TAIPEI, Nov. 10 — Server maker Tingchun Computer reported consolidated October revenue of NT$158.74 billion, up 8.6% from the previous month.',
    '',
    'An analyst said: "Revenue for November and December is very likely to stay above NT$150 billion." Meridian forecasts shipments to be flat year on year in October–December.',
    '',
  ].join('\n');

  it('reads a bare 元 with a qualifier after it as the local dollar, and no month of a run as a date', () => {
    expect(claimByText(analyse('zh.md', ZH).claims, '1,500億元以上').currency).toBe('TWD');
    // `October revenue` is the month's; the `October` of `October–December` opens a run of months.
    const octobers = analyse('en.md', EN).claims.filter((c) => c.kind === 'date' && c.text === 'October');
    expect(octobers.map((c) => EN.slice(c.end, c.end + 8))).toEqual([' revenue']);
  });

  it('sets no day against a month, nor the two dollars of one article against each other', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
  });
});
