import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

/** A mainland commentary account: it names one company, and writes the margin's change as a percentage. */
const MAINLAND = [
  '---',
  'title: "云帆一季度利润增速跑赢收入"',
  'date: 2026-05-21',
  '---',
  '',
  '# 云帆一季度利润增速跑赢收入',
  '',
  '云帆集团5月20日晚间发布2026年第一季度业绩。',
  '',
  '截至3月31日止的三个月，云帆实现营业收入1024.6亿元，同比增长11.3%。整体毛利率为56.4%，同比提升2.3%，主要得益于高毛利业务占比上升。',
  '',
].join('\n');

/** A Hong Kong daily: the results' paragraph, then `期內` and the change in points. */
const HONG_KONG = [
  '維港財經日報　2026年5月21日',
  '',
  '雲帆首季經調整盈利升15.8%',
  '',
  '雲帆集團（3917）昨日（20日）收市後公布截至今年3月31日止第一季業績，收入按年增長11.3%至1,024.6億元人民幣。',
  '',
  '期內毛利率為56.4%，按年上升2.3個百分點，主要受惠於廣告及雲業務佔比提升。',
  '',
].join('\n');

describe('a rate’s change in points', () => {
  it('is the change of the rate the sentence names before it, however the change is worded', () => {
    expect(bindingOf('hk.txt', HONG_KONG, '2.3個百分點')).toContain('growth:gross-margin');
    expect(claimByText(analyse('a.md', MAINLAND).claims, '2.3%').attribute).toBe('growth:gross-margin');
    const en = analyse('b.txt', 'Weiyu Tech said revenue rose 12% to 8.1 billion yuan. Gross margin widened to 56.4%, up 2.3 percentage points from 54.1% a year earlier.\n').claims;
    expect(claimByText(en, '2.3 percentage points').attribute).toBe('growth:gross-margin');
    expect(claimByText(en, '56.4%').attribute).toBe('gross-margin');
    // A margin's words do not make a margin of the change before them.
    const next = analyse('c.txt', 'In the fourth quarter alone, Hongshuo Precision’s revenue was NT$13.82 billion, up 27.6% from a year earlier, with gross margin of 47.9%.\n').claims;
    expect(claimByText(next, '27.6%').attribute).toBe('growth:revenue');
    // `净利率` is the net margin's, not the profit's.
    expect(claimByText(analyse('d.md', '澄星科技净利率为8.6%，同比提升1.2个百分点。\n').claims, '1.2个百分点').attribute).toBe('growth:net-margin');
  });

  it('reads a table’s `pct pts` and `ppts` as points', () => {
    const table = ['Yunfan Group results', '', '| Item | Q1 2026 | YoY |', '| --- | --- | --- |', '| Gross margin | 56.4% | +2.3 pct pts |', '| Net margin | 28.1% | +1.1 ppts |', ''].join('\n');
    const claims = analyse('t.md', table).claims;
    expect([claimByText(claims, '2.3 pct pts').unit, claimByText(claims, '1.1 ppts').unit]).toEqual(['pp', 'pp']);
  });

  it('finds a percentage written for the points of the same change, between two articles', () => {
    expect(complaintLines({ 'shenchao.md': MAINLAND, 'weigang.txt': HONG_KONG })).toEqual(['conflicting-figure 2.3% vs 2.3個百分點']);
    // The same points in both: nothing to say.
    expect(complaintLines({ 'shenchao.md': MAINLAND.replace('同比提升2.3%', '同比提升2.3个百分点'), 'weigang.txt': HONG_KONG })).toEqual([]);
  });
});

describe('the period of a sentence that names no one', () => {
  it('reads `期內` as the report’s period', () => {
    // Under a heading of its own, so that no paragraph before lends it a period.
    const headed = HONG_KONG.replace('期內毛利率', '## 毛利\n\n期內毛利率');
    expect(claimByText(analyse('hk.md', headed).claims, '56.4%').period).toBe('2026-Q1');
    // `短期內`, `預期內` are no report's period.
    const short = headed.replace('期內毛利率為56.4%', '短期內毛利率料維持56.4%');
    expect(claimByText(analyse('hk.md', short).claims, '56.4%').period).toBeUndefined();
  });

  it('takes the period a paragraph announced the results for, and carries it to the paragraphs that follow', () => {
    const wire = [
      '# Clearstar Technology interim profit up more than 30%',
      '',
      'Clearstar Technology (2698) on Thursday, August 21, 2025, reported interim results for the six months ended June 30.',
      '',
      'Revenue rose 18.2% year on year to HK$41.26 billion, and profit attributable to shareholders climbed 31.5% to HK$3.58 billion.',
      '',
      'Gross margin improved 0.9 percentage point to 14.2%, helped by a richer mix of premium models.',
      '',
    ].join('\n');
    const claims = analyse('en.md', wire).claims;
    expect(['HK$41.26 billion', '31.5%', '14.2%', '0.9 percentage point'].map((t) => claimByText(claims, t).period)).toEqual(['2025-H1', '2025-H1', '2025-H1', '2025-H1']);
    // A paragraph that names a time of its own keeps it.
    const own = wire.replace('Gross margin improved', 'In the second quarter, gross margin improved');
    expect(claimByText(analyse('en.md', own).claims, '14.2%').period).not.toBe('2025-H1');
  });
});

describe('basis points', () => {
  it('are hundredths of a percentage point, as another article writes them', () => {
    const en = 'Shenglan Bank said its net interest margin narrowed 19 basis points to 1.73% in 2025.\n';
    const zh = '晟岚银行2025年净息差为1.73%，较上年收窄0.19个百分点。\n';
    expect(claimByText(analyse('en.txt', en).claims, '19 basis points').value).toBe(0.19);
    expect(complaintLines({ 'en.txt': en, 'zh.md': zh })).toEqual([]);
  });
});
