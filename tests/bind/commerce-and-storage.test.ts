import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

/** The subject id (of any confidence), attribute and period of a figure. */
function measureOf(name: string, text: string, figure: string): string {
  const c = claimByText(analyse(name, text).claims, figure);
  return `${c.subject?.id ?? '-'} ${c.attribute ?? '-'} ${c.period ?? '-'}`;
}

describe('companies named by the endings and cues of the e-commerce, storage and cloud beats', () => {
  it('find 储能, 商城 and 计算 as endings, a battery maker as a cue, and a day in brackets after 昨晚', () => {
    const again = (name: string) => `\n\n${name}表示，今年将继续扩大投入。\n`;
    expect(bindingOf('a.md', `8月22日晚间，沃垣储能发布半年报：上半年实现营业收入186.4亿元。${again('沃垣')}`, '186.4亿元')).toBe('沃垣 revenue XXXX-H1');
    expect(bindingOf('b.md', `11月12日上午，橙驿商城公布了今年双11的成绩单：平台总成交额（GMV）达到4,862亿元。${again('橙驿')}`, '4,862亿元')).toMatch(/^橙驿 gmv /);
    expect(bindingOf('c.md', `12月19日，云岫计算宣布下调GPU实例价格，乌兰察布园区三期投资68亿元。${again('云岫')}`, '68亿元')).toMatch(/^云岫 /);
    expect(bindingOf('d.md', `內地儲能電池商沃垣儲能昨晚（22日）公布中期業績，上半年營業收入為人民幣186.4億元。${again('沃垣')}`, '人民幣186.4億元')).toMatch(/^沃垣 revenue/);
  });

  it('find a name after a strong cue with its stem, whose later uses count (`电商平台橙驛商城昨日（12日）公布` … `橙驛表示`)', () => {
    const text = '內地電商平台橙驛商城昨日（12日）公布雙11購物節戰績。\n\n橙驛表示，直播渠道的成交佔比升至42.5%。\n';
    expect(analyse('h.md', text).companies).toEqual([{ id: '橙驛', names: ['橙驛商城', '橙驛'] }]);
    expect(measureOf('h.md', text, '42.5%')).toMatch(/^橙驛 gmv-share/);
  });

  it('find cooling, optics, display and cell makers (`鼎冠散熱`), and not kinds of them', () => {
    expect(analyse('k.md', '鼎冠散熱12日公布第三季財報。鼎冠表示，AI伺服器液冷需求強勁。\n').companies?.map((c) => c.id)).toEqual(['鼎冠']);
    expect(analyse('l.md', '液冷散热发布了新的标准，固态电池宣布量产，营收增长20亿元。\n').companies ?? []).toEqual([]);
  });

  it('do not take kinds of storage, shops or computing for names', () => {
    const text = '工商业储能发布了新的补贴政策，线上商城宣布满减，高性能计算实现突破，营收增长20亿元。\n';
    expect(analyse('e.md', text).companies ?? []).toEqual([]);
  });

  it('read `Mall` as an English ending and `the Shenzhen-listed company` as the company named before', () => {
    const mall = 'Chengyi Mall said on Tuesday that gross merchandise volume (GMV) rose 14.3% from a year earlier to 486.2 billion yuan.\n\nChengyi expects more merchants next year.\n';
    expect(bindingOf('f.md', mall, '486.2 billion yuan')).toMatch(/^chengyi gmv/);
    const wire = [
      'Chinese battery maker Wohuan Energy Storage said first-half revenue rose 27.6% to 18.64 billion yuan.',
      '',
      'Net profit attributable to shareholders climbed 18.9% from a year earlier to 1.27 billion yuan, the Shenzhen-listed company said in a filing.',
      '',
      'Wohuan shipped 38.5 gigawatt-hours of energy storage batteries in the six months to June.',
      '',
    ].join('\n');
    expect(bindingOf('g.md', wire, '1.27 billion yuan')).toBe('wohuan profit XXXX-H1');
  });
});

describe('measures of the e-commerce beat', () => {
  it('read gross merchandise volume, its growth and the day a festival’s sale opens', () => {
    const zh = '11月12日上午，橙驿商城公布了今年双11的成绩单：从10月21日晚8点正式开售，到11月11日24点收官，平台总成交额（GMV）达到4,862亿元，同比增长14.3%。\n\n橙驿表示，明年将继续扩大投入。\n';
    expect(measureOf('a.md', zh, '4,862亿元')).toMatch(/^橙驿 gmv /);
    expect(measureOf('a.md', zh, '14.3%')).toMatch(/^橙驿 growth:gmv /);
    expect(measureOf('a.md', zh, '10月21日')).toMatch(/ sale-start-date /);
    expect(measureOf('b.md', 'The Vista went on sale on September 10, 2024, Jingmu Technology said.\n', 'September 10, 2024')).toMatch(/ sale-start-date /);
  });

  it('read 单 as the measure word of orders (`21.5亿单`)', () => {
    const c = claimByText(analyse('o.md', '蜂穗商城公布618战绩，活动期间订单量达21.5亿单，同比增长9.8%。\n').claims, '21.5亿单');
    expect([c.kind, c.value, c.attribute]).toEqual(['count', 2.15e9, 'orders']);
  });

  it('read 双11, 双十一 and 雙12 as festivals, not figures (a scorecard of 双11 is no benchmark score of 11)', () => {
    const claims = analyse('f.md', '橙驿商城公布了今年双11的成绩单，双十一期间成交额达到4,862亿元，雙12期间再增5%。\n').claims;
    expect(claims.map((c) => c.text)).toEqual(['4,862亿元', '5%']);
  });

  it('read a channel’s share of GMV in a table row (`直播成交占比`, `Live-streaming share of GMV`)', () => {
    const zh = '橙驿商城公布双11成绩单。\n\n| 指标 | 今年双11 |\n|---|---|\n| 直播成交占比 | 37.5% |\n\n橙驿表示将扩大投入。\n';
    expect(measureOf('z.md', zh, '37.5%')).toMatch(/ gmv-share:live-streaming /);
    const en = 'Chengyi Mall reported its Double 11 results.\n\n| Metric | Double 11 |\n|---|---|\n| Live-streaming share of GMV | 37.5% |\n\nChengyi plans more.\n';
    expect(measureOf('e.md', en, '37.5%')).toMatch(/ gmv-share:live-streaming /);
  });

  it('read an amount that restates a share of the measure as that part’s, not the whole’s', () => {
    expect(claimByText(analyse('c.md', '橙驿商城披露，直播渠道贡献了37.5%的成交额，折合约1,823亿元。\n').claims, '约1,823亿元').attribute).not.toBe('gmv');
    expect(claimByText(analyse('d.md', 'Chengyi Mall said streams accounted for 37.5% of GMV, or about 182.3 billion yuan.\n').claims, 'about 182.3 billion yuan').attribute).not.toBe('gmv');
    expect(measureOf('d2.md', 'Wohuan said overseas customers accounted for 41% of revenue, or about 7.6 billion yuan.\n', 'about 7.6 billion yuan')).toMatch(/ revenue:part /);
  });

  it('read an amount something drove of a measure as a part of it (`家电以旧换新带动成交额215亿元`)', () => {
    const text = '橙町商城披露，家电以812亿元居首；家电以旧换新带动成交额215亿元。\n\n橙町表示将继续补贴。\n';
    expect(measureOf('g.md', text, '215亿元')).toMatch(/ gmv:part /);
  });

  it('read a share of revenue right after an amount of another measure as that measure’s share', () => {
    const text = '2024年，翼澜科技海外收入达到59.5亿元，占总营收的61.5%。翼澜科技2024年研发投入11.6亿元，约占营收的12%。\n';
    expect(measureOf('e.md', text, '61.5%')).toMatch(/ revenue-share:overseas /);
    expect(measureOf('e.md', text, '12%')).toMatch(/ revenue-share:rnd-spend /);
    expect(complaintLines({ 'e.md': text })).toEqual([]);
    expect(measureOf('f.md', 'Wohuan Energy Storage said R&D spending reached 960 million yuan, or about 5.2% of revenue.\n', 'about 5.2%')).toMatch(/ revenue-share:rnd-spend /);
  });
});

describe('measures of results in Hong Kong and in headlines', () => {
  it('read 股東應佔純利 as the profit', () => {
    expect(measureOf('a.md', '沃垣儲能公布中期業績，股東應佔純利12.7億元人民幣，按年增長18.9%。\n', '12.7億元人民幣')).toMatch(/ profit /);
  });

  it('keep a headline’s statement after an ideographic space from the measure before it', () => {
    const text = '# 沃垣科技上半年净利润增18.9%　斥58亿元建赣州新厂\n\n沃垣科技发布中期业绩，沃垣科技表示将扩产。\n';
    const c = claimByText(analyse('b.md', text).claims, '58亿元');
    expect((c.attributeConfidence ?? 0) < 0.6 || c.attribute !== 'profit').toBe(true);
  });
});

describe('a Taiwan maker’s monthly revenue', () => {
  const TEXT = [
    '---',
    'date: 2025-11-10',
    '---',
    '',
    '印刷電路板（PCB）廠崧穎電路今（10）日公布10月合併營收新台幣58.6億元，月增7.3%、年增31.5%。',
    '',
    '累計今年前十月，崧穎合併營收為新台幣512.4億元，較去年同期的421.8億元成長27.4%。',
    '',
    '崧穎電路表示，AI伺服器用高層數板出貨持續放量。',
    '',
  ].join('\n');

  it('finds 電路 as an ending, `今（10）日` before the verb, and 成長 as growth', () => {
    expect(analyse('a.md', TEXT).companies?.map((c) => c.id)).toEqual(['崧穎']);
    expect(measureOf('a.md', TEXT, '27.4%')).toBe('崧穎 growth:revenue 2025-M01-M10');
  });

  it('reports a growth rate its two figures do not give', () => {
    expect(complaintLines({ 'a.md': TEXT })).toEqual(['conflicting-figure 27.4% vs 新台幣512.4億元 vs 421.8億元']);
  });
});

describe('an order backlog and its multiple of a year earlier', () => {
  const ZH = '沃垣储能财务总监宋黎披露，截至6月底，公司在手储能订单超过95GWh，是去年同期的3.3倍。\n\n沃垣储能表示将扩产。\n';
  const EN = 'Wohuan Energy Storage said its order backlog stood at more than 95 GWh at the end of June, 2.3 times the level a year earlier.\n\nWohuan plans to add capacity.\n';

  it('read the backlog in GWh, and the multiple as its growth, dated by no year', () => {
    expect(measureOf('zh.md', ZH, '超过95GWh')).toMatch(/ backlog /);
    const multiple = claimByText(analyse('zh.md', ZH).claims, '3.3倍');
    expect([multiple.attribute, multiple.period, multiple.ofLevel]).toEqual(['growth:backlog', undefined, true]);
    expect(measureOf('en.md', EN, '2.3 times')).toBe('wohuan growth:backlog -');
  });

  it('set a multiple of a level against English one apart (a multiple of growth may count from the base)', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN.replace('Wohuan Energy Storage', 'Wohuan Energy Storage (沃垣储能)') })).toEqual(['conflicting-figure 3.3倍 vs 2.3 times']);
    const grew = ZH.replace('是去年同期的3.3倍', '同比增长1.3倍');
    expect(complaintLines({ 'zh.md': grew, 'en.md': EN.replace('Wohuan Energy Storage', 'Wohuan Energy Storage (沃垣储能)') })).toEqual([]);
  });
});

describe('a share restated in tenths (`37.5%…已接近四成`)', () => {
  const ZH = '橙驿商城公布双11成绩单。\n\n橙驿披露，直播渠道贡献了37.5%的成交额，已接近四成。\n';

  it('is one value said twice, not a list: the exact share keeps its subject', () => {
    expect(bindingOf('zh.md', ZH, '37.5%')).toBe('橙驿 gmv-share -');
    expect(complaintLines({ 'zh.md': ZH })).toEqual([]);
  });

  it('agrees with another article’s share within ten points’ rounding, and a different share conflicts', () => {
    const other = (share: string) => `內地電商平台橙驛商城昨日（12日）公布雙11戰績。\n\n橙驛表示，直播渠道的成交佔比升至${share}。\n`;
    // One source each: the value stated twice prevails (the exact share and its rounding).
    expect(complaintLines({ 'zh.md': ZH, 'hk.md': other('42.5%') })).toEqual(['conflicting-figure 42.5% vs 37.5% vs 接近四成']);
    expect(complaintLines({ 'zh.md': ZH.replace('37.5%的成交额，已接近四成', '近四成的成交额'), 'hk.md': other('37.5%') })).toEqual([]);
  });
});

describe('a Hong Kong results story', () => {
  const HK = '【港經快訊】曜嵐科技昨日（22日）收市後公布第一季度業績，收入按年增長18.7%至428.6億元人民幣，以1港元兌0.922元人民幣計算，約合465億港元。\n\n曜嵐表示將擴產。\n';

  it('finds a name before two words of time (`昨日（22日）收市後公布`)', () => {
    expect(analyse('hk.md', HK).companies?.map((c) => c.id)).toEqual(['曜嵐']);
  });

  it('reads a conversion made at a rate stated between, and the rate as no item of a list', () => {
    const claims = analyse('hk.md', HK).claims;
    const revenue = claimByText(claims, '428.6億元人民幣');
    expect(claimByText(claims, '約合465億港元').conversionOf).toBe(`hk.md#${revenue.start}-${revenue.end}`);
    expect(bindingOf('hk.md', HK, '428.6億元人民幣')).toBe('曜嵐 revenue XXXX-Q1');
  });
});

describe('words of the plant and festival beats', () => {
  it('read 動工 as breaking ground, and 直播帶貨 as the live-streaming channel', () => {
    expect(measureOf('a.md', '瀾峰儲能荊門基地預計8月19日動工。\n', '8月19日')).toMatch(/ groundbreaking-date /);
    expect(measureOf('b.md', '蜂穗商城公布618戰績。\n\n| 指標 | 數值 |\n|---|---|\n| 直播帶貨成交額占比 | 37% |\n\n蜂穗表示將擴大補貼。\n', '37%')).toMatch(/ gmv-share:live-streaming /);
  });
});

describe('a price cut in a Hong Kong article', () => {
  const HK = '港科動態：算垣雲宣布調價，大模型「垣語-3」的輸出價格由每百萬tokens 16元人民幣減至8元，即減半。\n\n算垣雲表示將擴容。\n';

  it('reads the bare 元 after an amount in renminbi as the renminbi, and the price it was cut from as before the cut', () => {
    const claims = analyse('hk.md', HK).claims;
    expect(claimByText(claims, '8元').currency).toBe('CNY');
    expect([claimByText(claims, '16元人民幣').period, claimByText(claims, '8元').period]).toEqual(['XXXX-then', undefined]);
    expect(bindingOf('hk.md', HK, '8元')).toBe('垣語-3 price:per-1M-token:output -');
  });

  it('but the level a capacity rises from is the level now', () => {
    const text = '沃垣储能表示，新厂投产后，沃垣的储能电池年产能将由目前的60GWh提升至100GWh。\n';
    expect(claimByText(analyse('c.md', text).claims, '60GWh').period).not.toBe('XXXX-then');
  });
});

describe('two articles of one source each that disagree', () => {
  it('take the value the article stating it twice gives (its text and its table), whatever the files are named', () => {
    const twice = '蜂穗商城公布618战绩，直播成交占比达31%。\n\n| 指标 | 数值 |\n|---|---|\n| 直播成交占比 | 31% |\n\n蜂穗表示将扩大补贴。\n';
    const once = '內地電商平台蜂穗商城昨日（19日）公布618戰績。\n\n蜂穗表示，直播成交佔比升至37%。\n';
    for (const [a, b] of [['a.md', 'b.md'], ['b.md', 'a.md']] as const) {
      expect(complaintLines({ [a]: once, [b]: twice })).toEqual(['conflicting-figure 37% vs 31% vs 31%']);
    }
  });
});
