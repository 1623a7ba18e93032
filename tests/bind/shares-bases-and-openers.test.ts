import { describe, expect, it } from 'vitest';
import { bindingOf, complaintLines } from '../check/crosscheck-helpers.js';

/** A music platform's annual results: royalties as a share of revenue, and their growth from a base dated after it. */
const MUSIC = [
  '---',
  'title: "Shenglang Music’s royalty bill climbs"',
  'date: 2026-03-18',
  'lang: en',
  '---',
  '',
  'Online music platform Shenglang Music reported full-year 2025 results on March 17. Full-year revenue rose 9.4% to RMB30.2 billion.',
  '',
  'Shenglang paid a total of RMB18.6 billion in royalties to record labels and songwriters during the year, equal to 61.6% of revenue and up 12.7% from RMB16.5 billion in 2024.',
  '',
  '| Metric | 2025 | 2024 | Change |',
  '|---|---|---|---|',
  '| Revenue | RMB30.2bn | RMB27.6bn | +9.4% |',
  '| Royalty payouts | RMB18.6bn | RMB16.5bn | +12.7% |',
  '| Royalties as share of revenue | 61.6% | 59.8% | +1.8 ppt |',
  '',
].join('\n');

/** A solar maker's guidance: the whole year's target, then the coming quarter's, in one sentence. */
const GUIDANCE_ZH = '晶曜新能源公布一季度业绩。对于全年，公司维持75GW至80GW的出货目标，并预计二季度出货量在19GW至21GW之间。\n';
const GUIDANCE_EN = 'Jingyao New Energy reported first-quarter results. For the full year, the company kept its shipment target of 75GW to 80GW and expects second-quarter shipments of 19GW to 21GW.\n';

/** A video platform's users and their watch time. */
const VIDEO = [
  'Short-video platform Looply said daily active users (DAU) averaged 286 million in the first quarter of 2026.',
  '',
  'Looply said average daily watch time per user rose 11.8% to 118 minutes.',
  '',
].join('\n');

describe('a share of a measure, and a base dated after it', () => {
  it('gives the keyword after `61.6% of` to that share only, and the growth after `and` to the measure before it', () => {
    expect(bindingOf('a.md', MUSIC, '61.6%')).toMatch(/^shenglang revenue-share /);
    expect(bindingOf('a.md', MUSIC, '12.7%')).toMatch(/^shenglang growth:royalty-payments /);
    expect(bindingOf('a.md', MUSIC, 'RMB16.5 billion')).toBe('shenglang royalty-payments 2024');
  });
  it('dates by `in 2024` the base it follows, not the other figures of the sentence', () => {
    expect(bindingOf('a.md', MUSIC, 'RMB18.6 billion').split(' ')[2]).not.toBe('2024');
  });
  it('so the royalties agree with the table and are no revenue', () => {
    expect(complaintLines({ 'a.md': MUSIC })).toEqual([]);
  });
});

describe('a sentence opened by the whole year', () => {
  it('keeps the whole year for the target after `对于全年，` and `For the full year,`, the quarter for the clause that names one', () => {
    expect(bindingOf('a.md', GUIDANCE_ZH, '75GW至80GW').split(' ')[2]).not.toMatch(/Q2/);
    expect(bindingOf('a.md', GUIDANCE_ZH, '19GW至21GW').split(' ')[2]).toMatch(/-Q2$/);
    expect(bindingOf('b.md', GUIDANCE_EN, '75GW to 80GW').split(' ')[2]).not.toMatch(/Q2/);
    expect(bindingOf('b.md', GUIDANCE_EN, '19GW to 21GW').split(' ')[2]).toMatch(/-Q2$/);
    expect(complaintLines({ 'a.md': GUIDANCE_ZH })).toEqual([]);
  });
});

describe('time spent, which counts no users', () => {
  it('reads minutes per user as watch time, never as users', () => {
    expect(bindingOf('a.md', VIDEO, '118 minutes')).toMatch(/^looply watch-time /);
    expect(bindingOf('a.md', VIDEO, '11.8%')).toMatch(/^looply growth:watch-time /);
    expect(complaintLines({ 'a.md': VIDEO })).toEqual([]);
  });
});
