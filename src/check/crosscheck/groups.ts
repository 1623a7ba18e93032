import type { Claim } from '../../model/claim.js';
import { ATTRIBUTES } from '../../vocab/attributes.js';
import { intervalOf, type Interval } from '../compare/interval.js';
import { precise, relateWithin } from '../compare/relation.js';
import { isChangeOfRate } from '../../bind/rates.js';
import { MIN_ATTRIBUTE_CONFIDENCE, MIN_SUBJECT_CONFIDENCE } from '../../bind/confidence.js';
import { PART_SUFFIX, TARGET_SUFFIX } from '../../bind/attribute.js';

/** Claims that agree with each other (within tolerance), and the sources that state them. */
export interface ValueClass {
  /** Sorted by file, then by place in the file. */
  readonly claims: Claim[];
  readonly sources: Set<string>;
  trusted: boolean;
}

/**
 * Whether the claim is compared with others at all: a sure subject and attribute, not a stated
 * conversion, and not a part the text does not name (`其中个人用户约61万`, `分产品看，…营收24.3亿元`:
 * two such parts may be two things).
 */
export function isComparable(c: Claim): boolean {
  return c.subject !== undefined && c.subject.confidence >= MIN_SUBJECT_CONFIDENCE && !c.subject.guessed && measuresComparably(c);
}

/** Whether the claim is compared with other documents' claims: a sure one, or one whose subject is guessed (`Subject.guessed`), for slips. */
export function isCompared(c: Claim): boolean {
  return c.subject !== undefined && (c.subject.guessed || c.subject.confidence >= MIN_SUBJECT_CONFIDENCE) && measuresComparably(c);
}

/** Whether the claim would be compared given a sure subject: a sure attribute of no unnamed part, not a stated conversion. */
export function measuresComparably(c: Claim): boolean {
  if (!c.attribute || (c.attributeConfidence ?? MIN_ATTRIBUTE_CONFIDENCE) < MIN_ATTRIBUTE_CONFIDENCE || c.attribute.endsWith(PART_SUFFIX)) return false;
  // `较发行价上涨17.5%`, `较D轮估值增长约51%`: a rate of growth whose text does not say what grew may
  // be of anything (a table's column of growth rates aside: its row names what grew).
  if (c.attribute === GROWTH && c.table === undefined) return false;
  // `衡元-3的得分为91.7%` names no benchmark: it may be any of the model's scores (see `needsTopic`).
  if (NEEDS_TOPIC.has(c.attribute)) return false;
  // `today`, `今日`, a year alone: a date that agrees with no other (see `compatible`) must not outweigh those that do.
  if (c.kind === 'date' && !precise(c)) return false;
  return !c.conversionOf;
}

/** The attribute of a rate of growth that names no measure (`growth:revenue` names one). */
const GROWTH = 'growth';
/** Attributes compared only with the topic that says of what (see `needsTopic`). */
const NEEDS_TOPIC: ReadonlySet<string> = new Set(ATTRIBUTES.filter((a) => a.needsTopic).map((a) => a.id));

/** The kind of value figures are compared as: `money`, `date`, `ratio`, `percent`, `percent-pp` or `amount`. */
function familyOf(c: Claim): string {
  // A change of a rate in points is compared with one in percent: the same number in both is a slip (see `pointsForPercent`).
  return c.kind === 'money' || c.kind === 'date' || c.kind === 'ratio' ? c.kind : c.kind === 'percent' ? (c.unit === 'pp' && !isChangeOfRate(c.attribute) ? 'percent-pp' : 'percent') : 'amount';
}

/**
 * Comparable claims grouped by subject, attribute, period and kind of value: only claims in one
 * group are ever compared (no all-pairs scan). A period that depends on the article's date
 * (`去年`, a quarter without its year) keeps the figure within its own source. The groups come
 * in the order of their first claims.
 *
 * The parts of the key are looked up one after the other in nested maps rather than joined into
 * one string: a string built for each of hundreds of thousands of claims, and hashed to be
 * looked up, was most of the cost of grouping.
 */
export class ClaimGroups {
  readonly groups: Claim[][] = [];
  readonly #root: GroupTree = new Map();

  /**
   * `sourceOf` says which source a claim speaks for (a translation pair is one source);
   * `companyOf` which company an inferred subject is (see `linkCompanies`); `periodOf` the period
   * a claim is compared in (see `undatedPeriods`).
   */
  constructor(
    private readonly sourceOf: (c: Claim) => string,
    private readonly companyOf: (id: string) => string = (id) => id,
    private readonly periodOf: (c: Claim) => string | undefined = (c) => c.period,
  ) {}

  /** Puts the claim in its group and returns the group; `undefined` for a claim never compared. */
  add(c: Claim): Claim[] | undefined {
    if (!isCompared(c)) return undefined;
    // `第二季度` or `去年` without the year: only figures of one source share that period for sure.
    const period = this.periodOf(c);
    const scope = period && /XXXX|year/.test(period) ? this.sourceOf(c) : '';
    const subject = c.subject!.inferred ? this.companyOf(c.subject!.id) : c.subject!.id;
    const byKind = branch(branch(branch(this.#root, subject), c.attribute!), period ?? '');
    const byScope = branch(byKind, familyOf(c));
    let group = byScope.get(scope) as Claim[] | undefined;
    if (!group) {
      group = [];
      byScope.set(scope, group);
      this.groups.push(group);
    }
    group.push(c);
    return group;
  }

  /** The claims of the claim's subject and attribute grouped under the same period a year before (`2024` of `2025`, `2024-Q4` of `2025-Q4`). */
  yearBefore(c: Claim): Claim[] {
    const parts = /^(\d{4})(.*)$/.exec(this.periodOf(c) ?? '');
    return parts ? this.underPeriod(c, `${Number(parts[1]) - 1}${parts[2]}`) : [];
  }

  /** The claims of the claim's subject and attribute whose period is not stated. */
  withoutPeriod(c: Claim): Claim[] {
    return this.periodOf(c) === undefined ? [] : this.underPeriod(c, '');
  }

  /** The claims that state the claim's measure as a goal of its subject for the same period (`capex:target` of `capex`). */
  asGoal(c: Claim): Claim[] {
    const period = this.periodOf(c);
    return period === undefined || c.attribute!.endsWith(TARGET_SUFFIX) ? [] : this.underPeriod(c, period, `${c.attribute!}${TARGET_SUFFIX}`);
  }

  private underPeriod(c: Claim, period: string, attribute = c.attribute!): Claim[] {
    const subject = c.subject!.inferred ? this.companyOf(c.subject!.id) : c.subject!.id;
    const byPeriod = (this.#root.get(subject) as GroupTree | undefined)?.get(attribute) as GroupTree | undefined;
    const byKind = byPeriod?.get(period) as GroupTree | undefined;
    const out: Claim[] = [];
    if (byKind) for (const byScope of byKind.values()) for (const group of (byScope as GroupTree).values()) out.push(...(group as Claim[]));
    return out;
  }
}

/**
 * Whether the claim's value (number and currency or unit) is stated of its subject and attribute for
 * the same period a year before, in a group of `groups`: `2025年研发投入9.8亿元` where other articles
 * give 9.8亿元 as 2024's is likely last year's figure. Asked only to break a tie between two classes.
 */
export function statedForYearBefore(groups: ClaimGroups, c: Claim): boolean {
  return groups.yearBefore(c).some((other) => other.value === c.value && other.value !== null && other.currency === c.currency && other.unit === c.unit);
}

/**
 * How many sources state the claim's value (and way it moved) for its subject and attribute with no
 * period, or as its goal for the same period, besides the claim's own: `down 18.4%` in a wire that names
 * no year backs `同比下降18.4%` of 2025 against another article's `按年上升18.4%`; `expects to spend RMB 21.5
 * billion in 2026` backs `2026年全年资本开支…上调至215亿元` against `251億元`. Asked only to break a tie between two classes.
 */
export function backedWithoutPeriod(groups: ClaimGroups, c: Claim, sourceOf: (c: Claim) => string): number {
  const sources = new Set<string>();
  for (const other of [...groups.withoutPeriod(c), ...groups.asGoal(c)]) {
    if (sourceOf(other) === sourceOf(c) || other.value !== c.value || other.value === null || other.currency !== c.currency || other.unit !== c.unit) continue;
    if (other.direction !== undefined && c.direction !== undefined && other.direction !== c.direction) continue;
    sources.add(sourceOf(other));
  }
  return sources.size;
}

/** Subject, attribute, period, kind of value, then scope: a map per part, the group at the end. */
type GroupTree = Map<string, GroupTree | Claim[]>;

function branch(tree: GroupTree, part: string): GroupTree {
  let next = tree.get(part) as GroupTree | undefined;
  if (!next) {
    next = new Map();
    tree.set(part, next);
  }
  return next;
}

/**
 * Above this many different values, a group is a series (quarterly figures whose periods are not
 * stated, a table, a log), not one figure stated differently: it is not compared. Each figure is
 * compared with every class, so this also keeps classifying linear in the size of any input.
 */
export const MAX_VALUE_CLASSES = 64;

/**
 * Splits a group into classes of agreeing values, each class keyed on its first claim, or
 * `undefined` for a series (more than `MAX_VALUE_CLASSES` classes). `sourceOf` says which source
 * a claim speaks for (a translation pair is one source); `isTrusted` marks reference figures.
 */
export function classify(claims: readonly Claim[], sourceOf: (c: Claim) => string, isTrusted: (c: Claim) => boolean): ValueClass[] | undefined {
  const classes: Building[] = [];
  const ranks = byRank(claims, isTrusted);
  for (let rank = 0; rank < ranks.length; rank++) {
    const trusted = rank < QUALIFIER_RANKS;
    const exact = rank % QUALIFIER_RANKS === 0;
    for (const c of ranks[rank]!) {
      const interval = intervalOf(c);
      // A bound or an approximate figure that agrees with several values (超过300亿 with 1000亿 and
      // 1900亿) takes no side: it joins the best-attested of them without being counted as a source,
      // so which value prevails never depends on the order of the files. An exact figure takes the
      // first class it fits, without trying the others.
      const agreeing = exact ? undefined : classes.filter((k) => fits(k, c, interval));
      const undecided = agreeing !== undefined && agreeing.length > 1;
      const home = undecided ? agreeing.reduce((best, k) => (k.sources.size > best.sources.size ? k : best)) : agreeing ? agreeing[0] : firstFit(classes, c, interval);
      const target = home ?? { claims: [], sources: new Set<string>(), trusted: false, keyInterval: interval };
      if (!home) {
        if (classes.length === MAX_VALUE_CLASSES) return undefined;
        classes.push(target);
      }
      target.claims.push(c);
      if (!undecided) target.sources.add(sourceOf(c));
      if (trusted) target.trusted = true;
    }
  }
  // The claims come document by document, in the order of the files: a class is usually in order already.
  for (const k of classes) if (!inFileOrder(k.claims)) k.claims.sort(byPlace);
  return classes;
}

/** By file, then by place in the file. */
function byPlace(a: Claim, b: Claim): number {
  return a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start;
}

function inFileOrder(claims: readonly Claim[]): boolean {
  for (let i = 1; i < claims.length; i++) if (byPlace(claims[i - 1]!, claims[i]!) > 0) return false;
  return true;
}

/** A class being built, with the interval of the claim it is keyed on: worked out once, not at every comparison. */
interface Building extends ValueClass {
  readonly keyInterval: Interval | undefined;
}

/** Whether a claim (with its interval) agrees with the claim a class is keyed on. */
function fits(k: Building, c: Claim, interval: Interval | undefined): boolean {
  const r = relateWithin(k.claims[0]!, c, false, k.keyInterval, interval).relation;
  return r === 'agree' || r === 'conversion';
}

function firstFit(classes: readonly Building[], c: Claim, interval: Interval | undefined): Building | undefined {
  for (const k of classes) if (fits(k, c, interval)) return k;
  return undefined;
}

/** Exact figures, approximate ones, bounds: see `qualifierRank`. */
const QUALIFIER_RANKS = 3;

/**
 * The claims by the order classes are keyed on them: reference figures first, then exact
 * figures, approximate ones, and bounds last (the best class keys first); within a rank in their
 * own order. Rank `r` holds reference figures when `r < QUALIFIER_RANKS`, of qualifier rank
 * `r % QUALIFIER_RANKS`: each claim is asked whether it is trusted once, here.
 */
function byRank(claims: readonly Claim[], isTrusted: (c: Claim) => boolean): readonly (readonly Claim[])[] {
  const ranks: Claim[][] = [];
  for (let r = 0; r < 2 * QUALIFIER_RANKS; r++) ranks.push([]);
  for (const c of claims) ranks[(isTrusted(c) ? 0 : QUALIFIER_RANKS) + qualifierRank(c)]!.push(c);
  return ranks;
}

/** Exact figures make the best class keys; bounds the worst. */
function qualifierRank(c: Claim): number {
  return c.qualifier === 'exact' ? 0 : c.qualifier === 'approx' ? 1 : 2;
}
