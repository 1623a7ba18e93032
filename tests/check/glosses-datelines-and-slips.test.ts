import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, dated, findingsOf, measuredAs } from './crosscheck-helpers.js';
import { sourceFromBytes } from '../../src/load/read-source.js';

const dateOf = (text: string) => sourceFromBytes('a.txt', new TextEncoder().encode(text)).referenceDate;

describe('names glossed with their own first words', () => {
  it('finds `宏晟先進封測（宏晟）` and `Hongsheng Advanced Packaging & Test (Hongsheng)` as the companies the articles go on about', () => {
    const zh = dated('2025-04-10', '封測廠宏晟先進封測（宏晟）今日公布3月合併營收新台幣48.6億元。', '宏晟表示，先進封裝營收占比提升至41.3%。');
    expect(measuredAs('a.md', zh, '41.3%')).toMatch(/ 宏晟$/);
    const en = dated('2025-04-10', 'Packaging and testing house Hongsheng Advanced Packaging & Test (Hongsheng) today reported revenue of NT$4.86 billion.', 'Hongsheng said advanced packaging made up 41.3% of revenue.');
    expect(measuredAs('b.md', en, 'NT$4.86 billion')).toBe('revenue hongsheng');
  });

  it('takes no place glossed by its stem for a company', () => {
    const text = dated('2026-01-20', '澜江省（澜江）全年地区生产总值为5.83万亿元。', '澜江省统计局表示，全年经济稳中有进。');
    expect(measuredAs('a.md', text, '5.83万亿元')).not.toMatch(/ 澜江$/);
  });
});

describe('datelines in brackets', () => {
  it('reads the date inside `【…讯】` and `【…訊】`, in Simplified and Traditional Chinese, as the article’s', () => {
    expect(dateOf('曜川汽车4月交付46218辆\n\n【东岸商报 2026年5月1日讯】曜川汽车今日公布4月交付数据。\n')).toBe('2026-05-01');
    expect(dateOf('港暉銀行中期盈利升7.2%\n\n【瀾汀信報 2026年8月18日訊】港暉銀行今日公布截至2026年6月30日止六個月業績，股東應佔溢利86.4億港元，按年上升7.2%，中期息每股1.35港元。\n')).toBe('2026-08-18');
    expect(dateOf('翔鷺航空7月載客創新高\n\n【島嶼晨報記者蔡欣妤／翠嶼2026年8月10日電】翔鷺航空公布7月營運數據，載客152.8萬人次，客座率84.6%，較去年同期提升3.1個百分點。\n')).toBe('2026-08-10');
  });
});

describe('a dividend’s payment date', () => {
  it('is read in both languages, `The board` being the company’s, and a day apart is reported', () => {
    const en = dated('2026-08-19', 'Harbourlight Bank (港暉銀行) reported interim results on Tuesday.', 'The board declared an interim dividend of HK$1.35 a share, payable on Sept. 25.');
    const zh = dated('2026-08-18', '港暉銀行（Harbourlight Bank）今日公布中期業績。', '港暉銀行董事會宣派中期股息每股1.35港元，將於9月24日派發。');
    const zh2 = dated('2026-08-19', '港晖银行（Harbourlight Bank）公布中期业绩。', '分红方面，港晖银行拟派发中期股息每股1.35港元，派息日为9月24日。');
    expect(measuredAs('a.md', en, 'Sept. 25')).toMatch(/^dividend-payment-date /);
    expect(complaintLines({ 'a.md': en, 'b.md': zh, 'c.md': zh2 })).toEqual([expect.stringMatching(/^date-conflict Sept\. 25 vs 9月24日/)]);
  });
});

describe('a company’s event in a sentence that names no one', () => {
  it('is of the one company its paragraph names before it, and `5月10日起降价` is the day a price takes effect', () => {
    const wire = dated(
      '2026-05-01',
      'Sunvale Auto said it delivered 46,218 vehicles in April.',
      'Sunvale also said it would cut the price of its S7 Long Range sedan by 24,000 yuan. The new price takes effect on May 1 and applies to orders placed through June 30.',
    );
    expect(measuredAs('a.md', wire, 'May 1')).toBe('effective-date sunvale');
    const paper = dated('2026-05-01', '# 曜川汽车4月交付46218辆，S7长续航版5月10日起降价', '曜川汽车（Sunvale Auto）公布4月交付数据。');
    const other = dated('2026-05-01', '曜川汽车（Sunvale Auto）公布4月交付数据。曜川汽车宣布，S7长续航版新价格自5月10日起生效。');
    expect(measuredAs('b.md', paper, '5月10日')).toBe('effective-date 曜川');
    expect(complaintLines({ 'a.md': wire, 'b.md': paper, 'c.md': other })).toEqual([expect.stringMatching(/^date-conflict May 1 vs 5月10日/)]);
  });
});

describe('measures', () => {
  it('reads a fleet’s capacity, a miner’s metals, a model’s MoE variant and a gap to a named peer', () => {
    const fleet = dated('2025-08-28', '截至6月30日，港峰航运共经营112艘船舶，总运力约138万标准箱。');
    expect(measuredAs('a.md', fleet, '约138万标准箱')).toMatch(/^capacity /);
    const miner = dated('2025-04-16', '嵘峰矿业集团发布一季度经营数据，1—3月矿产铜产量12.84万吨，同比增长9.3%。', '嵘峰矿业集团一季度首次计入锂板块产量，折合碳酸锂当量约6,420吨。');
    expect(measuredAs('b.md', miner, '12.84万吨')).toMatch(/^production:copper /);
    expect(measuredAs('b.md', miner, '约6,420吨')).toMatch(/^production:lithium /);
    const lab = dated('2025-05-14', 'Quillfern AI released Fernline-2, a dense model with 70 billion parameters.', 'The lab also unveiled Fernline-2 MoE, a mixture-of-experts version with 480 billion total parameters.');
    expect(measuredAs('c.md', lab, '480 billion')).toBe('parameters fernline-2 moe');
    const peer = dated('2026-08-18', '港暉銀行公布中期業績，淨息差為1.62%。', '同業方面，銀灣銀行上周公布的上半年淨息差為1.71%，高出港暉銀行9個基點。');
    expect(measuredAs('d.md', peer, '9個基點')).toMatch(/^net-interest-margin:gap /);
  });

  it('reads proceeds `net of fees` as net proceeds, and the day a drug won approval', () => {
    const ipo = dated('2026-09-08', 'Qinye Tea Holdings listed in Hong Kong on Tuesday.', 'Qinye sold 72.5 million shares, raising HK$1.276 billion in gross proceeds and about HK$1.205 billion net of fees.');
    expect(measuredAs('a.md', ipo, 'about HK$1.205 billion')).toMatch(/^net-proceeds /);
    const drug = dated('2026-09-02', '內地藥企禾康藥業宣布，旗下創新藥維洛替尼片已於8月31日獲國家藥品監管部門批准上市。', '禾康藥業表示，新藥將於10月上市銷售。');
    expect(measuredAs('b.md', drug, '8月31日')).toMatch(/^approval-date /);
  });

  it('takes the measure of a keyword after another amount for that amount’s (`from RMB987 million … a RMB214 million loss`)', () => {
    const text = dated('2026-08-20', 'Jingtuo New Energy reported its second-quarter results on Tuesday.', 'Net profit was RMB508 million, down 48.5% from RMB987 million in the second quarter of 2025 but a turnaround from a RMB214 million loss in the first quarter.');
    expect(measuredAs('a.md', text, 'RMB987 million')).toMatch(/^profit /);
    expect(measuredAs('a.md', text, 'RMB214 million')).toMatch(/^net-loss /);
  });

  it('reads `capital spending` as capex, and a goal an article says it was raised from as a past one', () => {
    const text = dated('2026-08-06', 'Lanxin Memory Technologies raised its full-year capital spending plan.', 'The company now expects to spend RMB 21.5 billion on plants and equipment in 2026, up from earlier guidance of RMB 18 billion.');
    expect(measuredAs('a.md', text, 'RMB 21.5 billion', true)).toMatch(/^capex:target .* 2026$/);
    expect(claimByText(analyse('a.md', text).claims, 'RMB 18 billion').period).toBe('XXXX-then');
  });
});

describe('the direction of a translation', () => {
  it('takes the English of a company whose Chinese name it does not spell (`Lumere`, `露梅`) for the source', () => {
    const en = dated('2024-02-27', '# Lumere Beauty fiscal 2023 sales rise 7.3%', 'Lumere Beauty Group said sales rose 7.3% to US$4.86 billion.', '- Dividend: US$0.86 per share, payable on April 18.');
    const zh = dated('2024-02-27', '# 露梅美妆2023财年销售额增长7.3%', '露梅美妆集团表示，销售额增长7.3%至48.6亿美元。', '- 股息：每股0.86美元，将于4月28日派发。');
    const mismatch = findingsOf({ 'en/lumere.md': en, 'zh/lumere.md': zh }).find((f) => f.ruleId === 'translation-mismatch');
    expect(mismatch?.locations[0]?.file).toBe('zh/lumere.md');
  });
});

describe('slips', () => {
  it('reports one amount a power of ten apart in one article whatever measures its two sentences were read as', () => {
    const text = [
      'VESSENBURG, April 3 (Coastline Financial News) - Quenmoor Properties said on Tuesday that contracted sales in March fell 31.5% year on year to 8.46 billion yuan.',
      '',
      'Chief financial officer Helena Marwick said the 8.46 million yuan in March sales was helped by price cuts.',
      '',
      'Quenmoor said it would keep cutting prices at slow-selling projects.',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.txt': text }).filter((l) => l.startsWith('magnitude-slip'))).toEqual(['magnitude-slip 8.46 million yuan vs 8.46 billion yuan']);
    // A month's cell of a table beside the text's total of another measure shares digits by chance.
    const cinema = dated('2024-07-30', '星幕影城发布上半年经营简报。星幕影城非票收入为5.6亿元，占总营收22.8亿元的24.6%。', ['| 月份 | 票房（亿元） |', '|---|---|', '| 3月 | 2.28 |', '| 4月 | 2.06 |'].join('\n'));
    expect(complaintLines({ 'b.md': cinema })).toEqual([]);
  });

  it('counts a battery maker’s energy-storage row in its total, and leaves a grid’s storage out', () => {
    const battery = dated(
      '2024-03-28',
      'Ardentcell reported its 2023 results.',
      ['| Segment | Revenue (100 million yuan) |', '| --- | --- |', '| Power batteries | 331.6 |', '| Energy storage batteries | 97.4 |', '| Materials and other | 57.2 |', '| Total | 486.2 |'].join('\n'),
    );
    expect(complaintLines({ 'a.md': battery })).toEqual([]);
    const wrong = battery.replace('| Total | 486.2 |', '| Total | 468.2 |');
    expect(complaintLines({ 'a.md': wrong })).toEqual(['conflicting-figure 468.2 vs 331.6 vs 97.4 vs 57.2']);
  });

  it('does not take a peers’ paragraph that names no one for the company’s', () => {
    const text = dated(
      '2025-11-10',
      '宏瀚光電（宏瀚）公布10月營收218.6億元，月增4.3%、年減6.1%。宏瀚表示，面板報價回穩。',
      '同業方面，晶泰顯示10月營收為186.2億元，月增1.5%、年減9.7%；彩鑫光電10月營收為42.7億元，月減3.4%、年增5.8%。',
    );
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });

  it('breaks a tie between two values with a third article that states one of them as the goal', () => {
    const files = {
      // The first file by name is the one that slipped: without the third, the tie would go its way.
      'a.md': dated('2026-08-06', '瀾芯存儲（Lanxin Memory）2026年全年資本支出預估由先前的人民幣180億元上調至251億元。'),
      'b.md': dated('2026-08-06', '澜芯存储（Lanxin Memory）将2026年全年资本开支指引由此前的180亿元上调至215亿元。'),
      'c.md': dated('2026-08-07', 'Lanxin Memory raised its capital spending plan on Thursday.', 'Lanxin now expects to spend RMB 21.5 billion on plants and equipment in 2026, up from earlier guidance of RMB 18 billion.'),
    };
    const conflict = findingsOf(files).find((f) => f.ruleId === 'conflicting-figure');
    expect(conflict?.locations[0]?.text).toBe('251億元');
  });

  it('reports a share its own figures do not give, and only against one total of the company’s', () => {
    const miner = (share: string) =>
      dated(
        '2025-04-16',
        '嵘峰矿业集团发布一季度经营数据，1—3月矿产铜产量12.84万吨，同比增长9.3%。',
        `分矿山看：\n- 卡洛山铜矿产量5.62万吨，占公司矿产铜总产量的${share}，同比增长12.9%；\n- 北垭铜矿产量3.91万吨，同比增长6.8%。`,
        '嵘峰矿业集团表示，铜价回升带动业绩改善。',
      );
    expect(complaintLines({ 'a.md': miner('48.3%') })).toEqual(['conflicting-figure 48.3% vs 5.62万吨 vs 12.84万吨']);
    expect(complaintLines({ 'a.md': miner('43.8%') })).toEqual([]);
    // A market's whole is no total of the company's, whose part the binder only guessed.
    const market = dated('2026-02-12', '锐能动力2025年累计装车量83.5GWh。', '前五家企业合计装车量47.32GWh，约占全部装车量的91.5%。', '锐能动力表示，产能将继续扩张。');
    expect(complaintLines({ 'b.md': market })).toEqual([]);
  });

  it('reads `占比` after an amount as a share of the total its paragraph stated before, never of a sibling part', () => {
    const stores = (share: string) => dated('2026-09-08', `招股书显示，截至6月30日，沁叶共有门店6820家，其中38家位于东南亚。按经营模式划分，加盟门店6512家，占比${share}；直营门店308家。`);
    expect(complaintLines({ 'a.md': stores('97.5%') })).toEqual(['conflicting-figure 97.5% vs 6512家 vs 6820家']);
    expect(complaintLines({ 'a.md': stores('95.5%') })).toEqual([]);
    const parts = dated('2026-08-07', '- 产品组合：DRAM营收81.3亿元，占比63.2%；NAND Flash营收47.3亿元，占比36.8%。');
    expect(complaintLines({ 'b.md': parts })).toEqual([]);
  });

  it('reports an amount whose stated conversion is a power of ten off the rate of its currencies', () => {
    const text = dated('2026-09-06', 'Axiomotion Robotics said it had raised RMB15 billion (about US$209 million) in a Series C round that values the company at RMB12 billion (about US$1.67 billion).');
    expect(complaintLines({ 'a.md': text })).toEqual(['magnitude-slip RMB15 billion vs about US$209 million']);
    expect(complaintLines({ 'b.md': text.replace('RMB15 billion', 'RMB1.5 billion') })).toEqual([]);
    const rates = dated('2025-11-05', '海外定价如下（我们按11月4日汇率换算：€1 = ¥7.82，£1 = ¥9.45，HK$1 = ¥0.913）：');
    expect(complaintLines({ 'c.md': rates })).toEqual([]);
  });

  it('reads a share whose part and whole are named by their words against the article’s amounts of the two', () => {
    const steel = (share: string) =>
      dated(
        '2025-10-29',
        '铖峰钢铁集团28日晚发布三季报。前三季度，铖峰钢铁钢材销量2,712万吨，其中出口486万吨，同比增长27.5%。',
        `受国内需求疲弱影响，铖峰钢铁加大海外接单力度，出口占钢材销量的比重升至${share}。`,
      );
    expect(complaintLines({ 'a.md': steel('21.4%') })).toEqual(['conflicting-figure 21.4% vs 486万吨 vs 2,712万吨']);
    expect(complaintLines({ 'a.md': steel('17.9%') })).toEqual([]);
  });
});
