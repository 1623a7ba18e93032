import type { Claim, Subject } from '../model/claim.js';
import type { Span } from '../model/span.js';
import type { EntityType } from '../vocab/aliases.js';
import type { EntityMention } from './entity-mentions.js';
import { extend } from '../util/extend.js';

/**
 * How far after a figure (in characters) a name of its clause may stand to be its subject
 * (`a $20 billion deal with Groq`); further on, a run-on sentence has usually moved to another
 * subject (`launches X9 Ultra at 6,200 yuan as memory costs squeeze Android flagships NVIDIA is…`).
 */
const AFTER_REACH = 40;

/** Takes the surest binding (0.9) below the confidence compared (0.6). */
const UNTYPED_COMPANY_PENALTY = 0.35;

/** What joins the ids of a deal's parties into its subject's id (`groq+nvidia`). */
export const PARTY_SEPARATOR = '+';

/**
 * The entity a figure is about, among the names of its sentence: the nearest name before it in
 * its clause (`Xiaomi reported revenue of RMB 370B`), else the nearest before it in the sentence
 * (`其…营收达到…`), else the nearest after it in its clause (within `AFTER_REACH`), else after it in the sentence. Names
 * of the type the attribute belongs to are preferred (a release date belongs to the model, not to
 * the company that released it). A deal or investment (`parties`) is about every company its
 * sentence names. The confidence says which case applied.
 */
export function bindSubject(
  mentions: readonly EntityMention[],
  claim: Span & Pick<Claim, 'kind'>,
  clause: Span,
  preferred: readonly EntityType[] | undefined,
  parties = false,
): Subject | undefined {
  if (parties) {
    const companies = [...new Map(mentions.filter((m) => m.type === 'company').map((m) => [m.id, m])).values()];
    if (companies.length >= 2) {
      companies.sort((a, b) => (a.id < b.id ? -1 : 1));
      const party: Subject = { id: companies.map((m) => m.id).join(PARTY_SEPARATOR), label: companies.map((m) => m.label).join(' & '), confidence: 0.8 };
      return companies.some((m) => m.inferred) ? extend(party, { inferred: true as const }) : party;
    }
  }
  // One pass, no lists (it runs for every figure): the last name before the figure and the first
  // after it, among all names that do not overlap it and among those of a preferred type.
  const isTime = claim.kind === 'date' || claim.kind === 'quantity';
  let lastUsable: EntityMention | undefined;
  let firstUsable: EntityMention | undefined;
  let lastTyped: EntityMention | undefined;
  let firstTyped: EntityMention | undefined;
  for (const m of mentions) {
    const isBefore = m.end <= claim.start;
    // A name right against the end of an amount starts the next statement of a run-on line
    // (…净亏损收窄至6.9亿元人民币腾讯在…), where a name the amount is about stands apart (`deal with
    // Groq`); after a time, it is the statement's own (2015年OpenAI成立时).
    if (!isBefore && (m.start < claim.end || (m.start === claim.end && !isTime))) continue;
    const isTyped = preferred !== undefined && preferred.includes(m.type);
    if (isBefore) {
      lastUsable = m;
      if (isTyped) lastTyped = m;
    } else {
      firstUsable ??= m;
      if (isTyped) firstTyped ??= m;
    }
  }
  const typed = lastTyped !== undefined || firstTyped !== undefined;
  // A model's parameters or a product's release date bound to a company only: the company may have
  // several (`星衍-3 … 星衍-2 的总参数为2360亿`), so such a figure is shown but not compared.
  const penalty = typed || !preferred ? 0 : preferred.includes('company') ? 0.15 : UNTYPED_COMPANY_PENALTY;
  const lastBefore = typed ? lastTyped : lastUsable;
  const firstAfter = typed ? firstTyped : firstUsable;
  const inClause = (m: EntityMention) => m.start >= clause.start && m.end <= clause.end;
  const pick = (m: EntityMention | undefined, confidence: number): Subject | undefined =>
    m && subjectOf(m, Math.round((confidence - penalty) * 100) / 100);
  if (lastBefore && inClause(lastBefore)) return pick(lastBefore, 0.9);
  if (firstAfter && inClause(firstAfter) && firstAfter.start - claim.end <= AFTER_REACH) return pick(firstAfter, 0.75);
  if (lastBefore) return pick(lastBefore, 0.7);
  // `11月18日晚间，驰远汽车发布…财报`: a date that opens its sentence is of the name that follows.
  return pick(firstAfter, isTime && claim.kind === 'date' ? 0.7 : 0.5);
}

/** The subject a mention names, with the confidence of the binding. */
export function subjectOf(m: EntityMention, confidence: number): Subject {
  return m.inferred ? { id: m.id, label: m.label, confidence, inferred: true } : { id: m.id, label: m.label, confidence };
}
