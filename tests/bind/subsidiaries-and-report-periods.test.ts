import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

const RESULTS_ZH = [
  '---',
  'title: 宁川锂能第三季度净利润增长31.5%',
  'date: 2025-10-29',
  '---',
  '',
  '宁川锂能10月28日晚间发布2025年第三季度报告。第三季度，宁川锂能实现营业收入128.47亿元，同比增长23.4%。',
  '',
  '全资子公司宁川储能科技有限公司第三季度实现收入31.2亿元，同比增长58%，创下单季新高。',
  '',
  '2025年1-9月，宁川锂能累计实现营业收入352.6亿元，同比增长19.8%；归母净利润30.15亿元，同比增长26.7%。',
  '',
].join('\n');

const RESULTS_EN = [
  '---',
  'title: Ningchuan Lithium Q3 profit jumps',
  'date: 2025-10-29',
  '---',
  '',
  'FUZHOU, Oct 29 - Chinese battery maker Ningchuan Lithium Energy (宁川锂能) reported third-quarter revenue of 12.85 billion yuan. Ningchuan said demand was strong.',
  '',
  'The standout was wholly owned subsidiary Ningchuan Energy Storage Technology, whose quarterly revenue surged 58% to 3.12 billion yuan.',
  '',
  'The company booked an impairment charge of 32 million yuan in the quarter, mostly related to older equipment.',
  '',
].join('\n');

describe('a subsidiary that opens with its parent’s short name', () => {
  it('is a company of its own, even named once, in Chinese and in English', () => {
    expect(bindingOf('a.md', RESULTS_ZH, '31.2亿元')).toBe('宁川储能科技有限公司 revenue 2025-Q3');
    expect(bindingOf('a.md', RESULTS_ZH, '128.47亿元')).toBe('宁川 revenue 2025-Q3');
    expect(bindingOf('b.md', RESULTS_EN, '3.12 billion yuan')).toBe('ningchuan energy storage technology revenue -');
  });

  it('is not what `the company` refers to', () => {
    expect(bindingOf('b.md', RESULTS_EN, '32 million yuan')).toBe('ningchuan impairment 2025-Q3');
  });

  it('keeps an English name whose first word the article uses alone apart from its parent', () => {
    const c = claimByText(analyse('b.md', RESULTS_EN).claims, '3.12 billion yuan');
    expect(c.subject?.label).toBe('Ningchuan Energy Storage Technology');
  });
});

describe('a run of months and the report’s period', () => {
  it('dates every result of a sentence that opens with a run of months, across a semicolon', () => {
    expect(bindingOf('a.md', RESULTS_ZH, '352.6亿元')).toBe('宁川 revenue 2025-Q1-Q3');
    expect(bindingOf('a.md', RESULTS_ZH, '30.15亿元')).toBe('宁川 profit 2025-Q1-Q3');
    expect(bindingOf('a.md', RESULTS_ZH, '26.7%')).toBe('宁川 growth:profit 2025-Q1-Q3');
  });

  it('reads `截至…止六个月` and `the six months ended June 30` as the first half', () => {
    const zh = '青禾乳业集团股份有限公司（以下简称"青禾乳业"）今日公布截至2025年6月30日止六个月的中期业绩。报告期内，青禾乳业实现营业收入68.3亿元，同比增长6.6%。\n';
    expect(bindingOf('c.md', zh, '68.3亿元')).toBe('青禾 revenue 2025-H1');
    const en = 'Qinghe Dairy reported revenue of 6.83 billion yuan for the six months ended June 30, 2025, up 6.6%.\n';
    expect(bindingOf('d.md', en, '6.83 billion yuan').split(' ').slice(1).join(' ')).toBe('revenue 2025-H1');
  });

  it('reads Taiwan’s `前三季` and `年增`, and an English quarter written with an en dash', () => {
    const tw = '累計前三季，寧川鋰能營收達人民幣352.6億元，年增19.8%。\n';
    expect(bindingOf('e.md', tw, '人民幣352.6億元').split(' ').slice(1).join(' ')).toBe('revenue XXXX-Q1-Q3');
    expect(bindingOf('e.md', tw, '19.8%').split(' ')[1]).toBe('growth:revenue');
    const en = 'Xinghe Semiconductor said on Oct. 29 that it booked about 1.2 billion yuan of revenue in the July–September quarter.\n';
    expect(bindingOf('f.md', en, 'about 1.2 billion yuan').split(' ').slice(1).join(' ')).toBe('revenue XXXX-Q3');
  });

  it('takes `全年` between a month and a figure as the whole year', () => {
    const text = '# 青云汽车12月交付4.82万辆 全年交付量突破40万辆\n';
    expect(bindingOf('g.md', text, '4.82万辆').split(' ')[2]).toBe('XXXX-12');
    expect(bindingOf('g.md', text, '突破40万辆').split(' ')[2]).not.toBe('XXXX-12');
  });
});

describe('words of a company’s name are not what its figures measure', () => {
  it('reads no business of the figure from the opening of a name (`云` of `云翔航空`), nor from a model’s code (`远航Y7`)', () => {
    const traffic = '云翔航空（Yunxiang Airlines）公布11月运营数据。云翔航空11月运输旅客1286万人次，同比增长9.6%。云翔航空机队规模达到318架。\n';
    expect(bindingOf('h.md', traffic, '9.6%').split(' ')[1]).toBe('growth:passenger-traffic');
    const models = [
      '远航汽车（Yuanhang Motors）公布11月交付数据，远航汽车共交付新车28416辆。',
      '',
      '| 车型 | 11月交付量(辆) |',
      '|---|---|',
      '| 远航Y7 | 11230 |',
      '| 远航Y9 | 8661 |',
      '',
    ].join('\n');
    expect(bindingOf('i.md', models, '11230').split(' ')[0]).toBe('-');
    expect(complaintLines({ 'i.md': models })).toEqual([]);
  });

  it('reads a sum of two payments as neither, and a buyback, an impairment and a termination fee as what they are', () => {
    expect(bindingOf('j.md', '华泽生物宣布授权交易。本次交易的首付款和近期里程碑合计1.25亿美元，华泽生物表示将改善现金流。\n', '1.25亿美元').split(' ')[1]).toBe('-');
    expect(bindingOf('k.md', '# 星橋互娛第三季收入增37.2% 斥資最多10億港元回購\n', '最多10億港元').split(' ')[1]).toBe('buyback');
    expect(bindingOf('k.md', '# 星橋互娛第三季收入增37.2% 斥資最多10億港元回購\n', '37.2%').split(' ')[1]).toBe('growth:revenue');
    expect(bindingOf('l.md', '宁川锂能公告称，公司第三季度计提资产减值损失3.2亿元。宁川锂能表示影响有限。\n', '3.2亿元').split(' ')[1]).toBe('impairment');
    expect(bindingOf('o.md', '鼎盛食品宣布收购小满饮料。若交易终止，小满饮料需向鼎盛食品支付1.5亿元终止费。\n', '1.5亿元').split(' ')[1]).toBe('termination-fee');
  });

  it('reads a stock that jumped as a stock move, and `of revenue` after an amount as revenue', () => {
    const text = 'Shares of Xinghe Semiconductor Co. (星河半导体) jumped 6.8% on Wednesday after the chip designer reported third-quarter revenue ahead of forecasts. Xinghe booked about 1.2 billion yuan of revenue in the quarter.\n';
    expect(bindingOf('m.md', text, '6.8%').split(' ')[1]).toBe('stock-move');
    expect(bindingOf('m.md', text, 'about 1.2 billion yuan').split(' ')[1]).toBe('revenue');
  });

  it('takes `集團` opening a paragraph that names no one as the company the article is about', () => {
    const text = [
      '星橋互娛公布第三季業績，星橋互娛收入按年增37.2%。',
      '',
      '- 第三季收入：人民幣45.6億元',
      '- 第三季經調整純利：人民幣8.6億元',
      '- 首九個月收入：人民幣118.3億元',
      '- 海外收入佔比：31%',
      '',
      '集團截至9月底員工總數約5,200人。',
      '',
    ].join('\n');
    expect(bindingOf('n.md', text, '約5,200人').split(' ').slice(0, 2).join(' ')).toBe('星橋 headcount');
  });
});

describe('the line, the part of the year and the price a figure is of', () => {
  it('reads a line of products between the measure and its figure, a region before it, and the months of `through`', () => {
    const zh = '远航汽车（Yuanhang Motors）公布数据。11月远航汽车交付增程式车型19891辆。远航汽车一季度海外累计交付7,400辆。\n';
    expect(bindingOf('a.md', zh, '19891辆').split(' ')[1]).toBe('shipments:增程式车型');
    expect(bindingOf('a.md', zh, '7,400辆').split(' ')[1]).toBe('shipments:overseas');
    const en = 'Solvane Motors reported its quarter. North American deliveries of 6,280 were flat. Through September, Solvane Motors had delivered 187,551 vehicles; from June through November it delivered 96,000.\n';
    expect(bindingOf('b.md', en, '6,280').split(' ')[1]).toBe('shipments:north-america');
    expect(bindingOf('b.md', en, '187,551 vehicles').split(' ')[2]).toBe('XXXX-Q1-Q3');
    expect(bindingOf('b.md', en, '96,000').split(' ')[2]).not.toBe('XXXX-M01-M11');
  });

  it('gives each item of a list its own part of the year and its own business', () => {
    const en = 'Kestrel Cells reported its year. After first-quarter revenue of $612 million and second-quarter revenue of $684 million, Kestrel Cells grew again.\n';
    expect(bindingOf('c.md', en, '$612 million').split(' ')[2]).toBe('XXXX-Q1');
    expect(bindingOf('c.md', en, '$684 million').split(' ')[2]).toBe('XXXX-Q2');
    const cloud = 'Harborlight Systems reported third-quarter revenue of $1.84 billion, up 18% from a year earlier, as cloud subscription revenue rose 27%.\n';
    expect(bindingOf('d.md', cloud, '18%').split(' ')[1]).toBe('growth:revenue');
    expect(bindingOf('d.md', cloud, '27%').split(' ')[1]).toBe('growth:cloud');
  });

  it('dates a close by the article, and tells an offer per share, a premium and a dividend’s total from a price', () => {
    const close = '---\ndate: 2025-11-21\n---\n\n青禾乳业本周上涨2.4%，青禾乳业周五收报17.35元。\n';
    expect(bindingOf('e.md', close, '17.35元').split(' ').slice(1).join(' ')).toBe('closing-price 2025-11-21');
    const offer = 'Dingsheng Foods will pay 12.80 yuan for each Xiaoman share, a 23.4% premium to the target’s closing price of 10.37 yuan. Dingsheng Foods said the deal is final.\n';
    expect(bindingOf('f.md', offer, '12.80 yuan').split(' ')[1]).toBe('share-price');
    expect(bindingOf('f.md', offer, '23.4%').split(' ')[1]).toBe('premium');
    const dividend = 'Qinghe Dairy paid an interim dividend of 0.12 yuan per share in September, totaling about 187 million yuan across its shares. Qinghe Dairy said so.\n';
    expect(bindingOf('g.md', dividend, 'about 187 million yuan').split(' ')[1]).toBe('dividend');
    const stake = '鼎盛食品宣布收购小满饮料。陈小满持有小满饮料41.2%的股份，按此计算，其所持股份对应的交易对价约15.0亿元。\n';
    expect(bindingOf('h.md', stake, '约15.0亿元').split(' ')[1]).toMatch(/:part$/);
  });

  it('counts experts, not parameters, in `128个专家网络`', () => {
    const text = '澜思科技发布澜思-3。澜思-3共包含128个专家网络，总参数量达到4800亿。\n';
    expect(bindingOf('i.md', text, '128个').split(' ')[1]).not.toBe('parameters');
  });
});

describe('a results article that names its company once in an apposition', () => {
  const KESTREL = [
    '---',
    'date: 2025-02-13',
    '---',
    '',
    'Kestrel Cells, a maker of lithium iron phosphate battery cells for electric vehicles, reported full-year 2024 revenue of $2.83 billion on Thursday.',
    '',
    '| Quarter | Revenue ($M) |',
    '|---|---|',
    '| Q3 2024 | 731 |',
    '| Q4 2024 | 805 |',
    '',
    'After second-quarter revenue of $684 million, third-quarter revenue came in at $713 million.',
    '',
    'Kestrel has signed supply agreements covering about 18 GWh of deliveries for this year.',
    '',
  ].join('\n');

  it('finds the company, dates a quarter named without its year by the table, and sets the text against the table', () => {
    expect(bindingOf('a.md', KESTREL, '$2.83 billion').split(' ')[0]).toBe('kestrel');
    expect(bindingOf('a.md', KESTREL, '$713 million').split(' ')[2]).toBe('2024-Q3');
    expect(complaintLines({ 'a.md': KESTREL })).toEqual(['conflicting-figure $713 million vs 731']);
  });

  it('reads what agreements cover as nothing delivered', () => {
    expect(bindingOf('a.md', KESTREL, 'about 18 GWh').split(' ')[1]).toBe('-');
  });
});

describe('what `公司` and a group’s names are not', () => {
  it('reads `公司金融业务` as a business, not the company, and the subsidiaries a group names by their legal names as theirs', () => {
    const bank = ['瀚洲银行股份有限公司（以下简称“瀚洲银行”）披露三季报，瀚洲银行前三季度营业收入486.30亿元。', '', '分条线看，前三季度公司金融业务实现营业收入218.45亿元。', ''].join('\n');
    expect(bindingOf('a.md', bank, '218.45亿元')).not.toMatch(/^瀚洲银行 revenue /);
    const group = '华昇银行（Huasheng Bank）发布年报，华昇银行全年净利润493.5亿元。子公司方面，华昇理财有限责任公司实现净利润18.5亿元。\n';
    expect(bindingOf('b.md', group, '18.5亿元').split(' ')[0]).not.toBe('华昇');
  });

  it('reads a percentage of a company’s shares as a stake, and a line of modules as a part of the shipments', () => {
    const stake = 'Kangwang Foods kept its offer. The minimum acceptance condition is 93,200,001 shares, or 50% of Fujia’s shares plus one.\n';
    expect(bindingOf('c.md', stake, '50%').split(' ')[1]).toBe('-');
    const solar = '晶曜新能源发布三季报，晶曜新能源第三季度组件出货21.8GW。第三季度公司N型TOPCon组件出货19.4GW。\n';
    expect(bindingOf('d.md', solar, '19.4GW').split(' ')[1]).toBe('shipments:TOPCon组件');
  });
});

describe('a Taiwanese company glossed in Wade-Giles', () => {
  it('is found by its gloss, as one glossed in pinyin is', () => {
    const text = '【記者王怡婷∕台北報導】伺服器代工大廠鼎鈞電腦（Tingchun Computer）今（10）日公布10月合併營收，達新台幣1,587.4億元。鼎鈞電腦表示，AI伺服器出貨強勁。\n';
    expect(bindingOf('a.md', text, '新台幣1,587.4億元').split(' ')[0]).toBe('鼎鈞電腦');
  });
});

describe('a month compared with, and a developer’s share of its sales', () => {
  it('dates a figure by the month right before it in its clause (`环比9月的14.80亿件`), and reads attributable sales apart', () => {
    const parcels = '迅驰速运（Xunchi Express）公布10月数据。10月迅驰速运业务量环比9月的14.80亿件增长7.2%。\n';
    expect(bindingOf('a.md', parcels, '14.80亿件').split(' ')[2]).toBe('XXXX-09');
    const sales = '锦川置业（Jinchuan Land）公布11月数据。11月，锦川置业权益合约销售约61.3亿元，占当月合约销售总额的约71.0%。\n';
    expect(bindingOf('b.md', sales, '约61.3亿元').split(' ')[1]).toBe('contracted-sales:attributable');
  });
});
