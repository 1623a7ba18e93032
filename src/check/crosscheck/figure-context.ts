import type { Claim } from '../../model/claim.js';
import { isHan } from '../../segment/script.js';
import { CONTEXT_FUNCTION_CHARACTERS, CONTEXT_STOP_BIGRAMS, CONTEXT_STOP_WORDS, TIME_BASIS_WORDS } from '../../vocab/context-words.js';
import { alternation } from '../../extract/pattern.js';

/** How far from a figure its words are read, within its sentence: Chinese characters, English characters. */
const ZH_REACH = 16;
const EN_REACH = 48;
/** Where a figure's sentence ends: its words stop there. */
const SENTENCE_END = /[。！？!?；;\n]|\.(?:\s|$)/;
const SENTENCE_ENDS = new RegExp(SENTENCE_END, 'g');
const STOP_BIGRAMS = new Set(CONTEXT_STOP_BIGRAMS);
const STOP_WORDS = new Set(CONTEXT_STOP_WORDS);
const WORD = /[A-Za-z]{4,}/g;
/** Pairs with a particle or preposition in them (`年的`, `将有`) run across words. */
const FUNCTION_CHARACTER = new RegExp(`[${CONTEXT_FUNCTION_CHARACTERS}]`, 'u');
/** A figure's own words (digits, scale and currency words) are not its context. */
const FIGURE_WORD = /^(?:million|billion|trillion|thousand|hundred|percent|dollars?|euros?|yuan|pounds?)$/i;

/** How much a shared word weighs: an English word of four letters or more says as much as two pairs of Chinese characters. */
export function weightOf(word: string): number {
  return isHan(word.charCodeAt(0)) ? 1 : 2;
}

/**
 * The words around a figure that say what it is of, when the binder named neither its subject nor
 * its measure: the pairs of Chinese characters (`首批`, `算力`, `力券`) and the longer English
 * words (`season`, `commitment`) of its sentence near it, without the figure itself and the words
 * of any sentence (`公司`, `which`). Two figures that share them are likely one figure restated.
 */
export function contextOf(text: string, claim: Pick<Claim, 'start' | 'end' | 'lang'>): Set<string> {
  const out = new Set<string>();
  const reach = claim.lang === 'zh' ? ZH_REACH : EN_REACH;
  const before = text.slice(Math.max(0, claim.start - reach), claim.start);
  const after = text.slice(claim.end, claim.end + reach);
  const ends = [...before.matchAll(SENTENCE_ENDS)];
  const left = ends.length > 0 ? before.slice(ends[ends.length - 1]!.index! + ends[ends.length - 1]![0].length) : before;
  const stop = SENTENCE_END.exec(after);
  const right = stop ? after.slice(0, stop.index) : after;
  for (const side of [left, right]) {
    for (let i = 0; i + 1 < side.length; i++) {
      if (!isHan(side.charCodeAt(i)) || !isHan(side.charCodeAt(i + 1))) continue;
      const bigram = side.slice(i, i + 2);
      if (!STOP_BIGRAMS.has(bigram) && !FUNCTION_CHARACTER.test(bigram)) out.add(bigram);
    }
    for (const m of side.matchAll(WORD)) {
      const word = m[0].toLowerCase();
      if (!STOP_WORDS.has(word) && !FIGURE_WORD.test(word)) out.add(word);
    }
  }
  return out;
}

const BASIS_OF = new Map(Object.entries(TIME_BASIS_WORDS).flatMap(([basis, words]) => words.map((w) => [w.toLowerCase(), basis] as const)));
const BASIS_BEFORE = new RegExp(`(${alternation([...BASIS_OF.keys()])})[^，。；,;]{0,12}$`, 'iu');
const BASIS_AFTER = new RegExp(`^[^，。；,;]{0,3}?(${alternation([...BASIS_OF.keys()])})`, 'iu');

/** The span of time a figure counts, as the words right around it say (`月产能12万片` → month), if they do. */
export function timeBasisOf(text: string, claim: Pick<Claim, 'start' | 'end'>): string | undefined {
  const before = BASIS_BEFORE.exec(text.slice(Math.max(0, claim.start - 16), claim.start));
  const after = before ? null : BASIS_AFTER.exec(text.slice(claim.end, claim.end + 16));
  const word = before?.[1] ?? after?.[1];
  return word === undefined ? undefined : BASIS_OF.get(word.toLowerCase());
}
