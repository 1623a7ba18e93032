import type { Claim } from '../../model/claim.js';
import { relate } from '../compare/relation.js';

/** A binding this sure is compared with other documents; below it, a figure is only shown. */
export const MIN_SUBJECT_CONFIDENCE = 0.6;
export const MIN_ATTRIBUTE_CONFIDENCE = 0.6;

/** Claims that agree with each other (within tolerance), and the sources that state them. */
export interface ValueClass {
  /** Sorted by file, then by place in the file. */
  readonly claims: Claim[];
  readonly sources: Set<string>;
  trusted: boolean;
}

/** Whether the claim is compared with others at all: a sure subject and attribute, not a stated conversion. */
export function isComparable(c: Claim): boolean {
  if (!c.subject || c.subject.confidence < MIN_SUBJECT_CONFIDENCE) return false;
  if (!c.attribute || (c.attributeConfidence ?? MIN_ATTRIBUTE_CONFIDENCE) < MIN_ATTRIBUTE_CONFIDENCE) return false;
  return !c.conversionOf;
}

/** The key figures are compared under: subject, attribute, period and the kind of value. */
export function keyOf(c: Claim): string | undefined {
  if (!isComparable(c)) return undefined;
  const family = c.kind === 'money' || c.kind === 'date' || c.kind === 'ratio' ? c.kind : c.kind === 'percent' ? `percent${c.unit === 'pp' ? '-pp' : ''}` : 'amount';
  return `${c.subject!.id}|${c.attribute!}|${c.period ?? ''}|${family}`;
}

/**
 * Groups comparable claims by key: only claims in one group are ever compared (no all-pairs scan).
 * A period that depends on the article's date (`去年`, a quarter without its year) keeps the
 * figure within its own source.
 */
export function groupClaims(claims: Iterable<Claim>, sourceOf: (c: Claim) => string): Map<string, Claim[]> {
  const groups = new Map<string, Claim[]>();
  for (const c of claims) {
    const k = keyOf(c);
    if (!k) continue;
    // `第二季度` or `去年` without the year: only figures of one source share that period for sure.
    const key = c.period && /XXXX|year/.test(c.period) ? `${k}|${sourceOf(c)}` : k;
    const g = groups.get(key);
    if (g) g.push(c);
    else groups.set(key, [c]);
  }
  return groups;
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
  const classes: ValueClass[] = [];
  for (const c of keysFirst(claims, isTrusted)) {
    const fits = (k: ValueClass) => {
      const r = relate(k.claims[0]!, c).relation;
      return r === 'agree' || r === 'conversion';
    };
    // A bound or an approximate figure that agrees with several values (超过300亿 with 1000亿 and
    // 1900亿) takes no side: it joins the best-attested of them without being counted as a source,
    // so which value prevails never depends on the order of the files. An exact figure takes the
    // first class it fits, without trying the others.
    const agreeing = qualifierRank(c) > 0 ? classes.filter(fits) : undefined;
    const undecided = agreeing !== undefined && agreeing.length > 1;
    const home = undecided ? agreeing.reduce((best, k) => (k.sources.size > best.sources.size ? k : best)) : agreeing ? agreeing[0] : classes.find(fits);
    const target = home ?? { claims: [], sources: new Set<string>(), trusted: false };
    if (!home) {
      if (classes.length === MAX_VALUE_CLASSES) return undefined;
      classes.push(target);
    }
    target.claims.push(c);
    if (!undecided) target.sources.add(sourceOf(c));
    if (isTrusted(c)) target.trusted = true;
  }
  for (const k of classes) k.claims.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
  return classes;
}

/**
 * The claims in the order classes are keyed on them: reference figures first, then exact figures,
 * approximate ones, and bounds last (the best class keys first); otherwise in their own order.
 * A stable sort in one pass: a sort would ask whether a claim is trusted at every comparison.
 */
function keysFirst(claims: readonly Claim[], isTrusted: (c: Claim) => boolean): Claim[] {
  const ranks: Claim[][] = [[], [], [], [], [], []];
  for (const c of claims) ranks[(isTrusted(c) ? 0 : 3) + qualifierRank(c)]!.push(c);
  return ranks.flat();
}

/** Exact figures make the best class keys; bounds the worst. */
function qualifierRank(c: Claim): number {
  return c.qualifier === 'exact' ? 0 : c.qualifier === 'approx' ? 1 : 2;
}
