import type { Claim } from '../../model/claim.js';
import { significantDigits, SLIP_POWERS } from '../compare/describe.js';
import { agreeWithin, compatible, DATE_FAMILY, familyOf, MONEY_FAMILY, POINTS_FAMILY, relateWithin, SHARE_FAMILY, type RelationDetail } from '../compare/relation.js';
import { intervalOf, overlaps, type Interval } from '../compare/interval.js';
import { matchFigures } from './match-claims.js';
import type { Unit } from './units.js';
import { MIN_ATTRIBUTE_CONFIDENCE, MIN_SUBJECT_CONFIDENCE } from '../../bind/confidence.js';
import { SWAPPABLE_MEASURES } from '../../vocab/attributes.js';
import { perBasisOf } from '../../bind/per-unit.js';

/** A figure of the translation that says something else than its counterpart in the source. */
export interface Mismatch {
  readonly source: Claim;
  readonly target: Claim;
  readonly detail: RelationDetail;
  /** Two figures of one value told apart by their period (`period`) or their measure (`measure`, see `SWAPPABLE_MEASURES`). */
  readonly reason?: 'period' | 'measure';
}

/** A figure of one side with no counterpart on the other, and the passage it should be in. */
export interface Missing {
  readonly claim: Claim;
  readonly side: 'source' | 'target';
  readonly counterpart?: Claim;
}

export interface Alignment {
  /** Figures both sides state, bare years and small counts aside (see `isNoise`): what makes two texts translations. */
  readonly matched: number;
  readonly mismatches: Mismatch[];
  readonly missing: Missing[];
}

/** Units this far apart (as shares of the text) are not taken for each other without a shared figure. */
const NEAR = 0.2;
/** Figures of neighbouring units (a paragraph split in two) may still match. */
const NEIGHBOURS = 2;
/** A figure is missing from a passage only if that passage shares at least this many other figures. */
const MISSING_ANCHOR = 2;
/** Priority of the ways two unmatched figures can differ: the more specific, the likelier the pair. */
const SPECIFIC: Readonly<Record<string, number>> = { magnitude: 0, currency: 0, date: 1, value: 2 };
/** Passages, and figures, a side aligned in one go (see `alignUnits`). */
const MAX_UNITS_PER_WINDOW = 200;
const MAX_FIGURES_PER_WINDOW = 2000;

/**
 * Aligns the passages of a source and its translation in order (a monotone alignment that
 * maximises shared figures, with a small pull towards passages at the same place), then pairs
 * what is left in aligned passages. A power-of-ten or currency difference is specific enough to
 * pair two figures anywhere in the two passages; a plain difference of value or date only when
 * that kind of figure is the only one left on each side (and, in a bilingual document, the
 * passages hold as many figures each): otherwise a figure the other side words differently would
 * be paired at random. What
 * stays alone is missing from the other side, when its passage clearly aligns (shares two other
 * figures). `bilingual`: both sides are parts of one document, whose layouts need not match.
 */
export function alignUnits(source: readonly Unit[], target: readonly Unit[], options: { bilingual?: boolean } = {}): Alignment {
  // The alignment costs the product of the two sides' lengths in time and memory (and scoring,
  // the product of their figures): a 1 MB bilingual article (8,000 passages a side) took minutes
  // and gigabytes. Long texts are aligned window by window, the windows cut at the same share of
  // each side, so the cost stays linear; a passage moved further than a window's length is then
  // not found.
  const figures = Math.max(figureCount(source), figureCount(target));
  const windows = Math.max(Math.ceil(Math.max(source.length, target.length) / MAX_UNITS_PER_WINDOW), Math.ceil(figures / MAX_FIGURES_PER_WINDOW));
  if (windows <= 1) return alignWindow(source, target, options);
  const cut = (units: readonly Unit[], w: number) => units.slice(Math.floor((w * units.length) / windows), Math.floor(((w + 1) * units.length) / windows));
  let matched = 0;
  const mismatches: Mismatch[] = [];
  const missing: Missing[] = [];
  for (let w = 0; w < windows; w++) {
    const r = alignWindow(cut(source, w), cut(target, w), options);
    matched += r.matched;
    for (const x of r.mismatches) mismatches.push(x);
    for (const x of r.missing) missing.push(x);
  }
  return { matched, mismatches, missing };
}

function alignWindow(source: readonly Unit[], target: readonly Unit[], options: { bilingual?: boolean }): Alignment {
  const n = source.length;
  const m = target.length;
  const sourcePassages = source.map(passageOf);
  const targetPassages = target.map(passageOf);
  const pairs = monotonePairs(scoreMatrix(sourcePassages, targetPassages), n, m);

  // What is left of each passage to pair, by passage index.
  const leftS = sourcePassages.map((p) => [...p.figures]);
  const leftT = targetPassages.map((p) => [...p.figures]);
  let matched = 0;
  /** Subjects the two sides name differently (`星驰汽车`, `Xingchi Auto`), learnt from the figures they share. */
  const links = new Set<string>();
  /**
   * Figures both sides state, one of them for a month and the other for the months from January
   * to it, or two figures each stated as one of two measures a translator may swap and as the other.
   */
  const slips: Mismatch[] = [];
  /** How many figures each pair of passages (`i * m + j`) shares. */
  const matchedIn = new Uint32Array(n * m);
  const take = (i: number, j: number) => {
    // Nothing left to pair on one side (the usual case once the aligned pairs are taken).
    if (leftS[i]!.length === 0 || leftT[j]!.length === 0) return;
    const r = pairFigures(leftS[i]!, leftT[j]!);
    const swapped: Mismatch[] = [];
    for (const [s, t] of r.matched) {
      if (isNoise(s.claim)) continue;
      if (monthForRun(s.claim, t.claim) || otherPart(s.claim, t.claim) || otherPartOfPassage(s.claim, t.claim, sourcePassages[i]!, targetPassages[j]!)) {
        // One period rendered wrong for a sentence is one slip, however many of its figures it dates.
        if (!slips.some((x) => x.reason === 'period' && x.target.line === t.claim.line && x.target.period === t.claim.period && x.source.period === s.claim.period)) {
          slips.push({ source: s.claim, target: t.claim, detail: { relation: 'date' }, reason: 'period' });
        }
      }
      else if (measuresSwapped(s.claim, t.claim)) swapped.push({ source: s.claim, target: t.claim, detail: { relation: 'value' }, reason: 'measure' });
      matched++;
      linkSubjects(links, s.claim, t.claim);
    }
    // Two measures swapped both ways in one passage: one read of a measure on either side may be the binder's slip.
    if (new Set(swapped.map((x) => sureMeasureOf(x.source))).size > 1) for (const x of swapped) slips.push(x);
    matchedIn[i * m + j] = matchedIn[i * m + j]! + r.matched.length;
    leftS[i] = r.source;
    leftT[j] = r.target;
  };
  for (const [i, j] of pairs) take(i, j);
  // A paragraph split or merged in translation: its figures sit in the neighbours of the aligned unit.
  for (const [i, j] of pairs) {
    for (let d = -NEIGHBOURS; d <= NEIGHBOURS; d++) {
      if (d !== 0 && j + d >= 0 && j + d < m) take(i, j + d);
      if (d !== 0 && i + d >= 0 && i + d < n) take(i + d, j);
    }
  }

  // Two passages are taken for each other only where the alignment is anchored: they share a
  // figure, or a nearby aligned pair that does sits as far apart in the text, or two files have
  // as many passages and these sit at the same place. In a bilingual document every translated
  // passage sits at the same distance from its source (the next paragraph, or half the document
  // on), so a pair must keep the usual distance. Elsewhere leftovers are figures the other side
  // words differently.
  const anchoredPairs = pairs.filter(([i, j]) => matchedIn[i * m + j]! > 0);
  const sameLayout = !options.bilingual && n === m;
  const offset = (i: number, j: number) => target[j]!.segment - source[i]!.segment;
  const offsets = anchoredPairs.map(([a, b]) => offset(a, b)).sort((x, y) => x - y);
  const usual = offsets[Math.floor(offsets.length / 2)];
  const anchored = (i: number, j: number) =>
    options.bilingual
      ? usual !== undefined && Math.abs(offset(i, j) - usual) <= 1
      : (sameLayout && i === j) ||
        anchoredPairs.some(([a, b]) => Math.abs(a - i) <= NEIGHBOURS && Math.abs(b - j) <= NEIGHBOURS && Math.abs(offset(a, b) - offset(i, j)) <= NEIGHBOURS);
  const mismatches: Mismatch[] = slips;
  for (const [i, j] of pairs) {
    const ls = leftS[i]!;
    const lt = leftT[j]!;
    if (ls.length === 0 || lt.length === 0 || !anchored(i, j)) continue;
    const sameShape = !options.bilingual || source[i]!.claims.length === target[j]!.claims.length;
    for (const s of [...ls]) {
      const kin = lt.filter((t) => compatible(s.claim, t.claim, true));
      const alone =
        !isNoise(s.claim) &&
        kin.filter((t) => !isNoise(t.claim)).length === 1 &&
        ls.filter((x) => !isNoise(x.claim) && compatible(x.claim, kin.find((t) => !isNoise(t.claim))!.claim, true)).length === 1;
      const pick = kin
        .map((t) => ({ t, detail: relateWithin(s.claim, t.claim, true, s.interval, t.interval) }))
        .map((c) => (c.detail.relation === 'magnitude' && !SLIP_POWERS.has(Math.abs(c.detail.power!)) ? { ...c, detail: { relation: 'value' as const } } : c))
        .filter((c) => c.detail.relation in SPECIFIC && (SPECIFIC[c.detail.relation] === 0 ? !isNoise(c.t.claim) : alone && sameShape && !isNoise(c.t.claim)))
        // `Nov. 10` and `10月`: a day and a month are not one date written two ways, whatever the alignment pairs.
        .filter((c) => c.detail.relation !== 'date' || precisionOf(s.claim) === precisionOf(c.t.claim))
        .filter((c) => !strangerTo(s.claim, target[j]!, links) && !strangerTo(c.t.claim, source[i]!, links))
        .sort((a, b) => SPECIFIC[a.detail.relation]! - SPECIFIC[b.detail.relation]!)[0];
      if (!pick) continue;
      mismatches.push({ source: s.claim, target: pick.t.claim, detail: pick.detail });
      lt.splice(lt.indexOf(pick.t), 1);
      ls.splice(ls.indexOf(s), 1);
    }
    // `同比下降1.6个百分点` rendered `down 1.6% year on year`: the same number, points read as a percentage;
    // `每百万token 1.20美元` rendered `US$1.20 per thousand tokens`: the same price, per another quantity.
    for (const s of [...ls]) {
      const other = pointsForPercent(s, lt) ?? perAnotherQuantity(s, lt);
      if (!other) continue;
      mismatches.push({ source: s.claim, target: other.claim, detail: { relation: 'value' } });
      lt.splice(lt.indexOf(other), 1);
      ls.splice(ls.indexOf(s), 1);
    }
  }
  const aligned = new Map(pairs);
  const alignedBack = new Map(pairs.map(([i, j]) => [j, i]));
  const missing: Missing[] = [];
  const sure = (i: number | undefined, j: number | undefined) => i !== undefined && j !== undefined && matchedIn[i * m + j]! >= MISSING_ANCHOR;
  leftS.forEach((figures, i) => {
    for (const f of figures) if (sure(i, aligned.get(i))) missing.push({ claim: f.claim, side: 'source', ...counterpart(target, aligned.get(i)) });
  });
  leftT.forEach((figures, j) => {
    for (const f of figures) if (sure(alignedBack.get(j), j)) missing.push({ claim: f.claim, side: 'target', ...counterpart(source, alignedBack.get(j)) });
  });
  return { matched, mismatches, missing };
}

/**
 * Whether one of two figures that state the same amount is for a month and the other for the
 * months from January to it (`2025年1-10月…累计…2,846.3亿元` rendered `In October, … 284.63 billion
 * yuan`): a total rendered as the month's, or the other way round. Amounts and counts of two
 * significant digits or more only (a rate, or a round `1万`, may well be the same for both spans).
 */
function monthForRun(a: Claim, b: Claim): boolean {
  if (!tellsItsPeriod(a)) return false;
  const x = a.period;
  const y = b.period;
  if (x === undefined || y === undefined || x === y) return false;
  return endsRunOf(x, y) || endsRunOf(y, x);
}

/** An amount or count of two significant digits or more: a rate, or a round `1万`, may well be the same for two periods. */
function tellsItsPeriod(c: Claim): boolean {
  return c.kind !== 'percent' && c.kind !== 'ratio' && c.kind !== 'date' && c.value !== null && significantDigitsOf(c.value) >= 2;
}

/** A part of a year in a period id (`Q3`, `H1`, `Q1-Q3`, `M01-M10`, a month's `10`), after its year (`2025-` or `XXXX-`). */
const PART_OF_YEAR = /^(?:\d{4}|XXXX)-((?:Q[1-4](?:-Q[1-4])?|H[12]|M\d{2}-M\d{2}|\d{2}))$/;

/** Runs of months that are a quarter or a half (`M07-M09` is `Q3`). */
const RUN_AS_PART: Readonly<Record<string, string>> = { 'M01-M03': 'Q1', 'M04-M06': 'Q2', 'M07-M09': 'Q3', 'M10-M12': 'Q4', 'M01-M06': 'H1', 'M07-M12': 'H2', 'M01-M09': 'Q1-Q3' };

/** What kind of part of a year a period id names: a quarter, a half, a run of quarters or months, a month. */
function partKind(part: string): string {
  return part.startsWith('H') ? 'half' : /^Q\d$/.test(part) ? 'quarter' : /^\d{2}$/.test(part) ? 'month' : 'run';
}

/**
 * Whether two figures that state the same amount are each given for another kind of part of one
 * year (`第三季智能電視出貨量為312萬台` rendered `Smart TV shipments in the first half … 3.12 million
 * units`: a quarter's figure as a half's), as `monthForRun` reads amounts and counts only. Two
 * parts of one kind (`the second` read as the first quarter it follows) and periods of a year
 * alone (a translator may drop the quarter the paragraph gave) are left alone.
 */
function otherPart(a: Claim, b: Claim): boolean {
  if (!tellsItsPeriod(a)) return false;
  const x = a.period === undefined ? null : PART_OF_YEAR.exec(a.period);
  const y = b.period === undefined ? null : PART_OF_YEAR.exec(b.period);
  if (!x || !y) return false;
  const px = RUN_AS_PART[x[1]!] ?? x[1]!;
  const py = RUN_AS_PART[y[1]!] ?? y[1]!;
  if (px === py || partKind(px) === partKind(py)) return false;
  const year = (p: string) => p.slice(0, 4);
  return year(a.period!) === year(b.period!) || year(a.period!) === 'XXXX' || year(b.period!) === 'XXXX';
}

/**
 * Whether two figures that state the same amount are given for two parts of one kind of one year
 * (`2025年第三季度营收达新台币36.2亿元` rendered `Fourth-quarter revenue reached NT$3.62 billion`), or
 * for a part and the whole year, where each passage dates all its amounts so: a figure of three
 * significant digits, and no figure of the other part on either side that a misread `the second`
 * would leave.
 */
function otherPartOfPassage(a: Claim, b: Claim, source: Passage, target: Passage): boolean {
  if (!tellsItsPeriod(a) || significantDigitsOf(a.value!) < 3 || a.period === undefined || b.period === undefined || a.period === b.period) return false;
  const [ya, yb] = [a.period.slice(0, 4), b.period.slice(0, 4)];
  if ((ya !== yb && ya !== 'XXXX' && yb !== 'XXXX') || !datesAllAs(source, a.period) || !datesAllAs(target, b.period)) return false;
  const x = PART_OF_YEAR.exec(a.period);
  const y = PART_OF_YEAR.exec(b.period);
  if (x && y) return x[1] !== y[1] && partKind(x[1]!) === partKind(y[1]!);
  // `2025年全年毛保费收入为18.6亿港元` for `gross premiums of HK$1.86 billion in the first half of 2025`: a part's
  // figure given to the whole year, where that side writes the year (a translator who drops the part seldom does).
  return (x !== null && YEAR.test(b.period) && writesYear(target, b.period)) || (y !== null && YEAR.test(a.period) && writesYear(source, a.period));
}

const YEAR = /^\d{4}$/;

/** Whether a passage writes the year itself (`2025年`, `full-year 2025`). */
function writesYear(passage: Passage, year: string): boolean {
  return passage.figures.some((f) => f.claim.kind === 'date' && f.claim.date === year);
}

/** Whether every amount of a passage that tells its period is of `period`. */
function datesAllAs(passage: Passage, period: string): boolean {
  return passage.figures.every((f) => !tellsItsPeriod(f.claim) || f.claim.period === period);
}

/** Whether two figures of one value are, surely, two measures a translator may swap (`SWAPPABLE_MEASURES`). */
function measuresSwapped(a: Claim, b: Claim): boolean {
  const x = sureMeasureOf(a);
  return x !== undefined && SWAPPABLE_MEASURES[x] !== undefined && SWAPPABLE_MEASURES[x] === sureMeasureOf(b);
}

/** A claim's measure when the binder is sure of it (`active-parameters:part` → `active-parameters`). */
export function sureMeasureOf(c: Claim): string | undefined {
  if (c.attribute === undefined || (c.attributeConfidence ?? 0) < MIN_ATTRIBUTE_CONFIDENCE) return undefined;
  const colon = c.attribute.indexOf(':');
  return colon < 0 ? c.attribute : c.attribute.slice(0, colon);
}

/** The month a run of months from January ends with, by the run's period id (`Q1-Q3` → 9, `M01-M10` → 10). */
const RUN_ENDS: Readonly<Record<string, number>> = { Q1: 3, H1: 6, 'Q1-Q3': 9 };

/** Whether `month` (`2025-10`) is the last month of the run from January `run` (`2025-M01-M10`, `2025-Q1-Q3`). */
function endsRunOf(month: string, run: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || !run.startsWith(`${m[1]}-`)) return false;
  const part = run.slice(5);
  const months = /^M01-M(\d{2})$/.exec(part);
  const end = months ? Number(months[1]) : RUN_ENDS[part];
  return end !== undefined && end > 1 && end === Number(m[2]);
}

/** How much of a date a claim states: a year, a month or a day (`2025`, `2025-10`, `2025-11-10`). */
function precisionOf(c: Claim): number {
  return (c.date ?? '').split('-').length;
}

/** The one figure of `others` with the number of `s` in percentage points where `s` is a percentage, or the other way round. */
function pointsForPercent<F extends { claim: Claim }>(s: F, others: readonly F[]): F | undefined {
  if (s.claim.kind !== 'percent' || s.claim.value === null) return undefined;
  let found: F | undefined;
  for (const t of others) {
    if (!pointsAndPercent(s.claim, t.claim)) continue;
    if (found) return undefined;
    found = t;
  }
  return found;
}

/** Whether one figure is a number of percentage points and the other a percentage of the same number. */
function pointsAndPercent(c: Claim, o: Claim): boolean {
  return c.kind === 'percent' && o.kind === 'percent' && c.value !== null && o.value === c.value && (o.unit === 'pp') !== (c.unit === 'pp');
}

/** The one figure of `others` with the amount of `s` per another quantity (`price:per-1K-token`, `price:per-1M-token`). */
function perAnotherQuantity<F extends Figure>(s: F, others: readonly F[]): F | undefined {
  const basis = perBasisOf(s.claim);
  if (basis === undefined || s.claim.value === null) return undefined;
  let found: F | undefined;
  for (const t of others) {
    const other = perBasisOf(t.claim);
    if (other === undefined || other === basis || t.claim.value !== s.claim.value || t.currency !== s.currency) continue;
    if (found) return undefined;
    found = t;
  }
  return found;
}

/** Whether two figures are per one quantity, or one of them is per nothing the binder read. */
function perSameQuantity(a: Claim, b: Claim): boolean {
  const x = perBasisOf(a);
  const y = x === undefined ? undefined : perBasisOf(b);
  return x === undefined || y === undefined || x === y;
}

/** Every pair of passages scored (`pairScore`), row by row (source passage `i`, target passage `j` at `i * m + j`). */
function scoreMatrix(source: readonly Passage[], target: readonly Passage[]): Float64Array {
  const m = target.length;
  // Flat typed matrices: a window scores up to 40,000 pairs, and arrays of arrays of doubles kept the collector busy.
  const score = new Float64Array(source.length * m);
  for (let i = 0; i < source.length; i++) {
    for (let j = 0; j < m; j++) {
      // Two passages with no family of figures in common score 0, as the matrix starts (points and
      // a percentage count as one family here: a translation may render one as the other).
      if ((widened(source[i]!.mask) & target[j]!.mask) !== 0) score[i * m + j] = pairScore(source[i]!, target[j]!);
    }
  }
  return score;
}

/**
 * The monotone alignment that maximises the sum of the scores of its pairs, as pairs of indexes
 * in order. Kept apart from the rest of the alignment, this small loop is compiled on its own
 * (within the long function it ran several times slower).
 */
function monotonePairs(score: Float64Array, n: number, m: number): [number, number][] {
  const w = m + 1;
  const best = new Float64Array((n + 1) * w);
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      best[i * w + j] = Math.max(best[(i - 1) * w + j]!, best[i * w + j - 1]!, best[(i - 1) * w + j - 1]! + score[(i - 1) * m + j - 1]!);
    }
  }
  const pairs: [number, number][] = [];
  for (let i = n, j = m; i > 0 && j > 0; ) {
    const here = score[(i - 1) * m + j - 1]!;
    if (here > 0 && best[i * w + j] === best[(i - 1) * w + j - 1]! + here) {
      pairs.push([i - 1, j - 1]);
      i--;
      j--;
    } else if (best[i * w + j] === best[(i - 1) * w + j]) i--;
    else j--;
  }
  return pairs.reverse();
}

/**
 * Whether a figure is surely about something the other passage states no figure of: `TSMC's
 * revenue came in at $19 billion` translates no figure of a Chinese passage about Nvidia alone,
 * however the two passages were aligned. A passage whose figures name no subject says nothing
 * of whose they are.
 */
function strangerTo(c: Claim, other: Unit, links: ReadonlySet<string>): boolean {
  const id = c.subject && c.subject.confidence >= MIN_SUBJECT_CONFIDENCE ? c.subject.id : undefined;
  if (id === undefined) return false;
  // A passage whose figures name no one (`12月26日，…首批12台机组…并网`) may be about anyone.
  let named = false;
  for (const o of other.claims) {
    // A subject only guessed (`Subject.guessed`) is a sentence that names no one.
    if (o.subject === undefined || o.subject.guessed) continue;
    if (o.subject.id === id || links.has(`${id}\u0000${o.subject.id}`)) return false;
    named = true;
  }
  return named;
}

/**
 * Notes that two figures the alignment paired, of two subjects, name one thing in the two
 * languages: a company the alias table does not know goes by a name of its own in each
 * (`星驰汽车`, `Xingchi Auto`), and its other figures are then no strangers to each other's passages.
 */
function linkSubjects(links: Set<string>, a: Claim, b: Claim): void {
  if (a.subject?.guessed || b.subject?.guessed) return;
  const x = a.subject?.id;
  const y = b.subject?.id;
  if (x === undefined || y === undefined || x === y) return;
  links.add(`${x}\u0000${y}`).add(`${y}\u0000${x}`);
}

function counterpart(units: readonly Unit[], index: number | undefined): { counterpart?: Claim } {
  const c = index === undefined ? undefined : units[index]?.claims[0];
  return c ? { counterpart: c } : {};
}

/** A day named relative to the article's (`今天`, `yesterday`): it restates the dateline's day more often than a translation renders it. */
const RELATIVE_DAY = /^(?:今天|今日|昨天|昨日|前天|明天|明日|today|yesterday|tomorrow)$/i;

/**
 * Figures too common to pair by elimination: a bare year or relative date (`2025年`, `去年`, `今天`),
 * a small bare count (`三个`, `36`). They still match when equal.
 */
function isNoise(c: Claim): boolean {
  if (c.kind === 'date') return !c.date || !/^[\dX]{4}-\d{2}/.test(c.date) || RELATIVE_DAY.test(c.text);
  return (c.kind === 'count' || c.kind === 'number') && !c.unit && Math.abs(c.value ?? 0) < 100;
}

/** How many figures the units of one side hold that `matched` counts (bare years and small counts aside). */
export function matchableCount(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) for (const c of u.claims) if (!isNoise(c)) n++;
  return n;
}

/** How many figures the units of one side hold. */
export function figureCount(units: readonly Unit[]): number {
  let n = 0;
  for (const u of units) n += u.claims.length;
  return n;
}

/**
 * A figure as the alignment compares it: its family (`familyOf`), its currency (`''` for none)
 * and its interval as a translation is compared (`intervalOf` strict), worked out once per window
 * rather than for each of the figures it is compared with.
 */
interface Figure {
  readonly claim: Claim;
  readonly family: number;
  readonly currency: string;
  readonly interval: Interval | undefined;
}

/** The bit of money in a passage's mask of families (see `familyOf`). */
const MONEY_MASK = 1 << MONEY_FAMILY;
const PERCENT_MASK = (1 << POINTS_FAMILY) | (1 << SHARE_FAMILY);

/** A mask of families with both percentage families when it has either. */
function widened(mask: number): number {
  return (mask & PERCENT_MASK) !== 0 ? mask | PERCENT_MASK : mask;
}

/**
 * A unit's figures, and a bit per family they are of: two units with no family in common share
 * no figure and hold none of the same kind (their `pairScore` is 0).
 */
interface Passage {
  readonly unit: Unit;
  readonly figures: readonly Figure[];
  readonly mask: number;
}

function passageOf(unit: Unit): Passage {
  const figures: Figure[] = [];
  let mask = 0;
  for (const claim of unit.claims) {
    const family = familyOf(claim);
    figures.push({ claim, family, currency: claim.currency ?? '', interval: intervalOf(claim, true) });
    mask |= 1 << family;
  }
  return { unit, figures, mask };
}

/**
 * Pairs the figures two passages share, those in one currency first: `约140亿美金` and `about $14
 * billion` are one figure, and `人民币870亿元` must not take the dollars first because it converts
 * to about as much, leaving `RMB 78 billion` (a slip of the translation) paired with nothing
 * or with the wrong figure.
 */
function pairFigures(source: readonly Figure[], target: readonly Figure[]): { matched: [Figure, Figure][]; source: Figure[]; target: Figure[] } {
  const same = matchFigures(source, target, figuresEqual);
  if (same.source.length === 0 || same.target.length === 0) return same;
  const converted = matchFigures(same.source, same.target, figuresAgree);
  if (converted.source.length === 0 || converted.target.length === 0) return { matched: [...same.matched, ...converted.matched], source: converted.source, target: converted.target };
  const growth = matchFigures(
    converted.source,
    converted.target,
    (s, t) =>
      sameGrowth(s.claim, t.claim) ||
      sameGrowth(t.claim, s.claim) ||
      sameDiscount(s.claim, t.claim) ||
      sameDiscount(t.claim, s.claim) ||
      roundedBy(s.claim, t.claim) ||
      roundedBy(t.claim, s.claim),
  );
  return { matched: [...same.matched, ...converted.matched, ...growth.matched], source: growth.source, target: growth.target };
}

/**
 * Whether a multiple and a percentage state one growth: `同比增长近1.2倍` is `an increase of nearly
 * 120%`, and `增长3倍` is loosely `up 200%` (tripled) as often as `up 300%`. (Two multiples of one
 * growth one apart, `增长1.3倍` and `2.3 times`, agree in the value relation itself: see `relate`.)
 */
function sameGrowth(ratio: Claim, percent: Claim): boolean {
  if (ratio.kind !== 'ratio' || percent.kind !== 'percent' || ratio.value === null || percent.value === null) return false;
  const p = percent.value;
  const near = (x: number) => Math.abs(x - p) <= Math.abs(p) * 0.005;
  return near(ratio.value * 100) || near((ratio.value - 1) * 100);
}

/**
 * Whether `rounded` is `exact` as a translator rounds it with a word of approximation (`1,480
 * units` → `近1,500個`, `3.46亿吨` → `nearly 350 million tonnes`): fewer digits, within the
 * wording's margin, in the same unit and currency.
 */
function roundedBy(rounded: Claim, exact: Claim): boolean {
  if (rounded.qualifier !== 'approx' || exact.qualifier !== 'exact' || rounded.value === null || exact.value === null) return false;
  if (familyOf(rounded) !== familyOf(exact) || rounded.unit !== exact.unit || rounded.currency !== exact.currency) return false;
  const loose = intervalOf(rounded);
  return loose !== undefined && exact.value >= loose.lo && exact.value <= loose.hi && significantDigitsOf(rounded.value) < significantDigitsOf(exact.value);
}

function significantDigitsOf(v: number): number {
  return significantDigits(v, 12).length;
}

/** `打2.5折` is what is left to pay, `discounted by 75%` what is taken off: one discount. */
function sameDiscount(zhe: Claim, percent: Claim): boolean {
  if (zhe.kind !== 'percent' || percent.kind !== 'percent' || zhe.value === null || percent.value === null || !zhe.text.endsWith('折')) return false;
  return Math.abs(100 - zhe.value - percent.value) <= 0.5;
}

/** `figuresAgree` without conversions: the two state one value in one currency (or none). */
function figuresEqual(s: Figure, t: Figure): boolean {
  return s.currency === t.currency && figuresAgree(s, t);
}

/**
 * Whether two figures state the same value, as `agrees` tells. Most pairs are told apart before
 * `agreeWithin` is asked: figures of two families never agree, and two figures in one currency
 * (or none), dates aside, agree only if their intervals overlap.
 */
function figuresAgree(s: Figure, t: Figure): boolean {
  if (s.family !== t.family) return false;
  if (s.family !== DATE_FAMILY && s.currency === t.currency && !(s.interval && t.interval && overlaps(s.interval, t.interval))) return false;
  return agreeWithin(s.claim, t.claim, true, s.interval, t.interval) && (s.family !== MONEY_FAMILY || perSameQuantity(s.claim, t.claim));
}

/** Which figures of the two passages `pairScore` has paired; reused, as it scores every pair of passages in a window. */
let pairedSource = new Uint8Array(64);
let pairedTarget = new Uint8Array(64);

/**
 * Shared figures (paired one to one, in order, as `matchClaims` pairs them), plus a pull towards
 * units at the same place that hold figures of the same kinds. Asked only of passages with a
 * family of figures in common (see `scoreMatrix`); figures of two families are never
 * compatible: they are told apart by their family before they are compared.
 */
function pairScore(s: Passage, t: Passage): number {
  const sf = s.figures;
  const tf = t.figures;
  if (sf.length > pairedSource.length) pairedSource = new Uint8Array(sf.length * 2);
  if (tf.length > pairedTarget.length) pairedTarget = new Uint8Array(tf.length * 2);
  pairedSource.fill(0, 0, sf.length);
  pairedTarget.fill(0, 0, tf.length);
  // Figures in one currency first, then conversions, as `pairFigures` pairs them.
  let matched = pairGreedily(sf, tf, figuresEqual);
  if ((s.mask & t.mask & MONEY_MASK) !== 0) matched += pairGreedily(sf, tf, figuresAgree);
  const distance = Math.abs(s.unit.position - t.unit.position);
  if (distance >= NEAR) return matched;
  for (let a = 0; a < sf.length; a++) {
    if (pairedSource[a] === 1) continue;
    for (let b = 0; b < tf.length; b++) {
      if (pairedTarget[b] === 0 && (sf[a]!.family === tf[b]!.family ? compatible(sf[a]!.claim, tf[b]!.claim, true) : pointsAndPercent(sf[a]!.claim, tf[b]!.claim))) {
        return matched + 0.5 * (1 - distance / NEAR);
      }
    }
  }
  return matched;
}

/** Pairs, in `pairedSource`/`pairedTarget`, each figure not yet paired with the first free one it `agree`s with; how many it paired. */
function pairGreedily(sf: readonly Figure[], tf: readonly Figure[], agree: (s: Figure, t: Figure) => boolean): number {
  let matched = 0;
  for (let a = 0; a < sf.length; a++) {
    if (pairedSource[a] === 1) continue;
    for (let b = 0; b < tf.length; b++) {
      if (pairedTarget[b] === 0 && agree(sf[a]!, tf[b]!)) {
        pairedSource[a] = pairedTarget[b] = 1;
        matched++;
        break;
      }
    }
  }
  return matched;
}
