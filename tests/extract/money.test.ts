import { describe, it } from 'vitest';
import { checkCase, forms, none, type Case } from './case-table.js';

const cases: Case[] = [
  // A currency's Chinese name runs into the round it names; 块 before a Latin word is a measure word.
  ...forms({ kind: 'money', value: 6e8, currency: 'USD' }, ['深衡智能宣布完成⟦6亿美元⟧B轮融资。', 'Shenheng closed a ⟦$600 million⟧ Series B round.']),
  ...forms({ kind: 'money', value: 5e5, currency: 'CNY' }, ['公司获得⟦50万元⟧A轮投资。']),
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
  // A dividend for ten shares is read per share.
  ...forms({ kind: 'money', value: 0.286, currency: 'CNY' }, ['公司每股派发现金红利⟦0.286元⟧。']),
  { sentence: '公司拟向全体股东每⟦10股⟧派发现金红利⟦2.86元⟧（含税）。', expect: [{ kind: 'count', value: 10 }, { kind: 'money', value: 0.286, currency: 'CNY' }] },
  { sentence: 'The bank will pay ⟦2.86 yuan⟧ per ⟦10 shares⟧.', expect: [{ kind: 'money', value: 0.286, currency: 'CNY' }, { kind: 'count', value: 10 }] },
  // A bare 元 in traditional characters is the dollar of the place the article names; in simplified ones, the renminbi.
  { sentence: '聯穎微電子表示，台灣廠區⟦11月⟧營收達⟦38.62億元⟧，為單月新高，經營表現亮眼。', expect: [{ kind: 'date' }, { kind: 'money', value: 3.862e9, currency: 'TWD' }] },
  ...forms({ kind: 'money', value: 0.42, currency: 'HKD' }, ['港峰集團表示，中期股息為每股⟦0.42元⟧，香港業務營收增長，經營穩健。']),
  ...forms({ kind: 'money', value: 1.2e10, currency: 'CNY' }, ['比亚迪在香港发布公告，营收为⟦120亿元⟧，这是新高。']),
  // `（人民幣，下同）`: the article says its yuan is the renminbi.
  ...forms({ kind: 'money', value: 1.95e11, currency: 'CNY' }, ['比亞迪表示，營業額按年增長至⟦1,950億元⟧（人民幣，下同），香港業務穩健，經營表現良好。']),
  { sentence: '聯穎微電子表示，⟦11月⟧營收達⟦人民幣120億元⟧，為單月新高。', expect: [{ kind: 'date' }, { kind: 'money', value: 1.2e10, currency: 'CNY' }] },
];

/** A sign after the amount, as much of Europe writes it; never at the cost of `$30`, `€3m`. */
const signAfter: Case[] = [
  ...forms({ kind: 'money', value: 500, currency: 'EUR' }, ['Der Zuschuss beträgt ⟦500 €⟧ pro Monat.', 'The ticket costs ⟦500€⟧ at the door.', 'Fans paid ⟦500 euros⟧ each.', 'Fans paid ⟦500 EUROS⟧ each.']),
  ...forms({ kind: 'money', value: 2e6, currency: 'EUR' }, ['Le club a payé ⟦2 million €⟧.']),
  { sentence: 'Banknotes: ⟦5 €⟧, ⟦10 €⟧ and ⟦500 €⟧.', expect: [{ value: 5, currency: 'EUR' }, { value: 10, currency: 'EUR' }, { value: 500, currency: 'EUR' }] },
  { sentence: 'A taxi in Tbilisi costs ⟦100₾⟧, a dinner ⟦100 ₡⟧ in San José and ⟦100,000 ₭⟧ in Vientiane.', expect: [{ value: 100, currency: 'GEL' }, { value: 100, currency: 'CRC' }, { value: 1e5, currency: 'LAK' }] },
  { sentence: 'Lagos fuel rose to ⟦₦500⟧ a litre, or ⟦617 ₦⟧ in the north.', expect: [{ value: 500, currency: 'NGN' }, { value: 617, currency: 'NGN' }] },
  { sentence: 'The fee is ⟦10 $⟧ per user.', expect: [{ value: 10, currency: 'USD' }] },
  // A sign between two numbers goes with the one after it, as a prefix always has.
  { sentence: 'Tier 10 costs ⟦$ 30⟧ a month.', expect: [{ value: 30, currency: 'USD' }] },
  // A year then a spaced sign opens the next words; a formula is not a price.
  { sentence: 'In ⟦2024⟧ € bonds rallied.', expect: [{ kind: 'date' }] },
  { sentence: 'Let $k=⟦10⟧$ in the model.', expect: [{ kind: 'number', value: 10 }] },
  // European decimals are not read as one number; their cents never become an amount of their own.
  { sentence: 'Der Preis liegt bei ⟦1.299⟧,00 €.', expect: [{ kind: 'number', value: 1.299 }] },
];

/** English currency names in any letter case, after a hyphen, and more of them. */
const names: Case[] = [
  ...forms({ kind: 'money', value: 1.25e8, currency: 'AUD' }, ['The bank sold ⟦125 million australian dollars⟧ of bonds.', 'The bank sold ⟦125 million Australian dollars⟧ of bonds.', 'The bank sold ⟦A$125 million⟧ of bonds.']),
  ...forms({ kind: 'money', value: 1e4, currency: 'CHF' }, ['He was fined ⟦10,000 Swiss francs⟧ by UEFA.', 'He was fined ⟦10,000 swiss francs⟧ by UEFA.', '他被欧足联罚款⟦1万瑞郎⟧。']),
  // Currencies the euro replaced, as an archive's older articles state them.
  ...forms({ kind: 'money', value: 4.2e8, currency: 'FIM' }, ['Nokia agreed to buy the cable maker for ⟦420 million Finnish markka⟧.', 'Nokia agreed to buy the cable maker for ⟦420 million markkaa⟧.']),
  ...forms({ kind: 'money', value: 6.65e9, currency: 'ESP' }, ['The rights issue was valued at ⟦6.65 billion pesetas⟧.']),
  ...forms({ kind: 'money', value: 2.5e8, currency: 'NLG' }, ['The bank priced ⟦250 million Dutch guilders⟧ of bonds.', 'The bank priced ⟦250 million guilders⟧ of bonds.']),
  ...forms({ kind: 'money', value: 3e9, currency: 'DEM' }, ['The plant cost ⟦3 billion Deutsche marks⟧.']),
  ...forms({ kind: 'money', value: 5e6, currency: 'FRF' }, ['The fine was ⟦5 million French francs⟧.']),
  { sentence: 'The essay lost ⟦3⟧ marks.', expect: [{ kind: 'number', value: 3 }] },
  { sentence: 'It costs you ⟦10 US dollar⟧ and me ⟦100 Chinese yuan⟧.', expect: [{ value: 10, currency: 'USD' }, { value: 100, currency: 'CNY' }] },
  { sentence: 'The naira weakened past ⟦1,500 naira⟧ to the dollar, or ⟦445奈拉⟧ in ⟦2020⟧.', expect: [{ value: 1500, currency: 'NGN' }, { value: 445, currency: 'NGN' }, { kind: 'date' }] },
  { sentence: 'Remittances reached ⟦2 billion Mexican pesos⟧ and ⟦3.5 billion Philippine pesos⟧.', expect: [{ value: 2e9, currency: 'MXN' }, { value: 3.5e9, currency: 'PHP' }] },
  { sentence: 'Gazprom paid ⟦5 billion roubles⟧ and ⟦40 million rupees⟧.', expect: [{ value: 5e9, currency: 'RUB' }, { value: 4e7, currency: 'INR' }] },
  { sentence: 'Fujitsu withdrew its controversial ⟦one-yen⟧ bid.', expect: [{ value: 1, currency: 'JPY' }] },
  { sentence: 'He kept a ⟦10-dollar⟧ bill in his wallet.', expect: [{ value: 10, currency: 'USD' }] },
  // A bare `pesos` says too little; the euro zone is not euros; the Euros are a tournament.
  { sentence: 'Ticket touts asked ⟦500⟧ pesos a seat.', expect: [{ kind: 'number', value: 500 }] },
  { sentence: 'Croatia became one of ⟦20⟧ euro zone members.', expect: [{ kind: 'number', value: 20 }] },
  ...none(['England reached the 2024 Euros final.', 'The Bucks beat the Knicks.']),
  { sentence: 'The chain plans ⟦500⟧ Dollar General stores.', expect: [{ kind: 'number', value: 500 }] },
  { sentence: 'The rapper ⟦50⟧ Cent toured Asia.', expect: [{ kind: 'number', value: 50 }] },
];

/** Hundredths of the main unit are money in the main unit: 50 cents is 0.5 USD. */
const minor: Case[] = [
  ...forms({ kind: 'money', value: 0.5, currency: 'USD' }, ['Iraq asked buyers to pay ⟦50 cents⟧ more per barrel.', 'The stock closed ⟦50 cents⟧ lower.', '苹果股价下跌⟦50美分⟧。']),
  { sentence: 'Onvia.com Inc. was down ⟦34 cents⟧.', expect: [{ value: 0.34, currency: 'USD' }] },
  { sentence: 'The December contract rose ⟦1.20 cents⟧ a pound.', expect: [{ value: 0.012, currency: 'USD' }] },
  { sentence: 'Coates Brothers received a bid of ⟦470 pence⟧ a share.', expect: [{ value: 4.7, currency: 'GBP' }] },
  { sentence: 'Its shares slid to close ⟦one penny⟧ lower.', expect: [{ value: 0.01, currency: 'GBP' }] },
  { sentence: 'The trust will pay a ⟦12-cent⟧-a-share dividend.', expect: [{ value: 0.12, currency: 'USD' }] },
  // The currency the sentence names decides whose cents they are.
  { sentence: 'Shoppers Drug Mart earned ⟦C$1.34⟧ a share, up ⟦34 cents⟧.', expect: [{ value: 1.34, currency: 'CAD' }, { value: 0.34, currency: 'CAD' }] },
  { sentence: 'BHP rose ⟦34 cents⟧ to ⟦A$40⟧.', expect: [{ value: 0.34, currency: 'AUD' }, { value: 40, currency: 'AUD' }] },
  { sentence: 'A coffee in Rome costs ⟦€1.20⟧, up ⟦20 cents⟧ in a year.', expect: [{ value: 1.2, currency: 'EUR' }, { value: 0.2, currency: 'EUR' }] },
];

/** An amount and its hundredths are one figure. */
const compound: Case[] = [
  ...forms({ kind: 'money', value: 3.5, currency: 'USD' }, ['The toll only cost ⟦3 dollars 50 cents⟧.', 'The toll only cost ⟦3 dollars and 50 cents⟧.', 'The toll only cost ⟦$3.50⟧.']),
  ...forms({ kind: 'money', value: 13.45, currency: 'USD' }, ['The meal cost ⟦thirteen dollars and forty-five cents⟧.', 'The meal cost ⟦thirteen dollars forty-five cents⟧.']),
  ...forms({ kind: 'money', value: 2.03, currency: 'USD' }, ['这台电脑⟦两美元又三美分⟧。', '价格为⟦2美元3美分⟧。']),
  ...forms({ kind: 'money', value: 4.99, currency: 'GBP' }, ['A pint costs ⟦4 pounds 99 pence⟧ in London.']),
  ...forms({ kind: 'money', value: 1.2, currency: 'EUR' }, ['A coffee in Rome costs ⟦1 euro and 20 cents⟧.']),
  // Cents of another currency are not the amount's.
  { sentence: 'He paid ⟦3 pounds⟧ and ⟦50 cents⟧.', expect: [{ value: 3, currency: 'GBP' }, { value: 0.5, currency: 'USD' }] },
];

/** Letters before `$` in any case and with a space; `a $5 fee` stays a US dollar fee. */
const dollarLetters: Case[] = [
  ...forms({ kind: 'money', value: 3e8, currency: 'CAD' }, ['Mr. Bowder said the ⟦C$300 million⟧ charge hit earnings.', 'mr . bowder said the ⟦c $ 300 million⟧ charge to earnings', 'Mr. Bowder said the ⟦c$300 million⟧ charge hit earnings.']),
  ...forms({ kind: 'money', value: 1.005e10, currency: 'HKD' }, ['toy exports fell to ⟦hk $ 10.05 billion⟧ .', 'Toy exports fell to ⟦HK $10.05 billion⟧.', 'Toy exports fell to ⟦HK$10.05 billion⟧.']),
  ...forms({ kind: 'money', value: 5, currency: 'USD' }, ['Banks charge a ⟦$5⟧ fee.', "Apple's ⟦$5⟧ plan is popular.", 'Plan C ⟦$5⟧ adds storage.', 'Vitamin C ⟦$5⟧ packs sold out.']),
];

/** One unit of money in Chinese numerals. */
const oneUnit: Case[] = [
  ...forms({ kind: 'money', value: 1, currency: 'USD' }, ['苹果折扣⟦一美元⟧。']),
  ...forms({ kind: 'money', value: 1, currency: 'CNY' }, ['地铁票价下调⟦一元⟧。']),
  ...none(['一元复始，万象更新。', '这是一个一元二次方程。', '他坚持二元论的观点。', '我们一块去吧。', '数据以三元组存储。']),
];

describe('money with ISO 4217 currencies', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});

describe.each([
  ['a sign after the amount', signAfter],
  ['currency names', names],
  ['cents and pence', minor],
  ['an amount and its cents', compound],
  ['letters before $', dollarLetters],
  ['one unit in Chinese numerals', oneUnit],
])('money: %s', (_name, table) => {
  it.each(table.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
