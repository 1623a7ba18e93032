import { describe, it } from 'vitest';
import { checkCase, forms, none, type Case } from './case-table.js';

const cases: Case[] = [
  ...forms({ kind: 'percent', value: 17, qualifier: 'exact' }, [
    '消息传出后，英伟达股价单日暴跌⟦17%⟧。',
    '消息传出后，英伟达股价单日暴跌⟦17％⟧。',
    '消息传出后，英伟达股价单日暴跌⟦百分之十七⟧。',
    'Shares of Nvidia fell ⟦17%⟧ in a single day.',
    'Shares of Nvidia fell ⟦17 percent⟧ in a single day.',
    'Shares of Nvidia fell ⟦17 per cent⟧ in a single day.',
    'Shares of Nvidia fell ⟦seventeen percent⟧ in a single day.',
  ]),
  ...forms({ kind: 'percent', value: 2.4 }, ['当季失业率为⟦百分之2.4⟧。', '当季失业率为⟦2.4%⟧。', 'The jobless rate was ⟦2.4%⟧ in the quarter.', '当季失业率为⟦百分之二点四⟧。']),
  ...forms({ kind: 'percent', value: 30 }, ['中国开源模型已贡献全球⟦三成⟧的使用量。', '中国开源模型已贡献全球⟦30%⟧的使用量。', 'Chinese open models now account for ⟦30 percent⟧ of global usage.']),
  ...forms({ kind: 'percent', value: 70, qualifier: 'atLeast' }, ['受访企业中⟦七成以上⟧计划增加投入。']),
  ...forms({ kind: 'percent', value: 100 / 3 }, [
    '开放模型占⟦三分之一⟧，比例还在上升。',
    'Open models accounted for ⟦one-third⟧ of the tokens.',
    'Open models accounted for ⟦a third⟧ of the tokens.',
    'Open models accounted for ⟦one third⟧ of the tokens.',
  ]),
  ...forms({ kind: 'percent', value: 200 / 3 }, ['双方合计拿下⟦三分之二⟧的份额。', 'The duopoly holds ⟦two-thirds⟧ of the market.', 'The duopoly holds ⟦two thirds⟧ of the market.']),
  ...forms({ kind: 'percent', value: 25 }, ['海外收入占⟦四分之一⟧。', 'Overseas sales make up ⟦a quarter⟧ of revenue.', 'Overseas sales make up ⟦one-quarter⟧ of revenue.', 'Overseas sales make up ⟦25%⟧ of revenue.']),
  ...forms({ kind: 'percent', value: 50 }, ['Just ⟦half⟧ of the staff left.', '公司裁掉了⟦二分之一⟧的员工。', '目前阿里巴巴有⟦一半⟧的收入来自AI业务。']),
  ...forms({ kind: 'percent', value: 50, qualifier: 'approx' }, ['阿里巴巴⟦近一半⟧的收入来自AI业务。', 'Alibaba earns ⟦nearly half⟧ of its revenue from AI.']),
  // `half` alone is a share as a cell of a table (| TSMC | half |), not in running text (the first half).
  ...forms({ kind: 'percent', value: 50 }, ['| Company | AI share of revenue |\n| --- | --- |\n| TSMC | ⟦half⟧ |']),
  ...none(['Results improved in the first half.', 'Sales fell by half.']),
  ...forms({ kind: 'percent', value: 50, qualifier: 'moreThan' }, ['⟦超过一半⟧的用户来自海外。']),
  ...none(['某一半导体厂商宣布扩产。', '这是统一半岛局势的关键。', '工程用了一年半才完成。']),
  ...forms({ kind: 'percent', value: 0.5 }, ['坏账率控制在⟦千分之五⟧。']),
  ...forms({ kind: 'percent', value: 0.25, unit: 'pp' }, ['The central bank raised rates by ⟦0.25 percentage points⟧ on Wednesday.', '央行将利率上调⟦0.25个百分点⟧。']),
  ...forms({ kind: 'percent', value: 2, unit: 'pp' }, ['毛利率同比提升⟦2个百分点⟧。', '毛利率同比提升⟦两个百分点⟧。', 'Gross margin improved by ⟦2 percentage points⟧.', 'Gross margin improved by ⟦two percentage points⟧.']),
  // Basis points are hundredths of a point: `19个基点` is `0.19个百分点`.
  ...forms({ kind: 'percent', value: 0.25, unit: 'pp' }, ['The Fed cut by ⟦25 basis points⟧.', '央行下调⟦25个基点⟧。']),
  ...forms({ kind: 'percent', value: 90, qualifier: 'moreThan', shareOf: 'Groq员工' }, ['这次协议让⟦超过90%⟧的Groq员工并入英伟达。']),
  ...forms({ kind: 'percent', value: 90, qualifier: 'moreThan', shareOf: 'staff' }, ['The deal moves ⟦more than 90%⟧ of staff to Nvidia.', 'The deal moves ⟦over 90%⟧ of its staff to Nvidia.']),
  // The share ends where the verb begins: 员工 (not 员工参), staff (not staff joined the).
  ...forms({ kind: 'percent', value: 90, qualifier: 'approx', shareOf: '员工' }, ['公司⟦约90%⟧的员工参与了这个项目。']),
  ...forms({ kind: 'percent', value: 90, qualifier: 'approx', shareOf: 'staff' }, ['⟦About 90%⟧ of staff joined the project.']),
  ...forms({ kind: 'percent', value: 40, qualifier: 'exact', shareOf: '参数' }, ['推理时只激活⟦40%⟧的参数。']),
  ...forms({ kind: 'percent', value: 120, qualifier: 'exact', shareOf: '性能' }, ['能发挥出⟦120%⟧的性能。']),
  ...forms({ kind: 'percent', value: 90, qualifier: 'exact', shareOf: '时间' }, ['他们⟦90%⟧的时间都在写代码。']),
  ...forms({ kind: 'percent', value: 90, qualifier: 'exact', shareOf: '闭源模型效果' }, ['就能实现⟦90%⟧的闭源模型效果时，他们还会付费吗？']),
  ...forms({ kind: 'percent', value: 90, shareOf: '员工' }, ['公司⟦90%⟧的员工在家办公。']),
  ...forms({ kind: 'percent', value: 38, qualifier: 'approx', shareOf: 'AI usage' }, ['Chinese models drove ⟦nearly 38%⟧ of global AI usage.']),
  ...forms({ kind: 'percent', value: 20, shareOf: 'revenue' }, ["Exports were ⟦20%⟧ of the company's revenue."]),
  ...forms({ kind: 'percent', value: 30, qualifier: 'approx' }, ['中国开源模型已贡献全球⟦近30%⟧的AI使用量。', 'Chinese models drive ⟦nearly 30%⟧ of AI usage.', 'Chinese models drive ⟦about 30%⟧ of AI usage.', '中国模型的占比为⟦30%左右⟧。', '中国模型的占比⟦约为30%⟧。']),
  ...forms({ kind: 'percent', value: 120 }, ['和我的硬件是天作之合，能发挥出⟦120%⟧的性能。']),
  ...forms({ kind: 'percent', value: -3.2 }, ['The index closed at ⟦-3.2%⟧ for the week.']),
  ...forms({ kind: 'percent', value: -5 }, ['Growth came in at ⟦minus five percent⟧ for the quarter.', 'Margins hit ⟦negative 5%⟧ last spring.']),
  ...forms({ kind: 'percent', value: 2 }, ['Revenue will be flat, plus or minus ⟦2%⟧.']),
  ...forms({ kind: 'percent', value: 0.5 }, ['Prices rose ⟦.5%⟧ on the year.', 'Prices rose ⟦0.5 percents⟧ on the year.', 'Prices rose ⟦0.5 percentage⟧ on the year.']),
  // A decimal numerator stays as written; 二三十 after 百分之 is a rough range.
  ...forms({ kind: 'percent', value: 55.579 }, ['⟦百分之五十五点五七九⟧的受访者表示支持。']),
  ...forms({ kind: 'percent', value: 0.44 }, ['坏账占⟦五百分之2.2⟧。']),
  ...forms({ kind: 'percent', min: 20, max: 30, qualifier: 'range' }, ['成本下降了⟦百分之二三十⟧。']),
  ...forms({ kind: 'percent', value: 1.5 }, ['利率下调了⟦百分之一 点五⟧。']),
  ...forms({ kind: 'percent', value: 4.5, unit: 'pp' }, ['毛利率提升了⟦四点 五个百分点⟧。']),
  // Typeset text may space out the characters of 百分之 and 个百分点.
  ...forms({ kind: 'percent', value: 2.4 }, ['增速回落至⟦百 分 之 2.4⟧。']),
  ...forms({ kind: 'percent', value: 6, unit: 'pp' }, ['毛利率下降了⟦六 个 百 分 点⟧。']),
  // 成 counts tenths: a digit or 半 after it the next place down; 十成 is all of it.
  ...forms({ kind: 'percent', value: 76 }, ['⟦七成六⟧的受访者使用过生成式AI。']),
  ...forms({ kind: 'percent', value: 100 }, ['他对这次发布有⟦十成⟧把握。', '他对这次发布有⟦１０ 成⟧把握。']),
  ...forms({ kind: 'percent', value: 65 }, ['新品首发打⟦六 点 五 折⟧。', '新品首发打⟦6.5 折⟧。']),
  ...none(['新品首发打九 九 折。']),
  // `one fifth` and `a fifth` alone are shares; `a fifth consecutive quarter` is an ordinal.
  ...forms({ kind: 'percent', value: 20 }, ['Shipments fell by ⟦a fifth⟧.', 'Shipments fell by ⟦one fifth⟧, the company said.']),
  ...none(['It was the fifth consecutive quarter of growth, a fifth straight gain.', 'Shares rose in a quarter.']),
  // Two or three quarters of time are no share: `the last two quarters`, `two quarters ago`, `three quarters in a row`.
  ...none(["Below is a comparison of Halden's last two quarters.", 'Two quarters ago, margins were thin.', 'Sales grew for three quarters in a row.']),
  // A share written as counts is one figure, not two numbers (and `3 users` is no count).
  ...forms({ kind: 'percent', value: 20 }, ['⟦One in five⟧ Americans use a chatbot at work.', '⟦1 in 5⟧ Americans use a chatbot at work.']),
  ...forms({ kind: 'percent', value: 100 / 3 }, ['⟦One in three⟧ users pays for the service.']),
  ...forms({ kind: 'percent', value: 90 }, ['⟦Nine out of ten⟧ analysts rate the stock a buy.']),
  ...forms({ kind: 'percent', value: 75, qualifier: 'approx' }, ['⟦About 3 out of 4⟧ firms plan to spend more.']),
  { sentence: 'Output rose ⟦5⟧ in ⟦10 years⟧.', expect: [{ kind: 'number', value: 5 }, { kind: 'quantity', value: 10, unit: 'year' }] },
  ...forms({ kind: 'percent', value: 20 }, ['⟦每5名员工中就有1名⟧使用生成式AI。', '⟦每五个人中有一人⟧使用生成式AI。']),
  ...forms({ kind: 'percent', value: 90 }, ['⟦十个分析师中有九个⟧看好这只股票。']),
  ...forms({ kind: 'percent', value: 30, qualifier: 'approx' }, ['⟦每10家企业里约有3家⟧计划出海。']),
  { sentence: '⟦2025年⟧中有⟦3个⟧项目落地。', expect: [{ kind: 'date', date: '2025' }, { kind: 'count', value: 3 }] },
];

describe('percentages, fractions and percentage points', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
  it('reads two percentages in one clause', () =>
    checkCase({ sentence: '就能实现⟦80%⟧甚至⟦90%⟧的闭源模型效果。', expect: [{ kind: 'percent', value: 80 }, { kind: 'percent', value: 90 }] }));
});
