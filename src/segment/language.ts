import { franc } from 'franc';
import type { Lang } from '../model/lang.js';
import { unpinned } from '../text/own-copy.js';
import { isHan, isHangul, isKana, isLatinLetter } from './script.js';
import { ENGLISH_FUNCTION_WORDS, ENGLISH_MARKER_WORDS, FRANC_TO_ISO1 } from '../vocab/languages.js';

/** Letter counts by script over a stretch of text. */
export interface ScriptCounts {
  han: number;
  latin: number;
  kana: number;
  hangul: number;
}

/** The script of each UTF-16 unit (0: none counted, 1 Latin, 2 Han, 3 kana, 4 Hangul): one lookup per character. */
const SCRIPT_OF = new Uint8Array(0x10000);
for (let c = 65; c < 0x10000; c++) {
  SCRIPT_OF[c] = isLatinLetter(c) ? 1 : isHan(c) ? 2 : isKana(c) ? 3 : isHangul(c) ? 4 : 0;
}

export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  return countScriptsInto({ han: 0, latin: 0, kana: 0, hangul: 0 }, text, start, end);
}

/** `countScripts` written into `counts` (a scratch object reused for every sentence of a scan). */
export function countScriptsInto(counts: ScriptCounts, text: string, start: number, end: number): ScriptCounts {
  let latin = 0;
  let han = 0;
  let kana = 0;
  let hangul = 0;
  for (let i = start; i < end; i++) {
    const script = SCRIPT_OF[text.charCodeAt(i)];
    if (!script) continue;
    if (script === 1) latin++;
    else if (script === 2) han++;
    else if (script === 3) kana++;
    else hangul++;
  }
  counts.han = han;
  counts.latin = latin;
  counts.kana = kana;
  counts.hangul = hangul;
  return counts;
}

/** A Han character carries about as much text as three Latin letters. */
const LATIN_LETTERS_PER_HAN = 3;

/**
 * Chooses a language from the script first, as franc itself does, and asks franc only about
 * Latin-script text that has none of the commonest English words: franc on every paragraph
 * would be the slowest step of a scan.
 */
export function chooseLanguage(text: string, start = 0, end = text.length): Lang {
  return languageOfCounts(countScripts(text, start, end), text, start, end);
}

/** `chooseLanguage` for a stretch whose script counts are already known. */
export function languageOfCounts(counts: ScriptCounts, text: string, start: number, end: number): Lang {
  if (counts.kana > 0 && counts.kana * 4 >= counts.han) return 'ja';
  if (counts.hangul > counts.han) return 'ko';
  const latinWeight = counts.latin / LATIN_LETTERS_PER_HAN;
  if (counts.han + latinWeight < 2) return 'und';
  if (counts.han >= latinWeight) return 'zh';
  return latinLanguage(text, start, end);
}

/** Latin letters with diacritics (é, ü, ß, ø, ł …): English text has none. */
const ACCENTED_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;

function latinLanguage(text: string, start: number, end: number): Lang {
  const tally = tallyEnglishWords(text, start, end) ?? tallyEnglishWordsSlowly(text.slice(start, end));
  if (tally.words < 4 || tally.functionWords * 8 >= tally.words) return 'en';
  const stretch = text.slice(start, end);
  if (tally.markers > 0 && !ACCENTED_LATIN.test(stretch)) return 'en';
  return francLanguage(stretch);
}

interface WordTally {
  words: number;
  functionWords: number;
  markers: number;
}

/**
 * A lower-case word of up to `MAX_CODED_LETTERS` letters a-z as a number, its letters read as the
 * digits 1-26 in base 27 (exact in a double): words are looked up without being built as strings.
 */
const MAX_CODED_LETTERS = 11;
const LETTERS = 27;

function wordCode(word: string): number {
  let code = 0;
  for (let i = 0; i < word.length; i++) code = code * LETTERS + (word.charCodeAt(i) - 96);
  return code;
}

const codesOf = (words: ReadonlySet<string>) => new Set([...words].filter((w) => /^[a-z]+$/.test(w) && w.length <= MAX_CODED_LETTERS).map(wordCode));
const FUNCTION_WORD_CODES = codesOf(ENGLISH_FUNCTION_WORDS);
const MARKER_WORD_CODES = codesOf(ENGLISH_MARKER_WORDS);

/**
 * The words `[a-z]+` of the lower-cased stretch, counted without lower-casing or splitting it:
 * a word of up to 11 letters is looked up by its code (this runs on every Latin-script
 * sentence: a string per word was 2% of all a scan allocates), a longer one as a string.
 * `undefined` when the stretch holds one of the two letters outside ASCII that lower-case to ASCII
 * letters (İ → i̇, the Kelvin sign → k): the slow path then reads it exactly.
 */
function tallyEnglishWords(text: string, start: number, end: number): WordTally | undefined {
  const tally: WordTally = { words: 0, functionWords: 0, markers: 0 };
  let wordStart = -1;
  let code = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122 ? c - 96 : c >= 65 && c <= 90 ? c - 64 : 0;
    if (letter > 0) {
      if (wordStart < 0) (wordStart = i), (code = 0);
      code = code * LETTERS + letter;
      continue;
    }
    if (c === 0x130 || c === 0x212a) return undefined;
    if (wordStart >= 0) {
      if (i - wordStart <= MAX_CODED_LETTERS) {
        tally.words++;
        if (FUNCTION_WORD_CODES.has(code)) tally.functionWords++;
        if (MARKER_WORD_CODES.has(code)) tally.markers++;
      } else count(tally, text.slice(wordStart, i).toLowerCase());
      wordStart = -1;
    }
  }
  return tally;
}

function tallyEnglishWordsSlowly(stretch: string): WordTally {
  const tally: WordTally = { words: 0, functionWords: 0, markers: 0 };
  for (const word of stretch.toLowerCase().match(/[a-z]+/g) ?? []) count(tally, word);
  return tally;
}

function count(tally: WordTally, word: string): void {
  tally.words++;
  if (ENGLISH_FUNCTION_WORDS.has(word)) tally.functionWords++;
  if (ENGLISH_MARKER_WORDS.has(word)) tally.markers++;
}

/**
 * franc's verdicts on the stretches it was asked about: boilerplate lines come back in every
 * document. Keys are copies: a stretch is a slice of its document's text, which V8 would keep
 * whole in memory for as long as the key lives (here, for the rest of the run).
 */
const francVerdicts = new Map<string, Lang>();
const MAX_FRANC_VERDICTS = 10_000;
const MAX_REMEMBERED_LENGTH = 400;

function francLanguage(stretch: string): Lang {
  const known = francVerdicts.get(stretch);
  if (known !== undefined) return known;
  const code = franc(stretch, { minLength: 20 });
  const lang = FRANC_TO_ISO1[code] ?? (code === 'und' ? 'en' : 'und');
  if (francVerdicts.size < MAX_FRANC_VERDICTS && stretch.length <= MAX_REMEMBERED_LENGTH) francVerdicts.set(unpinned(stretch), lang);
  return lang;
}

/** The weight of a stretch in letters: a Han character counts as three Latin letters. */
export function weightOfCounts(c: ScriptCounts): number {
  return c.han + c.latin / LATIN_LETTERS_PER_HAN + c.kana + c.hangul;
}

/**
 * Letters per language, summed stretch by stretch, and the language with the most (of two with
 * as many, the first in code order). A paragraph holds one or two languages: two short lists
 * rather than a map, and one tally reused from paragraph to paragraph, as this runs for each.
 */
export class LanguageTally {
  private readonly langs: Lang[] = [];
  private readonly totals: number[] = [];

  add(lang: Lang, weight: number): void {
    if (lang === 'und') return;
    const k = this.langs.indexOf(lang);
    if (k < 0) {
      this.langs.push(lang);
      this.totals.push(weight);
    } else this.totals[k]! += weight;
  }

  dominant(): Lang {
    let best: Lang = 'und';
    let bestWeight = 0;
    for (let k = 0; k < this.langs.length; k++) {
      const weight = this.totals[k]!;
      if (weight > bestWeight || (weight === bestWeight && weight > 0 && this.langs[k]! < best)) {
        best = this.langs[k]!;
        bestWeight = weight;
      }
    }
    return best;
  }

  clear(): void {
    this.langs.length = 0;
    this.totals.length = 0;
  }
}
