import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, findingsOf, measuredAs } from '../check/crosscheck-helpers.js';

/** A port group's January figures: a dated trade paper that names the group once, with its stock code. */
const TRADE_PAPER = [
  '---',
  'title: "澜湾港1月集装箱吞吐量同比增7.8%"',
  'date: 2026-02-11',
  'source: 港航财经',
  '---',
  '',
  '【港航财经讯】澜湾港务集团（603917.SH）2月11日晚间披露月度生产快报，2026年1月集团共完成集装箱吞吐量368.4万标箱，同比增长7.8%，环比下降3.1%。',
  '',
  '2025年全年，澜湾港累计完成集装箱吞吐量4512万标箱，同比增长6.9%。',
  '',
].join('\n');

/** …a local paper's text with no date at all, which calls the group `该集团`. */
const UNDATED = [
  '（本报讯）澜湾港务集团2月11日公布的生产数据显示，今年1月该集团完成集装箱吞吐量386.4万标箱，同比增长7.8%；较去年12月的398.8万标箱环比下降3.1%。',
  '',
  '东海商报记者 陆思远',
  '',
  '全年来看，2025年澜湾港务集团集装箱吞吐量为4512万标箱，同比增长6.9%。',
  '',
].join('\n');

/** …and an English wire a day later. */
const WIRE = [
  '---',
  'title: "Lanwan Port January box volumes rise 7.8%"',
  'date: 2026-02-12',
  'source: Maritime Ledger',
  '---',
  '',
  'LANWAN, Feb 12 (Maritime Ledger) - Lanwan Port Group (603917.SH) handled 3.864 million twenty-foot equivalent units (TEU) in January, up 7.8% from a year earlier, according to operating data the group released on Feb. 12.',
  '',
  'The port handled 45.12 million TEU in 2025, an increase of 6.9% on the previous year.',
  '',
].join('\n');

describe('a port group’s month', () => {
  it('finds a company named once with its stock code, and `该集团` as that company', () => {
    expect(measuredAs('a.md', TRADE_PAPER, '368.4万标箱', true)).toBe('cargo-throughput 澜湾港务 2026-01');
    expect(measuredAs('b.txt', UNDATED, '386.4万标箱', true)).toBe('cargo-throughput 澜湾港务 XXXX-01');
  });

  it('dates the release of a month’s operating data by the month, and a month alone is no release', () => {
    expect(measuredAs('a.md', TRADE_PAPER, '2月11日', true)).toBe('results-date 澜湾港务 2026-01');
    expect(measuredAs('a.md', TRADE_PAPER, '2026年1月', true)).toBe('- 澜湾港务 -');
    expect(measuredAs('c.md', WIRE, 'Feb. 12', true)).toBe('results-date lanwan port 2026-01');
    // `截至2025年12月底止全年業績`: the month a period ends with is no month of data.
    const annual = '---\ndate: 2026-03-25\n---\n\n【本報訊】安泓人壽（06829）周二（24日）公布截至2025年12月底止全年業績，股東應佔純利683.5億元。\n';
    expect(measuredAs('d.txt', annual, '24日', true)).toBe('results-date 安泓 2025');
  });

  it('compares an undated article’s month with the month the dated ones give it, and reports the article that slipped', () => {
    expect(complaintLines({ 'trade.md': TRADE_PAPER, 'local.txt': UNDATED, 'wire.md': WIRE })).toEqual([
      'conflicting-figure 368.4万标箱 vs 386.4万标箱 vs 3.864 million twenty-foot equivalent units',
      'date-conflict Feb. 12 vs 2月11日',
    ]);
    // Labelled with the month it was compared in, not the undated article’s `XXXX-01`.
    const conflict = findingsOf({ 'trade.md': TRADE_PAPER, 'local.txt': UNDATED, 'wire.md': WIRE }).find((f) => f.ruleId === 'conflicting-figure')!;
    expect(conflict.message).toContain('cargo-throughput (2026-01)');
  });

  it('keeps an undated article’s month its own where the dated ones state that month for several years', () => {
    const lastYear = TRADE_PAPER.replace('date: 2026-02-11', 'date: 2025-02-11').replace('2026年1月集团', '2025年1月集团').replace('368.4万', '358.4万');
    // (Else `386.4万标箱` would be this January's, against the trade paper's `368.4万标箱`.)
    expect(complaintLines({ 'trade.md': TRADE_PAPER, 'old.md': lastYear, 'local.txt': UNDATED })).toEqual([]);
  });
});

/** A Hong Kong paper on a gold miner's year, a peer's figures in a paragraph of their own. */
const HK_PAPER = [
  '---',
  'title: "鼎岳黃金去年產金118.6萬盎司"',
  'date: 2026-01-21',
  '---',
  '',
  '【本報訊】鼎岳黃金礦業（2917.HK）1月20日公布2025年營運數據。集團去年黃金產量為118.6萬盎司，按年增長6.7%。',
  '',
  '集團同日宣佈，以4.2億港元收購西澳科蘭溪金礦全部權益，預計於今年第二季完成交割。',
  '',
  '同業方面，秦峰黃金上周公布2026年指引；該公司2025年產量為89.4萬盎司，按年增長3.1%。',
  '',
].join('\n');

/** …and two English wires, one with no date but its dateline's day. */
const MINING_REVIEW = [
  '---',
  'title: "Dingyue Gold buys Corran Creek for US$420 million"',
  'date: 2026-01-21',
  '---',
  '',
  'Dingyue Gold Mining Co said it produced 1.186 million ounces of gold in 2025, up 6.7% from 1.112 million ounces in 2024.',
  '',
  'Dingyue agreed to buy the Corran Creek mine for US$420 million, it said.',
  '',
].join('\n');
const BULLION_WIRE = [
  'CHIYAN, Jan 20 (Bullion Wire) - Dingyue Gold Mining Co said on Tuesday its gold production rose 8.1% last year to 1.186 million ounces, and agreed to buy the Corran Creek mine in Western Australia for US$420 million.',
  '',
].join('\n');

describe('a gold miner’s year', () => {
  it('finds a company by its legal name used once (`Co`), counts ounces, and reads `produced … up 6.7%` as the output’s growth', () => {
    expect(measuredAs('a.md', MINING_REVIEW, '1.186 million ounces', true)).toBe('production dingyue 2025');
    expect(measuredAs('a.md', MINING_REVIEW, '6.7%', true)).toBe('growth:production dingyue 2025');
  });

  it('reads `该公司` in a paragraph about the peers as no figure of the article’s company', () => {
    expect(measuredAs('b.md', HK_PAPER, '89.4萬盎司')).toBe('production -');
  });

  it('dates a deal’s price by its own clause, not by when the sentence says it closes', () => {
    expect(measuredAs('b.md', HK_PAPER, '4.2億港元', true)).toBe('deal-value 鼎岳黃金 -');
  });

  it('reports the growth that slipped in an undated wire, and the deal priced in another currency', () => {
    // The wire names `Dingyue Gold Mining Co` only, the review `Dingyue` too: one company to tie to `鼎岳黃金`.
    expect(complaintLines({ 'review.md': MINING_REVIEW, 'wire.txt': BULLION_WIRE, 'hk.md': HK_PAPER })).toEqual([
      'currency-mismatch 4.2億港元 vs US$420 million vs US$420 million',
      'conflicting-figure 8.1% vs 6.7% vs 6.7%',
    ]);
  });
});

/** A province's electricity use in July, told by the grid company to a dated site and an undated paper. */
const GRID_SITE = [
  '---',
  'title: "江岚7月全社会用电量612.5亿千瓦时"',
  'date: 2026-08-11',
  '---',
  '',
  '能源观察网8月11日消息 江岚电网有限公司今日发布7月电力运行数据。7月江岚省全社会用电量612.5亿千瓦时，同比增长8.4%。',
  '',
].join('\n');
const GRID_PAPER = '（本报讯）8月11日，记者从江岚电网有限公司获悉，7月份全省全社会用电量达612.5亿千瓦时，同比增长8.4%。\n';
const GRID_WIRE = [
  '---',
  'title: "Jianglan power use hits record"',
  'date: 2026-08-11',
  '---',
  '',
  'LANCHENG, Aug 11 (Grid Insider) - Electricity consumption in Jianglan province rose 8.4% year on year to 612.5 billion kWh in July, Jianglan Power Grid Co said on Tuesday.',
  '',
].join('\n');

describe('a grid’s month', () => {
  it('reads electricity consumption by the month, of the grid company named once by its legal name', () => {
    expect(measuredAs('a.md', GRID_SITE, '612.5亿千瓦时', true)).toBe('electricity-consumption 江岚电网? 2026-07');
    expect(measuredAs('b.txt', GRID_PAPER, '612.5亿千瓦时', true)).toBe('electricity-consumption 江岚电网 XXXX-07');
    expect(measuredAs('c.md', GRID_WIRE, '612.5 billion kWh', true)).toBe('electricity-consumption jianglan 2026-07');
  });

  it('reports the 亿/billion slip at the article that made it, with the undated paper on the others’ side', () => {
    expect(complaintLines({ 'site.md': GRID_SITE, 'paper.txt': GRID_PAPER, 'wire.md': GRID_WIRE })).toEqual(['magnitude-slip 612.5 billion kWh vs 612.5亿千瓦时 vs 612.5亿千瓦时']);
  });
});

describe('periods and measures of a sentence', () => {
  it('reads `由去年同期的15.9%提升至17.6%` as a base: the quarter is the article’s', () => {
    const text = ['---', 'date: 2026-07-16', '---', '', '启曜科技（688739.SH）表现亮眼。报告显示，启曜二季度出货量达2398万台，同比增长13.3%，市场份额由去年同期的15.9%提升至17.6%。', ''].join('\n');
    expect(measuredAs('a.md', text, '2398万台', true)).toBe('shipments 启曜 2026-Q2');
  });

  it('keeps a headline’s `单日` to its own statement, and dates a flow by the day that opens its clause', () => {
    const text = [
      '---',
      'date: 2026-05-06',
      '---',
      '',
      '# 五一假期全国铁路发送旅客1.326亿人次 单日客流创历史新高',
      '',
      '返程方面，5月5日全国铁路发送旅客2491.7万人次，为假期第二高峰。',
      '',
    ].join('\n');
    const claims = analyse('a.md', text).claims;
    expect([claimByText(claims, '1.326亿人次').period, claimByText(claims, '2491.7万人次').period]).toEqual([undefined, '2026-05-05']);
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });

  it('reads the figure right after a forecast it beat as the forecast (`優於市場預期的2,700億元`)', () => {
    const text = ['---', 'date: 2026-04-10', '---', '', '分析師認為，鼎瀚3月營收優於市場預期的2,700億元。', ''].join('\n');
    expect(claimByText(analyse('a.md', text).claims, '2,700億元').attribute).toBe('revenue:consensus');
  });

  it('pairs two figures of one measure by fewer shared words: a 万/亿 slip of a city’s sales', () => {
    const text = [
      '本报讯 澜州市住房和城乡建设局4月1日发布的网签数据显示，2026年3月全市新建商品住宅成交9862套；成交金额约223.9亿元，成交均价21386元/平方米。',
      '',
      '澜州市房地产研究会秘书长邱晓岚表示，3月223.9万元的新房成交额是近7个月来的最高水平。',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.txt': text })).toEqual(['magnitude-slip 223.9万元 vs 约223.9亿元']);
    expect(findingsOf({ 'a.txt': text })[0]!.message).toContain('paired by the words around them and their measure, gmv');
  });
});

describe('coffee chains, shipyards and their rivals', () => {
  it('finds a chain named once with its exchange and ticker, and an English name joined by `&`', () => {
    const zh = '北岭商报讯 2025年11月4日（记者 林书瑶）连锁咖啡品牌青禾咖啡（纳斯达克：QHCF）今日发布财报，总净收入48.72亿元。\n';
    expect(measuredAs('a.txt', zh, '48.72亿元')).toBe('revenue 青禾');
    const en = 'Donglan Shipbuilding & Heavy Industry Group (605968.SH) said its revenue rose 12% to 9.8 billion yuan in the first half. Donglan won 47 orders.\n';
    expect(measuredAs('b.txt', en, '9.8 billion yuan')).toBe('revenue donglan');
  });

  it('reads a change with the measure’s noun between its verb and the amount (`单季净增门店2105家`)', () => {
    const text = '青禾咖啡（纳斯达克：QHCF）发布三季报，单季净增门店2105家，期末门店总数达18436家。\n';
    expect(measuredAs('a.txt', text, '2105家')).toBe('change:store-count 青禾');
    expect(measuredAs('a.txt', text, '18436家')).toBe('store-count 青禾');
  });

  it('guesses the company of a list item whose lead-in names no one', () => {
    const text = ['青禾咖啡（纳斯达克：QHCF）发布三季报，青禾咖啡营收增长38.6%。', '', '三季度主要经营数据一览：', '', '- 期末门店总数18436家；', ''].join('\n');
    expect(measuredAs('a.txt', text, '18436家')).toBe('store-count 青禾?');
  });

  it('reads a share of the company’s own whole as a part of it, and a share of a market as a market share', () => {
    const en = 'Donglan Shipbuilding & Heavy Industry Group (605968.SH) said vessels with LNG propulsion made up 61.7% of the new tonnage. Donglan holds a 9.8% share of the global market.\n';
    expect(measuredAs('a.txt', en, '61.7%')).toBe('market-share:part donglan');
    expect(measuredAs('a.txt', en, '9.8%')).toBe('market-share donglan');
    expect(measuredAs('b.txt', 'AMD占据了全球AI加速器市场27%的份额。\n', '27%')).toBe('market-share:ai-accelerator amd');
  });

  it('gives a relative clause about a rival named once no figure of the article’s company', () => {
    const text = [
      'Aerolark Logistics, a drone delivery startup, completed 1.864 million deliveries in 2025, Aerolark said.',
      '',
      'The company competes with larger players such as Feiniao Express, which says it completed about 3.1 million drone deliveries in 2025, as well as courier groups.',
      '',
      'The first phase of QiongLink, which will comprise 324 satellites, carries an investment of $1.2 billion, the company said.',
      '',
    ].join('\n');
    expect(measuredAs('a.txt', text, 'about 3.1 million')).toBe('shipments -');
    expect(complaintLines({ 'a.txt': text })).toEqual([]);
    // After the clause closes, the sentence is the company's again.
    expect(measuredAs('a.txt', text, '$1.2 billion')).toBe('investment:phase-1 aerolark');
  });
});

describe('slips inside one article, paired by their words', () => {
  it('reads `横向经费` as words of the context: a 万/亿 slip of a university’s funding', () => {
    const text = [
      '从经费结构看，纵向经费18.4亿元，同比增长7.6%；横向经费13.2亿元，同比增长21.1%。',
      '',
      '根据学校规划，到2030年，学校年度科研经费力争达到50亿元，其中横向经费在2025年13.2万元的基础上实现翻番。',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['magnitude-slip 13.2万元 vs 13.2亿元']);
  });

  it('pairs two figures of one measure and no subject whose digits are swapped', () => {
    const text = [
      '记者9日从衡川省文化和旅游厅获悉，国庆中秋8天假期全省累计接待游客5,826.4万人次，实现旅游收入412.8亿元，人均花费708.5元。',
      '',
      '衡川文旅研究院研究员冯书宁分析说，新业态消费增长明显，拉动人均花费达到780.5元。',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['conflicting-figure 780.5元 vs 708.5元']);
    // Of no measure the binder knows, one unit and more shared words will do.
    const harvest = [
      '11月5日，青穗县农业农村局发布2025年粮食生产情况，全县粮食平均亩产486公斤，比上年增加24公斤。',
      '',
      '县农业农村局表示，今年全县粮食平均亩产468公斤的成绩来之不易。',
      '',
    ].join('\n');
    expect(complaintLines({ 'b.md': harvest })).toEqual(['conflicting-figure 468公斤 vs 486公斤']);
  });

  it('reads a railway’s freight volume, so that its 万/亿 slip pairs on one shared word', () => {
    const text = [
      '1月5日，朔原重载铁路有限公司在年度工作会议上通报，2025年该线路累计完成煤炭运量1.86亿吨，同比增长4.5%。',
      '',
      '贾志远表示，公司将在2025年完成1.86万吨运量的基础上，力争2026年实现3.2%的增长。',
      '',
    ].join('\n');
    expect(claimByText(analyse('c.txt', text).claims, '1.86亿吨').attribute).toBe('freight-volume');
    expect(complaintLines({ 'c.txt': text })).toEqual(['magnitude-slip 1.86万吨 vs 1.86亿吨']);
  });
});

describe('a translated table’s scale label', () => {
  it('reads `(100 million yuan)` after a row’s name as the label 亿元 is, and `Super (100B)` as a size', () => {
    const table = ['| Item | Q3 2025 | Q3 2024 |', '| --- | --- | --- |', '| Content spending (100 million yuan) | 39.8 | 41.2 |', ''].join('\n');
    const claims = analyse('a.md', table).claims;
    expect(claims.map((c) => c.text)).not.toContain('100 million yuan');
    expect(claimByText(claims, '39.8').value).toBe(3.98e9);
    expect(claimByText(analyse('b.md', 'Nemotron 3 comes in three sizes: Nano (30B parameters), Super (100B), and Ultra (500B).\n').claims, '100B').value).toBe(1e11);
    // A conversion in brackets after an amount is no label.
    expect(analyse('c.md', 'It cost 72 million yuan (US$10 million).\n').claims.map((c) => c.text)).toContain('US$10 million');
  });
});

describe('the day new prices take effect', () => {
  const site = ['---', 'date: 2026-01-12', '---', '', '数智前哨1月12日消息，极澜云今日在鹭屿举行的年度开发者大会上宣布，旗下澜思-3系列共9款大模型API全面降价，新价格将于2026年1月20日零时起生效。', ''].join('\n');
  const paper = '【雲端觀察／鷺嶼報導】中國大陸雲端服務商極瀾雲12日在年度開發者大會上宣布，旗下瀾思-3系列大模型API全面調降價格，新價格自1月20日零時起生效。\n';
  const weekly = ['---', 'date: 2026-01-13', '---', '', 'Jilan Cloud cut prices for its Lansi-3 models. The cuts apply to nine models in the Lansi-3 series and take effect on Jan. 21.', ''].join('\n');

  it('reads the day prices take effect, not the dateline’s day nor the day a later clause’s date belongs to', () => {
    expect(measuredAs('a.md', site, '2026年1月20日', true)).toBe('effective-date 澜思-3 2026');
    expect(measuredAs('a.md', site, '1月12日')).toBe('- 澜思-3');
    expect(claimByText(analyse('b.txt', paper).claims, '12日').attribute).toBeUndefined();
    // An article with no date: the day's year is unknown until the dated ones give it.
    expect(measuredAs('b.txt', paper, '1月20日', true)).toBe('effective-date 瀾思-3 XXXX');
  });

  it('reports the day a day off, with the undated article on the others’ side', () => {
    expect(complaintLines({ 'site.md': site, 'paper.txt': paper, 'weekly.md': weekly })).toEqual(['date-conflict Jan. 21 vs 1月20日 vs 2026年1月20日']);
  });
});

describe('recalls, guidance and comparisons', () => {
  const paper = '北陆汽车报2026年1月9日电（记者 邝楠）凯朔汽车今日公告，将自1月16日起召回部分朔风S6插电混动SUV，涉及生产日期为2024年3月15日至2025年6月30日的车辆共计46218辆。凯朔汽车表示将免费更换零件。\n';
  const weekly = [
    '---',
    'date: 2026-01-10',
    '---',
    '',
    '车界周刊讯（记者 莫云帆）1月9日，凯朔汽车股份有限公司（股票代码：301879）宣布召回部分朔风S6。凯朔汽车表示，召回将于2026年1月16日开始。',
    '',
  ].join('\n');
  const wire = ['---', 'date: 2026-01-09', '---', '', 'Kaishuo Automobile Co. said on Friday it will recall 46,218 Shuofeng S6 SUVs. The recall will begin on February 16, 2026, the company said.', ''].join('\n');

  it('reads a recall’s count and the day it starts, not the production dates after them', () => {
    expect(measuredAs('a.txt', paper, '1月16日', true)).toBe('recall-date 凯朔 2026');
    expect(measuredAs('a.txt', paper, '2024年3月15日')).toBe('- 凯朔');
    expect(measuredAs('c.md', wire, '46,218')).toBe('recall kaishuo automobile');
    expect(complaintLines({ 'paper.txt': paper, 'wire.md': wire })).toEqual(['date-conflict February 16, 2026 vs 1月16日']);
  });

  it('keeps a company named once with `股票代码：` in brackets after it', () => {
    expect(measuredAs('b.md', weekly, '1月9日')).toBe('- 凯朔');
  });

  it('reads the figures a guidance lists past `、` and `and` as goals', () => {
    const zh = '公司去年11月给出的第四季度指引为收入环比增长4%至6%、毛利率20%至22%，实际收入与毛利率均超出指引上限。\n';
    expect(claimByText(analyse('a.txt', `衡芯半导体（688831.SH）发布财报。${zh}`).claims, '20%至22%').attribute).toBe('gross-margin:target');
    const en = 'In November, Hengxin had guided for fourth-quarter revenue growth of 4% to 6% quarter on quarter and a gross margin of 20% to 22%.\n';
    expect(claimByText(analyse('b.txt', en).claims, '20% to 22%').attribute).toBe('gross-margin:target');
  });

  it('reads `高出约84.7万人次` as a difference, and the clause about what the sentence compares with as no one’s', () => {
    const text = '锦海地铁集团发布2025年客流数据。锦海地铁集团表示，与邻近的澄州市相比，锦海地铁2025年日均客运量高出约84.7万人次，澄州同期日均客运量为402.6万人次。\n';
    expect(measuredAs('a.txt', text, '约84.7万人次')).toBe('change:passenger-traffic:per-day 锦海地铁');
    expect(measuredAs('a.txt', text, '402.6万人次')).toBe('passenger-traffic:per-day -');
  });

  it('counts trains and flights (`212列次`), and reads units delivered by the end of a year as no year’s deliveries', () => {
    expect(claimByText(analyse('a.txt', '跨年夜锦海地铁共加开列车212列次。\n').claims, '212列次').value).toBe(212);
    const en = 'Kaishuo Automobile Co. said the S6 is one of its best-selling models, with 112,400 units delivered by the end of 2025.\n';
    expect(measuredAs('b.txt', en, '112,400 units', true)).toBe('shipments kaishuo automobile year-to-date');
  });

  it('lets one article name several launches of a company', () => {
    const text = ['---', 'date: 2026-05-12', '---', '', '科技前哨报讯 5月12日10时47分，天朔三号运载火箭点火升空，将穹联卫星的24颗卫星送入轨道。此前，穹联卫星已于1月19日和3月28日分别完成一次发射。', ''].join('\n');
    expect(measuredAs('a.md', text, '5月12日')).toBe('launch-date 穹联');
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });
});

describe('the growth of a business or a region', () => {
  it('reads `Overseas revenue rose 22.3%` as the overseas revenue’s growth, not the company’s', () => {
    const text = ['Herling Appliance Holdings reported results.', '', '- Overseas revenue rose 22.3% to 21.15 billion yuan', '', 'Herling Appliance Holdings said revenue rose 9.4%.', ''].join('\n');
    expect(measuredAs('a.md', text, '22.3%')).toBe('growth:revenue:overseas herling appliance?');
    expect(measuredAs('a.md', text, '9.4%')).toBe('growth:revenue herling appliance');
    expect(claimByText(analyse('b.md', '星禾电器海外收入增长22.3%，总收入增长9.4%。\n').claims, '22.3%').attribute).toBe('growth:revenue:overseas');
  });
});

describe('the month a sentence refers to without naming it', () => {
  it('reads `当月` and `during the month` as the month named last before, in the paragraph or the one before', () => {
    const zh = ['---', 'date: 2025-12-10', '---', '', '鹭捷航空昨日发布11月运营数据。数据显示，该公司当月共运送旅客218.46万人次，同比增长14.2%。鹭捷航空表示。', ''].join('\n');
    expect(measuredAs('a.md', zh, '218.46万人次', true)).toBe('passenger-traffic 鹭捷 2025-11');
    const en = [
      '---',
      'date: 2025-12-09',
      '---',
      '',
      'Budget carrier HeronJet Airlines said on Tuesday its passenger numbers rose 14.2% in November from a year earlier.',
      '',
      'The airline carried 2,184,600 passengers during the month, HeronJet Airlines said.',
      '',
    ].join('\n');
    expect(measuredAs('b.md', en, '2,184,600 passengers', true)).toBe('passenger-traffic heronjet 2025-11');
  });
});
