import { describe, expect, it } from 'vitest';
import { complaintLines, measuredAs } from '../check/crosscheck-helpers.js';

/** A port group's year in a trade paper that names the group once in its first line, with a list of figures that name no one. */
const TRADE_PAPER = [
  '湄川港口集团2025年集装箱吞吐量2436万标箱创新高',
  '',
  '（本报讯）湄川港口集团日前公布2025年生产经营数据，全年完成集装箱吞吐量2436万标箱，同比增长7.3%。2025年其他主要数据如下：',
  '',
  '- 旅客吞吐量（含客滚及邮轮）：318.6万人次，同比增长12.8%；',
  '',
  '备受关注的东岙港区四期自动化集装箱码头将于2026年6月28日正式开港，设计年通过能力300万标箱。',
  '',
].join('\n');

/** …and an English wire that reads 万 as thousand. */
const WIRE = [
  'Meichuan Port container volumes hit a record 24.36 million TEU',
  '',
  'MEICHUAN, Jan 20, 2026 (Harbor Post) - Meichuan Port Group handled 24.36 million twenty-foot equivalent units in 2025, up 7.3%.',
  '',
  "Passenger trips on the group's ferry and cruise services rose 12.8% to 318,600 in 2025.",
  '',
  "The group's fully automated Dong'ao Phase IV container terminal will begin operations on June 28, adding designed annual capacity of 3 million TEU.",
  '',
].join('\n');

describe('a port group’s year', () => {
  it('reads a terminal’s opening as the day it goes live, of its phase, in both languages', () => {
    expect(measuredAs('a.txt', TRADE_PAPER, '2026年6月28日')).toBe('go-live-date:phase-4 -');
    expect(measuredAs('b.txt', WIRE, 'June 28')).toBe('go-live-date:phase-4 meichuan port');
    // A trial's phase is no phase of a site: `The phase III response rate came in below the 45.2% seen…`.
    expect(measuredAs('c.md', '---\ndate: 2025-06-02\n---\n\nThe phase III response rate of Hanxu Biotherapeutics came in below the 45.2% seen in its phase II study.\n', '45.2%')).not.toMatch(/phase-/);
  });

  it('counts passenger trips as passenger traffic, and reports the English reading of 万 as thousand at the English', () => {
    expect(measuredAs('b.txt', WIRE, '318,600')).toBe('passenger-traffic meichuan port');
    // The Chinese figure's subject is only guessed (its line names no one): the scale words still decide.
    expect(complaintLines({ 'a.txt': TRADE_PAPER, 'b.txt': WIRE })).toEqual(['magnitude-slip 318,600 vs 318.6万人次']);
  });
});

describe('a results release after the market’s close', () => {
  it('finds the company whose name is followed by `港股收盘后` and its verb (then the guess for a sentence that names no one)', () => {
    const text = '---\ndate: 2026-03-18\n---\n\n# 星澜互动四季度营收增17.2%\n\n【沪港财经 2026年3月18日讯】星澜互动集团今日港股收盘后公布2025年第四季度业绩。四季度总营收68.4亿元人民币，同比增长17.2%。\n';
    expect(measuredAs('a.md', text, '68.4亿元人民币')).toBe('revenue 星澜互动?');
  });
});

describe('a shipbuilder’s backlog', () => {
  it('takes the contract value of the orders a backlog holds as the backlog’s, not a deal’s', () => {
    const zh = '东洲重工发布一季度经营数据。截至3月末，东洲重工手持订单138艘、1427万载重吨，合同金额312.6亿美元。\n';
    expect(measuredAs('a.txt', zh, '312.6亿美元')).toBe('backlog 东洲');
    const en = "Dongzhou Heavy Industries said on Wednesday that Dongzhou Heavy Industries' order backlog stood at 138 vessels at the end of March, with a contract value of US$31.26 billion.\n";
    expect(measuredAs('b.txt', en, 'US$31.26 billion')).toMatch(/^backlog /);
  });
});

describe('an insurer’s operating profit', () => {
  it('is no net profit (`营运利润`, `operating profit`)', () => {
    const text = '（本报讯）泰衡保险集团4月28日晚间披露2026年一季度报告。\n\n| 指标 | 2026年一季度 | 同比 |\n|---|---|---|\n| 归母净利润 | 312.7亿元 | +18.5% |\n| 营运利润 | 298.6亿元 | +7.4% |\n';
    expect(measuredAs('a.txt', text, '298.6亿元')).toMatch(/^operating-income /);
    expect(measuredAs('a.txt', text, '312.7亿元')).toMatch(/^profit /);
  });
});
