import { describe, it } from 'vitest';
import { checkCase, forms, type Case } from './case-table.js';

const cases: Case[] = [
  ...forms({ kind: 'money', value: 2e10, qualifier: 'approx' }, ['交易金额⟦约200亿美元⟧。', '交易金额⟦大约200亿美元⟧。', '交易金额⟦近200亿美元⟧。', '交易金额⟦将近200亿美元⟧。', '交易金额⟦200亿美元左右⟧。', 'The deal is worth ⟦about $20 billion⟧.', 'The deal is worth ⟦around $20 billion⟧.', 'The deal is worth ⟦roughly $20 billion⟧.', 'The deal is worth ⟦nearly $20 billion⟧.', 'The deal is worth ⟦some $20 billion⟧.', 'The deal is worth ⟦approximately $20 billion⟧.']),
  ...forms({ kind: 'count', value: 1000, unit: 'employee', qualifier: 'moreThan' }, ['公司裁减了⟦超过1000名员工⟧。', '公司裁减了⟦逾1000名员工⟧。', '公司裁减了⟦1000多名员工⟧。', 'The company cut ⟦more than 1,000 employees⟧.', 'The company cut ⟦over 1,000 employees⟧.', '公司裁减了⟦一千多名员工⟧。']),
  ...forms({ kind: 'money', value: 5.2e9, currency: 'CNY', qualifier: 'moreThan' }, ['The company expects revenue to ⟦exceed 5.2 billion yuan⟧.', 'Revenue ⟦surpassed 5.2 billion yuan⟧ for the first time.', 'Revenue ⟦topped 5.2 billion yuan⟧.']),
  ...forms({ kind: 'count', value: 1000, unit: 'employee', qualifier: 'atLeast' }, ['公司裁减了⟦至少1000名员工⟧。', 'The company cut ⟦at least 1,000 employees⟧.', '公司裁减了⟦1000名员工以上⟧。']),
  ...forms({ kind: 'count', value: 1000, unit: 'employee', qualifier: 'lessThan' }, ['公司裁减了⟦不到1000名员工⟧。', '公司裁减了⟦不足1000名员工⟧。', 'The company cut ⟦fewer than 1,000 employees⟧.', 'The company cut ⟦less than 1,000 employees⟧.', 'The company cut ⟦under 1,000 employees⟧.']),
  ...forms({ kind: 'money', value: 1.65e9, currency: 'USD', qualifier: 'atMost' }, ['交易总额⟦最高可达16.5亿美元⟧。', '交易总额⟦最高达16.5亿美元⟧。']),
  ...forms({ kind: 'count', value: 1000, unit: 'employee', qualifier: 'atMost' }, ['公司将裁减⟦多达1000名员工⟧。', '公司将裁减⟦最多1000名员工⟧。', 'The company will cut ⟦up to 1,000 employees⟧.', 'The company will cut ⟦as many as 1,000 employees⟧.']),
  ...forms({ kind: 'quantity', min: 3, max: 5, unit: 'year', qualifier: 'range', value: null }, ['项目周期为⟦3-5年⟧。', '项目周期为⟦3至5年⟧。', '项目周期为⟦3–5年⟧。', '项目周期为⟦三到五年⟧。', 'The project will take ⟦3-5 years⟧.', 'The project will take ⟦between 3 and 5 years⟧.', 'The project will take ⟦3 to 5 years⟧.', 'The project will take ⟦three to five years⟧.', '项目周期为⟦3~5年⟧。']),
  ...forms({ kind: 'money', min: 2e10, max: 3e10, currency: 'USD', qualifier: 'range', value: null }, ['估值在⟦200-300亿美元⟧之间。', '估值在⟦200亿至300亿美元⟧之间。', 'The valuation is ⟦$20bn-$30bn⟧.', 'The valuation is ⟦between $20 billion and $30 billion⟧.']),
  ...forms({ kind: 'percent', min: 3, max: 5, qualifier: 'range', value: null }, ['增速将放缓至⟦3%-5%⟧。', '增速将放缓至⟦3-5%⟧。', 'Growth will slow to ⟦3%–5%⟧.', 'Growth will slow to ⟦between 3% and 5%⟧.']),
  ...forms({ kind: 'number', min: 3e8, max: 5e8, qualifier: 'range', value: null }, ['项目总投入⟦3至5亿⟧。']),
  // Tenths close the range, and its bare start counts tenths too.
  ...forms({ kind: 'percent', min: 30, max: 40, qualifier: 'range', value: null }, ['海外收入占比将达到⟦三至四成⟧。', '海外收入占比将达到⟦三到四成⟧。']),
  ...forms({ kind: 'money', min: 2e9, max: 9e9, currency: 'USD', qualifier: 'range', value: null }, ['OpenAI每年要在算力上花费⟦数十亿美元⟧。', ]),
  ...forms({ kind: 'money', min: 2e9, max: 999999999999, currency: 'USD', qualifier: 'range', value: null }, ['OpenAI spends ⟦billions of dollars⟧ on compute every year.']),
  ...forms({ kind: 'number', min: 1e6, max: 9e6, qualifier: 'range', value: null }, ['这款应用的下载量已⟦上百万⟧。']),
  ...forms({ kind: 'count', min: 24, max: 99, unit: 'gpu', qualifier: 'range', value: null }, ['The lab bought ⟦dozens of GPUs⟧ last year.']),
  ...forms({ kind: 'count', min: 200, max: 999, unit: 'employee', qualifier: 'range', value: null }, ['The company laid off ⟦hundreds of employees⟧.']),
  ...forms({ kind: 'ratio', min: 20, max: 90, qualifier: 'range', value: null }, ['现在赊出去的芯片，未来会变成⟦几十倍⟧的回报。']),
  ...forms({ kind: 'money', min: 2e8, max: 9e8, currency: 'USD', qualifier: 'range', value: null }, ['每训练一次大模型，就要烧掉⟦数亿美金⟧的GPU。']),
  ...forms({ kind: 'number', value: 100, qualifier: 'moreThan' }, ['The lab hired ⟦100-plus⟧ last year.', 'The lab hired ⟦100+⟧ last year.']),
  ...forms({ kind: 'number', value: 1000, qualifier: 'approx' }, ['The start-up signed ⟦1,000-odd⟧ last year.']),
  // The currency opens the range and the scale closes it.
  ...forms({ kind: 'money', min: 2e9, max: 3e9, currency: 'USD', qualifier: 'range', value: null }, ['The deal is worth ⟦$2-3 billion⟧, people said.', 'The deal is worth ⟦$2–3 billion⟧, people said.']),
  ...forms({ kind: 'money', min: 1e9, max: 2e9, currency: 'EUR', qualifier: 'range', value: null }, ['The plant will cost ⟦€1-2 billion⟧.']),
  // After `by`, two close amounts are a range; a far larger second one is the new level after the change.
  ...forms({ kind: 'money', min: 1e9, max: 2e9, currency: 'USD', qualifier: 'range', value: null }, ['The group will cut costs by ⟦$1 billion to $2 billion⟧.']),
  // A bare number before a scaled last item shares its scale only across separators: `46 stores` counts stores.
  { sentence: 'It has ⟦46⟧ stores and ⟦$1.5 billion⟧.', expect: [{ kind: 'number', value: 46 }, { kind: 'money', value: 1.5e9, currency: 'USD' }] },
  { sentence: 'Revenue rose by ⟦$2.1 billion⟧ to ⟦$15.9 billion⟧.', expect: [{ kind: 'money', value: 2.1e9, currency: 'USD', qualifier: 'exact' }, { kind: 'money', value: 1.59e10, currency: 'USD' }] },
  // A dash before a figure qualified on its own opens an aside: no range.
  {
    sentence: 'Gross proceeds came to ⟦1.862 billion yuan⟧ — ⟦nearly 1.9 billion yuan⟧.',
    expect: [{ kind: 'money', value: 1.862e9, currency: 'CNY', qualifier: 'exact' }, { kind: 'money', value: 1.9e9, currency: 'CNY', qualifier: 'approx' }],
  },
  // `to` joins a plain number written with separators and a close end.
  ...forms({ kind: 'number', min: 83000, max: 86000, qualifier: 'range', value: null }, ['The quarter beat its guidance for ⟦83,000 to 86,000⟧ deliveries.']),
  // Without a word of change before them, `to` joins two figures of one kind, or a scaled number and the amount that names its unit.
  ...forms({ kind: 'money', min: 1.2e10, max: 1.24e10, currency: 'CNY', qualifier: 'range', value: null }, ['The company had guided for revenue of ⟦12.0 billion to 12.4 billion yuan⟧.']),
  ...forms({ kind: 'money', min: 3.8e10, max: 4e10, currency: 'USD', qualifier: 'range', value: null }, ['Yaochen kept its capital expenditure target for this year at ⟦US$38 billion to US$40 billion⟧.']),
  ...forms({ kind: 'percent', min: 20, max: 25, qualifier: 'range', value: null }, ['The group expects operating margins of ⟦20% to 25%⟧ next year.']),
  // A range revised from another: the second follows `from` and is a range too.
  {
    sentence: 'Qinghe raised its forecast for full-year net profit growth to ⟦22% to 26%⟧, from ⟦15% to 20%⟧ previously.',
    expect: [
      { kind: 'percent', min: 22, max: 26, qualifier: 'range', value: null },
      { kind: 'percent', min: 15, max: 20, qualifier: 'range', value: null },
    ],
  },
  // After a word of change, the first figure is the change and the second the new level.
  { sentence: 'Revenue rose ⟦1.2 billion yuan⟧ to ⟦2.1 billion yuan⟧.', expect: [{ kind: 'money', value: 1.2e9, currency: 'CNY' }, { kind: 'money', value: 2.1e9, currency: 'CNY' }] },
  { sentence: 'The gross margin was up ⟦3%⟧ to ⟦25%⟧.', expect: [{ kind: 'percent', value: 3 }, { kind: 'percent', value: 25 }] },
  { sentence: 'Its share grew from ⟦15%⟧ to ⟦20%⟧.', expect: [{ kind: 'percent', value: 15 }, { kind: 'percent', value: 20 }] },
  // After a Chinese verb of change, `至` joins the change and a level more than twice it into no range; a range of growth stays one.
  { sentence: '其市场份额增长⟦2.1%⟧至⟦18.4%⟧。', expect: [{ kind: 'percent', value: 2.1 }, { kind: 'percent', value: 18.4 }] },
  ...forms({ kind: 'percent', min: 30, max: 50, qualifier: 'range', value: null }, ['公司预计全年净利润增长⟦30%至50%⟧。']),
  // A word right after a figure says what it counts: the next figure's currency is not its own.
  { sentence: 'Xinheng sold ⟦68 million⟧ new shares, raising ⟦186 million yuan⟧.', expect: [{ kind: 'number', value: 6.8e7 }, { kind: 'money', value: 1.86e8, currency: 'CNY' }] },
];

describe('qualifiers and ranges', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
