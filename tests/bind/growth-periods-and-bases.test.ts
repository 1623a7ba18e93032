import { describe, expect, it } from 'vitest';
import { analyse, claimByText, dated, measuredAs } from '../check/crosscheck-helpers.js';


/** A Taiwanese packaging house's March revenue, in English and in Traditional Chinese, as a wire and a local paper write it. */
const WIRE = dated(
  '2025-04-10',
  'Packaging and testing house Hongsheng Advanced Packaging & Test (Hongsheng) today reported consolidated revenue of NT$4.86 billion for March 2025, up 12.4% month on month and 27.9% year on year, a record for the month.',
  'Cumulative first-quarter consolidated revenue reached NT$13.33 billion, up 22.7% from the same period last year, but down 3.8% from NT$13.86 billion in the fourth quarter of 2024.',
);
const LOCAL = dated(
  '2025-04-10',
  '封測廠宏晟先進封測（宏晟）今（10）日公布2025年3月合併營收新台幣48.6億元，月增12.4%，年增27.9%，創歷年同期新高。',
  '宏晟累計第一季合併營收新台幣133.3億元，較去年同期成長22.7%，但較2024年第四季的138.6億元減少3.8%。',
);

describe('a growth and the level it is of', () => {
  it('dates a month’s growth by the month of the level before it, and reads `month on month` after the figure', () => {
    expect(measuredAs('wire.md', WIRE, '12.4%', true)).toBe('sequential-growth:revenue hongsheng 2025-03');
    expect(measuredAs('wire.md', WIRE, '27.9%', true)).toBe('growth:revenue hongsheng 2025-03');
    expect(measuredAs('local.md', LOCAL, '12.4%', true)).toBe('sequential-growth:revenue 宏晟 2025-03');
    expect(measuredAs('local.md', LOCAL, '27.9%', true)).toBe('growth:revenue 宏晟 2025-03');
  });

  it('takes the year and quarter of a base figure as that figure’s only, in both languages', () => {
    expect(measuredAs('wire.md', WIRE, 'NT$13.86 billion', true)).toMatch(/ 2024-Q4$/);
    expect(measuredAs('wire.md', WIRE, '22.7%', true)).toMatch(/ 2025-Q1$/);
    expect(measuredAs('wire.md', WIRE, '3.8%', true)).toMatch(/ 2025-Q1$/);
    expect(measuredAs('local.md', LOCAL, '138.6億元', true)).toMatch(/ 2024-Q4$/);
    expect(measuredAs('local.md', LOCAL, '22.7%', true)).toMatch(/ 2025-Q1$/);
    expect(measuredAs('local.md', LOCAL, '3.8%', true)).toMatch(/ 2025-Q1$/);
  });

  it('reads the year a change is compared with as no year of the change (`较去年同期提升`, `较2025年末的`)', () => {
    const airline = dated('2026-08-10', '翔鷺航空7月客座率為84.6%，較去年同期的81.5%提升3.1個百分點。');
    expect(measuredAs('a.md', airline, '84.6%', true)).toMatch(/^load-factor .* 2026-07$/);
    expect(measuredAs('a.md', airline, '81.5%', true)).toMatch(/^load-factor .* 2025-07$/);
    // (…and the change is of the level's month.)
    expect(measuredAs('a.md', airline, '3.1個百分點', true)).toMatch(/^growth:load-factor .* 2026-07$/);
    const insurer = dated('2026-04-28', '泰衡集团综合偿付能力充足率为212.6%，较2025年末的207.3%上升5.3个百分点。');
    expect(measuredAs('b.md', insurer, '207.3%', true)).toMatch(/^solvency-ratio .* 2025$/);
    expect(measuredAs('b.md', insurer, '5.3个百分点', true)).toMatch(/^growth:solvency-ratio .* -$/);
  });

  it('keeps the month of an aside with a figure of its own (`（2024年10月为86,300辆）`) to that figure', () => {
    const text = dated('2025-11-01', '10月，远航汽车共交付新车104,670辆，同比增长21.3%（2024年10月为86,300辆），单月交付量突破10万辆。');
    expect(measuredAs('a.md', text, '21.3%', true)).toMatch(/ 2025-10$/);
    expect(measuredAs('a.md', text, '86,300辆', true)).toMatch(/ 2024-10$/);
    // An aside of the year alone dates the figure before it.
    expect(measuredAs('b.md', dated('2026-03-27', '江澜银行营业收入1486.3亿元（2025年），同比增长2.4%。'), '1486.3亿元', true)).toMatch(/ 2025$/);
  });

  it('dates a growth by the level it is of where the sentence states its base a year before too', () => {
    const text = dated('2025-12-12', '云翔航空公布11月运营数据。', '其中，11月国际航线旅客运输量138万人次，去年同期为102.9万人次，同比增长26.0%。');
    expect(measuredAs('a.md', text, '26.0%', true)).toMatch(/^growth:passenger-traffic .* 2025-11$/);
    expect(measuredAs('a.md', text, '102.9万人次', true)).toMatch(/ 2024-11$/);
    // The base's own words date it alone (`去年同期为10.9%`), not the figure before them.
    const margin = dated('2025-08-20', '上半年，天瑞风电风机销售毛利率为12.6%，去年同期为10.9%。');
    expect(measuredAs('b.md', margin, '12.6%', true)).not.toMatch(/ 2024/);
    expect(measuredAs('b.md', margin, '10.9%', true)).toMatch(/ 2024-H1$/);
  });

  it('reads orders won in a period as order intake, not the backlog', () => {
    const text = dated('2026-07-22', 'Highridge Wind Power said new external orders in the first half rose 32.5% to 18.74 gigawatts, lifting its order backlog to a record 56.38 GW.');
    expect(measuredAs('a.md', text, '18.74 gigawatts')).toMatch(/^order-intake /);
    expect(measuredAs('a.md', text, '32.5%')).toMatch(/^growth:order-intake /);
    expect(measuredAs('a.md', text, '56.38 GW')).toMatch(/^backlog /);
  });

  it('reads a growth set against the month before as a growth on the month before', () => {
    const text = dated('2026-02-12', '从环比看，锐能动力1月装车量较2025年12月的9.61GWh下降18.2%，降幅小于行业整体。');
    expect(measuredAs('a.md', text, '18.2%', true)).toMatch(/^sequential-growth:battery-installations .* 2026-01$/);
  });

  it('dates a figure by the month that labels it, and a figure before `the whole of 2024` by its own part', () => {
    const list = dated('2026-02-10', 'Ruineng Power Technology reported its January figures.', '- Ruineng market share: 15.2% (January 2025: 13.8%)');
    expect(measuredAs('a.md', list, '13.8%', true)).toMatch(/ 2025-01$/);
    const bank = dated('2025-08-28', "The bank's net interest margin narrowed to 1.78% in the first half, down 13 basis points from 1.91% a year earlier and below the 1.86% it recorded for the whole of 2024.");
    expect(claimByText(analyse('b.md', bank).claims, '13 basis points').period).not.toMatch(/^2024/);
  });

  it('dates a list’s items by the month the paragraph before its lead-in reports, for the same company', () => {
    const text = dated(
      '2026-08-11',
      '翠屿地区主要航空公司翔鹭航空于8月10日公布7月经营数据。受暑期出行旺季带动，翔鹭航空7月运送旅客152.8万人次，同比增长11.6%。',
      '主要经营指标如下：',
      '- 客座率84.6%，同比提升3.1个百分点；\n- 国际航线运送旅客12.4万人次。',
    );
    expect(measuredAs('a.md', text, '84.6%', true)).toMatch(/^load-factor .* 2026-07$/);
    expect(measuredAs('a.md', text, '3.1个百分点', true)).toMatch(/^growth:load-factor .* 2026-07$/);
  });

  it('keeps a total so far this year within its article', () => {
    const text = dated('2026-05-01', '截至4月底，曜川汽车今年以来出口累计超过2.9万辆。');
    expect(measuredAs('a.md', text, '超过2.9万辆', true)).toMatch(/^exports .* year-to-date$/);
  });

  it('takes no growth for a share of a whole (`占当月交付量的19.3%`)', () => {
    const text = dated('2026-05-01', '4月曜川汽车出口8935辆，同比增长1.6倍，占当月交付量的19.3%。');
    expect(claimByText(analyse('a.md', text).claims, '19.3%').attribute).toBeUndefined();
  });
});
