import type { Claim, Subject } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { alternation } from '../extract/pattern.js';
import { extend } from '../util/extend.js';
import { sentenceAt } from './segment-search.js';
import { ROUND_TOPICS, THIS_ROUND_WORDS } from '../vocab/attributes.js';
import { ROUNDS_TOTAL } from './attribute.js';
import { headlineOf } from '../segment/headline.js';

const FUNDING_ROUND = 'funding-round';
/** `这15亿美元的融资`: an amount the sentence points at is the round's. */
const THIS_AMOUNT = /(?:这|這|该|該|此)(?:笔|筆)?[ \t]?$/u;
/** A share right before an amount in brackets (`60%（1.8亿美元）`): the amount is that share of something. */
const SHARE_BEFORE = /[%％][ \t]*[（(][ \t]*$/u;
const THIS_ROUND = new RegExp(`(?<![A-Za-z])(?:${alternation(THIS_ROUND_WORDS)})(?![A-Za-z])`, 'iu');
/** How sure the company of `this round` taken from the round the article names first is: just enough to be compared. */
const ROUND_SUBJECT_CONFIDENCE = 0.6;

/**
 * `星穹智能完成5亿元C轮融资` … `星穹智能本轮共融资3亿元`: an amount of `this round` is of the round the
 * article names first, in its headline or lede (`funding-round:series-c`), so a headline and its
 * body that disagree on it are one figure stated twice; the rounds of its history come after. A
 * sentence of `this round` that names no one (`按照计划，本轮5亿美元资金中…`) is about that round's company.
 * So is an amount raised that the headline names no round of (`Brightmoor Energy raises $420 million`).
 */
export function roundOfReferences(doc: Document, claims: readonly Claim[]): Claim[] {
  let first: { topic: string; subject: Subject } | null | undefined;
  let out: Claim[] | undefined;
  let headline: number | undefined | null = null;
  let onlyRound: boolean | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.attribute !== FUNDING_ROUND) continue;
    const segment = doc.segments[c.segment];
    const sentence = segment && sentenceAt(segment, c.start);
    if (!sentence) continue;
    const before = doc.text.slice(sentence.start, c.start);
    const reference = THIS_ROUND.exec(before) ?? THIS_AMOUNT.exec(before);
    // `Brightmoor Energy raises $420 million…` over `The Series C round raised $240 million`: a headline's raise is the round the article tells of.
    if (headline === null) headline = headlineOf(doc);
    // `The round brings the total Brightmoor has raised to $425 million`: a total of rounds, not the round;
    // `本轮资金的60%（1.8亿美元）用于采购GPU`: a share of it.
    if (reference ? ROUNDS_TOTAL.test(before.slice(reference.index + reference[0].length)) || SHARE_BEFORE.test(before) : c.segment !== headline) continue;
    if (first === undefined) first = firstNamedRound(claims);
    if (first === null) return out ?? (claims as Claim[]);
    // A headline's raise is the round only where the article names one round: else it may be any of them.
    if (!reference && (onlyRound ??= namesOneRound(claims)) === false) continue;
    if (c.subject && c.subject.id !== first.subject.id) continue;
    out ??= claims.slice();
    out[k] = extend(c, { attribute: `${FUNDING_ROUND}:${first.topic}`, subject: c.subject && !c.subject.guessed ? c.subject : extend(first.subject, { confidence: ROUND_SUBJECT_CONFIDENCE }) });
  }
  return out ?? (claims as Claim[]);
}

/** Whether the article's amounts of named rounds are all of one round. */
function namesOneRound(claims: readonly Claim[]): boolean {
  let topic: string | undefined;
  for (const c of claims) {
    if (!c.attribute?.startsWith(`${FUNDING_ROUND}:`)) continue;
    const t = c.attribute.slice(FUNDING_ROUND.length + 1);
    if (!ROUND_TOPICS.includes(t)) continue;
    if (topic !== undefined && topic !== t) return false;
    topic = t;
  }
  return true;
}

/** The round, and its company, of the article's first amount of a named round; null for none. */
function firstNamedRound(claims: readonly Claim[]): { topic: string; subject: Subject } | null {
  for (const c of claims) {
    if (!c.subject || !c.attribute?.startsWith(`${FUNDING_ROUND}:`)) continue;
    const topic = c.attribute.slice(FUNDING_ROUND.length + 1);
    if (ROUND_TOPICS.includes(topic)) return { topic, subject: c.subject };
  }
  return null;
}
