import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse } from '../check/crosscheck-helpers.js';
import type { Claim } from '../../src/model/claim.js';

/** What a claim says, without where it stands or how it is written. */
const meaning = (c: Claim) => ({ kind: c.kind, value: c.value, min: c.min, max: c.max, unit: c.unit, currency: c.currency, date: c.date, qualifier: c.qualifier, subject: c.subject?.id, attribute: c.attribute, period: c.period });
const read = (name: string) => analyse(`${name}.txt`, readFileSync(`fixtures/extract/traditional/${name}.txt`, 'utf8')).claims;

describe('Traditional Chinese', () => {
  const simplified = read('simplified');

  it('the Simplified article states its figures with subjects, attributes and periods', () => {
    expect(simplified.map(meaning)).toContainEqual(expect.objectContaining({ value: 989900000000, currency: 'TWD', subject: 'tsmc', attribute: 'revenue', period: '2025-Q3' }));
    expect(simplified.map(meaning)).toContainEqual(expect.objectContaining({ value: 43000, unit: 'employee', subject: 'xiaomi', attribute: 'headcount', period: '2025-H1' }));
    expect(simplified.map(meaning)).toContainEqual(expect.objectContaining({ value: 80, subject: 'nvidia', attribute: 'market-share:ai-accelerator' }));
    // `出货量将在3年内翻倍`: a multiple in a word.
    expect(simplified).toHaveLength(20);
  });

  // taiwan.txt and hong-kong.txt are simplified.txt converted by OpenCC (Taiwan with its own words:
  // 資料中心, 晶片, 輝達; Hong Kong: 英偉達, 數據中心).
  it.each(['taiwan', 'hong-kong'])('the %s spelling of the article reads as the Simplified one', (name) => {
    expect(read(name).map(meaning)).toEqual(simplified.map(meaning));
  });
});
