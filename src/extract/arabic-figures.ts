import type { Qualifier } from '../model/claim.js';
import { CURRENCY_PREFIXES, CURRENCY_SUFFIXES } from '../vocab/currencies.js';
import { QUALIFIERS_AFTER, QUALIFIERS_BEFORE } from '../vocab/qualifiers.js';
import { EN_SCALES, EN_SUFFIX_SCALES, ZH_SCALES } from '../vocab/scales.js';
import { COUNT_UNITS, QUANTITY_UNITS } from '../vocab/units.js';
import { alternation } from './pattern.js';
import type { Matcher, RawClaim } from './raw-claim.js';

// One pass per stretch: every Arabic numeral is a candidate, then the words touching it decide
// what it is. Each alternative is a fixed word list, so the pattern cannot backtrack badly.
const NUMBER = /(?<![A-Za-z0-9.\-_/#@])(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?![\p{N}])/gu;
const PREFIX_CURRENCY = new RegExp(`(?:${alternation(Object.keys(CURRENCY_PREFIXES))})\\s?$`);
const QUALIFIER_BEFORE = new RegExp(`(?<![A-Za-z])(${alternation(Object.keys(QUALIFIERS_BEFORE))})\\s?$`, 'i');
const ZH_SCALE = new RegExp(`^\\s?(${alternation(Object.keys(ZH_SCALES))})`);
const EN_SCALE = new RegExp(`^\\s?(${alternation(Object.keys(EN_SCALES))})(?![\\p{L}])`, 'iu');
const EN_SUFFIX = new RegExp(`^(${alternation(Object.keys(EN_SUFFIX_SCALES))})(?![\\p{L}\\p{N}])`, 'u');
const PERCENT = /^\s?(%|％|percent(?:age points?)?|per cent|个百分点)/;
const SUFFIX_CURRENCY = new RegExp(`^\\s?(${alternation(Object.keys(CURRENCY_SUFFIXES))})`, 'u');
const COUNT_UNIT = new RegExp(`^\\s?(?:[个颗張张块台名位]\\s?)?(${alternation(Object.keys(COUNT_UNITS))})(?![\\p{L}])`, 'u');
const QUANTITY_UNIT = new RegExp(`^\\s?(${alternation(Object.keys(QUANTITY_UNITS))})(?![\\p{L}])`, 'u');
const QUALIFIER_AFTER = new RegExp(`^(${alternation(Object.keys(QUALIFIERS_AFTER))})`, 'u');
const RATIO = /^\s?(倍|times|x|×|fold)(?![\p{L}])/u;
const LOOKBEHIND = 12;
const LOOKAHEAD = 24;

/**
 * Arabic numerals with their scale words (万/亿, million/billion, B/M/K), currency, percent sign,
 * unit and qualifier: `约200亿美元`, `$2 billion`, `17%`, `80TB/s`, `35万颗H100`, `10倍`.
 * A bare number with none of these is not a claim (years, list numbers, model versions).
 */
export const matchArabicFigures: Matcher = (text, start, end) => {
  const out: RawClaim[] = [];
  const slice = text.slice(start, end);
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(slice); m; m = NUMBER.exec(slice)) {
    const numStart = m.index;
    let value = Number(m[1]!.replace(/,/g, ''));
    if (!Number.isFinite(value)) continue;
    let pos = numStart + m[0].length;
    let after = slice.slice(pos, pos + LOOKAHEAD);
    let scaled = false;
    const zhScale = ZH_SCALE.exec(after);
    const enScale = zhScale ? null : EN_SCALE.exec(after);
    const suffix = zhScale || enScale ? null : EN_SUFFIX.exec(after);
    const scale = zhScale ?? enScale ?? suffix;
    if (scale) {
      const word = scale[1]!;
      value *= ZH_SCALES[word] ?? EN_SCALES[word.toLowerCase()] ?? EN_SUFFIX_SCALES[word] ?? 1;
      pos += scale[0].length;
      after = slice.slice(pos, pos + LOOKAHEAD);
      scaled = true;
    }
    const before = slice.slice(Math.max(0, numStart - LOOKBEHIND), numStart);
    let claimStart = numStart;
    let kind: RawClaim['kind'] = 'number';
    let unit: string | undefined;
    let currency: string | undefined;

    const prefix = PREFIX_CURRENCY.exec(before);
    if (prefix) {
      currency = CURRENCY_PREFIXES[prefix[0].trim()];
      claimStart -= prefix[0].length;
      kind = 'money';
    }
    const pct = !currency ? PERCENT.exec(after) : null;
    if (pct) {
      kind = 'percent';
      if (/百分点|point/.test(pct[1]!)) unit = 'pp';
      pos += pct[0].length;
    } else {
      const cur = SUFFIX_CURRENCY.exec(after);
      if (cur && (!currency || cur[1] === '元')) {
        currency ??= CURRENCY_SUFFIXES[cur[1]!];
        kind = 'money';
        pos += cur[0].length;
      } else if (!currency) {
        const count = COUNT_UNIT.exec(after);
        const quantity = count ? null : QUANTITY_UNIT.exec(after);
        const ratio = count || quantity ? null : RATIO.exec(after);
        if (count) {
          kind = 'count';
          unit = COUNT_UNITS[count[1]!];
          pos += count[0].length;
        } else if (quantity) {
          kind = 'quantity';
          unit = QUANTITY_UNITS[quantity[1]!];
          pos += quantity[0].length;
        } else if (ratio) {
          kind = 'ratio';
          pos += ratio[0].length;
        }
      }
    }
    if (kind === 'number' && !scaled && !/,/.test(m[1]!)) continue;

    let qualifier: Qualifier = 'exact';
    const qa = QUALIFIER_AFTER.exec(slice.slice(pos, pos + 2));
    if (qa && kind !== 'percent') {
      qualifier = QUALIFIERS_AFTER[qa[1]!]!;
      pos += qa[0].length;
    }
    const windowStart = Math.max(0, claimStart - LOOKBEHIND);
    const qb = QUALIFIER_BEFORE.exec(slice.slice(windowStart, claimStart));
    if (qb) {
      qualifier = QUALIFIERS_BEFORE[qb[1]!.toLowerCase()] ?? qualifier;
      const trailing = qb[0].length - qb[0].trimEnd().length;
      claimStart = windowStart + qb.index + qb[0].length - trailing - qb[1]!.length;
    }
    out.push({ start: start + claimStart, end: start + pos, kind, value: round(value), unit, currency, qualifier });
    NUMBER.lastIndex = pos;
  }
  return out;
};

/** Removes binary floating-point noise from scaling (1.2 × 1e8 → 120000000, not 119999999.99). */
function round(v: number): number {
  return Number(v.toPrecision(12));
}
