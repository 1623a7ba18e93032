import { describe, it } from 'vitest';
import { checkCase, forms, none, type Case } from './case-table.js';

/** Mixed numbers, signed fractions, fraction words and spaced scale letters, in news sentences. */
const mixed: Case[] = [
  ...forms({ kind: 'number', value: 350.333333333333 }, [
    '该指标读数为⟦三百五十又三分之一⟧。',
    '该指标读数为⟦三 百 五 又 三 分之 一⟧。',
    '该指标读数为⟦三百五十 又 3分  之1⟧。',
    '該指標讀數為⟦三百五十又三分之壹⟧。',
  ]),
  ...forms({ kind: 'number', value: 3.023 }, ['该指标读数为⟦3又一千分之23⟧。']),
  ...forms({ kind: 'number', value: 11.0714285714286 }, ['该指标读数为⟦十一又十四分之一⟧。']),
  ...forms({ kind: 'number', value: -1.5 }, ['该指标读数为⟦负一又二分之一⟧。', '該指標讀數為⟦負壹又二分之壹⟧。']),
  ...forms({ kind: 'quantity', value: 2.5, unit: 'year' }, ['项目工期为⟦两又二分之一年⟧。', 'The project took ⟦2 1/2 years⟧.']),
  ...forms({ kind: 'number', value: 2.25 }, ['The index rose ⟦2 1/4⟧ on Friday.', 'The index rose ⟦2  1/4⟧ on Friday.']),
  ...forms({ kind: 'number', value: 1.6 }, ['该指数上涨⟦1 ３/5⟧。']),
  // A fraction alone is a share, with its sign; a signed one cannot be a date, so it may exceed one.
  ...forms({ kind: 'percent', value: -80 }, ['The coefficient was ⟦-4/5⟧ in the model.', '该系数为⟦负五分之四⟧。', '该系数为⟦五分之负四⟧。']),
  ...forms({ kind: 'percent', value: -150 }, ['The coefficient was ⟦-3/2⟧ in the model.']),
  ...forms({ kind: 'percent', value: 15700 / 3 }, ['该系数为⟦负３分之负一百五十七⟧。']),
  ...forms({ kind: 'percent', value: 60 }, ['开放模型⟦约占３／５⟧。', '开放模型⟦约占3/5⟧。']),
  // 又 between amounts and cents, a slash date, a score, a full-width date: as before.
  ...forms({ kind: 'money', value: 2.03, currency: 'USD' }, ['这台电脑⟦两美元又三美分⟧。']),
  { sentence: '会议推迟了⟦三天⟧又推迟了⟦两天⟧。', expect: [{ kind: 'quantity', value: 3 }, { kind: 'quantity', value: 2 }] },
  { sentence: 'By ⟦2030⟧ ⟦1/5⟧ of cars will be electric.', expect: [{ kind: 'date', date: '2030' }, { kind: 'percent', value: 20 }] },
  ...none(['他说一又说二。', '这个问题一而再又再而三地出现。']),
];

/** Fraction words after number words, mixed numbers in words, sign words before small numbers. */
const words: Case[] = [
  ...forms({ kind: 'percent', value: 460 }, ['The ratio came to ⟦twenty-three fifths⟧ last year.']),
  ...forms({ kind: 'percent', value: 420 }, ['The ratio came to ⟦twenty one fifths⟧ last year.']),
  ...forms({ kind: 'percent', value: 2640 }, ['The ratio came to ⟦one hundred thirty-two fifths⟧ last year.']),
  ...forms({ kind: 'percent', value: 400 }, ['The ratio came to ⟦twenty fifths⟧ last year.']),
  ...forms({ kind: 'percent', value: 1 }, ['The gap was ⟦a hundredth⟧.', 'The gap was ⟦one hundredth⟧ of the total.']),
  ...forms({ kind: 'percent', value: 1e-10 }, ['The gap was ⟦a trillionth⟧.']),
  ...forms({ kind: 'percent', value: 4 }, ['The gap was ⟦one twenty-fifth⟧.', 'The gap was ⟦4%⟧.']),
  ...forms({ kind: 'percent', value: 300 / 21 }, ['Turnout fell by ⟦three twenty-firsts⟧.']),
  ...forms({ kind: 'percent', value: 100 / 7 }, ['Turnout fell by ⟦one seventh⟧.', 'Turnout fell by ⟦one-seventh⟧.']),
  ...forms({ kind: 'percent', value: 75, qualifier: 'approx' }, ['⟦About three quarters⟧ of staff left.']),
  ...forms({ kind: 'percent', value: -190000 }, ['The reading was ⟦minus ninety-five hundred fifths⟧.']),
  ...forms({ kind: 'number', value: 100.75 }, ['The index closed at ⟦one hundred and three quarters⟧.']),
  ...forms({ kind: 'number', value: 20.6 }, ['The index closed at ⟦twenty and three fifths⟧.']),
  ...forms({ kind: 'number', value: 130.4 }, ['The index closed at ⟦one hundred and thirty and two fifths⟧.']),
  ...forms({ kind: 'number', value: 5.25e6 }, ['The city expects ⟦five and a quarter million⟧ this summer.']),
  ...forms({ kind: 'number', value: -1 }, ['The reading was ⟦minus one⟧.', 'The reading was ⟦negative one⟧.', 'The reading was ⟦-1⟧.']),
  // Ordinals, periods, halves of a match and ranges stay what they were.
  { sentence: 'Output rose between two and ⟦three quarters⟧.', expect: [{ kind: 'percent', value: 75 }] },
  { sentence: 'It was the ⟦twenty second of June⟧.', expect: [{ kind: 'date' }] },
  // A compound ordinal is no number of its tens; `-second` stays a length (a thirty-second ad).
  { sentence: 'The network ran a ⟦thirty-second⟧ ad.', expect: [{ kind: 'quantity', value: 30, unit: 'second' }] },
  { sentence: 'The spot was ⟦thirty-second⟧ long.', expect: [{ kind: 'quantity', value: 30, unit: 'second' }] },
  ...none([
    'She finished thirty-second in the marathon.',
    'The model ranked twenty-second on the leaderboard.',
    'The team came in forty-second.',
    'It took the twenty-second place.',
    'The company posted a fifth straight quarter of growth.',
    'Revenue rose for four quarters in a row.',
    'The firm opened its one hundredth store.',
    'It celebrated a hundredth anniversary.',
    'Growth in the 21st century was fast.',
    'Growth in the twenty-first century was fast.',
    'It was the forty-fifth day of the strike.',
    'She finished thirty-third in the race.',
    'A ninth consecutive win came.',
    'The team played two halves.',
    'It was plus or minus one.',
    'One of them left.',
  ]),
];

/** Scale letters after a space (k, M) and `b` against a decimal. */
const scales: Case[] = [
  ...forms({ kind: 'number', value: 2330 }, ['The fund raised ⟦2.33 k⟧ in donations.', 'The fund raised ⟦2.33k⟧ in donations.', 'The fund raised ⟦2,330⟧ in donations.']),
  ...forms({ kind: 'number', value: 10000 }, ['The post got ⟦10  k⟧.', 'The post got ⟦10k⟧.']),
  ...forms({ kind: 'number', value: -2.5e6 }, ['The balance was ⟦-2.5 M⟧ last year.', 'The balance was ⟦-2.5M⟧ last year.']),
  ...forms({ kind: 'number', value: 1.2e9 }, ['The startup is valued at ⟦1.2b⟧ after the round.', 'The startup is valued at ⟦1.2B⟧ after the round.']),
  ...forms({ kind: 'money', value: 5e6, currency: 'USD' }, ['The company reported ⟦$5 M⟧ in revenue.', 'The company reported ⟦$5M⟧ in revenue.']),
  ...forms({ kind: 'count', value: 1e7, unit: 'user' }, ['累计用户达⟦1000 万⟧。', '累计用户达⟦1000万⟧。']),
  { sentence: 'He ran ⟦2 km⟧ on Monday.', expect: [{ kind: 'quantity', value: 2, unit: 'km' }] },
  { sentence: 'There were ⟦10⟧ M&A deals.', expect: [{ kind: 'number', value: 10 }] },
  { sentence: 'She saw ⟦2⟧ k-pop bands.', expect: [{ kind: 'number', value: 2 }] },
  { sentence: 'The pitcher had ⟦7⟧ K in the game.', expect: [{ kind: 'number', value: 7 }] },
  { sentence: 'Meta released Llama 3 ⟦8B⟧.', expect: [{ kind: 'count', value: 8e9, unit: 'parameter' }] },
  ...none(['The Phase 2b trial began.', 'In 2023 M Resort opened.', 'The 5G and 10G networks expanded.']),
];

describe('number grammar: mixed numbers and signed fractions', () => {
  it.each(mixed.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});

describe('number grammar: fraction words and signs in English', () => {
  it.each(words.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});

describe('number grammar: scale letters', () => {
  it.each(scales.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
