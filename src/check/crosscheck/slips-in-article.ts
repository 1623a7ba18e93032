import type { Claim, Subject } from '../../model/claim.js';
import { claimId } from '../../extract/claim-id.js';
import type { RuleReport } from '../rule.js';
import { SLIP_POWERS, locationOf, normalised, sideOf, slipCause, timesApart } from '../compare/describe.js';
import { familyOf, relate } from '../compare/relation.js';
import { INFERRED_NOTE, varies } from './conflict-reports.js';
import { isComparable, measuresComparably } from './groups.js';
import { OPPOSITE_ATTRIBUTES } from '../../vocab/attributes.js';
import { PARTY_SEPARATOR } from '../../bind/subject.js';
import { outlookOf } from '../../bind/attribute.js';
import { UNNAMED_YEAR } from '../../bind/period.js';
import { digitsOf, transposed } from '../compare/transposed.js';
import { contextOf, timeBasisOf, weightOf } from './figure-context.js';
import { DIGITS_ONLY } from '../../extract/pattern.js';
import { PEERS_OPENING } from '../../bind/bind-claims.js';

/** Above this many figures of one subject and measure in one article, they are a series: not paired. */
const MAX_FIGURES = 24;
/** The fewest significant digits two figures must share (in order or with two swapped) to be called a slip. */
const MIN_DIGITS = 2;
/** The same, where a figure's subject is only taken to be the article's own: a coincidence must be rarer still. */
const MIN_DIGITS_GUESSED = 3;

type Slip = 'magnitude' | 'currency' | 'transposed' | 'sign';


/**
 * Slips inside one article that the comparison by period cannot see, because the article states
 * the period of one figure only (`revenue rose 26.5% to RMB 9.84 billion` … `Lanjing's RMB 98.4
 * billion in 2024 revenue`), because the measure varies within an article (growth rates) and a
 * table restates the text (`出货量同比下滑4.1%` … `| 极川 | … | -1.4% |`), or because a figure names
 * no subject (a quote: `"对于一家年营收1268亿元的企业来说…"`) and is then taken as the article's own
 * company's (see `principalSubject`). A headline restates its article as a table does
 * (`Brightmoor raises $420 million` … `The Series C round raised $240 million`; `headline` is its
 * segment). Only what two true figures of one subject and measure are unlikely to show is
 * reported: the same digits a power of ten apart, the same amount in two currencies, the same
 * digits with two neighbours swapped, or one amount as a loss and as a profit (`a net loss of
 * $41.2 million` … `turned a $41.2 million net profit`).
 */
export function slipsInArticle(claims: readonly Claim[], headline?: number, text?: string): { rule: string; report: RuleReport }[] {
  const principal = principalSubject(claims);
  const buckets = new Map<string, Claim[]>();
  const assumed = new Set<Claim>();
  /** Exact amounts by subject, currency and significant digits, whatever their measure (`acrossMeasures`). */
  const amounts = new Map<string, Claim[]>();
  /** Figures of no sure subject and measure: paired by the words around them only (`slipsByContext`). */
  const unplaced: Claim[] = [];
  // Whether a paragraph is about peers, looked up once per paragraph (a paragraph may be one long line).
  const peersOf = new Map<number, boolean>();
  const peers = (c: Claim) => peersOf.get(c.segment) ?? peersOf.set(c.segment, inPeersParagraph(text!, c.start)).get(c.segment)!;
  for (const c of claims) {
    // A bound states its digits too (`不超过3.2亿美元` … `这笔3.2亿元的投资`); a range or a vague amount has none.
    if (c.kind === 'date' || c.value === null || c.qualifier === 'range') continue;
    let subject: string;
    if (isComparable(c)) subject = c.subject!.id;
    // A table cell without a subject is of what its row names, never guessed (rankings, segments).
    // A subject too unsure to compare (`尽管净亏损2.36亿元，湘麓食品仍…`: named after the figure) is
    // guessed as well when it is the article's own; so is the binder's guess for a table of
    // measures by period that names no company (`| 归母净利润 | 23.6万元 | 18.3亿元 |`), when its cell
    // says its unit (a bare `2.38` may be in a unit the table states where it is not read, as may
    // digits alone in a line of figures that is no table).
    else if (
      principal &&
      (c.table === undefined ? (!c.subject || c.subject.guessed || c.subject.id === principal.id) && !DIGITS_ONLY.test(c.text) : c.subject?.id === principal.id && c.kind !== 'number') &&
      measuresComparably(c) &&
      // `同業方面，晶泰顯示10月營收為186.2億元…`: a paragraph of the peers' figures, named or not, is not the company's.
      !(c.subject === undefined && text !== undefined && peers(c))
    ) {
      subject = principal.id;
      assumed.add(c);
    } else {
      if (c.table === undefined && !c.conversionOf) unplaced.push(c);
      continue;
    }
    if (c.kind === 'money' && c.qualifier === 'exact' && !c.conversionOf) {
      const digits = digitsOf(c.value!);
      if (digits.length >= MIN_DIGITS_GUESSED) {
        const key = `${subject}\u0000${c.currency ?? ''}\u0000${digits}`;
        const list = amounts.get(key);
        if (list) list.push(c);
        else amounts.set(key, [c]);
      }
    }
    // `拟投资不超过3.2亿美元` … `这笔3.2亿元的投资`: a plan and what the article says of it later are one figure to a slip.
    const attribute = outlookOf(c.attribute!);
    const opposite = OPPOSITE_ATTRIBUTES[attribute];
    const measure = opposite === undefined ? attribute : attribute < opposite ? `${attribute}|${opposite}` : `${opposite}|${attribute}`;
    // A deal of two parties (`oakhill+verity foods`) is each party's too: `Verity will pay $180
    // million for Oakhill` may name one of them only.
    const parties = subject.includes(PARTY_SEPARATOR) ? [subject, ...subject.split(PARTY_SEPARATOR)] : [subject];
    for (const party of parties) {
      const key = `${party}\u0000${measure}\u0000${familyOf(c)}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(c);
      else buckets.set(key, [c]);
    }
  }
  // `€150 million (about $175 million)`: a writer who converts an amount knows its currency.
  const converted = new Set<string>();
  for (const c of claims) if (c.conversionOf !== undefined) converted.add(c.conversionOf);
  /** The slip between two figures of one bucket, if the comparison by period never looks for it. */
  const slipOf = (earlier: Claim, later: Claim): Slip | undefined => {
    const guessed = assumed.has(earlier) || assumed.has(later);
    const opposed = outlookOf(earlier.attribute!) !== outlookOf(later.attribute!);
    // A deal's parties and one of them are two subjects to the comparison by period.
    const unseen = slipsUnseen(earlier, later, guessed || opposed || earlier.subject?.id !== later.subject?.id, headline);
    if (!unseen) return undefined;
    // A figure without a subject whose value the article states again (`| 2025年Q1 | 86.4 |`
    // after `营收86.4亿元`) is compared through that statement already.
    if ((assumed.has(later) && statedAgain(claims, later)) || (assumed.has(earlier) && statedAgain(claims, earlier))) return undefined;
    // A guessed subject needs rarer digits, unless both figures state one period (a table's `6.8万元` under 2024, `2024年…6.8亿元`).
    const dated = earlier.period !== undefined && earlier.period === later.period;
    const slip = opposed ? signSlip(later, earlier) : slipBetween(later, earlier, guessed && !dated ? MIN_DIGITS_GUESSED : MIN_DIGITS);
    if (!slip || (unseen === 'currency' && slip !== 'currency')) return undefined;
    if (slip === 'currency' && (converted.has(claimId(later)) || converted.has(claimId(earlier)))) return undefined;
    return slip === 'transposed' && statedAgain(claims, later) && statedAgain(claims, earlier) ? undefined : slip;
  };
  const out: { rule: string; report: RuleReport }[] = [];
  // Each figure is reported once (a deal's may sit in several buckets), against the first earlier one it slips from.
  const reported = new Set<Claim>();
  for (const bucket of buckets.values()) {
    if (bucket.length < 2 || bucket.length > MAX_FIGURES) continue;
    reportOnce(bucket, reported, out, (later, earlier) => {
      const slip = slipOf(earlier, later);
      if (!slip) return undefined;
      // Asked only of a slip found, which is rare: the group's comparison may report it already.
      if (conflictsInGroup(bucket, later)) return NEXT_FIGURE;
      return reportOf(slip, later, earlier, assumed.has(earlier) || assumed.has(later) ? principal : undefined);
    });
  }
  for (const r of acrossMeasures(amounts, reported, headline, (c) => (assumed.has(c) ? principal : undefined))) out.push(r);
  if (text !== undefined) for (const r of slipsByContext(text, claims, unplaced, converted, reported)) out.push(r);
  return out;
}

/** The least power of ten between two amounts of two measures that `acrossMeasures` reports. */
const MIN_POWER_ACROSS = 2.5;

/**
 * `contracted sales … fell 31.5% to 8.46 billion yuan` … `the 8.46 million yuan in March sales`: one
 * exact amount of a subject (three significant digits or more, one currency) stated a power of ten
 * apart (a thousand times or more: `million`/`billion`, `万`/`亿`), whose measure the binder read two ways. Only
 * between two measures (one measure's figures are paired above) and outside tables (a table's cell is
 * often a month's part of a total in the text); only this slip, which two true amounts rarely show.
 */
function acrossMeasures(
  amounts: ReadonlyMap<string, Claim[]>,
  reported: Set<Claim>,
  headline: number | undefined,
  principalOf: (c: Claim) => Subject | undefined,
): { rule: string; report: RuleReport }[] {
  const out: { rule: string; report: RuleReport }[] = [];
  for (const list of amounts.values()) {
    if (list.length < 2 || list.length > MAX_FIGURES) continue;
    reportOnce(list, reported, out, (later, earlier) => {
      if (outlookOf(later.attribute!) === outlookOf(earlier.attribute!) || later.table !== undefined || earlier.table !== undefined) return undefined;
      // A thousand or ten thousand times (`million`/`billion`, `万`/`亿`): two measures a tenth apart are often both true.
      if (!slipsUnseen(earlier, later, true, headline) || relate(later, earlier).relation !== 'magnitude' || Math.abs(Math.log10(later.value! / earlier.value!)) < MIN_POWER_ACROSS) return undefined;
      return reportOf('magnitude', later, earlier, principalOf(later) ?? principalOf(earlier));
    });
  }
  return out;
}

function inPeersParagraph(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  return PEERS_OPENING.test(text.slice(start, start + 24));
}

/** Above this many figures an article is a table or a log: its figures of no measure are not paired by their words. */
const MAX_CONTEXT_FIGURES = 400;
/**
 * What two figures must share of the words around them to be taken for one (pairs of Chinese
 * characters weigh 1, English words 2: see `weightOf`): a currency slip, the same amount, needs
 * less than a power of ten.
 */
const MIN_SHARED_CURRENCY = 2;
const MIN_SHARED_MAGNITUDE = 3;
/** What two figures of one measure found by the binder weigh as context: an English word's weight. */
const SAME_MEASURE_WEIGHT = 2;

/**
 * Slips between a figure the binder tied to no sure subject and measure (a policy's budget, a fee
 * per season) and another figure of the article that the same words surround: `首批算力券总额度为
 * 3.6亿元` … `在首批3.6万元算力券中` (the same digits ×10^4, sharing 首批, 算力, 力券), `€240 million per
 * season` … `the $240 million-a-season commitment` (one amount in two currencies, sharing `season`).
 * Only these two slips, which two true figures rarely show, are looked for; reported as warnings.
 */
function slipsByContext(text: string, claims: readonly Claim[], unplaced: readonly Claim[], converted: ReadonlySet<string>, reported: Set<Claim>): { rule: string; report: RuleReport }[] {
  const out: { rule: string; report: RuleReport }[] = [];
  if (unplaced.length === 0 || claims.length > MAX_CONTEXT_FIGURES) return out;
  const contexts = new Map<Claim, Set<string>>();
  const contextOfClaim = (c: Claim) => {
    let words = contexts.get(c);
    if (!words) contexts.set(c, (words = contextOf(text, c)));
    return words;
  };
  const loose = new Set(unplaced);
  // Both slips keep the significant digits: only figures that share them are paired (one bucket
  // per digits, most of a single figure), not every two figures of the article.
  const byDigits = new Map<number, Claim[]>();
  for (const c of claims) {
    if (c.kind === 'date' || c.kind === 'number' || c.value === null || c.value === 0 || c.qualifier === 'range' || c.conversionOf || c.table !== undefined) continue;
    const digits = mantissaOf(c.value);
    // One significant digit (`$100 million`) tells too little (MIN_DIGITS).
    if (digits % 1e10 === 0) continue;
    const bucket = byDigits.get(digits);
    if (bucket) bucket.push(c);
    else byDigits.set(digits, [c]);
  }
  for (const candidates of byDigits.values()) {
    if (candidates.length > 1 && candidates.some((c) => loose.has(c))) pairByContext(text, candidates, loose, converted, reported, contextOfClaim, out);
  }
  swapsByContext(text, unplaced, reported, contextOfClaim, out);
  return out;
}

/**
 * Two figures of one measure (or of no measure and one unit) and no subject, in two paragraphs,
 * whose digits differ by two neighbours swapped (`人均花费708.5元` … `拉动人均花费达到780.5元`, `亩产486公斤`
 * … `平均亩产468公斤`) and whose words agree as a magnitude slip's must: reported as a warning, as the
 * other slips paired by their words.
 */
function swapsByContext(
  text: string,
  unplaced: readonly Claim[],
  reported: Set<Claim>,
  contextOfClaim: (c: Claim) => ReadonlySet<string>,
  out: { rule: string; report: RuleReport }[],
): void {
  const byMeasure = new Map<string, Claim[]>();
  for (const c of unplaced) {
    // Of no measure, a unit must say what the two measure (`亩产486公斤` … `平均亩产468公斤`), and more words must agree.
    if ((c.attribute === undefined && c.unit === undefined) || c.subject !== undefined || c.value === null || c.qualifier !== 'exact') continue;
    const key = `${c.attribute ?? ''}\u0000${c.kind}\u0000${c.currency ?? ''}\u0000${c.unit ?? ''}`;
    const list = byMeasure.get(key);
    if (list) list.push(c);
    else byMeasure.set(key, [c]);
  }
  for (const list of byMeasure.values()) {
    if (list.length < 2 || list.length > MAX_FIGURES) continue;
    reportOnce(list, reported, out, (later, earlier) => {
      if (earlier.segment === later.segment || !transposed(later, earlier, MIN_DIGITS_GUESSED)) return undefined;
      const shared = sharedWords(contextOfClaim(later), contextOfClaim(earlier));
      const measured = later.attribute !== undefined;
      if (shared.length === 0 || shared.reduce((sum, w) => sum + weightOf(w), measured ? SAME_MEASURE_WEIGHT : 0) < MIN_SHARED_MAGNITUDE) return undefined;
      return contextReportOf('transposed', later, earlier, shared, measured);
    });
  }
}

/**
 * The significant digits of a value as an integer of eleven digits (9.84e9 and 98.4 → 98400000000):
 * a key computed without a string for each of an article's figures.
 */
function mantissaOf(value: number): number {
  const v = Math.abs(value);
  let m = Math.round((v / 10 ** Math.floor(Math.log10(v))) * 1e10);
  // log10 near a power of ten may fall just short of it, or past it.
  if (m >= 1e11) m = Math.round(m / 10);
  else if (m < 1e10) m = Math.round(m * 10);
  return m;
}

/** The slips of one bucket of figures that share their digits (see `slipsByContext`). */
function pairByContext(
  text: string,
  candidates: readonly Claim[],
  loose: ReadonlySet<Claim>,
  converted: ReadonlySet<string>,
  reported: Set<Claim>,
  contextOfClaim: (c: Claim) => ReadonlySet<string>,
  out: { rule: string; report: RuleReport }[],
): void {
  reportOnce(candidates, reported, out, (later, earlier) => {
    // One of the two is of no measure at all, or both of one measure and no subject (`实现旅游总收入98.6亿元` …
    // `全市98.6万元旅游总收入中`); figures of one paragraph are listed side by side
    // (`参数规模从小到大分别为280亿、2800亿`), and two named subjects are two things.
    if (!loose.has(earlier) && !loose.has(later)) return undefined;
    if (earlier.attribute !== undefined && later.attribute !== undefined && (earlier.attribute !== later.attribute || earlier.subject || later.subject)) return undefined;
    if (earlier.segment === later.segment || (earlier.subject && later.subject && earlier.subject.id !== later.subject.id)) return undefined;
    // A plain number (`十一`, `36`) says too little of what it counts to be a slip of an amount (left out above).
    if (later.kind !== earlier.kind) return undefined;
    const slip = slipBetween(later, earlier, MIN_DIGITS);
    if (slip !== 'magnitude' && slip !== 'currency') return undefined;
    if (slip === 'magnitude' && !SLIP_POWERS.has(Math.abs(relate(later, earlier).power!))) return undefined;
    // `月产能12万片` … `年产能约120万片`: a month's and a year's figure are two measures.
    if (slip === 'magnitude' && timeBasisOf(text, later) !== timeBasisOf(text, earlier)) return undefined;
    if (slip === 'currency' && (later.value !== earlier.value || converted.has(claimId(later)) || converted.has(claimId(earlier)))) return undefined;
    const shared = sharedWords(contextOfClaim(later), contextOfClaim(earlier));
    // One measure read from other words (`成交金额约223.9亿元` … `223.9万元的新房成交额`) is as much as a word they share.
    const sameMeasure = earlier.attribute !== undefined && earlier.attribute === later.attribute;
    const weight = shared.reduce((sum, w) => sum + weightOf(w), sameMeasure ? SAME_MEASURE_WEIGHT : 0);
    if (shared.length === 0 || weight < (slip === 'currency' ? MIN_SHARED_CURRENCY : MIN_SHARED_MAGNITUDE)) return undefined;
    return contextReportOf(slip, later, earlier, shared, sameMeasure);
  });
}

/** Returned by a `reportOnce` pairing to leave the later figure unreported and go on to the next. */
const NEXT_FIGURE = 'next';

/**
 * Each figure of a list, in order, against the figures before it: the first pairing that gives a
 * report reports it, once (`reported` holds the figures reported by any list of the article).
 */
function reportOnce(
  list: readonly Claim[],
  reported: Set<Claim>,
  out: { rule: string; report: RuleReport }[],
  pair: (later: Claim, earlier: Claim) => { rule: string; report: RuleReport } | typeof NEXT_FIGURE | undefined,
): void {
  for (let j = 1; j < list.length; j++) {
    const later = list[j]!;
    if (reported.has(later)) continue;
    for (let i = 0; i < j; i++) {
      const found = pair(later, list[i]!);
      if (found === undefined) continue;
      if (found === NEXT_FIGURE) break;
      out.push(found);
      reported.add(later);
      break;
    }
  }
}

function sharedWords(a: ReadonlySet<string>, b: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const w of a) if (b.has(w)) out.push(w);
  return out;
}

function contextReportOf(slip: 'magnitude' | 'currency' | 'transposed', later: Claim, earlier: Claim, shared: readonly string[], sameMeasure: boolean): { rule: string; report: RuleReport } {
  const words = shared.slice(0, 4).join(', ');
  const paired = sameMeasure ? `by the words around them and their measure, ${later.attribute}: their subject was not found` : 'by the words around them: their subject and measure were not found';
  return {
    rule: RULES[slip],
    report: {
      message: `${sideOf(later)} vs ${sideOf(earlier)} in the same article, both near the words ${words}: ${reasonOf(slip, later, earlier)}; one of them is likely wrong (the two were paired ${paired}).`,
      locations: [locationOf(later, `states ${normalised(later)}`), locationOf(earlier, `states ${normalised(earlier)}`)],
      fingerprintParts: ['in-article-context', later.file, normalised(later), normalised(earlier)],
      severity: 'warning',
    },
  };
}

/**
 * Whether the comparison by period already sets the figure against another of the bucket that it
 * disagrees with (same subject, attribute and period): that conflict is reported there, once.
 */
function conflictsInGroup(bucket: readonly Claim[], c: Claim): boolean {
  if (!isComparable(c) || varies(c)) return false;
  return bucket.some((o) => {
    if (o === c || !isComparable(o) || o.subject!.id !== c.subject!.id || o.attribute !== c.attribute || o.period !== c.period) return false;
    if (o.table !== undefined && o.table === c.table) return false;
    const { relation } = relate(c, o);
    return relation === 'value' || relation === 'magnitude' || relation === 'currency';
  });
}

/** How many of an article's sure figures one subject must hold to be the article's own. */
const PRINCIPAL_SHARE = 0.5;

/**
 * The subject at least half of the article's figures with a sure subject are about (and at
 * least two): what an article about one company is about, where a quote or a description
 * (`这家…的企业`, `the company's`) leaves a figure without a name.
 */
function principalSubject(claims: readonly Claim[]): Subject | undefined {
  // An article whose figures name no one surely (a report's table guessed to be its company's,
  // `全年营业收入38.6亿元` after `芯衡半导体发布2024年年报。`) is about the subject its guesses agree on.
  return mostOf(claims, (c) => isComparable(c)) ?? mostOf(claims, (c) => c.subject !== undefined && c.attribute !== undefined);
}

function mostOf(claims: readonly Claim[], counted: (c: Claim) => boolean): Subject | undefined {
  const counts = new Map<string, { subject: Subject; n: number }>();
  let total = 0;
  for (const c of claims) {
    if (c.kind === 'date' || !counted(c)) continue;
    total++;
    const entry = counts.get(c.subject!.id);
    if (entry) entry.n++;
    else counts.set(c.subject!.id, { subject: c.subject!, n: 1 });
  }
  let best: { subject: Subject; n: number } | undefined;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best && best.n >= 2 && best.n >= total * PRINCIPAL_SHARE ? best.subject : undefined;
}

/**
 * Which slips the comparison by subject, attribute and period never looks for between the two
 * figures, while they may be the same figure: none between two dated ones of different periods,
 * nor two cells of one table. Figures of a subject only guessed, or of opposite attributes, were
 * never compared, whatever the periods. A varying attribute (funding rounds, investments, growth
 * rates) states several events in one article: its figures are paired where a table or the
 * headline restates the text in the same period, and otherwise only for one amount in two
 * currencies (`投资不超过3.2亿美元` … `这笔3.2亿元的投资`), which no two events are likely to show.
 */
function slipsUnseen(a: Claim, b: Claim, neverCompared: boolean, headline: number | undefined): 'all' | 'currency' | undefined {
  if (a.table !== undefined && a.table === b.table) return undefined;
  const samePeriod = a.period === b.period;
  const unseen = samePeriod ? neverCompared : a.period === undefined || b.period === undefined || unnamedYearOf(a.period, b.period) || unnamedYearOf(b.period, a.period);
  if (!varies(a)) return unseen ? 'all' : undefined;
  const restated = (a.table === undefined) !== (b.table === undefined) || (headline !== undefined && (a.segment === headline) !== (b.segment === headline));
  return restated && samePeriod ? 'all' : unseen || samePeriod ? 'currency' : undefined;
}

/** `全年1,268.2亿元` beside `2025年全年…1,286.2亿元`: a whole year the text does not name may be any year it names. */
function unnamedYearOf(a: string, b: string): boolean {
  return a === UNNAMED_YEAR && /^\d{4}$/.test(b);
}

/** One exact amount (three digits or more) stated as a loss and as a profit. */
function signSlip(a: Claim, b: Claim): Slip | undefined {
  if (a.qualifier !== 'exact' || b.qualifier !== 'exact' || (a.currency ?? '') !== (b.currency ?? '')) return undefined;
  return Math.abs(a.value!) === Math.abs(b.value!) && digitsOf(a.value!).length >= MIN_DIGITS_GUESSED ? 'sign' : undefined;
}

/**
 * Whether the article states the figure's value more than once for its attribute: `narrowed to
 * $48.1 million from $84.1 million` beside a table's `84.1` and `48.1` states both values twice,
 * two figures, where a digit swapped by mistake makes a value that stands alone.
 */
function statedAgain(claims: readonly Claim[], c: Claim): boolean {
  let n = 0;
  for (const o of claims) if (o.attribute === c.attribute && o.value === c.value && (o.currency ?? '') === (c.currency ?? '') && ++n > 1) return true;
  return false;
}

function slipBetween(a: Claim, b: Claim, minDigits: number): Slip | undefined {
  const da = digitsOf(a.value!);
  const db = digitsOf(b.value!);
  if (da.length < MIN_DIGITS || da.length !== db.length) return undefined;
  const { relation } = relate(a, b);
  // Two digits in two currencies are still telling (`3.2亿美元` … `这笔3.2亿元的投资`).
  if (relation === 'currency' && da === db) return 'currency';
  if (da.length < minDigits) return undefined;
  if (relation === 'magnitude' && da === db) return 'magnitude';
  // A rounded figure (`约2100人`, `约1200名员工`) has few digits that tell: only exact ones are read for a swap.
  if (relation === 'value' && transposed(a, b, minDigits)) return 'transposed';
  return undefined;
}

const RULES: Readonly<Record<Slip, string>> = { magnitude: 'magnitude-slip', currency: 'currency-mismatch', transposed: 'conflicting-figure', sign: 'conflicting-figure' };

function reportOf(slip: Slip, later: Claim, earlier: Claim, principal: Subject | undefined): { rule: string; report: RuleReport } {
  const subject = later.subject ?? earlier.subject ?? principal!;
  const unnamed = principal ? ` (a figure that names no subject is taken as ${principal.label}'s, the company the article is about)` : '';
  const why = reasonOf(slip, later, earlier);
  const when = (c: Claim) => (c.period ? ` (${c.period})` : c.table === undefined ? ' (period not stated)' : ' (in a table)');
  return {
    rule: RULES[slip],
    report: {
      message: `${subject.label} ${slip === 'sign' ? `${earlier.attribute} / ${later.attribute}` : later.attribute}: ${sideOf(later)}${when(later)} vs ${sideOf(earlier)}${when(earlier)} in the same article: ${why}; one of them is likely wrong${unnamed}.${subject.inferred ? ` ${INFERRED_NOTE}` : ''}`,
      locations: [locationOf(later, `states ${normalised(later)}`), locationOf(earlier, `states ${normalised(earlier)}`)],
      fingerprintParts: [subject.id, later.attribute!, 'in-article', later.file, normalised(later), normalised(earlier)],
      subject: subject.id,
      ...(subject.inferred || principal ? { severity: 'info' as const } : {}),
    },
  };
}

function reasonOf(slip: Slip, later: Claim, earlier: Claim): string {
  switch (slip) {
    case 'magnitude': {
      const power = relate(later, earlier).power!;
      return `${timesApart(power)}, ${slipCause(later, earlier, power)}`;
    }
    case 'currency':
      return `same amount, different currency (${later.currency} vs ${earlier.currency})`;
    case 'transposed':
      return 'the same digits with two of them swapped';
    case 'sign':
      return `the same amount as a ${earlier.attribute} and as a ${later.attribute}`;
  }
}

