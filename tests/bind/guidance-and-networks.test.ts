import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines, findingsOf } from '../check/crosscheck-helpers.js';

describe('a quarter’s guidance', () => {
  const MAINLAND = '---\ndate: 2026-02-11\n---\n\n芯澜半导体公布财报。对于2026年第一季度，芯澜给出的指引是：营收环比增长3%至7%，毛利率在20%至22%之间。\n\n芯澜表示，需求强劲。\n';
  const TAIWAN = '---\ndate: 2026-02-11\n---\n\n芯瀾半導體10日晚間公布財報。第一季財測方面，芯瀾預估營收季增3%至5%，毛利率介於20%至22%。\n\n芯瀾表示，需求強勁。\n';

  it('read a range of growth after a verb of change (`营收环比增长3%至7%`), which only a rate’s change and level are not (`份额增长2.1%至18.4%`)', () => {
    expect(claimByText(analyse('a.md', MAINLAND).claims, '3%至7%').qualifier).toBe('range');
    expect(analyse('b.md', '诺沃的市场份额增长2.1%至18.4%。\n').claims.map((c) => c.text)).toEqual(['2.1%', '18.4%']);
    // Points and a percent are a change and a level, never a range.
    expect(analyse('c.md', '毛利率由去年同期的26.9%上升1.5個百分點至28.4%。\n').claims.map((c) => c.text)).toContain('28.4%');
  });

  it('date a sequential growth by its own quarter (`环比增长` is no comparison base) and a forecast by the quarter to come', () => {
    expect(bindingOf('a.md', MAINLAND, '3%至7%')).toBe('芯澜 sequential-growth:revenue:target 2026-Q1');
    expect(bindingOf('b.md', TAIWAN, '3%至5%')).toBe('芯瀾 sequential-growth:revenue:target 2026-Q1');
  });

  it('set the two guidance ranges against each other', () => {
    expect(complaintLines({ 'a.md': MAINLAND, 'b.md': TAIWAN })).toContain('conflicting-figure 3%至5% vs 3%至7%');
  });
});

describe('rates and what a figure is set against', () => {
  it('read an insurer’s solvency ratio, and points of a rate as its change, never its level', () => {
    const text = '恒泰保险公布年报。恒泰保险年末综合偿付能力充足率为218%，较上年末提升12个百分点。\n\n恒泰表示，分红稳定。\n';
    expect(bindingOf('a.md', text, '218%')).toMatch(/ solvency-ratio /);
    expect(bindingOf('a.md', text, '12个百分点')).toMatch(/ growth:solvency-ratio /);
  });

  it('take no measure from what a figure is compared with after it (`…from NT$49.8 billion a year earlier and larger than a full year’s revenue`)', () => {
    const text = 'Equipment maker Hongshuo Precision reported record results.\n\nAt the end of last year, the company\'s order backlog stood at NT$61.2 billion, up 22.9% from NT$49.8 billion a year earlier and larger than a full year\'s revenue.\n\nHongshuo said orders were strong.\n';
    expect(bindingOf('a.md', text, 'NT$49.8 billion')).toMatch(/^hongshuo backlog /);
    expect(bindingOf('a.md', text, '22.9%')).toMatch(/^hongshuo growth:backlog /);
  });
});

describe('networks, fares and headlines', () => {
  const SWAPS = [
    '# VoltBay’s swap network reaches 3,150 stations as daily swaps jump 62%',
    '',
    'Shanghai-based VoltBay had 3,510 battery-swap stations in operation at the end of June, the company said on July 9.',
    '',
    'VoltBay said it would keep building.',
    '',
  ].join('\n');

  it('find a company after `Shanghai-based` and count a network’s stations (`3,510 battery-swap stations`)', () => {
    expect(analyse('a.md', SWAPS).companies?.map((c) => c.id)).toEqual(['voltbay']);
    expect(bindingOf('a.md', SWAPS, '3,510')).toMatch(/^voltbay station-count /);
  });

  it('report a headline’s figure, not the body’s, where each is stated once', () => {
    const found = findingsOf({ 'a.md': SWAPS }).find((f) => f.ruleId === 'conflicting-figure')!;
    expect(found.locations[0]!.text).toBe('3,150');
  });

  it('find a company with `Mobility` and an apposition of `China’s…platform`, and the day fares start', () => {
    const text = [
      'Kaiyun Mobility to start charging robotaxi fares in Hangzhou from March 18',
      '',
      'Kaiyun Mobility, China’s third-largest ride-hailing platform, said on Monday it will begin charging fares for driverless rides in Hangzhou from March 18.',
      '',
      'Before the March 28 start, Kaiyun will send invitations to the users of its free trial.',
      '',
    ].join('\n');
    expect(analyse('a.txt', text).companies?.map((c) => c.id)).toEqual(['kaiyun']);
    expect(complaintLines({ 'a.txt': text })).toEqual(['date-conflict March 28 vs March 18 vs March 18']);
  });
});

describe('a list after its lead-in', () => {
  const RELEASE = [
    'SHANGHAI, February 10, 2026 -- Corewave Semiconductor Manufacturing Corporation ("Corewave" or the "Company") today announced its results.',
    '',
    'Corewave said demand for mature nodes recovered.',
    '',
    'For the first quarter of 2026, the Company expects:',
    '- Revenue to increase by 3% to 5% quarter-over-quarter.',
    '- Gross margin to be in the range of 20% to 22%.',
    '',
  ].join('\n');

  it('tells of the company its lead-in refers to, of its period and of what it forecasts', () => {
    expect(bindingOf('a.md', RELEASE, '3% to 5%')).toBe('corewave sequential-growth:revenue:target 2026-Q1');
    expect(bindingOf('a.md', RELEASE, '20% to 22%')).toBe('corewave gross-margin:target 2026-Q1');
  });

  it('but not a list whose lead-in names no one and says no `the Company`', () => {
    const text = RELEASE.replace('For the first quarter of 2026, the Company expects:', 'Analysts polled this week see, for the first quarter:');
    expect(bindingOf('a.md', text, '3% to 5%')).toMatch(/^- /);
  });
});

describe('an insurer’s measures', () => {
  it('read the value of new business, and a column of year-on-year changes (`按年變化`)', () => {
    const text = '宏泰保險公布中期業績。主要財務數據如下：\n\n| 指標 | 上半年 | 按年變化 |\n|---|---|---|\n| 新業務價值 | 22.4億美元 | +16.8% |\n| 年化新保費 | 38.7億美元 | +9.2% |\n\n他補充，宏泰保險新業務價值按年增長18.6%。宏泰表示，代理人隊伍穩定。\n';
    expect(claimByText(analyse('a.md', text).claims, '22.4億美元').attribute).toBe('new-business-value');
    expect(claimByText(analyse('a.md', text).claims, '16.8%').attribute).toBe('growth:new-business-value');
    expect(bindingOf('a.md', text, '18.6%')).toMatch(/ growth:new-business-value /);
  });
});

describe('a listing and its names across papers', () => {
  it('find names with a miner’s ending and before a date in brackets that names its month (`東瀚航運昨日（8月27日）公布`)', () => {
    const ids = (name: string, text: string) => (analyse(name, text).companies ?? []).map((c) => c.id);
    expect(ids('a.md', '# 青澜锂业2025年报：上市十年首亏12.7亿\n\n3月27日晚间，青澜锂业交出了一份年报。青澜表示，锂价仍在磨底。\n')).toEqual(['青澜']);
    expect(ids('b.md', '運價回落拖累業績，東瀚航運昨日（8月27日）公布中期業績，股東應佔溢利13.1億美元。東瀚表示，將訂造新船。\n')).toEqual(['東瀚']);
  });

  it('read a listing’s value at its offer price as its market value, in English and in a Hong Kong paper', () => {
    const wire = 'Drone maker Qiongyi sold 86.4 million H shares at HK$43.80 each. At the offer price the company was valued at HK$252.3 billion.\n\nQiongyi said it would expand.\n';
    expect(bindingOf('a.md', wire, 'HK$252.3 billion')).toMatch(/^qiongyi market-value:offer-price/);
    const hongKong = '穹翼智能今日上市。以招股價計，上市時市值約252.3億港元。\n';
    expect(claimByText(analyse('b.txt', hongKong).claims, '約252.3億港元').attribute).toBe('market-value:offer-price');
    const table = '| 项目 | 数据 |\n|---|---|\n| 上市市值（按发行价） | 约252.3亿港元 |\n';
    expect(claimByText(analyse('c.md', table).claims, '约252.3亿港元').attribute).toBe('market-value:offer-price');
  });

  it('tie a Chinese brand to an English name of one word that spells it (`穹翼智能` and `Qiongyi`)', () => {
    const zh = '无人机制造商穹翼智能今日在港交所上市，穹翼智能本次发行价为43.80港元，上市首日市值达到329.1亿港元。\n';
    const en = 'Drone maker Qiongyi listed in Hong Kong on Thursday. Qiongyi priced its shares at HK$43.80, and its market value on the first day reached HK$32.91 billion.\n';
    expect(complaintLines({ 'a.md': zh, 'b.md': en.replace('HK$32.91 billion', 'HK$329.1 billion') })).toHaveLength(1);
  });
});
