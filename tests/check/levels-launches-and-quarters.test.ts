import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, dated, findingsOf, measuredAs } from './crosscheck-helpers.js';

/** A translation's front matter and paragraphs, as a newsroom's file of it. */
function article(lang: string, date: string, paragraphs: string[], of?: string): string {
  return ['---', `date: ${date}`, `lang: ${lang}`, ...(of ? [`translation_of: ${of}`] : []), '---', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}

describe('a rate written with the two levels it moved between', () => {
  it('is reported where the levels give another rate, in Chinese and in English, the rate first', () => {
    const zh = dated('2026-03-20', '中牧农业保险股份有限公司仍是最大的奶牛保险承保人，其奶牛保险保费由2024年的8.6亿元增至2025年的11.2亿元，同比增长36.5%，市场份额约为21%。');
    const findings = findingsOf({ 'a.md': zh }).filter((f) => f.ruleId === 'conflicting-figure');
    expect(findings.map((f) => `${f.severity} ${f.locations.map((l) => l.text).join(' / ')}`)).toEqual(['warning 36.5% / 11.2亿元 / 8.6亿元']);
    expect(findings[0]!.message).toContain('give 30.2%');
    const en = dated('2026-03-24', 'Paying subscribers rose to 2.36 million at the end of December from 1.82 million a year earlier, an increase of about 38%, helped by a cheaper ad-supported tier.');
    expect(complaintLines({ 'b.md': en })).toEqual(['conflicting-figure about 38% vs 2.36 million vs 1.82 million']);
  });

  it('leaves a rate alone that its levels give, roughly where it says `about`, and a rate written before `to … from …`', () => {
    expect(complaintLines({ 'a.md': dated('2026-03-20', '其奶牛保险保费由2024年的8.6亿元增至2025年的11.2亿元，同比增长30.2%。') })).toEqual([]);
    expect(complaintLines({ 'b.md': dated('2026-03-24', 'Paying subscribers rose to 2.36 million from 1.82 million a year earlier, an increase of about 30%.') })).toEqual([]);
    expect(complaintLines({ 'c.md': dated('2026-03-24', 'Revenue rose 12.9% to 48.6 billion yuan from 43.1 billion yuan.') })).toEqual([]);
    expect(complaintLines({ 'c.md': dated('2026-03-24', 'Revenue rose 21.9% to 48.6 billion yuan from 43.1 billion yuan.') })).toEqual(['conflicting-figure 21.9% vs 48.6 billion yuan vs 43.1 billion yuan']);
  });

  it('reads `revenue of X, up Z% from Y` as a rate between its two levels', () => {
    const text = dated('2026-03-30', 'Mingshi Education, the largest of the three by revenue, reported 2025 revenue of RMB8.46 billion, up 26.5% from RMB7.02 billion in 2024.');
    expect(complaintLines({ 'a.md': text })).toEqual(['conflicting-figure 26.5% vs RMB8.46 billion vs RMB7.02 billion']);
    expect(complaintLines({ 'a.md': text.replace('26.5%', '20.5%') })).toEqual([]);
  });

  it('does not read a yearly average over several years as the change', () => {
    expect(complaintLines({ 'a.md': dated('2026-03-20', '公司营收由2021年的8.6亿元增至2025年的11.2亿元，年均增长6.8%。') })).toEqual([]);
  });
});

describe('a figure of the quarter before or after in a translation', () => {
  const ZH = article('zh', '2026-02-10', ['鼎准精密公布2025年第四季度业绩。', '2025年第四季度营收达新台币36.2亿元，同比增长24%，环比增长8%，创公司单季历史新高。']);
  const EN = article('en', '2026-02-10', ['Dingzhun Precision reported fourth-quarter 2025 results.', 'Fourth-quarter revenue reached NT$3.62 billion, up 24% year on year and 8% from the third quarter, the strongest quarter in its history.'], 'zh.md');

  it('is a translation-mismatch naming both quarters, where each passage dates all its amounts so', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
    const wrong = ZH.replace('2025年第四季度营收', '2025年第三季度营收');
    const findings = findingsOf({ 'zh.md': wrong, 'en.md': EN }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(findings.map((f) => f.message.split(': ').at(-1))).toEqual(['the same figure for another period (2025-Q4 vs 2025-Q3).']);
  });

  it('is left alone where one side states figures of both quarters, as a misread `the second` would leave', () => {
    const zh = article('zh', '2026-02-10', ['鼎准精密第三季度营收为新台币33.5亿元，第四季度营收为新台币36.2亿元。']);
    const en = article('en', '2026-02-10', ['Dingzhun Precision’s revenue was NT$3.35 billion in the third quarter and NT$3.62 billion in the fourth.'], 'zh.md');
    const periods = findingsOf({ 'zh.md': zh, 'en.md': en }).filter((f) => f.message.includes('for another period'));
    expect(periods).toEqual([]);
  });
});

describe('a part of a year’s figure given to the whole year in a translation', () => {
  const EN = article('en', '2026-03-20', ['Meridian Pacific, which is listed in Hong Kong, said its space and aviation division wrote gross premiums of HK$1.86 billion in the first half of 2025, up 34% year on year.']);
  const ZH = (words: string) => article('zh', '2026-03-20', [`在香港上市的子午太平洋保险表示，其航天与航空业务部门${words}毛保费收入为18.6亿港元，同比增长34%。`], 'en.md');

  it('is a translation-mismatch where the translation writes the year', () => {
    expect(complaintLines({ 'en.md': EN, 'zh.md': ZH('2025年上半年') })).toEqual([]);
    const findings = findingsOf({ 'en.md': EN, 'zh.md': ZH('2025年全年') }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(findings.map((f) => f.message.split(': ').at(-1))).toEqual(['the same figure for another period (2025 vs 2025-H1).']);
  });

  it('is left alone where the translation names no time at all, as when a translator drops the part', () => {
    expect(findingsOf({ 'en.md': EN, 'zh.md': ZH('') }).filter((f) => f.message.includes('for another period'))).toEqual([]);
  });
});

describe('a flow of the first days after a launch', () => {
  const launch = dated(
    '2026-03-06',
    '星桥互娱（StarBridge Interactive）3月6日开盘前在港交所发布自愿性公告称，公司自研开放世界角色扮演手游《山海旅人》（Shanhai Wanderers）自2月26日上线以来，首周（2月26日至3月4日）全球累计下载量达1,230万次，总流水约4.1亿元人民币。',
  );
  const weekly = dated('2026-03-12', '最后是手游。星桥互娱新作《山海旅人》2月26日上线，首周下载量超过1.23亿次，流水约4.1亿元，上线前预约人数超过2,100万。');

  it('is of the launch week in every article, and sign-ups before the launch are no downloads', () => {
    expect(measuredAs('a.md', launch, '1,230万次', true)).toBe('downloads 山海旅人 launch-week');
    expect(measuredAs('b.md', weekly, '超过1.23亿次', true)).toBe('downloads 山海旅人 launch-week');
    expect(measuredAs('b.md', weekly, '超过2,100万')).toMatch(/^pre-registrations /);
    expect(measuredAs('c.md', dated('2026-03-12', 'The game was downloaded 12.3 million times in its first week.'), '12.3 million times', true)).toMatch(/^downloads .* launch-week$/);
  });

  it('reports a 万/亿 slip between two articles’ launch weeks', () => {
    expect(complaintLines({ 'a.md': launch, 'b.md': weekly })).toEqual(['magnitude-slip 超过1.23亿次 vs 1,230万次']);
  });
});

describe('ranges, segments, rates and totals', () => {
  it('reads `新台币145亿至155亿元` as one range of New Taiwan dollars', () => {
    const c = claimByText(analyse('a.md', dated('2026-02-10', '远岚证券预计，公司2026年营收为新台币145亿至155亿元。')).claims, '新台币145亿至155亿元');
    expect([c.currency, c.min, c.max, c.qualifier]).toEqual(['TWD', 14_500_000_000, 15_500_000_000, 'range']);
  });

  it('takes `the segment’s revenue` for a part of the company’s', () => {
    const text = dated('2026-02-10', 'Dingzhun Precision expects the segment’s revenue to reach NT$3 billion to NT$3.5 billion in 2026.');
    expect(measuredAs('a.md', text, 'NT$3 billion to NT$3.5 billion')).toMatch(/^revenue:part:target /);
  });

  it('takes a sentence opening with `Revenue from` a business for that part’s, not the company’s revenue', () => {
    const text = dated('2026-02-10', 'Revenue from humanoid and service robots, negligible two years ago, reached NT$1.16 billion in 2025.');
    expect(measuredAs('a.md', text, 'NT$1.16 billion')).toMatch(/^revenue:part /);
    expect(measuredAs('b.md', dated('2026-02-10', 'Revenue from continuing operations reached NT$11.6 billion in 2025.'), 'NT$11.6 billion')).toMatch(/^revenue /);
  });

  it('reads an exchange rate `per Hong Kong dollar` as no figure of the company, so a translation need not state it', () => {
    const zh = article('zh', '2026-03-31', ['3月30日，华瑞保险A股收涨4.3%，报每股52.80元；H股同日上涨5.1%，收于49.65港元。']);
    const en = article('en', '2026-03-31', ['On March 30, Huarui’s A shares closed up 4.3% at 52.80 yuan, while its H shares rose 5.1% to HK$49.65 (about 45.9 yuan at 0.925 yuan per Hong Kong dollar).'], 'zh.md');
    expect(claimByText(analyse('en.md', en).claims, '0.925 yuan').exchangeRate).toBe(true);
    expect(complaintLines({ 'zh.md': zh, 'en.md': en })).toEqual([]);
  });

  it('adds up a year’s row below its four quarters, and no year’s row below three', () => {
    const table = (q2: string, rows = 4) =>
      dated('2026-03-12', '西澄锂业（Xicheng Lithium）2025年分季度业绩如下：', ['| 季度 | 营业收入（亿元） |', '|---|---|', '| 一季度 | 14.1 |', `| 二季度 | ${q2} |`, '| 三季度 | 14.5 |', ...(rows === 4 ? ['| 四季度 | 17.6 |'] : []), '| 全年 | 61.3 |'].join('\n'));
    expect(complaintLines({ 'a.md': table('15.1') })).toEqual([]);
    expect(complaintLines({ 'a.md': table('16.1') })).toEqual(['conflicting-figure 61.3 vs 14.1 vs 16.1 vs 14.5 vs 17.6']);
    expect(complaintLines({ 'a.md': table('16.1', 3) })).toEqual([]);
  });

  it('reads quarters labelled with their year (`| 2025年一季度 |`) under a `| 全年合计 |` row', () => {
    const table = (q3: string) =>
      dated('2026-03-06', '皓晶光能（Haojing Solar Glass）分季度业绩如下：', ['| 季度 | 营业收入（亿元） |', '|---|---|', '| 2025年一季度 | 40.6 |', '| 2025年二季度 | 43.3 |', `| 2025年三季度 | ${q3} |`, '| 2025年四季度 | 52.8 |', '| 全年合计 | 186.4 |'].join('\n'));
    expect(complaintLines({ 'a.md': table('49.7') })).toEqual([]);
    expect(complaintLines({ 'a.md': table('47.9') })).toEqual(['conflicting-figure 186.4 vs 40.6 vs 43.3 vs 47.9 vs 52.8']);
  });

  it('adds up a quarter’s total row (`| 一季度合计 |`) below its months', () => {
    const months = (february: string) =>
      dated('2026-04-03', '沧澜港务一季度集装箱吞吐量1,086万TEU。', ['| 月份 | 集装箱吞吐量（万TEU） |', '|---|---|', '| 1月 | 384 |', `| 2月 | ${february} |`, '| 3月 | 392 |', '| 一季度合计 | 1,086 |'].join('\n'));
    expect(complaintLines({ 'a.md': months('310') })).toEqual([]);
    expect(complaintLines({ 'a.md': months('301') })).toEqual(['conflicting-figure 1,086 vs 384 vs 301 vs 392']);
  });
});

describe('a base for a whole year and places a network reaches', () => {
  it('dates a base `for the whole of 2024` to the year, so a nine months’ growth is not set against it', () => {
    const text = dated('2025-12-10', 'For the first nine months of 2025, Chayueli’s revenue rose 27.5% year on year to 4.12 billion yuan, compared with 4.86 billion yuan for the whole of 2024.');
    expect(measuredAs('a.md', text, '4.86 billion yuan', true)).toMatch(/^revenue .* 2024$/);
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });

  it('counts cities, not stores, in `门店覆盖约310个城市`', () => {
    const text = dated('2025-12-10', '截至2025年9月30日，茶悦里在全国运营门店8,920家。公司门店覆盖约310个城市，三线及以下城市门店占比为58.3%。');
    const c = claimByText(analyse('a.md', text).claims, '约310个城市');
    expect([c.unit, c.attribute]).toEqual(['city', undefined]);
  });
});

describe('names defined after a stock code, by characters of the full name', () => {
  it('finds `晋原重载铁路股份有限公司（601627.SH，下称“晋原铁路”）` as the company the article calls `晋原铁路`', () => {
    const text = dated('2026-03-19', '桐北铁路由晋原重载铁路股份有限公司（601627.SH，下称“晋原铁路”）控股建设，总投资326亿元，于2021年9月开工。', '晋原铁路表示，桐北铁路今年运量目标为6000万吨。');
    expect(analyse('a.md', text).companies?.map((c) => [...c.names])).toEqual([['晋原重载铁路股份有限公司', '晋原铁路']]);
    expect(measuredAs('a.md', text, '326亿元')).toMatch(/^investment 晋原铁路$/);
  });

  it('reads what a line cost `to build` as an investment', () => {
    expect(measuredAs('a.md', dated('2026-03-19', 'Jinyuan Heavy Haul Railway Co. said the line cost 32.6 billion yuan to build.'), '32.6 billion yuan')).toMatch(/^investment /);
  });
});

describe('a Hong Kong share’s price after an amount in renminbi', () => {
  it('is in Hong Kong dollars, as the article’s bare 元 is, and agrees with the same price in 港元', () => {
    const text = dated(
      '2026-03-12',
      '【本報訊】康衡醫療（港交所上市）宣布以38.5億元人民幣收購華嶼醫療，香港股市昨日反應正面。',
      '根據公告，代價六成（即23.1億元人民幣）以現金支付，餘下四成以每股6.35元配發約2.64億股新股支付，配股價較公布前收市價6.70元折讓約5.2%。',
      '- 配股價：每股6.35港元',
    );
    const claims = analyse('a.md', text).claims;
    expect([claimByText(claims, '6.35元').currency, claimByText(claims, '23.1億元人民幣').currency]).toEqual(['HKD', 'CNY']);
    expect(findingsOf({ 'a.md': text }).filter((f) => f.ruleId === 'currency-mismatch')).toEqual([]);
  });
});

describe('deals and hotel groups', () => {
  it('reads `a deal valued at` as the deal’s value and `锦澜` as the short name of `锦澜酒店集团`', () => {
    const en = dated('2026-03-10', 'Yunyi Airlines has placed a firm order for 12 COMAC C909 regional jets, in a deal valued at about US$4.6 billion at list prices.');
    expect(measuredAs('a.md', en, 'about US$4.6 billion')).toMatch(/^deal-value /);
    const zh = [
      '---',
      'title: "锦澜酒店2025年净利9.84亿元增31.5% 拟1.85亿美元收购马来西亚Serimas七成股权"',
      'date: 2026-03-05',
      '---',
      '',
      '锦澜酒店集团（Jinlan Hospitality Group）3月5日晚间在港交所公布2025年全年业绩。公司全年实现营业收入128.6亿元人民币，同比增长14.2%。',
      '',
      '同日，锦澜宣布以约1.85亿美元（约合人民币13.3亿元）现金收购马来西亚中端连锁酒店集团Serimas Hospitality（思丽马酒店）70%股权。',
      '',
    ].join('\n');
    expect(claimByText(analyse('b.md', zh).claims, '约1.85亿美元').subject?.label).toBe('Serimas Hospitality & 锦澜酒店');
  });
});
