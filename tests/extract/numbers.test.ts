import { describe, it } from 'vitest';
import { checkCase, forms, type Case } from './case-table.js';

const zh: Case[] = [
  ...forms({ kind: 'count', value: 3e10, unit: 'parameter' }, [
    '英伟达发布的新模型拥有⟦300亿参数⟧。',
    '英伟达发布的新模型拥有⟦300 亿参数⟧。',
    '英伟达发布的新模型拥有⟦三百亿个参数⟧。',
    '新模型拥有⟦三百亿参数⟧，性能超过前代。',
    '這款模型擁有⟦300億參數⟧。',
  ]),
  ...forms({ kind: 'number', value: 5e17 }, ['The cluster delivers ⟦500 quadrillion⟧ operations per second.']),
  ...forms({ kind: 'number', value: 1.5e12 }, ['全年社会融资规模增量为⟦一万五千亿⟧，创下新高。', '全年融资规模达⟦15,000亿⟧，创下新高。']),
  ...forms({ kind: 'number', value: 1.2e12 }, ['这一市场的规模将达到⟦1.2万亿⟧。', '这一市场的规模将达到⟦一点二万亿⟧。', '這一市場的規模將達到⟦1.2萬億⟧。']),
  ...forms({ kind: 'number', value: 3e11 }, ['当年的交易额录得⟦3,000亿⟧大关。', '当年交易额录得⟦三千亿⟧，同比大增。']),
  ...forms({ kind: 'number', value: 256000 }, ['该地区的登记数为⟦25万6千⟧，比上年略增。', '该地区的登记数为⟦二十五万六千⟧，比上年略增。', '该地区的登记数为⟦256,000⟧，比上年略增。']),
  ...forms({ kind: 'number', value: 34000 }, ['展会吸引观众⟦3万4000⟧，远超预期。', '展会吸引观众⟦三万四千⟧，远超预期。']),
  ...forms({ kind: 'number', value: 110090000000 }, ['公司的总资产为⟦1,100.9亿⟧。']),
  ...forms({ kind: 'number', value: 2e13 }, ['数字经济规模达⟦二十万亿⟧，占比持续提升。', '数字经济规模达⟦20万亿⟧，占比持续提升。']),
  ...forms({ kind: 'number', value: 2000 }, ['这笔资金可以支撑⟦两千⟧家庭一年的开销。', '现场观众有⟦兩千⟧。']),
  ...forms({ kind: 'number', value: 2500 }, ['当天的票房收入为⟦两千五⟧。']),
  ...forms({ kind: 'number', value: 0.5 }, ['该指标当月下降⟦零点五⟧。', '该指标当月下降⟦0.5⟧。']),
  ...forms({ kind: 'number', value: 450 }, ['新增的岗位数量为⟦四百五十⟧\n下一段继续。', '新增的岗位数量为⟦450⟧\n下一段继续。']),
  ...forms({ kind: 'number', value: 23000 }, ['新增岗位⟦2.3万⟧。后续还会增加。', '新增岗位⟦2.3万⟧']),
  ...forms({ kind: 'number', value: 12 }, ['评审委员会共有⟦十二⟧参与投票。']),
  ...forms({ kind: 'number', value: 420 }, ['当日新增订单⟦４２０⟧，环比持平。']),
  ...forms({ kind: 'number', value: 120 }, ['本次捐款总计⟦壹佰贰拾⟧，已入账。']),
  ...forms({ kind: 'number', value: 3.3e9 }, ['去年的营收为⟦參拾參億⟧，今年有望增长。']),
  ...forms({ kind: 'number', value: 1.2e8 }, ['该项目累计投资⟦一亿二千万⟧，已全部到位。']),
  ...forms({ kind: 'number', value: 1005 }, ['活动共收到作品⟦一千零五⟧，创历年新高。']),
  ...forms({ kind: 'number', value: 15000 }, ['这台设备卖⟦一万五⟧，不含税。']),
  ...forms({ kind: 'number', value: 123456 }, ['截至目前累计报名⟦十二万三千四百五十六⟧。']),
  ...forms({ kind: 'number', value: 3.5e8 }, ['预计总投入为⟦三点五亿⟧。']),
  // Decimals after a shortened place (两千三 = 2300) count from the units, and may follow 万 or 亿.
  ...forms({ kind: 'number', value: 2300.1 }, ['该指数收于⟦两千三点一⟧，较前日微涨。']),
  ...forms({ kind: 'money', value: 1600.5, currency: 'CNY' }, ['这台手机的售价为⟦一千六点五元⟧。']),
  ...forms({ kind: 'number', value: 20000000.5544 }, ['账面余额为⟦两千万点五五四四⟧。']),
  ...forms({ kind: 'number', value: 40000000000.05 }, ['这笔资产估值⟦四百亿点零五⟧。']),
  // Typeset text may put a space around the point and after 余.
  ...forms({ kind: 'number', value: 400.5 }, ['该指标本月为⟦四百 点 五⟧，略有回升。']),
  ...forms({ kind: 'number', value: 100000, qualifier: 'moreThan' }, ['现场观众达⟦十 余 万⟧。']),
  ...forms({ kind: 'number', value: 1e10 }, ['该常数为⟦1e10⟧。', 'The run took ⟦1e10⟧ steps.', 'The run took ⟦1E10⟧ steps.']),
  ...forms({ kind: 'number', value: 0.0003 }, ['The model used a learning rate of ⟦3e-4⟧ throughout.', '学习率设为⟦３e－４⟧。']),
];

const en: Case[] = [
  ...forms({ kind: 'count', value: 3e10, unit: 'parameter' }, [
    'The smallest model has ⟦30B parameters⟧ and runs on a laptop.',
    'The smallest model has ⟦30 billion parameters⟧ and runs on a laptop.',
    'The smallest model has ⟦30bn parameters⟧ and runs on a laptop.',
    'The smallest model has ⟦thirty billion parameters⟧ and runs on a laptop.',
  ]),
  ...forms({ kind: 'number', value: 4.2e10 }, ['Its market value rose by ⟦42bn⟧ in a single session.', 'Its market value rose by ⟦42 billion⟧ in a single session.']),
  ...forms({ kind: 'number', value: 1.5e12 }, ['The sector is worth ⟦1.5 trillion⟧ by most estimates.', 'The sector is worth ⟦1.5tn⟧ by most estimates.']),
  ...forms({ kind: 'number', value: 350000 }, ['The agency processed ⟦350,000⟧ last quarter.', 'The agency counted ⟦350 thousand⟧ in total.']),
  ...forms({ kind: 'number', value: 12800 }, ['The repository has ⟦12.8K⟧ on GitHub.', 'The repository reached ⟦12.8k⟧ on GitHub.']),
  ...forms({ kind: 'number', value: 500000 }, ['The city expects ⟦half a million⟧ this summer.', 'The city expects ⟦500,000⟧ this summer.', 'The city expects ⟦five hundred thousand⟧ this summer.']),
  ...forms({ kind: 'number', value: 24 }, ['The lab employs ⟦two dozen⟧.', 'The lab has ⟦twenty-four⟧.']),
  ...forms({ kind: 'number', value: 120 }, ['The board approved ⟦one hundred and twenty⟧.', 'The board approved ⟦a hundred and twenty⟧.', 'The board approved ⟦120⟧.']),
  ...forms({ kind: 'number', value: 1e6 }, ['The campaign raised ⟦a million⟧ in a week.', 'The campaign raised ⟦one million⟧ in a week.', 'The campaign raised ⟦1,000,000⟧ in a week.', 'The campaign raised ⟦1M⟧ in a week.']),
  ...forms({ kind: 'number', value: 3.5 }, ['The index fell ⟦3.5⟧ on Friday.']),
  ...forms({ kind: 'number', value: 1999 }, ['The court fined the firm ⟦one thousand nine hundred and ninety-nine⟧.']),
  ...forms({ kind: 'number', value: 200.03 }, ['The index closed at ⟦two hundred point zero three⟧ on Friday.']),
  ...forms({ kind: 'count', value: 1.5e9, unit: 'user' }, ['The app reached ⟦one point five billion users⟧ last spring.']),
  ...forms({ kind: 'number', value: 0.08 }, ['The coefficient fell to ⟦.08⟧ last year.']),
  ...forms({ kind: 'number', value: -12 }, ['The balance stood at ⟦minus 12⟧ by the close.', 'The balance stood at ⟦negative twelve⟧ by the close.']),
  // A dozen multiplies only what follows the hundreds; a mixed number may end in any fraction.
  ...forms({ kind: 'number', value: 324 }, ['The shop sold ⟦three hundred and two dozen⟧ on Monday.']),
  ...forms({ kind: 'number', value: 5.25e6 }, ['The city expects ⟦five and a quarter million⟧ this summer.']),
];

describe('numbers: Chinese, mixed and traditional forms', () => {
  it.each(zh.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});

describe('numbers: English digits, suffixes and words', () => {
  it.each(en.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
