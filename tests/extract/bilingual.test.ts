import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.js';
import type { Claim } from '../../src/model/claim.js';
import { ROOT, docFrom } from '../helpers.js';

/** What a figure says, whatever the language: the key translations must agree on. */
const reading = (c: Claim): string =>
  c.kind === 'date' ? `date ${c.date}` : `${c.kind} ${c.value ?? `${c.min}..${c.max}`} ${c.unit ?? ''} ${c.currency ?? ''}`.trim();

describe('a bilingual article', () => {
  const file = path.join(ROOT, 'fixtures/extract/bilingual.md');
  const doc = docFrom('bilingual.md', readFileSync(file, 'utf8'));
  const claims = extractClaims(doc);
  const english = doc.text.indexOf('# Nvidia opens');
  const zh = claims.filter((c) => c.start < english).map(reading);
  const en = claims.filter((c) => c.start >= english).map(reading);

  it('states the same figures in its Chinese and English halves', () => {
    expect(zh).toEqual(en);
  });

  it('normalises them as the article means them', () => {
    expect(en).toEqual([
      'date 2025-12-15',
      'count 30000000000 parameter',
      'count 100000000000 parameter',
      'count 500000000000 parameter',
      'date 2025-12-24',
      'money 20000000000  USD',
      'percent 90',
      'money 5000000  USD',
      'date 2025-11',
      'count 350000',
      'percent 33.333333333333336',
      'money 2000000000  USD',
      'ratio 10',
      'quantity 3..5 year',
      'money 1200000000000  USD',
    ]);
  });

  it('keeps every span exact', () => {
    for (const c of claims) expect(c.text).toBe(doc.text.slice(c.start, c.end));
  });
});
