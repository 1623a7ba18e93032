import { ZH_DIGITS, ZH_PLACES, ZH_POINT, ZH_SECTIONS } from '../../vocab/numbers.js';
import { unpinned } from '../../text/own-copy.js';

/** What a numeral run says: its value and whether a place or section word scaled it. */
export interface NumeralReading {
  readonly value: number;
  /** Contains 十/百/千/万/亿 (or a grouping comma): never a bare list number or year. */
  readonly scaled: boolean;
  /** Contains at least one digit (not only place words such as 万亿). */
  readonly hasDigit: boolean;
  /** Spelled digit by digit without place words (二〇二五): how years are written. */
  readonly digitByDigit: boolean;
}

const ARABIC = /^[0-9０-９.,．，]/;
/** The common case, read without the walk: 2025, 3.5. */
const PLAIN = /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/;

/**
 * Reads a run of Chinese numerals, optionally mixed with Arabic numbers: 一万五千亿, 1.2万亿,
 * 25万6千, 3万4000, 二〇二五, 零点五, 两千五. Section words (万, 亿) multiply everything below
 * their own level, so 一万五千亿 = 1.5e12 while 一亿二千万 = 1.2e8. Returns undefined when the run
 * is not a well-formed number.
 */
export function parseChineseNumeral(run: string): NumeralReading | undefined {
  if (run.length > MAX_REMEMBERED_RUN) return readNumeral(run);
  // `has` first: an ill-formed run is remembered as undefined.
  if (readings.has(run)) return readings.get(run);
  const reading = readNumeral(run);
  // The run is a slice of its document: the key is a copy so that the cache does not keep the text.
  if (readings.size < MAX_READINGS) readings.set(unpinned(run), reading && Object.freeze(reading));
  return reading;
}

/** Readings already made: a corpus repeats the same few thousand numerals (2025, 10, 三) over and over. */
const readings = new Map<string, NumeralReading | undefined>();
const MAX_READINGS = 50_000;
const MAX_REMEMBERED_RUN = 24;

/** 1e10, 3.2E-4, ２.７８e－１ (full-width forms included). */
const SCIENTIFIC = /^[0-9０-９]+(?:[.．][0-9０-９]+)?[eE][-+－]?[0-9０-９]+$/;

function readNumeral(run: string): NumeralReading | undefined {
  if (PLAIN.test(run)) return { value: Number(run), scaled: false, hasDigit: true, digitByDigit: false };
  // Written with an exponent: never a year or a list number, so it counts as scaled.
  if (SCIENTIFIC.test(run)) return { value: Number(halfWidth(run)), scaled: true, hasDigit: true, digitByDigit: false };
  const terms: { amount: number; level: number }[] = [];
  let section = 0; // sum of place terms (千, 百, 十) in the current section
  let num: number | undefined; // the digit or Arabic number not yet placed
  let lastPlace = 0; // the place or section just passed, for 两千五 = 2500
  let singleDigit = false;
  let decimals: string | undefined;
  let fraction = 0; // the decimals of a run that ends with them (两千三点一 = 2300 + 0.1)
  let scaled = false;
  let hasDigit = false;
  let digitRun = 0;
  let digitByDigit = false;
  for (let i = 0; i < run.length; ) {
    const ch = run[i]!;
    if (ARABIC.test(ch)) {
      let j = i;
      while (j < run.length && ARABIC.test(run[j]!)) j++;
      const text = halfWidth(run.slice(i, j)).replace(/，/g, ',');
      if (text.includes(',')) scaled = true;
      if (num !== undefined) return undefined;
      num = Number(text.replace(/,/g, ''));
      if (!Number.isFinite(num)) return undefined;
      singleDigit = text.length === 1;
      hasDigit = true;
      digitRun = 0;
      i = j;
      continue;
    }
    i++;
    const d = ZH_DIGITS[ch];
    if (d !== undefined) {
      hasDigit = true;
      if (decimals !== undefined) { decimals += String(d); continue; }
      if (num !== undefined && digitRun > 0) {
        num = num * 10 + d; // 二〇二五, 一九九八
        digitRun++;
        digitByDigit = true;
        continue;
      }
      if (num !== undefined) return undefined;
      if (d === 0 && (section > 0 || terms.length > 0)) {
        lastPlace = 0; // 一千零五: the zero only marks an empty place
        continue;
      }
      num = d;
      digitRun = 1;
      singleDigit = true;
      continue;
    }
    digitRun = 0;
    if (ZH_POINT.includes(ch)) {
      if (decimals !== undefined) return undefined;
      if (num === undefined) {
        if (section === 0 && terms.length === 0) return undefined;
        num = 0; // 一百二十点五, 四百亿点零五: the point follows a place or section word
      }
      decimals = '';
      continue;
    }
    if (decimals !== undefined) {
      if (decimals === '') return undefined;
      num = Number(`${num}.${decimals}`);
      decimals = undefined;
    }
    const place = ZH_PLACES[ch];
    if (place === 10 && i === 1) hasDigit = true; // 十二, 十亿: a leading 十 is the number ten
    // 二三十 is a rough range (twenty or thirty), not 230: digits spelled one by one take no place word.
    if ((place !== undefined || ZH_SECTIONS[ch] !== undefined) && digitByDigit) return undefined;
    if (place !== undefined) {
      if (place >= (lastPlace || Infinity) && lastPlace < 1e4 && lastPlace !== 0) return undefined;
      section += (num ?? 1) * place;
      num = undefined;
      lastPlace = place;
      scaled = true;
      continue;
    }
    const level = ZH_SECTIONS[ch];
    if (level === undefined) return undefined;
    let below = section + (num ?? 0);
    // 四万万 = 4e8: a section word right after another multiplies it.
    const nothingPending = section === 0 && num === undefined;
    while (terms.length > 0 && (terms[terms.length - 1]!.level < level || (nothingPending && terms[terms.length - 1]!.level === level))) {
      below += terms.pop()!.amount;
    }
    terms.push({ amount: (below || 1) * level, level });
    section = 0;
    num = undefined;
    lastPlace = level;
    scaled = true;
  }
  if (decimals !== undefined) {
    if (decimals === '') return undefined;
    fraction = Number(`0.${decimals}`);
  }
  // 两千五 and 一万五: a lone digit right after a place word counts in the next lower place.
  if (num !== undefined && singleDigit && lastPlace >= 100 && !digitByDigit) num *= lastPlace / 10;
  let value = section + (num ?? 0) + fraction;
  for (const t of terms) value += t.amount;
  if (!Number.isFinite(value)) return undefined;
  return { value: Number(value.toPrecision(15)), scaled, hasDigit, digitByDigit };
}

/** Full-width digits, point and minus as their ASCII forms. */
function halfWidth(text: string): string {
  return text.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)).replace(/．/g, '.').replace(/－/g, '-');
}
