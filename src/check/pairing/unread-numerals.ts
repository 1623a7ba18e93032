import type { Claim } from '../../model/claim.js';
import type { Document } from '../../model/document.js';
import { EN_NUMBER_WORDS, ZH_NUMERAL_CHARS } from '../../vocab/numeral-words.js';
import { execAll } from '../../extract/pattern.js';

const DIGITS = '(?<![A-Za-z])[0-9０-９][0-9０-９.,，]*(?![A-Za-z])';
const ZH = `[${ZH_NUMERAL_CHARS}]{2,}|[${ZH_NUMERAL_CHARS}]分之|百分之`;
const EN = `\\b(?:${EN_NUMBER_WORDS.join('|')})\\b`;
/**
 * The three kinds of number in one pass. Their matches start with different characters (a digit,
 * a numeral character, a letter) and hold no character another kind starts with, so one scan
 * finds exactly what three separate scans would.
 */
const NUMBERS = new RegExp(`${DIGITS}|${ZH}|${EN}`, 'gi');
const STARTS_WITH_DIGIT = /^[0-9０-９]/;
const STARTS_WITH_LETTER = /^[A-Za-z]/;
/** A bare year is context, not a figure a translation must carry. */
const YEAR = /^(?:19|20)\d\d$/;
/** Chinese words built from numeral characters that are not numbers. */
const NOT_NUMBERS = /^(?:一些|一起|一样|一直|一定|一般|一度|一系列|一切|一方面|万一|千万|十分|百度|一旦|统一|唯一|第一)$/;

/**
 * Per segment, how many numbers its text states that no claim covers (`一千五百亿` where only
 * Arabic figures are read, `a fifth`). Kept in the document's result so that a translation check
 * can tell "the other side has no such figure" from "the other side words it in a way not read".
 * Only segments with unread numbers are listed.
 */
export function unreadNumerals(doc: Document, claims: readonly Claim[]): Record<number, number> {
  const out: Record<number, number> = {};
  const bySegment = new Map<number, Claim[]>();
  for (const c of claims) {
    const list = bySegment.get(c.segment);
    if (list) list.push(c);
    else bySegment.set(c.segment, [c]);
  }
  for (const segment of doc.segments) {
    if (segment.sentences.length === 0) continue;
    const { start, end } = segment.content;
    const text = doc.text.slice(start, end);
    const covered = coveredSpans(bySegment.get(segment.index) ?? []);
    let unread = 0;
    // Matches come in text order, so one pointer walks the covered spans: linear in the segment.
    let next = 0;
    for (const m of execAll(NUMBERS, text)) {
      const s = start + m.index;
      const e = s + m[0].length;
      while (next < covered.length && covered[next + 1]! <= s) next += 2;
      if (next < covered.length && covered[next]! < e) continue;
      if (STARTS_WITH_DIGIT.test(m[0])) {
        if (YEAR.test(m[0].replace(/[.,，]+$/, ''))) continue;
      } else if (!STARTS_WITH_LETTER.test(m[0]) && NOT_NUMBERS.test(m[0])) continue;
      unread++;
    }
    if (unread > 0) out[segment.index] = unread;
  }
  return out;
}

/**
 * The claims' spans merged into disjoint spans in text order, as a flat list of start and end
 * offsets. Claims come from the extractor in text order: they are sorted only when they do not.
 */
function coveredSpans(claims: readonly Claim[]): number[] {
  let ordered = claims;
  for (let k = 1; k < claims.length; k++) {
    if (claims[k]!.start < claims[k - 1]!.start) {
      ordered = [...claims].sort((a, b) => a.start - b.start);
      break;
    }
  }
  const merged: number[] = [];
  for (const c of ordered) {
    const last = merged.length - 1;
    if (last > 0 && c.start <= merged[last]!) merged[last] = Math.max(merged[last]!, c.end);
    else merged.push(c.start, c.end);
  }
  return merged;
}
