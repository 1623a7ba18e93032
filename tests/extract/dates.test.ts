import { describe, it } from 'vitest';
import { checkCase, forms, none, type Case } from './case-table.js';

const day = (date: string) => ({ kind: 'date' as const, date, value: null });

const cases: Case[] = [
  ...forms(day('2025-12-15'), [
    '英伟达在⟦2025年12月15日⟧发布 Nemotron 3 系列开放模型。',
    '英伟达在 ⟦2025 年 12 月 15 日⟧发布新模型。',
    '英伟达于⟦二〇二五年十二月十五日⟧发布新模型。',
    '英伟达于⟦2025年12月15号⟧发布新模型。',
    'The release is dated ⟦2025-12-15⟧ in the changelog.',
    'The release is dated ⟦2025/12/15⟧ in the changelog.',
    'On ⟦December 15, 2025⟧, Nvidia released the Nemotron 3 family.',
    'On ⟦Dec. 15, 2025⟧, Nvidia released the Nemotron 3 family.',
    'On ⟦Dec 15, 2025⟧, Nvidia released the Nemotron 3 family.',
    'On ⟦15 December 2025⟧, Nvidia released the Nemotron 3 family.',
    'On ⟦December 15th, 2025⟧, Nvidia released the Nemotron 3 family.',
    'The filing is dated ⟦12/15/2025⟧.',
    '英伟达于⟦2025年12月15日⟧（周一）发布新模型。',
  ]),
  ...forms({ kind: 'date', date: '2025-12' }, ['英伟达在⟦2025年12月⟧发布了新模型。', 'Nvidia released the models in ⟦December 2025⟧.', '英伟达在⟦二〇二五年十二月⟧发布了新模型。']),
  ...forms({ kind: 'date', date: '2025' }, ['⟦2025年⟧，英伟达发布了新模型。', 'Open models carried most of the tokens sent in ⟦2025⟧.', 'Revenue has grown since ⟦2025⟧.', '⟦二〇二五年⟧，英伟达发布了新模型。']),
  ...forms(day('2026-01-06'), ['⟦1月6日⟧，拉斯维加斯CES 2026舞台上，黄仁勋登场。', 'On ⟦Jan. 6⟧, at CES 2026, Jensen Huang took the stage.']),
  ...forms(day('2025-12-24'), ['⟦2025年平安夜⟧，英伟达宣布与Groq合作。', 'On ⟦Christmas Eve 2025⟧, Nvidia struck a deal with Groq.']),
  // A month's year is no event's: a dateline takes the article's year, not that of a deadline later on.
  { sentence: 'HANGZHOU, ⟦Oct 28⟧ (Reuters) - Citrino will open in ⟦120 cities⟧ by the end of ⟦June 2026⟧.', expect: [{ kind: 'date', date: '2025-10-28' }, { kind: 'count', value: 120 }, { kind: 'date', date: '2026-06' }], date: '2025-10-29' },
  ...forms(day('2025-12-24'), ['⟦平安夜⟧当天，英伟达宣布与Groq合作。', 'On ⟦Christmas Eve⟧, Nvidia struck a deal with Groq.'], '2025-12-28'),
  ...forms({ kind: 'date', date: '2025-11' }, ['⟦去年11月⟧，谷歌展示了自研TPU训练的Gemini 3。', 'Google showed Gemini 3 ⟦last November⟧.', '⟦去年十一月⟧，谷歌展示了新模型。'], '2026-01-08'),
  ...forms(day('2025-11-10'), ['谷歌在⟦十一月十日⟧发布新模型。', 'Google released the model on ⟦November 10⟧.', 'Google released the model on ⟦Nov. 10⟧.', '谷歌在⟦11月10日⟧发布新模型。'], '2025-12-22'),
  ...forms(day('2024-12-28'), ['谷歌在⟦12月28日⟧发布新模型。'], '2025-01-05'),
  ...forms(day('XXXX-03-08'), ['工厂在⟦3月8日⟧恢复生产。', 'The plant resumed production on ⟦March 8⟧.']),
  { sentence: '⟦2023年⟧北美区块链应用爆发，那年⟦3月8日⟧交易量创下新高。', expect: [{ kind: 'date', date: '2023' }, day('2023-03-08')] },
  { sentence: 'Sales peaked in ⟦2023⟧. On ⟦March 8⟧ volumes hit a record.', expect: [{ kind: 'date', date: '2023' }, day('2023-03-08')] },
  ...forms({ kind: 'date', date: '2026' }, ['Meta将于⟦明年⟧广泛部署谷歌TPU。'], '2025-06-01'),
  ...forms({ kind: 'date', date: '2027' }, ['甚至传出Meta将于⟦2027年⟧广泛部署谷歌TPU。']),
  ...forms({ kind: 'date', date: '2025-10' }, ['OpenAI在⟦10月⟧宣布与博通联合自研推理芯片。'], '2025-12-01'),
  // A full date gives the year to the partial dates after it, in either language.
  { sentence: '数据中心将于⟦2027-04-17⟧投入运营。OpenAI在⟦10月⟧宣布与博通联合研发推理芯片。', expect: [day('2027-04-17'), { kind: 'date', date: '2027-10' }], date: '2025-12-01' },
  { sentence: 'The data center goes live on ⟦2027-04-17⟧. In ⟦October⟧, OpenAI announced a chip.', expect: [day('2027-04-17'), { kind: 'date', date: '2027-10' }], date: '2025-12-01' },
  { sentence: '英伟达于⟦２０２６年１月２２日⟧发布了新模型。OpenAI在⟦10月⟧宣布与博通联合研发推理芯片。', expect: [day('2026-01-22'), { kind: 'date', date: '2026-10' }], date: '2025-06-18' },
  { sentence: '英伟达于⟦二〇二六年一月二十二日⟧发布了新模型。OpenAI在⟦10月⟧宣布与博通联合研发推理芯片。', expect: [day('2026-01-22'), { kind: 'date', date: '2026-10' }], date: '2025-06-18' },
  // An amount that looks like a year (1900亿, $1900 billion, 2000多家) gives no year to a partial date.
  {
    sentence: '小米实现营收⟦1900亿元人民币⟧。OpenAI在⟦10月⟧宣布与博通联合研发推理芯片。',
    expect: [{ kind: 'money', value: 1.9e11, currency: 'CNY' }, { kind: 'date', date: '2025-10' }],
    date: '2025-12-01',
  },
  {
    sentence: 'xAI expects capital expenditure of ⟦$1900 billion⟧. In ⟦October⟧, OpenAI announced a chip.',
    expect: [{ kind: 'money', value: 1.9e12, currency: 'USD' }, { kind: 'date', date: '2025-10' }],
    date: '2025-12-01',
  },
  { sentence: '⟦2000多家⟧企业参展，⟦10月⟧开幕。', expect: [{ kind: 'count', value: 2000, qualifier: 'moreThan' }, { kind: 'date', date: '2025-10' }], date: '2025-12-01' },
  // A day stated alone takes its month from the paragraph, else from the article's date, else XX.
  ...forms(day('2025-11-29'), ['英伟达⟦29日⟧宣布将收购Groq。', '英伟达⟦29号⟧宣布将收购Groq。', '英伟达⟦29號⟧宣佈將收購Groq。', '英伟达于⟦二十九日⟧宣布将收购Groq。', '据新华社北京⟦29日⟧电，英伟达宣布新品。'], '2025-11-30'),
  ...forms(day('XXXX-XX-29'), ['英伟达⟦29日⟧宣布将收购Groq。']),
  ...forms(day('XXXX-XX-29'), ['英伟达⟦29日⟧宣布将收购Groq。'], '2026-02-10'),
  { sentence: '英伟达于⟦10月8日⟧发布财报。⟦29日⟧，英伟达宣布收购Groq。', expect: [day('2025-10-08'), day('2025-10-29')], date: '2025-11-30' },
  { sentence: '论坛于⟦12月28日⟧至⟦29日⟧在北京举行。', expect: [day('2025-12-28'), day('2025-12-29')], date: '2025-11-30' },
  ...forms(day('2025-11-10'), ['公司将于⟦本月十日⟧召开股东大会。', '公司将于⟦本月10日⟧召开股东大会。'], '2025-11-02'),
  ...forms(day('2025-10-29'), ['公司已于⟦上月29日⟧召开股东大会。'], '2025-11-02'),
  // Not a day: a number of days, a line, a building, a jersey, yen, a rocket's name.
  { sentence: '股价连续⟦3⟧日上涨。', expect: [{ kind: 'number', value: 3 }], date: '2025-11-30' },
  ...forms(day('2025-11-28'), ['美股三大指数⟦28日⟧集体收涨。', '截至⟦28日⟧收盘，英伟达股价下跌。'], '2025-11-30'),
  { sentence: '该基金⟦7⟧日年化收益率为⟦1.8%⟧。', expect: [{ kind: 'number', value: 7 }, { kind: 'percent', value: 1.8 }], date: '2025-11-30' },
  { sentence: '该指数跌破⟦30⟧日均线。', expect: [{ kind: 'number', value: 30 }], date: '2025-11-30' },
  { sentence: '产品需在⟦3日内⟧完成交付。', expect: [{ kind: 'quantity', value: 3, unit: 'day' }], date: '2025-11-30' },
  { sentence: '北京地铁⟦1⟧号线将延长。', expect: [{ kind: 'number', value: 1 }], date: '2025-11-30' },
  { sentence: '会议在⟦3⟧号楼举行。', expect: [{ kind: 'number', value: 3 }], date: '2025-11-30' },
  { sentence: '他身穿⟦10⟧号球衣出场。', expect: [{ kind: 'number', value: 10 }], date: '2025-11-30' },
  { sentence: '门票售价为⟦29日元⟧。', expect: [{ kind: 'money', value: 29, currency: 'JPY' }], date: '2025-11-30' },
  { sentence: '长征⟦十一⟧号运载火箭发射成功。', expect: [{ kind: 'number', value: 11 }], date: '2025-11-30' },
  ...['第3日起，比赛进入淘汰赛。', '历时三日的展会落幕。'].map((sentence) => ({ sentence, expect: [], date: '2025-11-30' })),
  // A month followed by its day in Chinese numerals without 日; a year spelled with place words before a month.
  ...forms(day('2025-01-23'), ['会议定于⟦一月二十三⟧召开。'], '2025-01-05'),
  ...forms(day('2004-08-15'), ['⟦两千零四年八月十五⟧，公司正式成立。', '⟦二零零四年八月十五⟧，公司正式成立。']),
  ...forms(day('2000-08-15'), ['⟦两千年八月十五⟧，公司正式成立。']),
  { sentence: '⟦八月⟧⟦十五个省份⟧出台政策。', expect: [{ kind: 'date', date: '2025-08' }, { kind: 'count', value: 15 }], date: '2025-10-01' },
  { sentence: '这座城市有⟦两千年⟧的历史。', expect: [{ kind: 'quantity', value: 2000, unit: 'year' }] },
  // Days counted from the article's date; without one they are no claim.
  ...forms(day('2025-11-29'), ['英伟达⟦昨天⟧宣布收购Groq。', '英伟达⟦昨日⟧宣布收购Groq。', 'Nvidia announced the deal ⟦yesterday⟧.'], '2025-11-30'),
  ...forms(day('2025-11-30'), ['英伟达⟦今天⟧宣布收购Groq。', '英伟达⟦今日⟧宣布收购Groq。', 'Nvidia ⟦today⟧ announced the deal.'], '2025-11-30'),
  ...forms(day('2025-12-01'), ['发布会将于⟦明天⟧举行。', 'The launch event starts ⟦tomorrow⟧.'], '2025-11-30'),
  ...forms(day('2025-11-28'), ['英伟达⟦前天⟧宣布收购Groq。', 'Nvidia announced the deal ⟦the day before yesterday⟧.'], '2025-11-30'),
  ...forms(day('2025-12-02'), ['发布会将于⟦后天⟧举行。', '发布会将于⟦後天⟧举行。', 'The event begins ⟦the day after tomorrow⟧.'], '2025-11-30'),
  ...forms(day('2025-12-03'), ['发布会将于⟦大后天⟧举行。'], '2025-11-30'),
  ...forms(day('2025-11-17'), ['英伟达⟦上周一⟧宣布收购Groq。', '英伟达⟦上星期一⟧宣布收购Groq。'], '2025-11-26'),
  ...forms(day('2025-11-28'), ['发布会定于⟦本周五⟧举行。'], '2025-11-26'),
  ...forms(day('2025-12-07'), ['发布会定于⟦下周日⟧举行。'], '2025-11-26'),
  // English weekdays are not read: `last Monday` is this week's Monday for some writers (本周一), the previous week's for others.
  ...['Nvidia announced the deal last Monday.', 'The launch is set for next Sunday.', 'The launch is set for this Friday.'].map((sentence) => ({ sentence, expect: [], date: '2025-11-26' })),
  // A day of last, this or next month.
  ...forms(day('2026-01-20'), ['新品将于⟦下月20日⟧发布。', 'It ships on ⟦the 20th of next month⟧.', 'It ships on ⟦the twentieth of next month⟧.'], '2025-12-10'),
  ...forms(day('2025-11-03'), ['公司已于⟦上月3日⟧召开股东大会。', 'The board met on ⟦the 3rd of last month⟧.'], '2025-12-10'),
  ...none(['It ships on the 20th of next month.']),
  ...forms(day('2025-11-24'), ['Nvidia announced the deal ⟦two days ago⟧.'], '2025-11-26'),
  ...none(['英伟达昨天宣布收购Groq。', 'Nvidia announced the deal yesterday.']),
  ...forms({ kind: 'date', date: '2025-11-30' }, ['据今日头条报道，英伟达⟦今天⟧发布新品。'], '2025-11-30'),
  // A relative day that is a figure of speech, a name or another word.
  ...['股价上周一度大跌。', '共创美好的明天。', '能力既有先天也有后天因素。', 'USA Today reported the deal.', '这些巨头今天还是客户，明天就可能变成对手。', '昨天的辉煌不代表未来。', 'AI today is everywhere.', 'These are the data centers of tomorrow.'].map((sentence) => ({ sentence, expect: [], date: '2025-11-30' })),
  // All-digit dates with the year last: slash or dash month first, dot day first, unless that part cannot be a month.
  ...forms(day('2016-04-21'), ['The court ruled on ⟦21-04-2016⟧.', 'The court ruled on ⟦21/04/16⟧.', 'The court ruled on ⟦04/21/2016⟧.']),
  ...forms(day('2015-05-13'), ['Die Fusion wurde am ⟦13.5.2015⟧ bekanntgegeben.', 'The merger closed on ⟦5-13-15⟧.']),
  ...forms(day('2017-03-07'), ['The plant reopened on ⟦3-7-2017⟧.', 'Das Werk öffnete am ⟦7.3.2017⟧ wieder.']),
  ...forms(day('1989-05-05'), ['The company was founded on ⟦05/05/89⟧.']),
  ...forms(day('2015-08-12'), ['The filing is dated ⟦08/12,2015⟧.']),
  { sentence: 'The app reached version 1.2.13 in beta.', expect: [] },
  { sentence: 'Nvidia won the series ⟦3⟧-⟦1⟧ on points.', expect: [{ kind: 'number', value: 3 }, { kind: 'number', value: 1 }] },
  { sentence: 'Call 010-1234-5678 for details.', expect: [] },
  // English month names with a dash or slash (a single-digit day: Jun-24 in a table is June 2024), and the day with a dot.
  ...forms(day('2025-10-02'), ['Shipments resume ⟦Oct-2⟧.', 'Shipments resume ⟦Oct/2⟧.'], '2025-09-20'),
  ...forms(day('2016-11-16'), ['Die Zahlen kamen am ⟦16. Nov. 2016⟧ heraus.']),
  { sentence: 'Revenue in Jun-24 rose.', expect: [], date: '2025-09-20' },
  // Spaced ordinals, a weekday before the day, and a day alone after on/for/until.
  ...forms(day('2025-06-22'), ['The summit opens on the ⟦twenty second of June⟧.', 'The summit opens on the ⟦twenty-second of June⟧.'], '2025-05-01'),
  ...forms(day('2025-09-21'), ['The board met ⟦Thursday the 21st⟧.', 'The board met ⟦Thursday, the twenty first⟧.'], '2025-09-25'),
  { sentence: 'Nvidia reports in ⟦September⟧. The board meets on ⟦the 27th⟧.', expect: [{ kind: 'date', date: '2025-09' }, day('2025-09-27')], date: '2025-08-01' },
  ...forms(day('XXXX-XX-27'), ['The board meets on ⟦the 27th⟧.']),
  { sentence: 'The board met Thursday the ⟦21st of June⟧ in Paris.', expect: [day('2025-06-21')], date: '2025-09-25' },
  { sentence: 'Offices are on the 27th floor.', expect: [] },
  // A date counted back from the article's date, as precise as its unit; without an article date it is no claim (and no length of time).
  ...forms({ kind: 'date', date: '2023' }, ['⟦两年前⟧，英伟达还只是一家芯片公司。', '⟦Two years ago⟧ the company was private.'], '2025-12-20'),
  ...forms({ kind: 'date', date: '2025-09' }, ['⟦三个月前⟧公司发布了新品。', 'It launched ⟦three months ago⟧.'], '2025-12-20'),
  ...forms(day('2025-12-06'), ['⟦两周前⟧公司上调了指引。', 'It raised guidance ⟦two weeks ago⟧.'], '2025-12-20'),
  ...forms({ kind: 'date', date: '2024' }, ['⟦一年前⟧，英伟达还只是一家芯片公司。', '⟦A year ago⟧ the company was private.', 'Revenue rose from ⟦a year ago⟧.'], '2025-12-20'),
  ...forms({ kind: 'date', date: '2025-11' }, ['⟦一个月前⟧公司发布了新品。', 'It launched ⟦a month ago⟧.'], '2025-12-20'),
  ...none(['It launched a month ago.']),
  // May and March alone are months after `in` only where a clause or a comparison follows.
  ...forms(day('XXXX-05'), ['The plant set a record in ⟦May⟧, its best month.', 'Output fell in ⟦May⟧ compared with the month before.']),
  ...forms(day('XXXX-03'), ['Sales rose in ⟦March⟧ and April.']),
  ...none(['Prices may fall in May be a concern.', 'Shares could march in March toward records, it said in May it would.']),
  // A month's name before what a month's figure is of; not what a figure is compared with.
  ...forms(day('XXXX-11'), ["Yaochi's ⟦November⟧ deliveries set a record.", 'Its ⟦November⟧ revenue hit a record.']),
  { sentence: 'Deliveries were ⟦9.0%⟧ more than in October and down ⟦3.1%⟧ from September.', expect: [{ kind: 'percent', value: 9 }, { kind: 'percent', value: 3.1 }] },
  { sentence: '两年前公司还未上市，three years ago it was private; it took ⟦three years⟧.', expect: [{ kind: 'quantity', value: 3, unit: 'year' }] },
  { sentence: '项目将于⟦2025年⟧前完成，几年前也是。', expect: [{ kind: 'date', date: '2025' }], date: '2025-12-20' },
  // One numeral after a month that starts a word is no day: 一度 (once), 十分 (very).
  { sentence: '小米股价在⟦6月⟧一度冲高，⟦7月⟧十分火爆。', expect: [{ kind: 'date', date: '2025-06' }, { kind: 'date', date: '2025-07' }], date: '2025-11-20' },
  // A dash after a day joins two days; it is no minus sign (同比-5% still is one).
  { sentence: '展会于⟦12月15日⟧-⟦17日⟧举行。', expect: [day('2025-12-15'), day('2025-12-17')], date: '2025-12-01' },
  { sentence: 'The summit runs ⟦Dec. 15⟧-⟦17, 2025⟧ in Paris.', expect: [day('2025-12-15'), day('2025-12-17')], date: '2024-06-01' },
  { sentence: 'The fair runs ⟦March 3⟧–⟦5⟧ in Paris.', expect: [day('2025-03-03'), day('2025-03-05')], date: '2025-11-01' },
];

describe('dates: full, partial, relative and holidays', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
  it('gives both languages of one article the same date', () =>
    checkCase({
      sentence: '英伟达在 ⟦2025 年 12 月 15 日⟧发布新模型。On ⟦December 15, 2025⟧, Nvidia released them.',
      expect: [day('2025-12-15'), day('2025-12-15')],
    }));
});
