import type { Span } from '../model/span.js';
import { isAsciiDigit, isAsciiLetter, isHan, isSpace, isUpperAscii } from './script.js';
import { ENGLISH_ABBREVIATIONS } from '../vocab/abbreviations.js';

const LATIN_ENDS = new Set([33, 63, 59]); // ! ? ;
const CLOSERS = new Set([0x201d, 0x2019, 0x300d, 0x300f, 0xff09, 41, 34, 39, 0x3011]); // ”’」』）)"'】

/** Characters below U+3000 that may end a sentence (no Han character is below U+3000); above it, 。！？；. */
const MAY_END_BELOW_3000 = new Uint8Array(0x3000);
for (const c of [...LATIN_ENDS, 46]) MAY_END_BELOW_3000[c] = 1;

/** How far back a stretch must be free of Han text before a switch to Chinese starts a sentence. */
const SCRIPT_SWITCH_WINDOW = 40;

/**
 * Splits a block's content into sentences: at Chinese 。！？；, at English `.`/`!`/`?` followed by
 * a space (not after an abbreviation such as `Dec.` or inside `3.5`), and where an English passage
 * runs straight into a Chinese one, as in bilingual articles that put both on one line.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = [];
  let sentenceStart = skipSpace(text, start, end);
  let lastHan = -Infinity;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Most characters neither end a sentence nor are Han: skip them with one lookup.
    if (c < 0x3000 ? MAY_END_BELOW_3000[c] === 0 : !isCjkEnd(c) && !isHan(c)) continue;
    let cut = -1;
    // (想玩AI?按规划…, 想玩AI?12月17日…: an ASCII ! or ? ends a Chinese sentence that goes on right after it)
    if (isCjkEnd(c) || (LATIN_ENDS.has(c) && (isSpaceOrEnd(text, i + 1, end) || (c !== 59 && chineseGoesOn(text, i + 1, lastHan >= sentenceStart))))) cut = i + 1;
    else if (c === 46 && isSpaceOrEnd(text, i + 1, end) && !endsWithAbbreviation(text, sentenceStart, i) && !isDottedDay(text, i)) cut = i + 1;
    else if (isHan(c)) {
      if (i - lastHan > SCRIPT_SWITCH_WINDOW && i - sentenceStart > SCRIPT_SWITCH_WINDOW && isSpace(text.charCodeAt(i - 1))) {
        push(out, text, sentenceStart, i);
        sentenceStart = i;
      }
      lastHan = i;
    }
    if (cut >= 0) {
      while (cut < end && CLOSERS.has(text.charCodeAt(cut))) cut++;
      push(out, text, sentenceStart, cut);
      sentenceStart = skipSpace(text, cut, end);
      i = Math.max(i, cut - 1);
    }
  }
  push(out, text, sentenceStart, end);
  return out;
}

/** Chinese text right at `i`: a Han character, or digits when the sentence is Chinese (`?12月17日`). */
function chineseGoesOn(text: string, i: number, inChinese: boolean): boolean {
  const c = text.charCodeAt(i);
  return isHan(c) || (inChinese && (isAsciiDigit(c) || (c >= 0xff10 && c <= 0xff19)));
}

function isCjkEnd(c: number): boolean {
  return c === 0x3002 || c === 0xff01 || c === 0xff1f || c === 0xff1b;
}

function push(out: Span[], text: string, start: number, end: number): void {
  while (end > start && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) end--;
  if (end > start) out.push({ start, end });
}

function skipSpace(text: string, i: number, end: number): number {
  while (i < end && (isSpace(text.charCodeAt(i)) || text.charCodeAt(i) === 10 || text.charCodeAt(i) === 13)) i++;
  return i;
}

function isSpaceOrEnd(text: string, i: number, end: number): boolean {
  if (i >= end) return true;
  const c = text.charCodeAt(i);
  return isSpace(c) || c === 10 || c === 13 || CLOSERS.has(c);
}

/** After the dot of a day written the German way: ` Nov. 2016`, ` November 2016`. */
const MONTH_AND_YEAR = /[ \t](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]{0,6}\.?[ \t](?:1[0-9]|20)[0-9]{2}(?![0-9])/y;

/** `16. Nov. 2016`: the dot after a day (one or two digits) before a month and a year ends no sentence. */
function isDottedDay(text: string, dot: number): boolean {
  if (!isAsciiDigit(text.charCodeAt(dot - 1))) return false;
  const digits = isAsciiDigit(text.charCodeAt(dot - 2)) ? 2 : 1;
  const before = text.charCodeAt(dot - 1 - digits);
  if (isAsciiDigit(before) || before === 46) return false;
  MONTH_AND_YEAR.lastIndex = dot + 1;
  return MONTH_AND_YEAR.test(text);
}

/** No word longer than this can be an abbreviation: it is not built as a string to be looked up. */
const LONGEST_ABBREVIATION = Math.max(...[...ENGLISH_ABBREVIATIONS].map((a) => a.length));

/** Read by character code: `text[i]` of a two-byte text builds a string per character. */
function endsWithAbbreviation(text: string, from: number, dot: number): boolean {
  let i = dot;
  while (i > from && isAsciiLetter(text.charCodeAt(i - 1))) i--;
  const length = dot - i;
  // Initials ("J. Ross", "U.S."), but not a scale letter after a figure ("330B.", "$2.5M.").
  if (length === 1 && isUpperAscii(text.charCodeAt(i))) return !isAsciiDigit(text.charCodeAt(i - 1));
  return length > 0 && length <= LONGEST_ABBREVIATION && ENGLISH_ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

