import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

const DELIVERIES = [
  '---',
  'title: 极曜汽车3月交付38562辆创新高',
  'date: 2026-04-01',
  '---',
  '',
  '锐观科技4月1日消息，极曜汽车（Jiyao Auto）今日公布3月及第一季度交付数据。3月，极曜汽车共交付新车38562辆，同比增长46.3%。2026年第一季度，极曜汽车累计交付96418辆，同比增长51.2%。',
  '',
  '## 月度交付',
  '',
  '| 月份 | 交付量（辆） | 同比增速 |',
  '|---|---|---|',
  '| 1月 | 33,740 | 67.8% |',
  '| 2月 | 24,116 | 39.4% |',
  '| 3月 | 35,862 | 46.3% |',
  '| 第一季度合计 | 96,418 | 51.2% |',
  '',
  '为保障X9按期交付，极曜3月产量达到41207辆，高于当月交付量。',
  '',
].join('\n');

describe('monthly deliveries', () => {
  it('takes a month alone in the clause that opens a sentence as the period of what the sentence tells', () => {
    expect(bindingOf('a.md', DELIVERIES, '38562辆')).toBe('极曜 shipments 2026-03');
    expect(bindingOf('a.md', 'In March, Jiyao Auto delivered 38,562 vehicles, up 46.3% from a year earlier.\n', '38,562 vehicles')).toBe('- shipments XXXX-03');
  });

  it('dates a table row by the month its first cell names, and a quarter’s total by the article’s date', () => {
    expect(bindingOf('a.md', DELIVERIES, '35,862')).toBe('- shipments 2026-03');
    expect(bindingOf('a.md', DELIVERIES, '96,418')).toBe('- shipments 2026-Q1');
  });

  it('takes a table whose rows are periods as the article’s company’s, as a guess, even when its header names the measure', () => {
    const row = claimByText(analyse('a.md', DELIVERIES).claims, '35,862');
    expect(row.subject).toMatchObject({ id: '极曜', confidence: 0.5 });
    // The guess is enough to find the table's swapped digits against the text of the same article.
    expect(complaintLines({ 'a.md': DELIVERIES })).toContain('conflicting-figure 35,862 vs 38562辆');
  });

  it('tells what a plant made from what it delivered', () => {
    expect(bindingOf('a.md', DELIVERIES, '41207辆')).toBe('极曜 production 2026-03');
    expect(bindingOf('a.txt', 'Jiyao Auto said production came to 41,207 vehicles in March 2026.\n', '41,207 vehicles')).toBe('- production 2026-03');
  });
});

const STEEL = [
  '---',
  'title: 北岭钢铁上半年扭亏为盈 归母净利润6.8亿元',
  'date: 2025-08-26',
  '---',
  '',
  '北岭钢铁（Beiling Steel）8月25日晚间披露2025年半年度报告。上半年公司实现营业收入486.3亿元，同比下降9.8%；归属于上市公司股东的净利润6.8亿元，上年同期为亏损2.1亿元。分季度看，第一季度归母净利润2.3亿元，第二季度4.5亿元。',
  '',
  '## 主要经营指标',
  '',
  '| 指标 | 2025年上半年 | 2024年上半年 | 同比变动 |',
  '|---|---|---|---|',
  '| 营业收入 | 486.3亿元 | 539.1亿元 | -9.8% |',
  '| 归母净利润 | 6.8万元 | -2.1亿元 | 扭亏为盈 |',
  '',
].join('\n');

describe('runs of months and totals so far', () => {
  it('reads a run of months as a part of the year, never as its last month', () => {
    expect(bindingOf('a.md', '---\ndate: 2025-10-08\n---\n从全年看，1至9月启曜累计交付218,460台。\n', '218,460台').split(' ')[2]).toBe('2025-Q1-Q3');
    expect(bindingOf('a.md', '---\ndate: 2025-12-01\n---\n1至11月，公司累计交付219,736辆。\n', '219,736辆').split(' ')[2]).toBe('2025-M01-M11');
    expect(bindingOf('a.txt', 'In the first 11 months of 2025, the company delivered 219,736 vehicles.\n', '219,736 vehicles').split(' ')[2]).toBe('2025-M01-M11');
    expect(bindingOf('b.md', '前11个月累计交付219,736辆。\n', '219,736辆').split(' ')[2]).toBe('XXXX-M01-M11');
  });

  it('takes the last month alone in a clause before a figure, and reads a difference as a change', () => {
    const text = '三季度启曜共生产91,806台，比交付量多出4,687台；仅9月单月，产量就比交付量多2,168台。\n';
    expect(bindingOf('a.md', text, '91,806台').split(' ').slice(1).join(' ')).toBe('production XXXX-Q3');
    expect(bindingOf('a.md', text, '4,687台').split(' ').slice(1).join(' ')).toBe('change:shipments XXXX-Q3');
    expect(bindingOf('a.md', text, '2,168台').split(' ').slice(1).join(' ')).toBe('change:shipments XXXX-09');
    expect(bindingOf('b.md', '3月，A公司交付1万辆；4月，A公司交付2万辆。\n', '2万辆').split(' ')[2]).toBe('XXXX-04');
    // A clause that names its own period keeps it.
    expect(bindingOf('b.md', '---\ndate: 2025-04-02\n---\n今年3月，公司发布了新品；全年销量达到50万辆。\n', '50万辆').split(' ')[2]).toBe('2025');
    expect(bindingOf('b.md', '3月，公司第一季度销量达到12万辆。\n', '12万辆').split(' ')[2]).toBe('XXXX-Q1');
    expect(bindingOf('c.txt', 'Yaochi built 35,160 vehicles in November, 2,742 more than it delivered.\n', '2,742').split(' ')[1]).toBe('change:shipments');
  });

  it('reads a column of totals from January, the first months (前10月, 首十月), and a month a semicolon carries over', () => {
    const sales = [
      '---',
      'date: 2025-11-03',
      '---',
      '',
      '港股上市房企远澜控股公告称，2025年10月，公司共实现合同销售金额约人民币47.6亿元；合同销售均价约为每平方米15256元。',
      '',
      '累计来看，今年1至10月，远澜控股累计实现合同销售金额约407.1亿元，较去年同期的468.5亿元下降13.1%。',
      '',
      '| 月份 | 单月合同销售金额（亿元） | 累计合同销售金额（亿元） |',
      '|---|---|---|',
      '| 10月 | 47.6 | 407.1 |',
      '',
    ].join('\n');
    expect(bindingOf('a.md', sales, '15256元').split(' ').slice(1).join(' ')).toBe('average-price 2025-10');
    expect(bindingOf('a.md', sales, '约407.1亿元').split(' ').slice(1).join(' ')).toBe('contracted-sales 2025-M01-M10');
    expect(bindingOf('a.md', sales, '468.5亿元').split(' ')[2]).toBe('2024-M01-M10');
    expect(bindingOf('a.md', sales, '407.1').split(' ')[2]).toBe('2025-M01-M10');
    expect(bindingOf('a.md', sales, '47.6').split(' ')[2]).toBe('2025-10');
    expect(complaintLines({ 'a.md': sales })).toEqual([]);
    expect(bindingOf('b.md', '---\ndate: 2025-11-20\n---\n前10月安衡人寿原保险保费收入2345.67亿元。\n', '2345.67亿元').split(' ')[2]).toBe('2025-M01-M10');
    expect(bindingOf('c.md', '---\ndate: 2025-11-03\n---\n遠瀾控股10月合約銷售跌9% 首十月錄人民幣407億元\n', '人民幣407億元').split(' ')[2]).toBe('2025-M01-M10');
  });

  it('gives a total so far this year no whole year, but a period of its own, kept within its article', () => {
    const text = '---\ndate: 2025-10-02\n---\nQiyao Motors said on Wednesday it has delivered 218,460 vehicles so far this year. Qiyao Motors expects 320,000 this year.\n';
    expect(bindingOf('a.md', text, '218,460 vehicles').split(' ')[2]).toBe('year-to-date');
  });

  it('reads the months of a table’s header and the quarters Taiwan’s writers name without 度', () => {
    const text = [
      '聯穎微電子（Lumiwave）公布11月營收。聯穎第三季營收為99.87億元。',
      '',
      '| 項目 | 11月 | 10月 |',
      '|---|---|---|',
      '| 合併營收（億元） | 38.62 | 34.36 |',
      '',
    ].join('\n');
    expect(bindingOf('a.md', text, '99.87億元').split(' ').slice(1).join(' ')).toBe('revenue XXXX-Q3');
    expect(bindingOf('a.md', text, '38.62').split(' ').slice(1).join(' ')).toBe('revenue XXXX-11');
    expect(bindingOf('a.md', text, '34.36').split(' ').slice(1).join(' ')).toBe('revenue XXXX-10');
  });
});

describe('a figure of a past moment', () => {
  it('is of then, not of the article’s time (A轮融资时, at the time of its Series A), and meets no figure of now', () => {
    const zh = '砺行机器人（Lixing Robotics）宣布完成B轮融资。团队方面，砺行目前员工约420人。A轮融资时，公司员工仅有180人左右，一年多时间里团队规模增长了约1.3倍。\n';
    expect(bindingOf('a.md', zh, '180人左右').split(' ')[2]).toBe('XXXX-then');
    expect(bindingOf('a.md', zh, '约420人').split(' ')[2]).toBe('-');
    expect(complaintLines({ 'a.md': zh })).toEqual([]);
    expect(bindingOf('b.txt', 'At the time of its Series A, Lixing had about 180 employees.\n', 'about 180 employees').split(' ')[2]).toBe('XXXX-then');
    // `同时` (meanwhile) dates nothing past.
    expect(bindingOf('c.md', '同时，公司员工增至420人。\n', '420人').split(' ')[2]).toBe('-');
  });
});

describe('what a rate of growth is of', () => {
  it('is the measure of its own clause before the nearest of the sentence', () => {
    expect(bindingOf('a.md', '上半年，公司钢材销量仅小幅下降2.2%，收入降幅则接近一成。\n', '2.2%').split(' ')[1]).toBe('growth:shipments');
  });
});

describe('half-year and quarterly results', () => {
  it('dates a half the article names without its year by the article’s date, as a quarter', () => {
    expect(bindingOf('a.md', STEEL, '486.3亿元')).toBe('北岭 revenue 2025-H1');
    // An article of March may speak of a half to come.
    expect(bindingOf('a.md', STEEL.replace('2025-08-26', '2025-03-02'), '486.3亿元')).toBe('北岭 revenue XXXX-H1');
  });

  it('gives each figure the quarter of its own clause, written right against it or not', () => {
    expect(bindingOf('a.md', STEEL, '2.3亿元').split(' ')[2]).toBe('XXXX-Q1');
    // `第二季度4.5亿元` names no one: as the article's only company's, its quarter is the one just reported (an article of August).
    expect(bindingOf('a.md', STEEL, '4.5亿元').split(' ')[2]).toBe('2025-Q2');
  });

  it('finds the table’s 万/亿 slip once text and table state the same half', () => {
    expect(complaintLines({ 'a.md': STEEL })).toEqual(['magnitude-slip 6.8万元 vs 6.8亿元']);
  });
});

const BANK_ZH = [
  '江澜银行（Jianglan Bank）3月27日发布2025年年报。全年实现营业收入1486.3亿元，同比增长2.4%。其中，利息净收入1027.5亿元，同比下降1.3%；净息差为1.63%。',
  '',
  '资产质量方面，截至2025年末，该行不良贷款率为1.27%，较上年末下降0.04个百分点；拨备覆盖率为236.45%。核心一级资本充足率为9.86%，加权平均净资产收益率为10.21%。',
  '',
].join('\n');
const BANK_EN = [
  "Jianglan Bank's 2025 profit rises 6.8% as bad-loan ratio edges down to 1.27%",
  '',
  "Jianglan Bank reported on March 27 that revenue rose 2.4% to 148.63 billion yuan in 2025. Net interest income, the bank's main source of revenue, fell 1.3% to 102.75 billion yuan. Non-interest income rose 11.8% to 45.88 billion yuan.",
  '',
].join('\n');

describe("a bank's results", () => {
  it('reads its ratios as measures of their own, never as growth or each other', () => {
    expect(bindingOf('a.txt', BANK_ZH, '1.27%')).toBe('江澜 npl-ratio 2025');
    expect(bindingOf('a.txt', BANK_ZH, '236.45%').split(' ')[1]).toBe('provision-coverage');
    expect(bindingOf('a.txt', BANK_ZH, '1.63%').split(' ')[1]).toBe('net-interest-margin');
    expect(bindingOf('a.txt', BANK_ZH, '9.86%').split(' ')[1]).toBe('capital-ratio');
    expect(bindingOf('a.txt', BANK_ZH, '10.21%').split(' ')[1]).toBe('roe');
  });

  it('reads its income by source as parts of its revenue, and their growth as theirs', () => {
    expect(bindingOf('a.txt', BANK_ZH, '1027.5亿元').split(' ')[1]).toBe('net-interest-income');
    expect(bindingOf('a.txt', BANK_ZH, '1.3%').split(' ')[1]).toBe('growth:net-interest-income');
    // The sentence's subject, not the word of its apposition.
    expect(bindingOf('b.txt', BANK_EN, '1.3%').split(' ')[1]).toBe('growth:net-interest-income');
    expect(bindingOf('b.txt', BANK_EN, '45.88 billion yuan').split(' ')[1]).toBe('non-interest-income');
  });

  it('reads a rate a headline says moved to as its level, and `as` as the start of the next item', () => {
    expect(bindingOf('b.txt', BANK_EN, '1.27%').split(' ')[1]).toBe('npl-ratio');
    expect(bindingOf('b.txt', BANK_EN, '6.8%').split(' ')[1]).toBe('growth:profit');
    expect(bindingOf('c.txt', '启程汽车第三季度毛利率下降至18.2%。\n', '18.2%').split(' ')[1]).toBe('gross-margin');
  });

  it('takes `该行` and `the bank` for the bank named before', () => {
    expect(bindingOf('a.txt', BANK_ZH, '1.27%').split(' ')[0]).toBe('江澜');
    const en = 'Jianglan Bank published its annual report on Friday. Jianglan Bank shares rose 2%. The bank said its bad-loan ratio edged down to 1.27% at the end of 2025.\n';
    expect(bindingOf('b.txt', en, '1.27%')).toBe('jianglan npl-ratio 2025');
  });

  it('finds a transposed bad-loan ratio across two outlets', () => {
    const wrong = BANK_ZH.replace('不良贷款率为1.27%', '不良贷款率为1.72%');
    expect(complaintLines({ 'caixun.md': BANK_ZH, 'harbor.txt': BANK_EN, 'bilingual.txt': wrong })).toContain('conflicting-figure 1.72% vs 1.27% vs 1.27%');
    expect(complaintLines({ 'caixun.md': BANK_ZH, 'harbor.txt': BANK_EN })).toEqual([]);
  });
});

const IPO_ZH = [
  '芯衡微电子（Xinheng Microelectronics）3月12日登陆科创板。招股书显示，芯衡微电子本次公开发行股票6800万股，占发行后总股本的25%。按发行价计算，本次募集资金总额为18.62亿元，扣除发行费用后，募集资金净额为17.35亿元。公司原计划募资15亿元，实际超募3.62亿元。',
  '',
].join('\n');
const IPO_EN = [
  "Xinheng's STAR debut: a 163.5% pop",
  '',
  "You would not have guessed it from Thursday's debut of Xinheng Microelectronics (芯衡微电子) on Shanghai's STAR Market.",
  '',
  'Xinheng sold 68 million shares, a quarter of its post-listing share capital of 272 million. Gross proceeds came to 1.862 billion yuan — nearly 1.9 billion yuan, or about $262 million — comfortably above the 1.5 billion yuan it had set out to raise.',
  '',
].join('\n');

describe('a listing', () => {
  it('finds an English name glossed with a Chinese company’s name, and a Chinese one glossed in pinyin', () => {
    expect(bindingOf('b.md', IPO_EN, '68 million shares').split(' ')[0]).toBe('xinheng');
    const zh = '外卖平台饭点到家（Fandian Daojia）8月20日发布2025年第二季度业绩。第二季度，饭点到家实现营业收入214.7亿元，同比增长12.9%。\n';
    expect(bindingOf('c.txt', zh, '214.7亿元')).toBe('饭点到家 revenue 2025-Q2');
  });

  it('reads an aside after a dash as a figure of its own, not the end of a range', () => {
    const claims = analyse('b.md', IPO_EN).claims;
    expect(claimByText(claims, '1.862 billion yuan').value).toBe(1.862e9);
    expect(claimByText(claims, 'nearly 1.9 billion yuan').qualifier).toBe('approx');
  });

  it('gives a sentence that names no one the company the sentence before it named', () => {
    expect(bindingOf('a.md', IPO_ZH, '18.62亿元')).toBe('芯衡 funding-round -');
    const en = "Xinheng Microelectronics (芯衡微电子) listed on Thursday. Xinheng sold 68 million shares. Gross proceeds came to 1.862 billion yuan.\n";
    expect(bindingOf('b.md', en, '1.862 billion yuan')).toBe('xinheng funding-round -');
  });

  it('gives no company to another measure of a sentence that names no one the binder knows', () => {
    const deal = 'Packaged-food maker Verity Foods agreed to buy Oakhill on Monday. Verity Foods said so. Last year the target reported revenue of $450 million.\n';
    expect(bindingOf('c.txt', deal, '$450 million').split(' ')[0]).toBe('-');
  });

  it('tells what a listing raised beyond its plan from what it raised', () => {
    expect(bindingOf('a.md', IPO_ZH, '3.62亿元').split(' ')[1]).toBe('excess-proceeds');
  });

  it('finds a magnitude slip of the proceeds between two outlets, and none between faithful ones', () => {
    const wire = 'Chinese chipmaker Xinheng Microelectronics listed on Thursday. Xinheng sold 68 million new shares, raising 186 million yuan.\n';
    expect(complaintLines({ 'a.md': IPO_ZH, 'wire.txt': wire }).filter((l) => l.startsWith('magnitude'))).toEqual(['magnitude-slip 186 million yuan vs 18.62亿元']);
    expect(complaintLines({ 'a.md': IPO_ZH, 'b.md': IPO_EN }).filter((l) => !l.includes('market-share'))).toEqual([]);
  });
});

describe('a funding round', () => {
  const KESTREL = [
    'Kestrel Robotics raises $180 million in Series C to put humanoid robots in warehouses',
    '',
    'Kestrel Robotics, a Boston-based startup, said on Tuesday it had raised $150 million in a Series C funding round led by Granite Peak Ventures.',
    '',
  ].join('\n');

  it('is the raiser’s, not the investor’s who led it, and of the round named after the amount', () => {
    expect(bindingOf('a.txt', KESTREL, '$150 million')).toBe('kestrel funding-round:series-c -');
    expect(bindingOf('a.txt', KESTREL, '$180 million')).toBe('kestrel funding-round:series-c -');
  });

  it('is one amount for one named round: a headline that states another contradicts its article', () => {
    expect(complaintLines({ 'a.txt': KESTREL })).toEqual(['conflicting-figure $150 million vs $180 million']);
    // Rounds of no name may be several: an article tells of each.
    const rounds = 'Kestrel Robotics raised $150 million in March. Kestrel Robotics raised $180 million in a round led by Granite Peak Ventures in June.\n';
    expect(complaintLines({ 'b.txt': rounds })).toEqual([]);
  });
});

describe('what several articles state alike', () => {
  it('takes an increase of 1.5 times and a 2.5-fold increase for one growth', () => {
    const zh = '西岭钢铁（Xiling Steel）发布年报。西岭钢铁2025年净利润18.62亿元，同比增长约1.5倍。\n';
    const en = 'Xiling Steel (西岭钢铁) reported a roughly 2.5-fold increase in 2025 net profit. Xiling Steel said so.\n';
    expect(complaintLines({ 'a.md': zh, 'b.txt': en })).toEqual([]);
    expect(complaintLines({ 'a.md': zh, 'b.txt': en.replace('2.5-fold', '3.5-fold') })).toEqual(['conflicting-figure roughly 3.5-fold vs 约1.5倍']);
  });

  it('pairs no digits of a line of figures that is no table with the text (`12.86` under `mln tonnes`)', () => {
    const text = [
      'Xiling Iron & Steel Co. Ltd. reported results. Xiling said so.',
      '',
      'Crude steel output (mln tonnes)   12.86      13.42     -4.2%',
      '',
      "Xiling's crude steel output fell by 560,000 tonnes to 12.86 million tonnes.",
      '',
    ].join('\n');
    expect(complaintLines({ 'a.txt': text })).toEqual([]);
  });
});

describe('a satellite network', () => {
  const EN = [
    'The first phase of QiongLink, which will comprise 324 satellites by the end of 2027, carries a total investment of about 12 billion yuan, Tianheng StarNet said.',
    '',
    'Zhongyue Telecom, a partner of Tianheng StarNet, has upgraded about 35,000 5G-Advanced base stations.',
    '',
  ].join('\n');

  it('reads the phase an English sentence opens with, and base stations as a measure of their own', () => {
    expect(bindingOf('a.txt', EN, 'about 12 billion yuan').split(' ')[1]).toBe('investment:phase-1');
    expect(bindingOf('a.txt', EN.replace('The first phase of', 'Phase one of'), 'about 12 billion yuan').split(' ')[1]).toBe('investment:phase-1');
    expect(bindingOf('a.txt', EN, 'about 35,000').split(' ')[1]).toBe('base-stations');
    expect(bindingOf('b.md', '其合作伙伴中岳通信已完成约3.5万个5G-A基站的星地融合改造。\n', '约3.5万个').split(' ')[1]).toBe('base-stations');
  });
});
