import { EN_FRACTIONS, EN_MULTIPLIERS, EN_TENS, EN_UNITS } from '../../vocab/numbers.js';

/** The value of the longest well-formed prefix of a run of English number words, and its length. */
export interface WordsReading {
  readonly value: number;
  /** Characters read from `from` (the rest of the run starts a new number). */
  readonly length: number;
  /** More than one number word, or a multiplier: `twenty-one`, `a million`. */
  readonly compound: boolean;
}

const WORD = /[A-Za-z]+/g;
/** Fractions that may follow `and a` (three and a third). */
const SINGULAR_FRACTIONS = new Set(Object.keys(EN_FRACTIONS));

/**
 * Reads `one hundred and twenty`, `two dozen`, `half a million`, `twenty-one`, `a thousand`,
 * `two and a half`.
 * Stops before a word that cannot continue the number (`two three` reads `two`).
 */
export function parseNumberWords(run: string, from = 0): WordsReading | undefined {
  let total = 0;
  let group = 0;
  let groupSet = false;
  let half = false;
  let andAHalf = false;
  let afterHalf = false;
  let andAfterSmall = false;
  let extra = 0;
  let last: 'unit' | 'tens' | 'hundred' | 'big' | 'a' | 'and' | 'start' = 'start';
  let lastBig = Infinity;
  let words = 0;
  let consumed = from;
  WORD.lastIndex = from;
  let decimals: string | undefined;
  let decimalScale = 1;
  let hundreds = 0; // the hundreds of the current group, which a following dozen does not multiply
  for (let m = WORD.exec(run); m; m = WORD.exec(run)) {
    const w = m[0].toLowerCase();
    const end = m.index + m[0].length;
    // two hundred point zero three: after `point`, each digit word is one decimal digit.
    if (decimals !== undefined) {
      const digit = EN_UNITS[w];
      // one point five billion: a scale closes the decimals.
      if (digit === undefined && decimals !== '' && (EN_MULTIPLIERS[w] ?? 0) >= 1e3 && EN_MULTIPLIERS[w]! < lastBig) {
        decimalScale = EN_MULTIPLIERS[w]!;
        consumed = end;
        break;
      }
      if (digit === undefined || digit > 9) break;
      decimals += String(digit);
      words++;
      consumed = end;
      continue;
    }
    if (w === 'point') {
      if (last !== 'unit' && last !== 'tens' && last !== 'hundred' && last !== 'big') break;
      decimals = '';
      continue;
    }
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'big' && last !== 'unit' && last !== 'tens') break;
      andAfterSmall = last === 'unit' || last === 'tens'; // after `one and`, only `a half` may follow
      last = 'and';
      continue;
    }
    if (w === 'a' || w === 'an') {
      if (last === 'and' && groupSet) {
        andAHalf = true; // one and a half
        continue;
      }
      if (last !== 'start' && !(half && words === 1)) break;
      group = 1;
      groupSet = true;
      last = 'a';
      continue;
    }
    if (andAHalf && SINGULAR_FRACTIONS.has(w)) {
      // two and a half, three and a third; a multiplier may still follow: two and a half million.
      extra = 1 / EN_FRACTIONS[w]!;
      andAHalf = false;
      afterHalf = true;
      last = 'a';
      words++;
      consumed = end;
      continue;
    }
    if (w === 'half') {
      if (last !== 'start') break;
      half = true;
      last = 'a';
      words++;
      consumed = end;
      continue;
    }
    const unit = EN_UNITS[w];
    const tens = EN_TENS[w];
    const mult = EN_MULTIPLIERS[w];
    if ((last === 'and' && andAfterSmall) || (afterHalf && mult === undefined)) break;
    if (afterHalf) {
      group += extra;
      extra = 0;
      afterHalf = false;
    }
    if (unit !== undefined) {
      if (last === 'unit' || last === 'a') break;
      if (last === 'tens' && unit >= 10) break;
      group += unit;
      groupSet = true;
      last = 'unit';
    } else if (tens !== undefined) {
      if (last === 'unit' || last === 'tens' || last === 'a') break;
      group += tens;
      groupSet = true;
      last = 'tens';
    } else if (mult !== undefined) {
      if (!groupSet && !half) break;
      if (mult <= 100) {
        if (last === 'hundred' && !(mult === 12 && group % 100 === 0)) break;
        // three hundred and two dozen = 300 + 24: a dozen takes only what follows the hundreds.
        const below = mult === 12 && last !== 'hundred' ? group - hundreds : group;
        group = (groupSet ? group - below + below * mult : mult);
        if (mult === 100) hundreds = group;
        last = 'hundred';
      } else {
        if (mult >= lastBig) break;
        total += (groupSet ? group : 1) * mult;
        group = 0;
        hundreds = 0;
        groupSet = false;
        lastBig = mult;
        last = 'big';
      }
    } else break;
    words++;
    consumed = end;
  }
  if (consumed === from || (half && words === 1)) return undefined;
  let value = total + group;
  if (half) value /= 2;
  value += extra;
  if (decimals && Number.isInteger(value)) value = Number(`${group}.${decimals}`) * decimalScale + total;
  return { value, length: consumed - from, compound: words > 1 || total > 0 };
}

/** Where the word starting at `at` ends. */
export function wordEnd(run: string, at: number): number {
  while (at < run.length && run[at] !== ' ' && run[at] !== '-') at++;
  return at;
}

/** The start of the next number word after `at`, past spaces, hyphens, commas and `and`. */
export function nextWord(run: string, at: number): number {
  for (;;) {
    while (at < run.length && (run[at] === ' ' || run[at] === '-' || run[at] === ',')) at++;
    if (run.startsWith('and ', at)) at += 4;
    else return at;
  }
}

/** The last number of a run that holds several (`two three` → three), and where it starts. */
export function lastNumberWords(run: string): { value: number; at: number } | undefined {
  let last: { value: number; at: number } | undefined;
  for (let at = 0; at < run.length; ) {
    const words = parseNumberWords(run, at);
    if (!words) {
      last = undefined;
      at = nextWord(run, wordEnd(run, at));
      continue;
    }
    last = at + words.length === run.length ? { value: words.value, at } : undefined;
    at = nextWord(run, at + words.length);
  }
  return last;
}
