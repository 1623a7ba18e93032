import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.js';
import { ROOT, docFrom } from '../helpers.js';

function claimsOf(seed: string) {
  const file = path.join(ROOT, 'seeds', seed);
  const doc = docFrom(seed, readFileSync(file, 'utf8'));
  const claims = extractClaims(doc);
  for (const c of claims) expect(c.text).toBe(doc.text.slice(c.start, c.end));
  return claims;
}

const brief = (c: { text: string; kind: string; value: number | null; unit?: string; currency?: string; date?: string; qualifier: string }) =>
  [c.text, c.kind, c.value ?? c.date, c.unit ?? c.currency ?? '', c.qualifier].join(' | ');

describe('seed articles', () => {
  it('000: Nemotron 3 sizes from a list whose last item names the unit; labels and versions are not figures', () => {
    const claims = claimsOf('000_d5714ceddf0fc169.txt').map(brief);
    expect(claims).toContain('300亿 | count | 30000000000 | parameter | exact');
    expect(claims).toContain('1000亿 | count | 100000000000 | parameter | exact');
    expect(claims).toContain('5000亿参数 | count | 500000000000 | parameter | exact');
    expect(claims.some((c) => /^[123] /.test(c) || c.startsWith('Nemotron'))).toBe(false);
  });

  it('001: the same sizes in Chinese and English, and the same release date', () => {
    const claims = claimsOf('001_6a6492fba01fcc35.txt');
    const params = claims.filter((c) => c.unit === 'parameter').map((c) => [c.text, c.value]);
    expect(params).toEqual([
      ['300 亿参数', 3e10], ['1000 亿', 1e11], ['5000 亿', 5e11],
      ['30B parameters', 3e10], ['100B', 1e11], ['500B', 5e11],
    ]);
    const dates = claims.filter((c) => c.kind === 'date').map((c) => [c.text, c.date]);
    expect(dates).toContainEqual(['2025 年 12 月 15 日', '2025-12-15']);
    expect(dates).toContainEqual(['December 15, 2025', '2025-12-15']);
    expect(claims.map(brief)).toContain('about one-third | percent | 33.333333333333336 |  | approx');
  });

  it('002: counts, money with qualifiers, and a partial date dated by the event in its sentence', () => {
    const claims = claimsOf('002_302997181c808d8e.txt').map(brief);
    expect(claims).toContain('1月6日 | date | 2026-01-06 |  | exact');
    expect(claims).toContain('高达35万颗H100 | count | 350000 | gpu | atMost');
    expect(claims).toContain('约200亿美元 | money | 20000000000 | USD | approx');
    expect(claims).toContain('2025年平安夜 | date | 2025-12-24 |  | exact');
    expect(claims).toContain('80TB/s | quantity | 80 | TB/s | exact');
    expect(claims).toContain('超过90% | percent | 90 |  | moreThan');
    expect(claims.some((c) => /K2|V3|CES|2026 \|.*number/.test(c))).toBe(false);
  });

  it('003: 405B after Llama 3.1 is a parameter count; the version is not a figure', () => {
    const claims = claimsOf('003_758902a120290777.txt').map(brief);
    expect(claims).toContain('405B | count | 405000000000 | parameter | exact');
    expect(claims.some((c) => c.startsWith('3.1') || c.startsWith('3 |'))).toBe(false);
  });

  it('004: 20亿美金 is 2e9 USD; Colossus 2 and GPT-5 are names', () => {
    const claims = claimsOf('004_2977e70aeaf5fd9e.txt').map(brief);
    expect(claims[0]).toBe('20亿美金 | money | 2000000000 | USD | exact');
    expect(claims.some((c) => /^(?:2|5|1) \|/.test(c))).toBe(false);
  });
});
