import { franc } from 'franc';
import type { Lang } from '../model/lang.js';
import { isHan, isHangul, isKana, isLatinLetter } from './script.js';
import { ENGLISH_FUNCTION_WORDS, ENGLISH_MARKER_WORDS, FRANC_TO_ISO1 } from '../vocab/languages.js';

/** Letter counts by script over a stretch of text. */
export interface ScriptCounts {
  han: number;
  latin: number;
  kana: number;
  hangul: number;
}

export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  const counts = { han: 0, latin: 0, kana: 0, hangul: 0 };
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 65) continue;
    if (isLatinLetter(c)) counts.latin++;
    else if (isHan(c)) counts.han++;
    else if (isKana(c)) counts.kana++;
    else if (isHangul(c)) counts.hangul++;
  }
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
  return latinLanguage(text.slice(start, end));
}

/** Latin letters with diacritics (é, ü, ß, ø, ł …): English text has none. */
const ACCENTED_LATIN = /[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f]/;

function latinLanguage(text: string): Lang {
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let functionWords = 0;
  let markers = 0;
  for (const w of words) {
    if (ENGLISH_FUNCTION_WORDS.has(w)) functionWords++;
    if (ENGLISH_MARKER_WORDS.has(w)) markers++;
  }
  if (words.length < 4 || functionWords * 8 >= words.length) return 'en';
  if (markers > 0 && !ACCENTED_LATIN.test(text)) return 'en';
  const code = franc(text, { minLength: 20 });
  return FRANC_TO_ISO1[code] ?? (code === 'und' ? 'en' : 'und');
}

/** The weight of a stretch in letters: a Han character counts as three Latin letters. */
export function weightOfCounts(c: ScriptCounts): number {
  return c.han + c.latin / LATIN_LETTERS_PER_HAN + c.kana + c.hangul;
}

/** The language of several weighted stretches: the one with the most letters. */
export function dominantLanguage(parts: Iterable<{ lang: Lang; weight: number }>): Lang {
  const totals = new Map<Lang, number>();
  for (const p of parts) if (p.lang !== 'und') totals.set(p.lang, (totals.get(p.lang) ?? 0) + p.weight);
  let best: Lang = 'und';
  let bestWeight = 0;
  for (const [lang, weight] of [...totals].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    if (weight > bestWeight) {
      best = lang;
      bestWeight = weight;
    }
  }
  return best;
}
