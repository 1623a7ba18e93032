import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, measuredAs } from '../check/crosscheck-helpers.js';

/** An English wire on a life insurer's year: its outlet in the front matter and the dateline, a rival named at the end. */
const WIRE = [
  '---',
  'title: "Anhong Life 2025 profit jumps 24% as investment gains offset lower rates"',
  'date: 2026-03-24',
  'source: "Harbourline Financial Wire"',
  '---',
  '',
  '# Anhong Life 2025 profit jumps 24% as investment gains offset lower rates',
  '',
  'LANGANG, China, March 24 (Harbourline) - Anhong Life Insurance Co, one of China’s largest life insurers, said on Tuesday its 2025 net profit rose 24.1%.',
  '',
  'New business value (NBV), which measures expected profits from policies sold during the year and is closely watched by investors, rose 18.7% to 314.8 million yuan. NBV margin on a first-year premium basis widened 3.1 percentage points to 24.6%.',
  '',
  'The comprehensive solvency ratio fell 9% to 211% at the end of 2025.',
  '',
  'Rival Dingtai Life Insurance reported last week that its NBV rose 11.2% to 22.9 billion yuan.',
  '',
].join('\n');

/** A mainland daily on the same results. */
const DAILY = [
  '---',
  'title: "安泓人寿2025年新业务价值同比增长18.7%"',
  'date: 2026-03-25',
  '---',
  '',
  '# 安泓人寿2025年新业务价值同比增长18.7%',
  '',
  '安泓人寿3月24日晚间发布2025年年报。',
  '',
  '作为衡量寿险公司未来盈利能力的核心指标，新业务价值达到314.8亿元，较上年增长18.7%；按首年保费口径计算的新业务价值率为24.6%，同比提升3.1个百分点。',
  '',
  '偿付能力方面，截至2025年末，安泓人寿综合偿付能力充足率为211%，核心偿付能力充足率为142%，分别较上年末下降9个百分点和7个百分点。',
  '',
].join('\n');

describe('an insurer’s results', () => {
  it('finds a life insurer by its ending, and its measures', () => {
    expect(measuredAs('a.md', DAILY, '314.8亿元', true)).toBe('new-business-value 安泓? -');
    expect(measuredAs('a.md', DAILY, '24.6%', true)).toBe('nbv-margin 安泓? -');
    expect(measuredAs('a.md', DAILY, '3.1个百分点', true)).toBe('growth:nbv-margin 安泓? -');
    expect(measuredAs('a.md', DAILY, '142%', true)).toBe('core-solvency-ratio 安泓 2025');
  });

  it('gives the changes after `分别` to the rates before it, in order', () => {
    expect(measuredAs('a.md', DAILY, '9个百分点', true)).toBe('growth:solvency-ratio 安泓 2025');
    expect(measuredAs('a.md', DAILY, '7个百分点', true)).toBe('growth:core-solvency-ratio 安泓 2025');
  });

  it('reads no measure in an aside: a relative clause, a basis', () => {
    expect(measuredAs('b.md', WIRE, '314.8 million yuan', true)).toBe('new-business-value anhong life? -');
    expect(measuredAs('b.md', WIRE, '3.1 percentage points', true)).toBe('growth:nbv-margin anhong life? -');
    // A figure inside the aside keeps the aside's words.
    const trial = 'The phase 3 HORIZON-3 study, which enrolled 621 patients at 78 hospitals in China, met its goal.\n';
    expect(claimByText(analyse('c.txt', trial).claims, '621 patients').attribute).toBe('trial-enrolment');
  });

  it('finds a translator’s million for 亿 and a percentage for points, in a wire whose rival is named last', () => {
    expect(complaintLines({ 'wire.md': WIRE, 'daily.md': DAILY })).toEqual([
      'magnitude-slip 314.8 million yuan vs 314.8亿元',
      'conflicting-figure 9% vs 9个百分点',
    ]);
  });
});

describe('whose a name is', () => {
  it('takes the outlet that publishes the article for no company, but not a company’s own release', () => {
    expect(analyse('b.md', WIRE).companies?.map((c) => c.id)).toEqual(['anhong life']);
    const chinese = '---\ntitle: "天衡星网一箭18星发射成功"\nsource: 锐观科技\n---\n\n锐观科技1月15日消息，天衡星网（Tianheng StarNet）今日发射18颗卫星。天衡星网表示，一期总投资约120亿元。\n';
    expect(analyse('c.md', chinese).companies?.map((c) => c.id)).toEqual(['天衡星网']);
    const release = '---\ntitle: "Lanyao closes Series C"\noutlet: "Lanyao Semiconductor press release"\n---\n\nSHENZHEN, April 16 -- Lanyao Semiconductor Co., Ltd. today closed a RMB3.5 billion Series C round. Lanyao said so.\n';
    expect(analyse('d.md', release).companies?.map((c) => c.id)).toEqual(['lanyao']);
  });

  it('keeps a group’s companies by line of business apart from the group', () => {
    const text = '永衡保险集团发布保费数据。永衡保险前10月原保费收入2,846.3亿元。永衡人寿1-10月累计原保费收入1,912.8亿元；永衡财险累计原保费收入812.6亿元；永衡健康累计原保费收入120.9亿元。\n';
    const claims = analyse('e.md', text).claims;
    expect(['1,912.8亿元', '812.6亿元', '120.9亿元'].map((t) => claimByText(claims, t).subject?.id)).toEqual(['永衡人寿', '永衡财险', '永衡健康']);
    expect(complaintLines({ 'e.md': text })).toEqual([]);
  });
});

describe('the year of a whole year’s result', () => {
  it('is the year before, in an article of the first nine months', () => {
    const text = '---\ndate: 2026-03-25\n---\n\n港川人寿全年原保险保费收入4,826亿元，按年增长6.3%。\n';
    expect(measuredAs('f.md', text, '4,826亿元', true)).toContain('2025');
    // A forecast of the year is of the year it is made in, from April.
    const forecast = '---\ndate: 2026-05-25\n---\n\n港川人寿预计全年原保险保费收入将达5,100亿元。\n';
    expect(measuredAs('g.md', forecast, '5,100亿元', true)).toContain('2026');
  });

  it('takes no period for a base written `较…的`', () => {
    const text = '---\ndate: 2026-03-27\n---\n\n恒泰银行全年实现营业收入1,842.6亿元，同比增长2.1%；归母净利润612.3亿元，同比增长3.4%，增速较前三季度的2.8%有所回升。\n';
    expect(claimByText(analyse('h.md', text).claims, '2.8%').period).not.toBe('2025');
    expect(complaintLines({ 'h.md': text })).toEqual([]);
  });

  it('reads a bank’s `operating income` as neither revenue nor profit', () => {
    const text = 'Hengtai Bank posted full-year operating income of 184.26 billion yuan, while net profit rose 3.4% to 61.23 billion yuan. Hengtai Bank said so.\n';
    expect(claimByText(analyse('i.txt', text).claims, '184.26 billion yuan').attribute).toBe('operating-income');
  });
});
