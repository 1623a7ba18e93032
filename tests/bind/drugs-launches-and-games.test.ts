import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, measuredAs } from '../check/crosscheck-helpers.js';

/** A biotech's release on a licensing deal: the drug's code has four digits, its trial's results name no one. */
const RELEASE = [
  '# LanRui Biopharma licenses LR-2207 to Veridane Therapeutics',
  '',
  'LanRui Biopharma Co. today announced an exclusive license agreement with Veridane Therapeutics for LR-2207, its bispecific antibody-drug conjugate. LanRui will receive an upfront payment of US$85 million.',
  '',
  'LR-2207 is being evaluated in a Phase 1/2 study. Among 111 efficacy-evaluable patients, the confirmed objective response rate was 46.8%.',
  '',
  'LanRui said LR-2207 is its most advanced program.',
  '',
].join('\n');

/** A mainland trade paper on the same deal, with two digits of the response rate swapped. */
const TRADE = [
  '# 澜睿生物双抗ADC授权维瑞丹 首付款8500万美元',
  '',
  '澜睿生物宣布，将其双抗ADC药物“LR-2207”的海外权益授予维瑞丹。根据协议，维瑞丹将向澜睿生物支付8500万美元首付款，以及最高12.15亿美元的开发、注册和销售里程碑付款。',
  '',
  '临床数据是此次交易的关键支撑。在111例可评估疗效的患者中，确认的客观缓解率为48.6%。LR-2207的安全性良好。',
  '',
].join('\n');

describe('a drug’s trial', () => {
  it('finds a drug by a code of four digits, and its trial’s figures where a sentence names no one', () => {
    expect(analyse('en.md', RELEASE).companies?.map((c) => c.id)).toContain('lr-2207');
    expect(measuredAs('en.md', RELEASE, '46.8%')).toBe('response-rate lr-2207?');
    expect(measuredAs('zh.md', TRADE, '48.6%')).toBe('response-rate lr-2207?');
  });

  it('reads the milestones an amount modifies past the enumeration of their kinds', () => {
    expect(measuredAs('zh.md', TRADE, '最高12.15亿美元')).toContain('milestone-payments');
  });

  it('finds two digits swapped between articles, even where the sentences name no one', () => {
    expect(complaintLines({ 'en.md': RELEASE, 'zh.md': TRADE })).toEqual(['conflicting-figure 48.6% vs 46.8%']);
    // Other digits altogether are no slip of a guess: they may be another arm's.
    expect(complaintLines({ 'en.md': RELEASE, 'zh.md': TRADE.replace('48.6%', '52.4%') })).toEqual([]);
  });
});

describe('a launch and a game’s week', () => {
  it('dates a rocket’s launch as its operator’s', () => {
    const text = '---\ndate: 2026-05-13\n---\n\nNINGTAN, China — Qionglian Satcom Co. placed 24 more broadband satellites into low Earth orbit on May 13. Qionglian said all 24 were working.\n';
    expect(measuredAs('a.md', text, 'May 13')).toBe('launch-date qionglian');
    // A date that opens the sentence after a paper's dateline, with its time of day, is the day of what the sentence tells.
    const zh = '---\ndate: 2026-05-13\n---\n\n科技前哨报讯（记者 何知遥）5月12日10时47分，天朔三号运载火箭在澜角发射场点火升空，将穹联卫星的24颗卫星送入预定轨道。穹联卫星表示，卫星状态良好。\n';
    expect(claimByText(analyse('b.md', zh).claims, '5月12日').attribute).toBe('launch-date');
    expect(complaintLines({ 'a.md': text, 'b.md': zh.replace('5月12日', '5月13日') })).toEqual([]);
    expect(complaintLines({ 'a.md': text, 'b.md': zh })).toEqual(['date-conflict 5月12日 vs May 13']);
  });

  it('reads a game’s peak of players online and its gross revenue, not its staff or its revenue', () => {
    const zh = '《燼土長歌》首週賣破450萬套　PC同時在線峰值衝上162萬人\n\n中國遊戲商楓江互娛（301689.SZ）27日宣布，《燼土長歌》首週銷量突破450萬套。\n';
    expect(measuredAs('b.txt', zh, '162萬人')).toBe('peak-concurrent-users 燼土長歌');
    expect(claimByText(analyse('b.txt', zh).claims, '450萬套').attribute).not.toBe('peak-concurrent-users');
    expect(analyse('b.txt', zh).companies?.map((c) => c.id)).not.toContain('同時');
    const en = 'Fengjiang Interactive said gross revenue for the first week reached about 1.52 billion yuan. Fengjiang said so.\n';
    expect(claimByText(analyse('c.txt', en).claims, 'about 1.52 billion yuan').attribute).toBe('gross-billings');
  });
});

describe('carriers and handset makers', () => {
  it('finds a handset maker by `Mobile`, its headline’s `jump`, and the growth column of its table', () => {
    const text = [
      "# Kestrel Mobile's China smartphone shipments jump 14% in third quarter",
      '',
      'Kestrel Mobile shipped 9.8 million smartphones in China in the third quarter, up 11% from a year earlier.',
      '',
      '| Rank | Brand | Q3 2025 shipments (million) | YoY change |',
      '| --- | --- | --- | --- |',
      '| 4 | Kestrel Mobile | 9.8 | +11% |',
      '',
    ].join('\n');
    expect(measuredAs('a.md', text, '14%')).toBe('growth:shipments kestrel');
    expect(claimByText(analyse('a.md', text).claims, '11%').subject?.id).toBe('kestrel');
    // The one topic of the table's header is its growth column's.
    expect(analyse('a.md', text).claims.filter((c) => c.table !== undefined && c.value === 11).map((c) => c.attribute)).toEqual(['growth:shipments']);
  });

  it('counts a carrier’s 5G package and fixed broadband subscribers apart', () => {
    const text = 'Huaxin Mobile added 6.84 million 5G package subscribers in September. Huaxin Mobile’s fixed broadband subscribers rose by 1.31 million in September to 318.4 million.\n';
    expect(measuredAs('b.md', text, '6.84 million')).toBe('change:5g-subscribers huaxin');
    expect(claimByText(analyse('b.md', text).claims, '1.31 million').attribute).toBe('change:broadband-subscribers');
    expect(complaintLines({ 'b.md': text })).toEqual([]);
  });
});

describe('a press release’s boilerplate', () => {
  it('takes no `About` heading for a company’s name', () => {
    const text = [
      'LanRui Biopharma Co. will receive US$85 million upfront from Veridane Therapeutics. LanRui said so.',
      '',
      '**About LanRui Biopharma**',
      '',
      'LanRui Biopharma has 420 employees.',
      '',
      '**About Veridane Therapeutics**',
      '',
      'Veridane Therapeutics has 900 employees.',
      '',
    ].join('\n');
    expect(analyse('a.md', text).companies?.map((c) => c.id).sort()).toEqual(['lanrui', 'veridane']);
  });
});
