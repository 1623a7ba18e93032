import { describe, it } from 'vitest';
import { checkCase, forms, type Case } from './case-table.js';

const cases: Case[] = [
  ...forms({ kind: 'money', value: 2e9, currency: 'USD', qualifier: 'exact' }, [
    '⟦20亿美金⟧，黄仁勋把筹码推到了马斯克面前。',
    '英伟达向xAI投资⟦20亿美元⟧。',
    '英伟达向xAI投资⟦二十亿美元⟧。',
    'Nvidia is investing ⟦$2 billion⟧ in xAI.',
    'Nvidia is investing ⟦$2bn⟧ in xAI.',
    'Nvidia is investing ⟦US$2 billion⟧ in xAI.',
    'Nvidia is investing ⟦USD 2 billion⟧ in xAI.',
    'Nvidia is investing ⟦2 billion US dollars⟧ in xAI.',
    'Nvidia is investing ⟦$2B⟧ in xAI.',
    'Nvidia is investing ⟦2 billion dollars⟧ in xAI.',
    'Nvidia is investing ⟦two billion dollars⟧ in xAI.',
    'Nvidia is investing ⟦$2,000,000,000⟧ in xAI.',
    '輝達向xAI投資⟦20億美元⟧。',
  ]),
  ...forms({ kind: 'money', value: 2e10, currency: 'USD', qualifier: 'approx' }, [
    '英伟达以⟦约200亿美元⟧的价格与Groq达成合作。',
    'Nvidia agreed to pay ⟦about $20 billion⟧ for the licence.',
    'Nvidia agreed to pay ⟦roughly $20bn⟧ for the licence.',
    'Nvidia agreed to pay ⟦around US$20 billion⟧ for the licence.',
    '英伟达以⟦大约200亿美元⟧的价格与Groq达成合作。',
  ]),
  ...forms({ kind: 'money', value: 5000, currency: 'CNY' }, ['每位员工获得⟦人民币5000元⟧奖励。', '每位员工获得⟦5000元人民币⟧奖励。', '每位员工获得⟦5000元⟧奖励。', '每位员工获得⟦RMB 5000⟧奖励。', '每位员工获得⟦¥5000⟧奖励。', '每位员工获得⟦五千元⟧奖励。', '每位员工获得⟦5000块⟧奖励。', 'Each worker received ⟦5,000 yuan⟧ as a bonus.', '每位员工获得⟦CNY 5,000⟧奖励。']),
  ...forms({ kind: 'money', value: 3e6, currency: 'EUR' }, ['The start-up raised ⟦€3m⟧ in seed funding.', 'The start-up raised ⟦€3 million⟧ in seed funding.', 'The start-up raised ⟦3 million euros⟧ in seed funding.', '这家初创公司获得⟦300万欧元⟧种子轮融资。', 'The start-up raised ⟦EUR 3 million⟧ in seed funding.']),
  ...forms({ kind: 'money', value: 1.2e9, currency: 'USD' }, ['The company posted revenue of ⟦US$1.2bn⟧ for the year.', '公司全年收入为⟦12亿美元⟧。', '公司全年收入为⟦十二亿美元⟧。']),
  ...forms({ kind: 'money', value: 5e6, currency: 'USD' }, ['人均实现⟦500万美元⟧资产兑现。', 'Each employee will cash out ⟦$5 million⟧ in equity.', 'Each employee will cash out ⟦5 million USD⟧ in equity.']),
  ...forms({ kind: 'money', value: 8e8, currency: 'GBP' }, ['The club was sold for ⟦£800m⟧.', 'The club was sold for ⟦£800 million⟧.', '这家俱乐部以⟦8亿英镑⟧出售。', 'The club was sold for ⟦800 million pounds⟧.']),
  ...forms({ kind: 'money', value: 1e10, currency: 'JPY' }, ['投资额为⟦100亿日元⟧。', 'The plant costs ⟦10 billion yen⟧.']),
  ...forms({ kind: 'money', value: 3.5e9, currency: 'HKD' }, ['公司在香港募资⟦35亿港元⟧。', '公司在香港募资⟦35億港幣⟧。', 'The group raised ⟦HK$3.5 billion⟧ in Hong Kong.']),
  ...forms({ kind: 'money', value: 3e12, currency: 'TWD' }, ['台積電市值達⟦新台幣3兆元⟧。', 'TSMC is worth ⟦NT$3 trillion⟧.']),
  ...forms({ kind: 'money', value: 4.5e8, currency: 'AUD' }, ['The miner spent ⟦A$450 million⟧ on the mine.', '矿业公司投入⟦4.5亿澳元⟧。']),
  ...forms({ kind: 'money', value: 7e11, currency: 'USD' }, ['股价跌掉⟦7000亿美金⟧。', 'The stock lost ⟦$700 billion⟧ of value.']),
  ...forms({ kind: 'money', value: 1e10, currency: 'USD' }, ['双方确定了⟦百亿美元⟧算力交易。']),
  ...forms({ kind: 'money', value: 5.5, currency: 'CNY' }, ['一杯豆浆卖⟦五块五⟧。', '一杯豆浆卖⟦5.5元⟧。', '一杯豆浆卖⟦五元五角⟧。']),
];

describe('money with ISO 4217 currencies', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
