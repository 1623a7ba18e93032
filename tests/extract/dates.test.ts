import { describe, it } from 'vitest';
import { checkCase, forms, type Case } from './case-table.js';

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
  ...forms({ kind: 'date', date: '2025' }, ['⟦2025年⟧，英伟达发布了新模型。', 'Open models carried most of the tokens sent in ⟦2025⟧.', 'Revenue has doubled since ⟦2025⟧.', '⟦二〇二五年⟧，英伟达发布了新模型。']),
  ...forms(day('2026-01-06'), ['⟦1月6日⟧，拉斯维加斯CES 2026舞台上，黄仁勋登场。', 'On ⟦Jan. 6⟧, at CES 2026, Jensen Huang took the stage.']),
  ...forms(day('2025-12-24'), ['⟦2025年平安夜⟧，英伟达宣布与Groq合作。', 'On ⟦Christmas Eve 2025⟧, Nvidia struck a deal with Groq.']),
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
  // All-digit dates with the year last: slash or dash month first, dot day first, unless that part cannot be a month.
  ...forms(day('2016-04-21'), ['The court ruled on ⟦21-04-2016⟧.', 'The court ruled on ⟦21/04/16⟧.', 'The court ruled on ⟦04/21/2016⟧.']),
  ...forms(day('2015-05-13'), ['Die Fusion wurde am ⟦13.5.2015⟧ bekanntgegeben.', 'The merger closed on ⟦5-13-15⟧.']),
  ...forms(day('2017-03-07'), ['The plant reopened on ⟦3-7-2017⟧.', 'Das Werk öffnete am ⟦7.3.2017⟧ wieder.']),
  ...forms(day('1989-05-05'), ['The company was founded on ⟦05/05/89⟧.']),
  ...forms(day('2015-08-12'), ['The filing is dated ⟦08/12,2015⟧.']),
  { sentence: 'The app reached version 1.2.13 in beta.', expect: [] },
  { sentence: 'Nvidia won the series ⟦3⟧-⟦1⟧ on points.', expect: [{ kind: 'number', value: 3 }, { kind: 'number', value: 1 }] },
  { sentence: 'Call 010-1234-5678 for details.', expect: [] },
];

describe('dates: full, partial, relative and holidays', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
  it('gives both languages of one article the same date', () =>
    checkCase({
      sentence: '英伟达在 ⟦2025 年 12 月 15 日⟧发布新模型。On ⟦December 15, 2025⟧, Nvidia released them.',
      expect: [day('2025-12-15'), day('2025-12-15')],
    }));
});
