import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { alternation } from '../extract/pattern.js';
import { extend } from '../util/extend.js';
import { sentenceOf } from './reported-period.js';
import { ROUND_TOPICS, THIS_ROUND_WORDS } from '../vocab/attributes.js';

const FUNDING_ROUND = 'funding-round';
const THIS_ROUND = new RegExp(`(?<![A-Za-z])(?:${alternation(THIS_ROUND_WORDS)})(?![A-Za-z])`, 'iu');

/**
 * `星穹智能完成5亿元C轮融资` … `星穹智能本轮共融资3亿元`: an amount of `this round` is of the round the
 * article names first, in its headline or lede (`funding-round:series-c`), so a headline and its
 * body that disagree on it are one figure stated twice; the rounds of its history come after.
 */
export function roundOfReferences(doc: Document, claims: readonly Claim[]): Claim[] {
  let round: string | null | undefined;
  let out: Claim[] | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.attribute !== FUNDING_ROUND || !c.subject) continue;
    const sentence = sentenceOf(doc, c);
    if (!sentence || !THIS_ROUND.test(doc.text.slice(sentence.start, c.start))) continue;
    if (round === undefined) round = firstNamedRound(claims, c.subject.id);
    if (round === null) return out ?? (claims as Claim[]);
    out ??= claims.slice();
    out[k] = extend(c, { attribute: `${FUNDING_ROUND}:${round}` });
  }
  return out ?? (claims as Claim[]);
}

/** The round the company's first amount of a named round is of, or null for none. */
function firstNamedRound(claims: readonly Claim[], subject: string): string | null {
  for (const c of claims) {
    if (c.subject?.id !== subject || !c.attribute?.startsWith(`${FUNDING_ROUND}:`)) continue;
    const topic = c.attribute.slice(FUNDING_ROUND.length + 1);
    if (ROUND_TOPICS.includes(topic)) return topic;
  }
  return null;
}
