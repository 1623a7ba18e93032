import type { Claim, Subject } from '../../model/claim.js';
import { isMarketSubject } from '../../bind/market.js';
import { isPlaceSubject } from '../../bind/places.js';
import type { RuleReport } from '../rule.js';
import type { Location } from '../../model/finding.js';
import { locationOf, normalised, sideOf, slipCause, timesApart } from '../compare/describe.js';
import { transposed } from '../compare/transposed.js';
import { movedOppositeWays, relate, type Relation } from '../compare/relation.js';
import { isChangeOfRate } from '../../bind/rates.js';
import type { ValueClass } from './groups.js';
import { ATTRIBUTES, ROUND_TOPICS } from '../../vocab/attributes.js';

const VARYING = new Set(ATTRIBUTES.filter((a) => a.varies).map((a) => a.id));
/** The prices of a share, which a company listed in two markets has in two currencies. */
const SHARE_PRICES: ReadonlySet<string> = new Set(['share-price', 'closing-price']);

/**
 * Said of a conflict about a company the text introduced: found by how its name is written, it
 * is less sure than a name the alias table lists, and so reported as info.
 */
export const INFERRED_NOTE = '(The company was found in the text, not in the alias table: add it to `aliases` to check it as an error.)';

/**
 * Said of a conflict about a market (`国内智能手机平均售价`): research firms count a market each their
 * own way, so two articles citing two firms may both be right, and the conflict is reported as info.
 */
export const MARKET_NOTE = '(Research firms measure a market differently: check that both articles cite the same one.)';

/**
 * Said of a conflict about a province or a city (`澜江省地区生产总值`): found by the words after its
 * name, it may be another place of the same name, and the figures another edition of the statistics.
 */
export const PLACE_NOTE = '(The place was found by its name in the text: check that both figures are of the same place and release.)';

/** What a conflict between articles about the subject adds to its message, and whether it is reported as info. */
function subjectCaveat(subject: Subject): string | undefined {
  if (isPlaceSubject(subject.id)) return PLACE_NOTE;
  return subject.inferred ? INFERRED_NOTE : isMarketSubject(subject.id) ? MARKET_NOTE : undefined;
}

/**
 * What breaks a tie between classes that as many sources state, looked up in the other groups:
 * whether a value is the same subject's and measure's of the year before (`statedForYearBefore`),
 * and how many sources state it with no period (`backedWithoutPeriod`).
 */
export interface TieBreakers {
  readonly misdated: (c: Claim) => boolean;
  readonly backed: (c: Claim) => number;
}
const NO_TIE_BREAKERS: TieBreakers = { misdated: () => false, backed: () => 0 };

/** The last of the claims stated exactly, if any is. */
function lastExact(claims: readonly Claim[]): Claim | undefined {
  for (let i = claims.length - 1; i >= 0; i--) if (claims[i]!.qualifier === 'exact') return claims[i];
  return undefined;
}

/** Related places listed in one finding; the rest are counted. */
const MAX_RELATED = 10;

/**
 * One report per document that states a value the prevailing value contradicts: the prevailing
 * class is the one reference figures back, else the one most sources state. The specific rule
 * (magnitude-slip, currency-mismatch, date-conflict) replaces conflicting-figure when it applies.
 */
export function conflictReports(
  classes: readonly ValueClass[],
  sourceOf: (c: Claim) => string,
  periodOf: (c: Claim) => string | undefined = (c) => c.period,
  ties: TieBreakers = NO_TIE_BREAKERS,
): { rule: string; report: RuleReport }[] {
  if (classes.length < 2) return [];
  // A change of a rate is written in points: against the same number in percent, the points are right however few state them.
  const points = (k: ValueClass) => Number(k.claims[0]!.unit === 'pp' && isChangeOfRate(k.claims[0]!.attribute));
  const prevailing = [...classes].sort(
    (a, b) =>
      Number(b.trusted) - Number(a.trusted) ||
      points(b) - points(a) ||
      b.sources.size - a.sources.size ||
      slippedInTranslation(a, b) ||
      yearBefore(a, b, ties.misdated) ||
      // (Only between two values: a group of several is more likely several measures than one fact.)
      (classes.length === 2 ? ties.backed(b.claims[0]!) - ties.backed(a.claims[0]!) : 0) ||
      namedCount(b) - namedCount(a) ||
      headlineOrder(a, b) ||
      firstStated(a, b),
  )[0]!;
  const prevailingReference = namedFirst(prevailing);
  // Counted when a first finding needs it: most groups report none.
  const countsIn = new Map<ValueClass, Map<string, number>>();
  // Every finding of a group lists the same few prevailing figures: each of their locations is
  // built once and shared (a scan of 100,000 files may report as many findings).
  const related = new Map<Claim, Location>();
  const relatedLocation = (c: Claim) => related.get(c) ?? related.set(c, locationOf(c, `states ${normalised(c)}`)).get(c)!;
  const out: { rule: string; report: RuleReport }[] = [];
  for (const k of classes) {
    if (k === prevailing) continue;
    // `rose 2.3%` beside `上升2.3个百分点` and other changes of the rate (`高出2.5个百分点`): the points of the same number are what it slipped from.
    const against = pointsTwin(k, classes) ?? prevailing;
    const reference = against === prevailing ? prevailingReference : namedFirst(against);
    const byFile = new Map<string, Claim[]>();
    for (const c of k.claims) {
      const list = byFile.get(c.file);
      if (list) list.push(c);
      else byFile.set(c.file, [c]);
    }
    for (const [file, claims] of byFile) {
      if (k.trusted && claims.every((c) => c.file === file)) continue;
      // The document's last statement of the value is the one reported, its earlier ones follow
      // (each needs the same fix): in a table row repeated by mistake, that is the repeat, where
      // duplicate-table-row points too. An exact one, where there is one: a rounding beside it
      // (`37.5%…已接近四成`) may agree with the other value too.
      const primary = lastExact(claims) ?? claims[claims.length - 1]!;
      if (varies(primary) && against.sources.has(sourceOf(primary))) continue;
      if (oneTable(claims, against.claims)) continue;
      const detail = relate(primary, reference);
      if (detail.relation === 'incompatible' || detail.relation === 'agree' || detail.relation === 'conversion') continue;
      if ((primary.subject!.guessed || reference.subject!.guessed) && !showsSlip(primary, reference, detail.relation) && !showsSwap(primary, reference, detail.relation)) continue;
      // An A+H company's shares trade in two markets: a price in yuan and one in Hong Kong dollars are two listings'.
      if (SHARE_PRICES.has(primary.attribute!) && primary.currency !== reference.currency && detail.relation !== 'currency') continue;
      const rule =
        detail.relation === 'magnitude' ? 'magnitude-slip' : detail.relation === 'currency' ? 'currency-mismatch' : detail.relation === 'date' ? 'date-conflict' : 'conflicting-figure';
      const why =
        detail.relation === 'magnitude'
          ? `${timesApart(detail.power!)}, ${slipCause(primary, reference, detail.power!)}`
          : detail.relation === 'currency'
            ? `same amount, different currency (${primary.currency} vs ${reference.currency})`
            : detail.relation === 'date'
              ? 'different dates'
              : (primary.unit === 'pp') !== (reference.unit === 'pp')
                ? 'percentage points and a percentage are not the same'
                : movedOppositeWays(primary, reference)
                  ? 'one says it rose, the other that it fell'
                  : 'the values cannot both be true';
      // Within one article (a headline against its body), the other statement is in the same file.
      const outside = firstOutside(against.claims, file);
      const others = outside.length > 0 ? outside : against.claims.slice(0, MAX_RELATED);
      const counts = countsIn.get(against) ?? countsIn.set(against, countByFile(against.claims)).get(against)!;
      const otherCount = against.claims.length - (counts.get(file) ?? 0);
      const n = against.sources.size;
      const backing = against.trusted ? 'the reference figures state' : `${n} source${n === 1 ? ' states' : 's state'}`;
      const period = periodOf(primary);
      const subject = `${primary.subject!.label} ${primary.attribute}${period ? ` (${period})` : ''}`;
      const caveat = subjectCaveat(primary.subject!);
      out.push({
        rule,
        report: {
          message: `${subject}: ${sideOf(primary)} vs ${sideOf(reference)}: ${why}; ${backing} the latter.${caveat ? ` ${caveat}` : ''}`,
          locations: [
            locationOf(primary, `states ${normalised(primary)}`),
            ...claims.filter((c) => c !== primary).slice(0, MAX_RELATED).map((c) => locationOf(c, `also states ${normalised(c)}`)),
            ...others.map(relatedLocation),
          ],
          ...(otherCount > MAX_RELATED ? { relatedCount: otherCount } : {}),
          fingerprintParts: [primary.subject!.id, primary.attribute!, primary.period ?? '', file, normalised(primary), normalised(reference)],
          subject: primary.subject!.id,
          ...(caveat ? { severity: 'info' as const } : {}),
        },
      });
    }
  }
  return out;
}

/**
 * Whether two figures of two articles, one of a subject only guessed (`Subject.guessed`), differ
 * the way a slip does: by a power of ten, by their currency alone, by the way they moved, or in points
 * against a percentage of the same change of a rate. Two
 * mere other values may well be of two things the sentence did not name.
 */
function showsSlip(a: Claim, b: Claim, relation: Relation): boolean {
  if (a.file === b.file || !sameDigits(a, b)) return false;
  return relation === 'magnitude' || relation === 'currency' || (relation === 'value' && (movedOppositeWays(a, b) || (a.unit === 'pp') !== (b.unit === 'pp')));
}

/** Whether two figures of two articles, one of a subject only guessed, state the same digits with two swapped (`46.8%`, `48.6%`). */
function showsSwap(a: Claim, b: Claim, relation: Relation): boolean {
  return a.file !== b.file && relation === 'value' && transposed(a, b, MIN_SWAPPED_DIGITS);
}

/** Whether two figures written in digits state the same digits, whatever their scale (`252.3億` and `252.3 billion`). */
function sameDigits(a: Claim, b: Claim): boolean {
  if (a.value === null || b.value === null || a.value === 0 || b.value === 0 || !/\d/.test(a.text) || !/\d/.test(b.text)) return false;
  const ratio = Math.abs(a.value) / Math.abs(b.value);
  const power = Math.round(Math.log10(ratio));
  return Math.abs(ratio / 10 ** power - 1) < SAME_DIGITS_TOLERANCE;
}
const SAME_DIGITS_TOLERANCE = 1e-6;
/** The fewest digits a swap between a guessed figure and another must involve: a coincidence must be rare. */
const MIN_SWAPPED_DIGITS = 3;

/** A figure of a named subject, where the class holds one: a guessed one (`Subject.guessed`) is compared for slips only. */
function namedFirst(k: ValueClass): Claim {
  return k.claims.find((c) => !c.subject!.guessed) ?? k.claims[0]!;
}

/** The class that states a change of a rate in points with the number another class states as a percentage. */
function pointsTwin(k: ValueClass, classes: readonly ValueClass[]): ValueClass | undefined {
  const c = k.claims[0]!;
  if (c.kind !== 'percent' || c.unit === 'pp' || c.value === null || !isChangeOfRate(c.attribute)) return undefined;
  return classes.find((o) => o !== k && o.claims[0]!.unit === 'pp' && o.claims[0]!.value === c.value);
}

/** How many of the class's figures name their subject: a guessed one (`Subject.guessed`) does not weigh as a statement. */
function namedCount(k: ValueClass): number {
  let n = 0;
  for (const c of k.claims) if (!c.subject!.guessed) n++;
  return n;
}

/** 1 when every statement of the class is a heading's (`# VoltBay's swap network reaches 3,150 stations` against the body's 3,510). */
function headlinesOnly(k: ValueClass): number {
  return Number(k.claims.every((c) => c.headline));
}

/**
 * A heading's figure against the body's loses, for digits (`3,150` against `3,510`); not for a
 * power of ten, which a headline writer rarely gets wrong where a paragraph later slips
 * (`98.6亿元` in the heading, `全市98.6万元旅游总收入中` in the body).
 */
function headlineOrder(a: ValueClass, b: ValueClass): number {
  const order = headlinesOnly(a) - headlinesOnly(b);
  return order !== 0 && relate(a.claims[0]!, b.claims[0]!).relation !== 'magnitude' ? order : 0;
}

/**
 * Of two classes, the one whose every figure is stated elsewhere as the same subject's and measure's
 * of the year before loses (`2025年研发投入9.8亿元` where 9.8亿元 is 2024's in the other articles): last
 * year's figure written as this year's. 1 when `a` is that one, -1 when `b` is, else 0.
 */
function yearBefore(a: ValueClass, b: ValueClass, misdated: (c: Claim) => boolean): number {
  return Number(a.claims.every(misdated)) - Number(b.claims.every(misdated));
}

/** By file name, then the one stated first: a later statement is the one to check (as `slipsInArticle` reports it). */
function firstStated(a: ValueClass, b: ValueClass): number {
  const x = a.claims[0]!;
  const y = b.claims[0]!;
  return x.file !== y.file ? (x.file < y.file ? -1 : 1) : x.start - y.start;
}

/** A Chinese scale word (`486.3亿元`, `12.7万台`): the unit the statistics were counted in. */
const CHINESE_SCALE = /[亿億万萬]/;

/**
 * Between one statement in Chinese scale words and one in English a power of ten apart, the
 * English is the slip (`486.3亿元` read as `486.3 billion yuan`): 1 when `a` is that English one, -1
 * when `b` is, else 0.
 */
function slippedInTranslation(a: ValueClass, b: ValueClass): number {
  const inScaleWords = (k: ValueClass) => k.claims.every((c) => c.lang === 'zh' && CHINESE_SCALE.test(c.text));
  const inEnglish = (k: ValueClass) => k.claims.every((c) => c.lang === 'en');
  const order = inScaleWords(b) && inEnglish(a) ? 1 : inScaleWords(a) && inEnglish(b) ? -1 : 0;
  return order !== 0 && relate(a.claims[0]!, b.claims[0]!).relation === 'magnitude' ? order : 0;
}

function countByFile(claims: readonly Claim[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of claims) counts.set(c.file, (counts.get(c.file) ?? 0) + 1);
  return counts;
}

/**
 * The first `MAX_RELATED` claims of another file than `file`. A class is sorted by file, so the
 * claims of `file` are skipped in one stretch: no pass over the whole class per finding.
 */
function firstOutside(claims: readonly Claim[], file: string): Claim[] {
  const out: Claim[] = [];
  for (const c of claims) {
    if (out.length === MAX_RELATED) break;
    if (c.file !== file) out.push(c);
  }
  return out;
}

/**
 * Whether the figures and the prevailing ones are all cells of one table: its rows and columns
 * lay out different things (two models' scores, a quarter per column) even where the binder sees
 * one subject and attribute, and a row repeated by mistake is duplicate-table-row's to report.
 */
function oneTable(claims: readonly Claim[], prevailing: readonly Claim[]): boolean {
  const { file, table } = claims[0]!;
  if (table === undefined) return false;
  const inTable = (c: Claim) => c.file === file && c.table === table;
  return claims.every(inTable) && prevailing.every(inTable);
}

/**
 * An article may tell of several stock moves or funding rounds; it does not contradict itself.
 * One named round is one amount (`raises $180 million in Series C` … `$150 million in a Series C
 * funding round`).
 */
export function varies(c: Claim): boolean {
  const [measure, topic] = c.attribute!.split(':') as [string, string | undefined];
  return VARYING.has(measure) && !(topic !== undefined && FUNDING_ROUNDS.has(topic));
}
const FUNDING_ROUNDS: ReadonlySet<string> = new Set(ROUND_TOPICS);

/** The prevailing value, when several sources (or both languages of one) state it. */
export function corroborationReport(classes: readonly ValueClass[], periodOf: (c: Claim) => string | undefined = (c) => c.period): RuleReport | undefined {
  // The first class with the most witnesses.
  let best: ValueClass | undefined;
  let n = 0;
  for (const k of classes) {
    // A class has no more witnesses than claims: one that cannot beat the best is not counted.
    if (k.claims.length <= n) continue;
    const w = witnesses(k);
    if (w <= n) continue;
    best = k;
    n = w;
  }
  if (!best || n < 2) return undefined;
  // The first claim, then the rest, without copying the class (it may hold thousands).
  const first = best.claims[0]!;
  const rest = best.claims.length - 1;
  const period = periodOf(first);
  const subject = `${first.subject!.label} ${first.attribute}${period ? ` (${period})` : ''}`;
  return {
    message: `${subject} = ${normalised(first)}, stated ${n} times (${languagesOf(best.claims).join('+')}): ${best.claims.slice(0, 3).map((c) => c.text).join(' / ')}.`,
    locations: [locationOf(first), ...best.claims.slice(1, 1 + MAX_RELATED).map((c) => locationOf(c, 'agrees'))],
    ...(rest > MAX_RELATED ? { relatedCount: rest } : {}),
    fingerprintParts: [first.subject!.id, first.attribute!, first.period ?? '', normalised(first)],
    subject: first.subject!.id,
  };
}

/** The languages of the claims, in the order they first appear. */
function languagesOf(claims: readonly Claim[]): string[] {
  const langs: string[] = [];
  for (const c of claims) if (!langs.includes(c.lang)) langs.push(c.lang);
  return langs;
}

/**
 * Independent statements: one per file and language (a bilingual article states a figure twice).
 * A class's claims are sorted by file, so each file's languages are counted in one run.
 */
function witnesses(k: ValueClass): number {
  let n = 0;
  let file: string | undefined;
  const langs: string[] = [];
  for (const c of k.claims) {
    if (c.file !== file) {
      file = c.file;
      langs.length = 0;
    }
    if (!langs.includes(c.lang)) {
      langs.push(c.lang);
      n++;
    }
  }
  return n;
}
