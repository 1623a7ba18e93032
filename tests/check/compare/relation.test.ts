import { describe, expect, it } from 'vitest';
import { agreeWithin, relate } from '../../../src/check/compare/relation.js';
import { intervalOf, roundingOf } from '../../../src/check/compare/interval.js';
import type { Claim } from '../../../src/model/claim.js';

let n = 0;
function claim(over: Partial<Claim>): Claim {
  n++;
  return { file: 't.md', start: n, end: n + 1, line: 1, column: 1, endLine: 1, endColumn: 2, text: '1', lang: 'zh', kind: 'number', value: 0, qualifier: 'exact', segment: 0, ...over };
}
const pct = (value: number, qualifier: Claim['qualifier'] = 'exact') => claim({ kind: 'percent', value, qualifier });
const usd = (value: number, qualifier: Claim['qualifier'] = 'exact', currency = 'USD') => claim({ kind: 'money', value, qualifier, currency });

describe('relate: tolerance follows the qualifiers', () => {
  it.each([
    ['近30% and 29.6%', pct(30, 'approx'), pct(29.6)],
    ['nearly $600 billion and 6000亿美元', usd(6e11, 'approx'), usd(6e11)],
    ['超过80% and 85%', pct(80, 'moreThan'), pct(85)],
    ['more than 90% and about 90%', pct(90, 'moreThan'), pct(90, 'approx')],
    ['1.2万亿 and 1.2 trillion', claim({ value: 1.2e12 }), claim({ value: 1.2e12 })],
    ['570亿美元 and $57 billion', usd(5.7e10), usd(5.7e10)],
    ['30% and 29.6% (rounding)', pct(30), pct(29.6)],
    ['约40% and 42% (a round share keeps its rounding)', pct(40, 'approx'), pct(42)],
    ['约34% and 35%', pct(34, 'approx'), pct(35)],
    ['41 GWh and 4100万千瓦时', claim({ kind: 'quantity', value: 41, unit: 'GWh' }), claim({ kind: 'quantity', value: 4.1e7, unit: 'kWh' })],
    ['1.2GW and 120万千瓦', claim({ kind: 'quantity', value: 1.2, unit: 'GW' }), claim({ kind: 'quantity', value: 1.2e6, unit: 'kW' })],
  ])('%s agree', (_name, a, b) => {
    expect(relate(a, b).relation).toBe('agree');
  });

  it.each([
    ['16万 and 8.8万', claim({ value: 160000 }), claim({ value: 88000 }), 'value'],
    ['13% and 16%', pct(13), pct(16), 'value'],
    ['约200亿美元 and $2 billion', usd(2e10, 'approx'), usd(2e9), 'magnitude'],
    ['11万 and 1.1万', claim({ value: 110000 }), claim({ value: 11000 }), 'magnitude'],
    ['9.1万 and 9.1亿', claim({ value: 91000 }), claim({ value: 9.1e8 }), 'magnitude'],
    ['4.1 GWh and 4100万千瓦时', claim({ kind: 'quantity', value: 4.1, unit: 'GWh' }), claim({ kind: 'quantity', value: 4.1e7, unit: 'kWh' }), 'magnitude'],
    ['14 GWh and 4100万千瓦时', claim({ kind: 'quantity', value: 14, unit: 'GWh' }), claim({ kind: 'quantity', value: 4.1e7, unit: 'kWh' }), 'value'],
    ['280亿美元 and 280亿元', usd(2.8e10), usd(2.8e10, 'exact', 'CNY'), 'currency'],
    ['20亿美元 and 145亿元', usd(2e9), usd(1.45e10, 'approx', 'CNY'), 'conversion'],
    ['约280亿美元 and 280亿元', usd(2.8e10, 'approx'), usd(2.8e10, 'exact', 'CNY'), 'currency'],
    // A bound that a far smaller amount meets is no same amount in another currency.
    ['最高23.3亿美元 and 39.09港元', usd(2.33e9, 'atMost'), usd(39.09, 'exact', 'HKD'), 'value'],
    ['3000 and 3450', claim({ value: 3000 }), claim({ value: 3450 }), 'value'],
    ['约34% and 约38% (a share approximates within a point)', pct(34, 'approx'), pct(38, 'approx'), 'value'],
    ['about 38% and 36%', pct(38, 'approx'), pct(36), 'value'],
  ])('%s', (_name, a, b, expected) => {
    expect(relate(a, b).relation).toBe(expected);
  });

  it('names the power of ten that separates a slip', () => {
    expect(relate(claim({ value: 6.2e9 }), claim({ value: 6.2e5 }))).toEqual({ relation: 'magnitude', power: 4 });
  });

  it('compares dates, partial dates and unknown years', () => {
    const d = (date: string, text = date) => claim({ kind: 'date', value: null, date, text });
    expect(relate(d('2025-12-15'), d('2025-12-15')).relation).toBe('agree');
    expect(relate(d('2025-12'), d('2025-12-15')).relation).toBe('agree');
    expect(relate(d('XXXX-01-09'), d('2026-01-09')).relation).toBe('agree');
    expect(relate(d('2025-09-16'), d('2026-09-16')).relation).toBe('date');
    // A year the date does not state was taken from its context: across documents it is not compared …
    expect(relate(d('2020-10', '10月'), d('2025-10', '10月')).relation).toBe('agree');
    expect(relate(d('2020-10', '10月'), d('2025-11', '2025年11月')).relation).toBe('date');
    expect(relate(d('2024-11', '去年11月'), d('2025-11', '2025年11月')).relation).toBe('date');
    expect(relate(d('2024-10', 'last October'), d('2025-10', 'October 2025')).relation).toBe('date');
    // … nor between a text and its translation: where the two contexts differ, the date that
    // states the year differs, and is reported, not every date that took its year from it.
    expect(relate(d('2020-10', '10月'), d('2025-10', 'October'), true).relation).toBe('agree');
    expect(relate(d('2020-10-05', '10月5日'), d('2025-10-06', 'October 6'), true).relation).toBe('date');
    // A day stated alone took its month from its context: only the day is compared.
    expect(relate(d('2025-11-29', '29日'), d('2025-10-29', '2025年10月29日')).relation).toBe('agree');
    expect(relate(d('2025-11-29', '29日'), d('2025-12-29', 'the 29th')).relation).toBe('agree');
    expect(relate(d('2025-11-29', '29日'), d('2025-11-28', '11月28日')).relation).toBe('date');
    expect(relate(d('XXXX-XX-29', '29日'), d('2025-10-29', '2025年10月29日')).relation).toBe('agree');
    expect(relate(d('XXXX-XX-29', '29日'), d('2025-10-29', '10月29日'), true).relation).toBe('agree');
    // A month relative to the article's date is stated, as a relative year is.
    expect(relate(d('2025-10-29', '上月29日'), d('2025-11-29', '11月29日')).relation).toBe('date');
    // A day counted from the article's date is never held against another article …
    expect(relate(d('2025-11-29', '昨天'), d('2025-11-27', '11月27日')).relation).toBe('incompatible');
    expect(relate(d('2025-11-29', 'yesterday'), d('2025-11-27', 'Nov. 27')).relation).toBe('incompatible');
    // … but within a translation it is.
    expect(relate(d('2025-11-29', '昨天'), d('2025-11-29', 'yesterday'), true).relation).toBe('agree');
  });

  it('does not compare different kinds of figure', () => {
    expect(relate(pct(20), usd(20)).relation).toBe('incompatible');
    expect(relate(claim({ kind: 'count', unit: 'gpu', value: 5 }), claim({ kind: 'count', unit: 'parameter', value: 5 })).relation).toBe('incompatible');
    // A length of time is no count of things, even when the count names no unit (67 million units).
    expect(relate(claim({ kind: 'quantity', unit: 'year', value: 3 }), claim({ kind: 'count', value: 3 }), true).relation).toBe('incompatible');
    expect(relate(claim({ kind: 'quantity', unit: 'year', value: 3 }), claim({ kind: 'number', value: 3 }), true).relation).toBe('agree');
  });

  it('in a translation, two approximate figures must state the same number', () => {
    expect(relate(pct(84, 'approx'), pct(85.5, 'approx')).relation).toBe('agree');
    expect(relate(pct(84, 'approx'), pct(85.5, 'approx'), true).relation).toBe('value');
    expect(relate(usd(8.4e10, 'approx'), usd(8.9e10, 'approx')).relation).toBe('agree');
    expect(relate(usd(8.4e10, 'approx'), usd(8.9e10, 'approx'), true).relation).toBe('value');
    // Trailing zeros are written digits in a translation: 超过80% is not `more than 84%` …
    expect(relate(pct(80, 'moreThan'), pct(84, 'moreThan'), true).relation).toBe('value');
    expect(relate(pct(80), pct(84), true).relation).toBe('value');
    // … though from two sources, 80% may be 84% rounded to tens.
    expect(relate(pct(80), pct(84)).relation).toBe('agree');
    expect(relate(pct(100 / 3), pct(33), true).relation).toBe('agree');
  });
});

describe('agreeWithin (the translation alignment\'s test, with intervals worked out in advance)', () => {
  const date = (d: string) => claim({ kind: 'date', value: null, date: d });
  const figures = [
    pct(30), pct(29.6), pct(30, 'approx'), pct(80, 'moreThan'), pct(85), pct(13), pct(16), claim({ kind: 'percent', unit: 'pp', value: 3 }),
    usd(5.7e10), usd(5.7e9), usd(2e9), usd(2e10, 'approx'), usd(1.45e10, 'approx', 'CNY'), usd(2.8e10, 'exact', 'CNY'), usd(1.2e9, 'exact', 'EUR'),
    claim({ value: 110000 }), claim({ value: 11000 }), claim({ kind: 'count', unit: 'gpu', value: 350000 }), claim({ kind: 'count', unit: 'parameter', value: 3e10 }),
    claim({ kind: 'ratio', value: 10 }), claim({ value: null, min: 3, max: 5, qualifier: 'range' }),
    date('2025-12-15'), date('2025-12'), date('XXXX-12-15'), date('2025'),
  ];

  it.each([true, false])('says what relate says (agree or conversion) for every pair, strict %s', (strict) => {
    for (const a of figures) {
      for (const b of figures) {
        const expected = ['agree', 'conversion'].includes(relate(a, b, strict).relation);
        expect(agreeWithin(a, b, strict, intervalOf(a, strict), intervalOf(b, strict)), `${JSON.stringify(a)} / ${JSON.stringify(b)}`).toBe(expected);
      }
    }
  });
});

describe('roundingOf', () => {
  it('is half a unit of the last significant digit, capped at 5%', () => {
    expect(roundingOf(35)).toBe(0.5);
    expect(roundingOf(30)).toBe(1.5);
    expect(roundingOf(29.6)).toBeCloseTo(0.05);
    expect(roundingOf(1.2e12)).toBe(5e10);
    expect(roundingOf(3000)).toBe(150);
  });
});

describe('relate: the yuan of Taiwan and Hong Kong', () => {
  const money = (value: number, currency: string, text: string) => claim({ kind: 'money', value, currency, text });

  it('takes a bare yuan in traditional characters, or one read as a local dollar, for any of the yuan it may be', () => {
    expect(relate(money(2.45e9, 'CNY', '24.5億元'), money(2.45e9, 'TWD', 'NT$2.45 billion')).relation).toBe('agree');
    // `1,950億元` in a Hong Kong article that meant the renminbi without saying so.
    expect(relate(money(1.95e11, 'HKD', '1,950億元'), money(1.95e11, 'CNY', '1950亿元')).relation).toBe('agree');
  });

  it('still finds a currency slip where a currency is named', () => {
    expect(relate(money(1.95e11, 'HKD', '1,950億港元'), money(1.95e11, 'CNY', '1950亿元')).relation).toBe('currency');
    expect(relate(money(2.45e9, 'CNY', '24.5亿元'), money(2.45e9, 'TWD', 'NT$2.45 billion')).relation).toBe('currency');
    expect(relate(money(2.45e9, 'CNY', '24.5億元'), money(2.45e9, 'USD', 'US$2.45 billion')).relation).toBe('currency');
  });
});
