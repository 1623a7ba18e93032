import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines, findingsOf } from '../check/crosscheck-helpers.js';

/** A research firm's quarterly report on a market, as a mainland WeChat account writes it. */
const MAINLAND = [
  '---',
  'title: 科望：三季度国内手机出货7,140万台',
  'date: 2025-10-16',
  'lang: zh-CN',
  '---',
  '',
  '市场研究机构科望咨询10月16日发布的季度报告显示，第三季度中国大陆智能手机出货量为7,140万台，同比增长3.8%。',
  '',
  '在国内智能手机市场，诺沃出货1,364万台，继续排名第一。',
  '',
  '报告显示，三季度国内智能手机平均售价为2,846元，同比提升3.1%。',
  '',
  '今年前三季度，国内智能手机累计出货约2.087亿台。科望咨询预计，全年出货量将在2.78亿至2.95亿台之间。',
  '',
].join('\n');

/** The same report in a Taiwanese outlet, with the price's digits transposed. */
const TAIWAN = [
  '---',
  'title: 科望：中國大陸第三季手機出貨7,140萬支　維銳年增逾一成最亮眼',
  'date: 2025-10-17',
  'lang: zh-TW',
  '---',
  '',
  '# 科望：中國大陸第三季手機出貨7,140萬支　維銳年增逾一成最亮眼',
  '',
  '市調機構科望諮詢16日公布最新季度報告，中國大陸第三季智慧型手機出貨量為7,140萬支，年增3.8%。',
  '',
  '報告指出，第三季中國大陸智慧型手機平均售價為2,486元人民幣，年增3.1%。',
  '',
  '科望統計，今年前三季中國大陸智慧型手機累計出貨約2.087億支；該機構預估全年出貨量介於2.78億至2.85億支。',
  '',
].join('\n');

/** …and in an English wire. */
const WIRE = [
  '---',
  'title: China smartphone shipments rise 3.8% in third quarter',
  'date: 2025-10-16',
  'lang: en',
  '---',
  '',
  'Smartphone shipments in mainland China rose 3.8% year on year to 71.4 million units in the third quarter, research firm Corvane Insights said on Thursday.',
  '',
  'The average selling price of smartphones shipped in China in the third quarter rose 3.1% from a year earlier to 2,846 yuan, Corvane said.',
  '',
  'Corvane expects full-year China smartphone shipments of 278 million to 285 million units.',
  '',
].join('\n');

describe('markets as the subject of a research firm’s figures', () => {
  it('take the market a sentence names before its measure as the subject, in Chinese and in English', () => {
    expect(bindingOf('a.md', MAINLAND, '7,140万台')).toBe('market:cn:smartphone shipments:smartphone 2025-Q3');
    expect(bindingOf('a.md', MAINLAND, '3.8%')).toBe('market:cn:smartphone growth:shipments 2025-Q3');
    expect(bindingOf('a.md', MAINLAND, '2,846元')).toBe('market:cn:smartphone average-price:smartphone 2025-Q3');
    expect(bindingOf('b.md', TAIWAN, '2,486元人民幣')).toBe('market:cn:smartphone average-price:smartphone 2025-Q3');
    expect(bindingOf('c.md', WIRE, '71.4 million units')).toBe('market:cn:smartphone shipments:smartphone 2025-Q3');
    // `smartphones shipped in China … 2,846 yuan`: the class of products is the market's, as `国内智能手机平均售价` says.
    expect(bindingOf('c.md', WIRE, '2,846 yuan')).toBe('market:cn:smartphone average-price:smartphone 2025-Q3');
  });

  it('not where the market is where another sold (`在国内智能手机市场，诺沃出货…`), nor a brand’s growth after an ideographic space', () => {
    expect(bindingOf('a.md', MAINLAND, '1,364万台')).toMatch(/^- /);
    expect(bindingOf('b.md', TAIWAN, '逾一成')).toMatch(/^- /);
  });

  it('carry the market to the next sentence that names nothing, for its forecast of the year, dated by the article', () => {
    expect(bindingOf('a.md', MAINLAND, '2.78亿至2.95亿台')).toBe('market:cn:smartphone shipments:smartphone:target 2025');
    expect(bindingOf('b.md', TAIWAN, '2.78億至2.85億')).toBe('market:cn:smartphone shipments:smartphone:target 2025');
  });

  it('report a conflict about a market as info, saying research firms differ', () => {
    const findings = findingsOf({ 'a.md': MAINLAND, 'b.md': TAIWAN, 'c.md': WIRE }).filter((f) => f.ruleId === 'conflicting-figure');
    expect(findings.map((f) => `${f.severity} ${f.locations.map((l) => l.text).join(' vs ')}`)).toEqual([
      'info 2.78亿至2.95亿台 vs 2.78億至2.85億 vs 278 million to 285 million units',
      'info 2,486元人民幣 vs 2,846元 vs 2,846 yuan',
    ]);
    expect(findings[1]!.message).toContain('Research firms measure a market differently');
  });
});

describe('ranges and revised goals', () => {
  it('compare two ranges by their ends, not by whether they overlap', () => {
    const a = '---\ndate: 2025-10-30\n---\n\n启明科技预计，全年营收将在44亿元至46亿元之间。\n\n启明表示，订单充足。\n';
    const b = '---\ndate: 2025-10-30\n---\n\n启明科技预计，全年营收将在44亿元至48亿元之间。\n\n启明表示，订单充足。\n';
    const english = '---\ndate: 2025-10-30\n---\n\nQiming Technology expects full-year revenue of 4.4 billion to 4.6 billion yuan.\n\nQiming said orders were strong.\n';
    expect(complaintLines({ 'a.md': a, 'c.md': english })).toEqual([]);
    expect(complaintLines({ 'a.md': a, 'b.md': b })).toEqual(['conflicting-figure 44亿元至48亿元 vs 44亿元至46亿元']);
  });

  it('take a goal revised (`由此前的…上调至…`, `…，今年7月上调至80GW`) as of before the revision', () => {
    const guided = '星河半导体将2025年全年营业收入指引由此前的44亿元至46亿元上调至46亿元至48亿元。\n';
    expect(claimByText(analyse('a.md', guided).claims, '44亿元至46亿元').period).toBe('XXXX-then');
    const raised = '晶曜新能源表示，公司年初给出的全年出货指引为70GW至75GW，今年7月上调至80GW。\n';
    expect(claimByText(analyse('b.md', raised).claims, '70GW至75GW').period).toBe('XXXX-then');
  });

  it('read a forecast whose verb ends the clause before (`科望咨询预计，全年…`), and Taiwan’s 預估', () => {
    expect(bindingOf('a.md', MAINLAND, '2.78亿至2.95亿台')).toMatch(/ shipments:smartphone:target /);
    expect(bindingOf('b.md', TAIWAN, '2.78億至2.85億')).toMatch(/ shipments:smartphone:target /);
  });

  it('date a forecast of the year by the article only from April (a January forecast is of the year just ended)', () => {
    const text = (date: string) => `---\ndate: ${date}\n---\n\n启明科技预计，全年营收将达到46亿元。\n\n启明表示，订单充足。\n`;
    expect(bindingOf('a.md', text('2025-10-30'), '46亿元')).toBe('启明 revenue:target 2025');
    expect(bindingOf('b.md', text('2026-01-20'), '46亿元')).toBe('启明 revenue:target full-year');
  });
});

describe('measures of funding, airlines and gaps', () => {
  it('read `values Jiheng at` and `post-money` as a valuation, and a `Series C financing round` as the round', () => {
    const text = 'Jiheng Robotics today announced that it has closed a RMB 1.5 billion Series C financing round. The round values Jiheng at RMB 12 billion post-money.\n\nJiheng said it would expand.\n';
    expect(bindingOf('a.md', text, 'RMB 12 billion')).toBe('jiheng valuation -');
    expect(bindingOf('a.md', text, 'RMB 1.5 billion')).toBe('jiheng funding-round:series-c -');
  });

  it('read an airline’s load factor, and a gap between two companies as no measure of either', () => {
    expect(bindingOf('a.md', '华穹航空12月客座率84.6%，较上年同期上升2.1个百分点。\n\n华穹表示，将扩充运力。\n', '84.6%')).toMatch(/^华穹 load-factor /);
    const gap = '同業方面，風行遊戲上周公布第三季收入52.1億元人民幣，與星潮互娛的差距已收窄至約5億元人民幣。\n';
    expect(claimByText(analyse('b.md', gap).claims, '約5億元人民幣').attribute).toBeUndefined();
  });

  it('find a Hong Kong paper’s company after its sector’s stocks (`手遊股星潮互娛昨日（19日）收市後公布`)', () => {
    const text = '手遊股星潮互娛昨日（19日）收市後公布第三季業績，季度收入按年增長31%至46.8億元人民幣。\n\n星潮表示，海外收入佔比升至近四成。\n';
    expect(analyse('a.md', text).companies?.map((c) => c.id)).toEqual(['星潮']);
  });

  it('read a table’s label that names the renminbi after the scale (`收入（億元人民幣）`) in a Hong Kong paper', () => {
    const text = '星潮互娛公布業績，以1元人民幣兌1.09港元計算，收入約為51億港元。\n\n| 項目 | 2025年第三季 |\n|---|---|\n| 收入（億元人民幣） | 46.8 |\n';
    expect(claimByText(analyse('a.md', text).claims, '46.8').currency).toBe('CNY');
  });
});

describe('ports, headlines and deals', () => {
  it('count containers in TEU (`1,846万标准箱`, `18.46 million TEU`) as a port’s throughput', () => {
    const text = '海州港集团7月8日发布数据，今年1至6月，海州港累计完成集装箱吞吐量1,846万标准箱，同比增长7.2%。\n\n在上半年完成的1,864万标准箱中，外贸箱量占比约三分之二。\n';
    expect(complaintLines({ 'a.txt': text })).toEqual(['conflicting-figure 1,864万标准箱 vs 1,846万标准箱']);
    expect(claimByText(analyse('b.md', 'Huiyang Port handled 4.126 million TEU in November.\n').claims, '4.126 million TEU').unit).toBe('teu');
  });

  it('take a terminal of a breakdown (`Among individual terminals, …`) as a part, not the group', () => {
    const text = 'Huiyang Port Holdings said its terminals handled 4.126 million TEU in November. Among individual terminals, Shenzhen Nanwan handled 1.827 million TEU in November.\n\nHuiyang said volumes would rise.\n';
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });

  it('end a headline’s statement at a plain space between Chinese words (`…增长7.2% 外贸航线增至213条`)', () => {
    const text = '海州港上半年集装箱吞吐量同比增长7.2% 外贸航线增至213条\n\n海州港集团7月8日发布数据，海州港累计完成集装箱吞吐量1,846万标准箱。\n';
    expect(claimByText(analyse('a.txt', text).claims, '213条').attributeConfidence ?? 0).toBeLessThan(0.6);
    // …but not at the spaces that spread a word’s characters apart.
    expect(claimByText(analyse('b.md', '毛利率提升了7.6个 百 分 点。\n').claims, '7.6个 百 分 点').unit).toBe('pp');
  });

  it('read a merger’s cost synergies as no price of the deal', () => {
    const text = '凯斯卓半导体拟以74.2亿美元收购泰萨罗微系统。凯斯卓预计，交易完成后第三年年底前实现每年2.5亿美元的成本协同效应。\n\n凯斯卓表示，交易将增厚每股收益。\n';
    expect(claimByText(analyse('a.md', text).claims, '2.5亿美元').attribute).toBe('synergies:target');
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });
});

describe('markets a statistics office or a ticketing platform counts', () => {
  it('take the mainland’s tourism, cross-border travel and film as the subjects of a holiday’s figures', () => {
    const text = '5月5日晚，文化和旅游部数据中心发布测算数据：五一假期5天，全国国内出游3.28亿人次，同比增长7.5%；国内游客出游总花费1,846.5亿元，同比增长9.2%。\n\n国家移民管理局数据显示，假期全国各口岸共保障出入境人员1,182万人次，日均236.4万人次，同比增长13.6%。\n';
    expect(bindingOf('a.md', text, '3.28亿人次')).toMatch(/^market:cn:tourism passenger-traffic /);
    expect(bindingOf('a.md', text, '1,846.5亿元')).toMatch(/^market:cn:tourism tourism-spending /);
    expect(bindingOf('a.md', text, '1,182万人次')).toMatch(/^market:cn:cross-border passenger-traffic /);
    // A day's average is not the total of its sentence.
    expect(bindingOf('a.md', text, '236.4万人次')).toMatch(/ passenger-traffic:per-day /);
  });

  it('read a season’s box office and admissions as the film market’s', () => {
    const text = '据映象票务平台数据，2月15日至2月23日的九天档期内，全国电影总票房达72.48亿元，较去年同档期增长11.0%；观影人次1.52亿，平均票价47.7元。\n';
    expect(bindingOf('a.md', text, '72.48亿元')).toMatch(/^market:cn:film box-office /);
    expect(bindingOf('a.md', text, '1.52亿')).toMatch(/^market:cn:film admissions /);
    expect(claimByText(analyse('b.md', 'Cinemas sold 152 million admissions across 4.126 million screenings.\n').claims, '152 million').attribute).toBe('admissions');
  });

  it('leave a cinema chain’s admissions to the chain: `观影人次` alone names no market', () => {
    const text = '鹿鸣影城发布春节档经营快报。8天假期内，旗下影院累计实现票房9.86亿元，同比增长31.2%；观影人次1642万，同比增长24.5%。\n';
    expect(bindingOf('a.md', text, '1642万')).not.toMatch(/^market:/);
  });

  it('set a Hong Kong paper’s transposed count against the mainland’s', () => {
    const mainland = '国家移民管理局数据显示，假期全国各口岸共保障出入境人员1,182万人次，日均236.4万人次，同比增长13.6%。\n';
    const hongKong = '出入境方面，國家移民管理局公布，假期全國口岸出入境人員達1,128萬人次，按年增13.6%。\n';
    expect(complaintLines({ 'a.md': mainland, 'b.txt': hongKong })).toEqual(['conflicting-figure 1,128萬人次 vs 1,182万人次']);
  });
});

describe('a share of the mainland’s market', () => {
  it('is apart from a share of the world’s (`a 38.2% share of the China market` against `the world’s largest vendor with a 24.6% share`)', () => {
    const text = 'Research firm Corvane said PC maker Liantuo remained the world’s largest vendor with a 24.6% share. In China, shipments fell. Liantuo held a 38.2% share of the China market.\n\nLiantuo said demand would recover.\n';
    expect(claimByText(analyse('a.md', text).claims, '38.2%').attribute).toBe('market-share:cn');
    expect(claimByText(analyse('a.md', text).claims, '24.6%').attribute).toBe('market-share');
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });
});

describe('a car market’s retail sales', () => {
  it('read `全国乘用车零售198.6万辆` as the national passenger-car market’s sales', () => {
    const text = '---\ndate: 2026-04-08\n---\n\n4月8日，中华乘用车市场联席会发布3月全国乘用车市场数据。3月全国乘用车零售198.6万辆，同比增长9.4%。\n';
    expect(bindingOf('a.md', text, '198.6万辆')).toBe('market:cn:passenger-car shipments:passenger-car 2026-03');
  });
});
