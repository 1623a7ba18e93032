import { describe, expect, it } from 'vitest';
import { discoverNames } from '../../src/bind/discover-names.js';
import { EntityMatcher } from '../../src/bind/entity-mentions.js';
import { analyse, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

const known = new EntityMatcher();
const names = (text: string) => discoverNames(text, known).map((d) => [d.id, [...d.names]]);
const claimsOf = (text: string) => analyse('a.txt', `${text}\n`).claims;
const byText = claimByText;
const read = (text: string, figure: string) => {
  const c = byText(claimsOf(text), figure);
  return [c.subject?.id, c.attribute, c.period];
};
const complaintsOf = complaintLines;

/** A results story as a Chinese paper and an English wire write it: the company named once, then `公司` and `the company`. */
const ZH = (margin: string) =>
  [
    '青峰新能三季度营收约152亿元',
    '',
    '华证时报记者 林晓 常州报道 2025年10月29日',
    '',
    '10月28日晚间，青峰新能（全称：青峰新能源科技股份有限公司）披露2025年第三季度报告。第三季度公司实现营业收入约152亿元，同比增长18.7%；归母净利润近19亿元；扣非归母净利润17.2亿元。',
    '',
    '前三季度，公司实现营业收入412.8亿元。',
    '',
    `记者注意到，公司盈利能力持续修复。第三季度公司综合毛利率为${margin}，同比提升1.5个百分点。`,
  ].join('\n');
const EN = [
  'Qingfeng New Energy Q3 profit jumps 26%',
  '',
  'SHANGHAI, Oct. 29, 2025 (Asia Energy Wire) —',
  '',
  'Chinese battery maker Qingfeng New Energy Technology Co. reported a 26.4% rise in third-quarter net profit, helped by energy-storage demand.',
  '',
  'Revenue for the July-September quarter of 2025 rose 18.7% to 15.23 billion yuan, the Changzhou-based company said in a filing.',
  '',
  "Gross margin widened to 23.4% in the third quarter of 2025, the company's best in two years.",
].join('\n');

describe("an article's own company, named once and then referred to", () => {
  it('reads the short name a full name in brackets follows (`青峰新能（全称：…）`)', () => {
    expect(names(ZH('32.4%'))).toContainEqual(['青峰新能', ['青峰新能源科技股份有限公司', '青峰新能']]);
  });

  it('takes `公司` after a time, a semicolon and up to three paragraphs after the name; `the company` inside an English sentence', () => {
    const zh = claimsOf(ZH('32.4%'));
    expect(['约152亿元', '近19亿元', '17.2亿元', '412.8亿元', '32.4%'].map((t) => [byText(zh, t).subject?.id, byText(zh, t).attribute])).toEqual([
      ['青峰新能', 'revenue'], ['青峰新能', 'profit'], ['青峰新能', 'profit:non-gaap'], ['青峰新能', 'revenue'], ['青峰新能', 'gross-margin'],
    ]);
    // A change in points beside a level is no list: the level keeps a subject sure enough to compare.
    expect(byText(zh, '32.4%').subject!.confidence).toBeGreaterThanOrEqual(0.6);
    const en = claimsOf(EN);
    expect(['15.23 billion yuan', '23.4%'].map((t) => [byText(en, t).subject?.id, byText(en, t).period])).toEqual([['qingfeng new', '2025-Q3'], ['qingfeng new', '2025-Q3']]);
  });

  it('ties a Chinese brand and its pinyin across articles (青峰新能 = Qingfeng New Energy) and reports their conflict', () => {
    expect(complaintsOf({ 'zh.txt': ZH('32.4%'), 'en.txt': EN })).toEqual(['conflicting-figure 32.4% vs 23.4%']);
    expect(complaintsOf({ 'zh.txt': ZH('23.4%'), 'en.txt': EN })).toEqual([]);
  });

  it('prefers the company the article is about to an investor named last', () => {
    const text = [
      'Lingshu AI, a Beijing-based startup, said it has closed a Series C round. Lingshu AI plans to expand.',
      '',
      'The round was co-led by Lanhai Capital and Northgate Ventures. Lingshu AI declined to comment.',
      '',
      'The round totals $700 million, according to the company.',
    ].join('\n');
    expect(read(text, '$700 million').slice(0, 2)).toEqual(['lingshu', 'funding-round']);
  });

  it('goes by the first word of a name where the article writes it alone (`Quillon` of `Quillon Security Inc.`)', () => {
    const text = 'Helmsford Software Inc. agreed to buy Quillon Security Inc., a cloud security firm, for $4.2 billion. Quillon Security shares jumped 30%. Quillon reported revenue of $612 million.';
    expect(names(text)).toContainEqual(['quillon', ['Quillon Security Inc.', 'Quillon Security', 'Quillon']]);
  });
});

describe('measures a results story states beside each other', () => {
  it('keeps apart what a figure is compared with, a run rate, a year before the one reported, a segment and a half', () => {
    // A base of no time the text says is shown, not compared.
    expect(byText(claimsOf('The new valuation is triple the $1.5 billion that Lingshu commanded in March. Lingshu said so.'), '$1.5 billion').attributeConfidence).toBeLessThan(0.6);
    expect(read('Quillon, a security firm, reported annual recurring revenue of about $680 million. Quillon said so.', 'about $680 million')[1]).toBe('annual-recurring-revenue');
    expect(read('江苏恒锂新材料股份有限公司（证券简称“恒锂新材”）披露年报。作为对比，恒锂新材上一年度的归母净利润为8.46亿元。', '8.46亿元')).toEqual(['恒锂新材', 'profit', 'prior-year']);
    expect(read('Brightwell, a fintech firm, said so. The business segment was the fastest-growing, with revenue up 42.0% to £139.0m at Brightwell.', '£139.0m')[1]).toBe('revenue:part');
    expect(read('Brightwell, a fintech firm, reported results. Brightwell said first-half revenue rose 31% to £412m.', '£412m')).toEqual(['brightwell', 'revenue', 'XXXX-H1']);
    expect(read('Brightwell, a fintech firm, reported results. Brightwell raised its guidance, implying second-half revenue of between £448m and £468m.', 'between £448m and £468m')).toEqual(['brightwell', 'revenue:target', 'XXXX-H2']);
    expect(read('数衡软件发布年报。对于2025年，数衡软件给出了30亿元的营收目标。', '30亿元')[1]).toBe('revenue:target');
    expect(read('The round totals $7 billion, Lingshu, a startup, said.', '$7 billion')[1]).toBe('funding-round');
  });

  it('dates a listing by the day shares begin trading, and reports it given twice', () => {
    const text = [
      '根据配售结果公告，云栈科技H股将于2025年6月13日在香港联交所主板开始买卖。',
      '',
      '云栈科技董事长表示，云栈科技H股将于6月16日在联交所主板挂牌上市。',
    ].join('\n');
    expect(read(text, '2025年6月13日')[1]).toBe('listing-date');
    expect(complaintsOf({ 'a.txt': text })).toEqual(['date-conflict 6月16日 vs 2025年6月13日']);
  });

  it('dates a launch event an English article calls an event', () => {
    expect(read('Starwave, a smartphone maker, unveiled the X7 at an event in Shenzhen on Sept. 23, 2025.', 'Sept. 23, 2025')[1]).toBe('launch-event-date');
  });
});
