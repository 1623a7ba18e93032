import type { Claim, Subject } from '../model/claim.js';
import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';
import { growthsDatedByLevels, sequentialByBase } from './growth-period.js';
import { asBatch, asChange, asDaily, directionOf, asOutlook, asPart, asShareAmount, asBacklogValue, bindAttribute, CLOSING_PRICE, outlookOf, PART_SUFFIX, PERIOD_END_BEFORE, outlookWordsIn, PRICE, unitPrice, withRowTopic, type AttributeBinding, QUOTE_CLOSES, QUOTE_OPENS } from './attribute.js';
import { clauseAt, splitClauses } from './clauses.js';
import { findConversions, findExchangeRates } from './conversions.js';
import { EntityMatcher, type EntityMention, type MentionFinder } from './entity-mentions.js';
import { bindPeriod, followsAnotherYear, fromJanuary, isOfThen, isYearToDate, launchWindowOf, namesTheMonth, narrowPeriod, statesYear, THEN, UNNAMED_YEAR, unnamedYear, YEAR_TO_DATE_PERIOD } from './period.js';
import { basePeriod, comparisonBase } from './comparison-base.js';
import { quarterMentions, quarterYear, type QuarterMention } from './quarter-year.js';
import { carryReportedPeriod, monthOfListItems, periodOfGuessed, periodOfReferences } from './reported-period.js';
import { roundOfReferences } from './round-references.js';
import { segmentAt, sentenceAt, sentenceIndexAt } from './segment-search.js';
import { claimId } from '../extract/claim-id.js';
import { bindSubject, subjectOf } from './subject.js';
import { extend } from '../util/extend.js';
import { spansWithin } from '../text/span-search.js';
import { unpinned } from '../text/own-copy.js';
import { cellAt, tableHeaderOf } from '../segment/table-headers.js';
import { MIN_ATTRIBUTE_CONFIDENCE, MIN_SUBJECT_CONFIDENCE } from './confidence.js';
import { GPU_HOUR_PRICE, isPerTokens, perUnitOf } from './per-unit.js';
import { discoverNames, namesAnotherCompany, principalCompany, WithDiscoveredNames, type DiscoveredName } from './discover-names.js';
import { COMPANY_POSSESSIVE, COMPANY_REFERENCE, COMPANY_REFERENCE_INSIDE, DESCRIBED_COMPANY, INVESTOR_AFTER_WORDS, INVESTOR_BEFORE_WORDS, MODEL_REFERENCE, OTHER_REFERENCE, PEERS_OPENING_WORDS, RIVAL_NOUNS } from '../vocab/name-cues.js';
import { ATTRIBUTES, COMPARED_WITH_WORDS_EN, CONTROL_ARM_WORDS, GAP_AFTER_WORDS_EN, GAP_TO_SELF_WORDS, GROWTH_HEADERS, MARKET_WHOLE_WORDS, RATE_GAP_WORDS, SMALLER_VERSION_WORDS_EN, SMALLER_VERSION_WORDS_ZH, UNNAMED_SUBJECT_ATTRIBUTES, WORK_MEASURES } from '../vocab/attributes.js';
import { isChangeOfRate, isRate } from './rates.js';
import { continuedMarket, marketAttribute, marketOf, namedMarket, regionalShare } from './market.js';
import { ArticlePlaces, isPlaceMeasure } from './places.js';
import { CUMULATIVE_COLUMN_WORDS, CUMULATIVE_PARTS, HALF_WORDS, MONTHLY_ATTRIBUTES, PERIOD_TOTAL_WORDS, QUARTER_WORDS, RANGE_WORDS, RESPECTIVELY_WORDS, YEAR_SUFFIXES } from '../vocab/periods.js';
import { EN_MONTHS } from '../vocab/months.js';
import { alternation } from '../extract/pattern.js';

/** The alias table's names, when no config adds any. */
export const DEFAULT_ENTITIES = new EntityMatcher();
/**
 * A sentence stating more figures than this is a data dump, not prose: its figures stay unbound
 * (and so are not cross-checked), which keeps binding linear in the size of any input.
 */
const MAX_BOUND_PER_SENTENCE = 64;
/** The confidence of a subject named before the figure in its clause (see `bindSubject`). */
const NAMED_BEFORE_CONFIDENCE = 0.9;
/** Confidence left to a figure that shares subject and attribute with other values of its sentence (a list). */
const LIST_CONFIDENCE = 0.3;

/**
 * Ties each claim to what it is about: its subject (an entity of the alias table), its attribute
 * (what is measured) and its period, each from the words of its sentence or, in a table, from
 * the row's first cell and the column's header. Also marks stated conversions.
 */
export function bindClaims(
  doc: Document,
  claims: readonly Claim[],
  known: MentionFinder = DEFAULT_ENTITIES,
  { inferCompanies = true, discovered: given }: { inferCompanies?: boolean; discovered?: readonly DiscoveredName[] } = {},
): Claim[] {
  if (claims.length === 0) return [];
  // The caller may have found the article's companies already (to report them with the result).
  const discovered = given ?? (inferCompanies ? discoverNames(doc.text, known) : []);
  const entities = discovered.length > 0 ? new WithDiscoveredNames(known, discovered, doc.text) : known;
  const own = principalCompany(discovered);
  const principal = own?.id;
  // A table of the company's measures by period with no caption naming it is taken to be its own company's, as a guess.
  const ownTableSubject: Subject | undefined = own ? { id: own.id, label: own.label, confidence: GUESSED_TABLE_CONFIDENCE, inferred: true } : undefined;
  let sole: Subject | null | undefined;
  // Where the text that names no company but the article's own ends.
  let soleUntil = 0;
  // Whether the sentence asked about last may name another company: read once per sentence.
  let lastAsked: { sentence: Span; another: boolean } | undefined;
  const soleCompany = (sentence: Span) => {
    if (sole === undefined) {
      soleUntil = own ? onlyCompanyNamed(doc, entities, own.id) : 0;
      sole = own && soleUntil > 0 ? { id: own.id, label: own.label, confidence: SOLE_COMPANY_CONFIDENCE, inferred: true, guessed: true } : null;
    }
    if (!sole || sentence.end > soleUntil) return undefined;
    if (lastAsked?.sentence !== sentence) lastAsked = { sentence, another: mayNameAnother(doc.text, sentence, own!.names) };
    return lastAsked.another ? undefined : sole;
  };
  // The provinces and cities the article names, found when a figure of a place's economy first asks.
  let placeList: ArticlePlaces | undefined;
  const places = () => (placeList ??= new ArticlePlaces(doc.text));
  // The product the article is about: named at least twice, and more than twice as often as any other.
  let main: Subject | null | undefined;
  const mainProduct = () => {
    if (main === undefined) {
      const products = discovered.filter((d) => d.type === 'product').sort((a, b) => b.uses - a.uses);
      const top = products[0];
      main = top && top.uses >= MIN_MAIN_PRODUCT_USES && (products[1]?.uses ?? 0) * 2 < top.uses ? { id: top.id, label: top.label, confidence: SOLE_COMPANY_CONFIDENCE, inferred: true, guessed: true } : null;
    }
    return main ?? undefined;
  };
  // Claims by their index in `claims`, sentence by sentence: they are replaced by bound copies.
  const bySentence = new Map<Span, number[]>();
  claims.forEach((claim, index) => {
    const segment = doc.segments[claim.segment];
    const sentence = segment ? sentenceAt(segment, claim.start) : undefined;
    if (!sentence) return;
    const list = bySentence.get(sentence);
    if (list) list.push(index);
    else bySentence.set(sentence, [index]);
  });
  // A table row's months, whichever of its cells' sentences they are in (`| 3月 | 35,862 |`).
  const rowMonths = new Map<number, Claim[]>();
  for (const c of claims) {
    if (!isMonth(c) || !doc.segments[c.segment]?.table) continue;
    const list = rowMonths.get(c.segment);
    if (list) list.push(c);
    else rowMonths.set(c.segment, [c]);
  }
  // Looked up by binary search: a table or a run of semicolons may be tens of thousands of rows long.
  const docMonths = claims.filter(isMonth).sort(byStart);
  const tableMonths = [...rowMonths.values()].flat().sort(byStart);
  const monthsWithin = (span: Span) => spansWithin(tableMonths, span);
  const bound: Claim[] = claims.slice();
  const publicationYear = doc.referenceDate ? Number(doc.referenceDate.slice(0, 4)) : undefined;
  let quarterList: QuarterMention[] | undefined;
  const quarters = () => (quarterList ??= quarterMentions(doc.text, (at) => namesOfSentenceAt(doc, entities, at)));
  let lastMarket: { segment: number; subject: Subject | undefined } | undefined;
  let leadInList: readonly (Segment | undefined)[] | undefined;
  const leadIns = () => (leadInList ??= listLeadIns(doc));
  for (const [sentence, indices] of bySentence) {
    if (indices.length > MAX_BOUND_PER_SENTENCE) continue;
    const sentenceClaims = indices.map((i) => claims[i]!);
    const segment = doc.segments[sentenceClaims[0]!.segment]!;
    const mentions = entities.find(doc.text, sentence.start, sentence.end);
    const clauses = splitClauses(doc.text, sentence);
    const conversions = findConversions(doc.text, sentenceClaims);
    // Years stated alone name the period; every other figure's span is masked from the period words.
    const masked = sentenceClaims.filter((c) => !isYear(c));
    const months = sentenceClaims.filter(isMonth);
    const before = semicolonContext(doc.text, segment, sentence);
    let beforeMentions: readonly EntityMention[] | undefined;
    let semicolonMonths: readonly Claim[] | undefined;
    let outlookWords: readonly Span[] | undefined;
    let refersInside: boolean | undefined;
    const context: SentenceContext = {
      sentence,
      clauses,
      mentions,
      masked,
      months,
      rowMonths: rowMonths.get(segment.index) ?? NO_CLAIMS,
      monthsWithin,
      before,
      // Read once per sentence, and only for a figure that names no subject of its own.
      mentionsBefore: () => (beforeMentions ??= before ? entities.find(doc.text, before.start, before.end) : []),
      monthsOfSemicolons: () => (semicolonMonths ??= before ? spansWithin(docMonths, { start: before.start, end: sentence.end }) : months),
      publicationYear,
      published: doc.referenceDate,
      principal,
      ownTableSubject,
      quarters,
      outlookWords: () => (outlookWords ??= outlookWordsIn(doc.text, sentence)),
      refersInside: () => (refersInside ??= COMPANY_REFERENCE_INSIDE.test(doc.text.slice(sentence.start, sentence.end))),
      marketBefore: lastMarket?.segment === segment.index ? lastMarket.subject : undefined,
      monthBefore: () => lastMonthBefore(docMonths, doc, segment, sentence),
      leadIns,
      soleCompany,
      mainProduct,
      places,
    };
    const inSentence = respectiveChanges(doc.text, sentence, respectively(doc.text, sentence, before, sentenceClaims.map((c) => bindOne(doc, segment, c, context, entities))));
    // Comparison bases dated before lists are found: `净亏损7.9亿元，上年同期净亏损14.3亿元` is no list.
    const rates = findExchangeRates(doc.text, sentenceClaims);
    // A growth takes its level's period once the bases are dated (`138万人次，去年同期为102.9万人次，同比增长26.0%`).
    const dated = dateComparisonBases(doc.text, context, carryAttributes(sharesOfAmounts(doc.text, previousValues(doc.text, inSentence))));
    const result = markLists(doc.text, sequentialByBase(growthsDatedByLevels(doc.text, dated)), conversions, rates);
    for (const [converted, original] of conversions) {
      const c = result[converted]!;
      const o = result[original]!;
      result[converted] = extend(withBinding(c, o.subject, o.attribute ? { id: o.attribute, confidence: o.attributeConfidence ?? 0.5 } : undefined, o.period), { conversionOf: claimId(o) });
    }
    // `按1美元兑7.80港元计算`: the rate a sentence converts at is of no subject and measure.
    for (const k of rates) {
      if (conversions.has(k)) continue;
      const { subject: _subject, attribute: _attribute, attributeConfidence: _confidence, period: _period, ...rate } = result[k]!;
      result[k] = extend(rate, { exchangeRate: true as const });
    }
    indices.forEach((i, k) => (bound[i] = result[k]!));
    lastMarket = { segment: segment.index, subject: namedMarket(result) };
  }
  return roundOfReferences(doc, monthOfListItems(doc, periodOfGuessed(doc, periodOfReferences(doc, carryReportedPeriod(doc, yearsRestated(doc.text, bound))))));
}

const NO_CLAIMS: readonly Claim[] = [];

/** A year and a comma that open a sentence (`2024年，`, `In 2024,`): the time of all its clauses. */
const OPENING_YEAR = /^[ \t]*(?:In[ \t]+)?((?:19|20)\d{2})年?[，,]/;

/** What ends a paragraph that leads into a list (`the Company expects:`, `主要财务数据如下：`). */
const LEADS_INTO_LIST = /[:：][ \t]*$/u;
/** `the Company expects:` (a press release capitalises it), `公司预计：`. */
const LEAD_IN_REFERENCE = /(?<![A-Za-z])the (?:[Cc]ompany|[Gg]roup)(?![A-Za-z])|公司|集团|集團/u;
/** How sure the subject a list item takes from its lead-in is: enough to be compared. */
const LEAD_IN_CONFIDENCE = 0.65;

/** For each list item, the paragraph right before its run of items, when that ends with a colon: one pass over the document. */
function listLeadIns(doc: Document): readonly (Segment | undefined)[] {
  const out: (Segment | undefined)[] = [];
  let lead: Segment | undefined;
  for (const segment of doc.segments) {
    if (segment.kind === 'list-item') out[segment.index] = lead;
    else lead = segment.kind === 'paragraph' && LEADS_INTO_LIST.test(doc.text.slice(segment.span.start, segment.span.end)) ? segment : undefined;
  }
  return out;
}

/** The one company a list's lead-in names, or the article's company where it says `the Company` or `公司`. */
function leadInSubject(doc: Document, lead: Segment, entities: MentionFinder, own: Subject | undefined): Subject | undefined {
  const companies = [...new Map(entities.find(doc.text, lead.span.start, lead.span.end).filter((m) => m.type === 'company').map((m) => [m.id, m])).values()];
  if (companies.length === 1) return subjectOf(companies[0]!, LEAD_IN_CONFIDENCE);
  if (companies.length === 0 && own && LEAD_IN_REFERENCE.test(doc.text.slice(lead.span.start, lead.span.end))) return extend(own, { confidence: LEAD_IN_CONFIDENCE });
  return undefined;
}

/** `偿付能力充足率为218%，较上年末提升12个百分点`: points of a rate are its change, never its level. */
function pointsOfRate(text: string, claim: Claim, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || claim.kind !== 'percent') return attribute;
  // `gross margin rose 0.8 percentage points … to 18.2%`, `毛利率上升至56.4%`: the level a rate moved to (or from) is the rate.
  if (claim.unit !== 'pp' && attribute.id.startsWith(GROWTH_OF) && isRate(attribute.id.slice(GROWTH_OF.length)) && LEVEL_BEFORE.test(text.slice(Math.max(0, claim.start - 8), claim.start))) {
    return extend(attribute, { id: attribute.id.slice(GROWTH_OF.length) });
  }
  if (!isRate(attribute.id)) return attribute;
  // `2.5 percentage points above that of rival Dongyue`, `較東岳航空高出2.5個百分點`: a gap to another company's rate, no change of this one.
  if (GAP_TO_OTHER_AFTER.test(text.slice(claim.end, claim.end + 24)) || gapToOtherBefore(text.slice(Math.max(0, claim.start - 20), claim.start))) {
    return extend(attribute, { id: `${attribute.id}:gap` });
  }
  // `客觀緩解率為54.8%，較對照組高出23.4%`: by how much a rate is above another is a change of it, however written.
  return claim.unit === 'pp' || GAP_BEFORE_RATE.test(text.slice(Math.max(0, claim.start - 4), claim.start)) ? extend(attribute, { id: `growth:${attribute.id}` }) : attribute;
}
const GAP_TO_OTHER_AFTER = new RegExp(`^[ \\t]+(?:${alternation(GAP_AFTER_WORDS_EN)})[ \\t]+(?:(?:that of|those of|the|its|rivals?|peers?)\\b|[A-Z])`);
const GAP_BEFORE_OTHER = /[较較比]([^，,。；;]{2,12}?)(?:高出|低出|高|低)了?$/u;
/** What a gap is measured against that is a time or a trial's control arm, not another company (`较上年同期高出`, `较对照组高出`). */
const GAP_TO_SELF = new RegExp(`^(?:${alternation([...CONTROL_ARM_WORDS, ...GAP_TO_SELF_WORDS])})`, 'u');

/** `高出港暉銀行9個基點`: the other company between the word of the gap and the figure. */
const GAP_OTHER_BETWEEN = /(?:高出|低出|高于|高於|低于|低於)([^，,。；;\d]{2,12}?)$/u;

function gapToOtherBefore(before: string): boolean {
  const m = GAP_BEFORE_OTHER.exec(before) ?? GAP_OTHER_BETWEEN.exec(before);
  return m !== null && !GAP_TO_SELF.test(m[1]!);
}

/** `占当月交付量的19.3%`: what a share is of, right before it in its clause. */
const SHARE_OF_WHOLE_BEFORE = /占[^，,。；;\d%]{1,16}的$/u;
const GROWTH_PREFIX = /^(?:growth|sequential-growth):/;

/** `出口8935辆，同比增长1.6倍，占当月交付量的19.3%`: a share of a whole is not the growth of the clause before. */
function shareOfWhole(text: string, claim: Claim, clause: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || claim.kind !== 'percent' || !GROWTH_PREFIX.test(attribute.id)) return attribute;
  return SHARE_OF_WHOLE_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 18), claim.start)) ? undefined : attribute;
}

const GROWTH_OF = 'growth:';
// `to 18.2%`, `升至56.4%`, and the level it moved from (`from 82.3%`, `由82.3%`, `較去年同期的81.5%`): levels of the rate, not its change.
const LEVEL_BEFORE = /(?:(?<![A-Za-z])(?:to|from)[ \t]+(?:about[ \t]+|around[ \t]+)?|[至到由]|[较較比][^，,。；;%]{0,10}的)$/u;
const GAP_BEFORE_RATE = new RegExp(`(?:${alternation(RATE_GAP_WORDS)})$`, 'u');

/** A quarter or half of no year (`XXXX-Q1`) as the first one to end on or after `published` (`2026-02-11` → `2026-Q1`). */
function comingPart(period: string, published: string): string {
  const part = /^XXXX-([QH])([1-4])$/.exec(period);
  if (!part) return period;
  const lastMonth = part[1] === 'Q' ? Number(part[2]) * 3 : Number(part[2]) * 6;
  const year = Number(published.slice(0, 4)) + (lastMonth < Number(published.slice(5, 7)) ? 1 : 0);
  return `${year}-${part[1]}${part[2]}`;
}

/** Whether a company the article does not introduce is named between the subject's last mention before the claim and the claim. */
function rivalBetween(text: string, mentions: readonly EntityMention[], subject: Subject, claim: Claim): boolean {
  let last: EntityMention | undefined;
  for (const m of mentions) if (m.id === subject.id && m.end <= claim.start) last = m;
  return last !== undefined && namesAnotherCompany(text, last.end, claim.start, [last.label, ...mentions.filter((m) => m.id === subject.id).map((m) => m.label)]);
}

/**
 * The month from which a forecast of the full year is of the year of the article: in the first
 * quarter, companies still forecast the year just ended (`预计全年实现净利润…`, a 业绩预告 of January).
 */
const FORECAST_OF_ITS_YEAR_FROM = 4;
/**
 * The last month in which a whole year's result an article states is surely of the year before (annual reports are out by
 * April; `全年资本开支上调至215亿元` in August is this year's guidance).
 */
const RESULTS_OF_LAST_YEAR_UNTIL = 6;
/** How often the article must name the product it is about. */
const MIN_MAIN_PRODUCT_USES = 2;
const byStart = (a: Claim, b: Claim): number => a.start - b.start;

/** A date of a month (`10月`, `October 2025`), which may be the period of a figure of its clause or row. */
function isMonth(c: Claim): boolean {
  return c.kind === 'date' && /^(?:\d{4}|XXXX)-\d{2}$/.test(c.date ?? '');
}

/** The ids of the names the sentence holding `offset` gives (none outside any sentence). */
function namesOfSentenceAt(doc: Document, entities: MentionFinder, offset: number): Set<string> {
  const segment = segmentAt(doc, offset);
  const sentence = segment ? sentenceAt(segment, offset) : undefined;
  return new Set(sentence ? entities.find(doc.text, sentence.start, sentence.end).map((m) => m.id) : []);
}


function bindOne(
  doc: Document,
  segment: Segment,
  claim: Claim,
  { sentence, clauses, mentions, masked, months, rowMonths, monthsWithin, before, mentionsBefore, monthsOfSemicolons, publicationYear: year, published, principal, ownTableSubject, quarters, outlookWords, refersInside, marketBefore, monthBefore, leadIns, soleCompany, mainProduct, places }: SentenceContext,
  entities: MentionFinder,
): Claim {
  // `玄武3`, a model the article names: its version is no figure of it.
  if (partOfName(doc.text, claim) || mentions.some((m) => m.start <= claim.start && claim.end <= m.end)) return claim;
  const clause = clauseAt(clauses, claim.start, sentence);
  const row = segment.table && !segment.table.header ? tableContext(doc, segment, claim, entities, ownTableSubject) : undefined;
  const bound = row?.attribute ?? bindAttribute(doc.text, claim, clause, sentence, mentions);
  // A price per million tokens is not the price of the product: the attribute says what it is per.
  const per = bound || claim.kind === 'money' ? perUnitOf(doc.text, claim, clause, sentence) : undefined;
  // `At US$1.20 per million input tokens`: an amount per so many tokens is a price, however the sentence words it.
  const found = per === GPU_HOUR_PRICE ? unitPrice() : (bound ?? (per !== undefined && isPerTokens(per) ? unitPrice() : undefined));
  const attribute = asOutlook(
    doc.text,
    claim,
    clause,
    outlookWords,
    asBacklogValue(doc.text, claim, sentence, asShareAmount(doc.text, claim, sentence, asPart(doc.text, clause, before ?? sentence, asBatch(doc.text, claim, clause, sentence, asChange(doc.text, claim, clause, asDaily(doc.text, claim, pointsOfRate(doc.text, claim, shareOfWhole(doc.text, claim, clause, found && per ? extend(found, { id: `${found.id}${per}` }) : found)))))))),
  );
  // `《星落潮汐》上线首月…公司一季度收入60.3亿元`: a work is the subject of its audience and sales only
  // (the sentence's names are narrowed for the rest of the binding).
  if (!ofWork(attribute?.id)) mentions = withoutWorks(mentions);
  // 仅次于地平线，后者2024年营业收入约23.8亿元: `the latter` is not the sentence's other name; nor
  // is a name before `这家…车企` (…但中国仍然领先对于这家成立不到十年的车企而言，营收规模跨过410亿元).
  const own = OTHER_REFERENCE.test(doc.text.slice(clause.start, clause.start + 12))
    ? mentions.filter((m) => m.start >= clause.start && m.end <= clause.end)
    : namedAfterDescription(doc.text, sentence, claim, mentions);
  // `raised $150 million in a Series C funding round led by Granite Peak Ventures`: the investor is not who raised it.
  // `…, 2.5 percentage points below Haichuan's, and said it carried 10.54 million passengers`: nor is what another figure was compared with.
  const raisers = withoutRivalOwners(doc.text, withoutComparedWith(doc.text, attribute?.entry?.id === 'funding-round' ? withoutInvestors(doc.text, own) : own, claim));
  let subject = row?.subject ?? describedAfter(doc.text, claim, raisers) ?? bindSubject(raisers, claim, clause, attribute?.entry?.subjects, attribute?.entry?.parties);
  // `華穹載客率已高於同業，同樣以內地航線為主的東嵐航空去年平均載客率只有81.7%`: a rival named once in between.
  if (subject && !row && rivalBetween(doc.text, raisers, subject, claim)) subject = undefined;
  // `与邻近的澄州市相比，…，澄州同期日均客运量为402.6万人次`: a clause that opens with what the sentence compares with is about it.
  if (subject && !row && opensWithComparedName(doc.text, sentence, clause)) subject = undefined;
  // 寒武纪实现营收28.81亿元；净利润10.38亿元: what the sentences before a semicolon name, this one may leave unsaid.
  // …but not past a rival named once (`智衡汽车3月交付41,870辆；澄远汽车3月交付22,405辆`).
  if (!subject && !row && before) {
    const earlier = ofWork(attribute?.id) ? mentionsBefore() : withoutWorks(mentionsBefore());
    if (!namesAnotherCompany(doc.text, sentence.start, claim.start, earlier.map((m) => doc.text.slice(m.start, m.end)), true)) subject = bindSubject(earlier, claim, clause, attribute?.entry?.subjects);
  }
  // 财报显示，公司Q3实现营收…: "the company" is the one named last before it.
  // (Not in a relative clause about another name: `The company competes with … Feiniao Express, which says it completed about 3.1 million…`.)
  const reference =
    !row && (subject?.confidence ?? 0) < MIN_SUBJECT_CONFIDENCE && !inOthersClause(doc.text, sentence, claim, mentions) ? companyReference(doc.text, clause, sentence, clauses, before, refersInside) : undefined;
  if (reference) subject = antecedentOf(doc, segment, sentence, entities, reference, principal, ownTableSubject) ?? subject;
  // `招股书显示，芯衡微电子本次公开发行…。按发行价计算，本次募集资金总额为18.62亿元`, `Xinheng sold 68 million
  // shares… Gross proceeds came to 1.862 billion yuan`: a sentence that names no one goes on about the
  // company the sentence before it named last, when that is the company the article is about, for
  // the measures of the raise such a story tells (a target's revenue is as often named by no one
  // the binder knows: `Verity agreed to buy Oakhill. Oakhill reported revenue of…`).
  if (!row && !subject && !before && mentions.length === 0 && principal !== undefined && CONTINUED.has(attribute?.entry?.id ?? '')) {
    const previous = antecedentOf(doc, segment, sentence, entities, 'possessive', principal);
    if (previous?.id === principal) subject = extend(previous, { confidence: UNNAMED_SUBJECT_CONFIDENCE });
  }
  if (!row && (subject?.confidence ?? 0) < MIN_SUBJECT_CONFIDENCE && onlyOfModels(attribute?.entry?.subjects)) {
    subject = modelAntecedent(doc, segment, sentence, entities) ?? subject;
  }
  // `a 38.2% share of the China market`: a share of the mainland's market is not one of the world's.
  const regional = attribute && regionalShare(doc.text, sentence, attribute.id);
  let measured = attribute && regional !== attribute.id ? extend(attribute, { id: regional! }) : attribute;
  // `made up 61.7% of the new tonnage`, `more than half of revenue`: a share of the company's own whole is a part of it, no share of a market.
  // (`占据了全球AI加速器市场27%的份额` is of a market, said before the figure.)
  if (measured && claim.shareOf !== undefined && measured.id.startsWith(MARKET_SHARE) && !MARKET_WHOLE.test(`${claim.shareOf} ${doc.text.slice(Math.max(clause.start, claim.start - 16), claim.start)}`)) {
    measured = extend(measured, { id: `${measured.id}${PART_SUFFIX}` });
  }
  // `其中126人接受HC-217治療、63人接受標準化療藥`: the patients of the control arm are not the drug's.
  if (measured?.id === TRIAL_ENROLMENT && inControlArm(doc.text, claim, sentence)) measured = extend(measured, { id: `${TRIAL_ENROLMENT}:control` });
  // `release a smaller 14-billion-parameter version`, `发布一个140亿参数的小型版本`: the size of another edition of the model.
  if (measured?.id === PARAMETERS && ofSmallerVersion(doc.text, claim)) measured = extend(measured, { id: `${PARAMETERS}:variant` });
  // `三季度国内智能手机平均售价为2,846元`: a research firm's figure of a market names no company.
  if (!row && !subject && claim.kind !== 'date') {
    subject = marketOf(doc.text, claim.start, sentence, attribute?.id) ?? (mentions.length === 0 ? continuedMarket(marketBefore, attribute?.id) : undefined);
    if (subject && attribute) measured = extend(attribute, { id: marketAttribute(attribute.id, subject) });
  }
  // `瀾江省統計局公布，…全省地區生產總值為41,268.5億元`, `the province's output`: a place's economy is the
  // place's, whoever else its sentence names.
  if (!row && claim.kind !== 'date' && isPlaceMeasure(measured?.id, claim.unit)) {
    subject = places().subjectOf(claim, sentence, segment.span);
  }

  // `For the first quarter of 2026, the Company expects:` then `- Revenue to increase by 3% to 5%…`: a list
  // item that names no one tells of the company its lead-in names, and of its period.
  const intro = !row && !subject && segment.kind === 'list-item' ? leadIns()[segment.index] : undefined;
  if (intro) subject = leadInSubject(doc, intro, entities, ownTableSubject);
  // …and of what it forecasts (`the Company expects:`).
  if (intro && subject && measured && outlookOf(measured.id) === measured.id && outlookWordsIn(doc.text, intro.span).length > 0) measured = extend(measured, { id: `${measured.id}:target` });

  // (A list item whose lead-in names no one too: `三季度主要经营数据一览：` then `- 期末门店总数18436家`.)
  if (!row && !subject && mentions.length === 0 && claim.kind !== 'date' && measured && !(before && mentionsBefore().length > 0) && !quoted(doc.text, segment.span.start, claim.start) && !aboutPeers(doc.text, segment)) {
    // `the confirmed objective response rate (ORR) was 46.8%`: a trial's figure is of the drug the article is about.
    // (…nor when a sentence a semicolon runs into this one names another: `华钧半导体…营业收入58.3亿元；归母净利润9.42亿元`.)
    if (ofCompanies(attribute?.entry?.subjects)) subject = soleCompany(before ? { start: before.start, end: sentence.end } : sentence);
    else if (onlyOfProducts(attribute?.entry?.subjects)) subject = mainProduct();
  }
  // `Sunvale also said it would cut the price of its S7… The new price takes effect on May 1`, `曜川S7长续航版指导价由…降至…，
  // 新价格于5月10日起生效`: the day of a company's event that no name binds is of the one company its paragraph names before it.
  if (!row && !subject && claim.kind === 'date' && measured && ofCompanies(attribute?.entry?.subjects) && !aboutPeers(doc.text, segment)) {
    subject = onlyCompanyBefore(doc.text, segment, claim, entities);
  }

  let period: string | undefined;
  if (claim.kind !== 'date') {
    period = bindPeriod(doc.text, claim, row?.periodSpan ?? sentence, masked, row ? undefined : clause, year, mentions);
    if (!period && row) period = bindPeriod(doc.text, claim, row.headerSpan ?? sentence, [], undefined, year);
    // `| 第三季度 | 66.2 | 56.8 |` under `| 季度 | 2025年业务量 | 2024年业务量 |`: the row's quarter of the column's year.
    else if (row && period?.startsWith('XXXX-') && row.headerSpan) period = withYearOf(bindPeriod(doc.text, claim, row.headerSpan, [], undefined, year), period);
    if (!period && row?.cornerSpan) period = bindPeriod(doc.text, claim, row.cornerSpan, [], undefined, year);
    // `数衡软件2024年分季度主要财务数据` over `| 指标 | 一季度 | … | 四季度 |`: the caption's year is the quarters'.
    if (row && period?.startsWith('XXXX-')) period = captionOf(doc, segment, entities).year?.concat(period.slice(4)) ?? period;
    if (!period && !row && before) period = bindPeriod(doc.text, claim, { start: before.start, end: sentence.end }, masked, undefined, year);
    if (row) {
      // `| 合併營收（億元） | 38.62 |` under `| 項目 | 11月 |`, `| 3月 | 35,862 | 46.3% |`: a column or a row of a month is the month's.
      if (row.headerSpan && !period) period = narrowPeriod(doc.text, claim, row.headerSpan, period, attribute?.id, monthsWithin(row.headerSpan));
      period = narrowPeriod(doc.text, claim, row.periodSpan, period, attribute?.id, rowMonths);
      // `| 10月 | 47.6 | 407.1 |` under `| 月份 | 单月… | 累计合同销售金额 |`: the total from January to the row's month.
      const column = row.headerSpan ?? row.periodSpan;
      if (CUMULATIVE_COLUMN.test(doc.text.slice(column.start, column.end))) period = fromJanuary(period);
    } else if (before) {
      // `2025年10月，…约47.6亿元；合同销售均价约为每平方米15256元`: the month the sentences a semicolon joins open with.
      period = narrowPeriod(doc.text, claim, clause, period, attribute?.id, monthsOfSemicolons(), { start: before.start, end: sentence.end });
    } else period = narrowPeriod(doc.text, claim, clause, period, attribute?.id, months, sentence);
    // A guessed subject (`Subject.guessed`) is a sentence that names no one: its quarter's year is the text's last for it,
    // whoever's, else the one the article's date gives a quarter just reported.
    period = quarterYear(period, sentence.start, subject?.guessed ? undefined : subject?.id, quarters, published);
    if (subject?.guessed && /^XXXX-[QH]/.test(period ?? '')) period = quarterYear(period, sentence.start, subject.id, NO_QUARTERS, published);
    if (!row && period !== undefined && followsAnotherYear(doc.text, sentence, masked, claim)) period = undefined;
    // `昨日发布11月运营数据。数据显示，该公司当月共运送旅客218.46万人次`, `The airline carried 2,184,600 passengers during the month`:
    // `the month` of a sentence that names none is the one named last before it.
    if (!row && months.length === 0 && (period === undefined || /^(?:\d{4}|XXXX)$/.test(period)) && attribute && FLOWS.has(attribute.id) && namesTheMonth(doc.text, clause)) {
      const named = monthBefore();
      if (named?.date) period = named.date;
    }
    // `5月5日全国铁路发送旅客2491.7万人次`: a day that opens the clause of a flow is its period.
    if (!row && period === undefined && attribute && FLOWS.has(attribute.id)) period = dayOfClause(doc.text, claim, clause, masked);
    if (!row && period === undefined) period = unnamedYear(doc.text, claim, clause);
    if (intro && subject && period === undefined) period = bindPeriod(doc.text, claim, intro.span, [], undefined, year);
    // `科望咨询预计，全年出货量将在2.78亿至2.85亿台之间`, dated October 2025: a forecast of the year is of the year it is made in.
    const forecast = attribute !== undefined && outlookOf(attribute.id) !== attribute.id;
    if (period === UNNAMED_YEAR && forecast && published && Number(published.slice(5, 7)) >= FORECAST_OF_ITS_YEAR_FROM) period = published.slice(0, 4);
    // `集團全年原保險保費收入4,826億元`, dated March 2026: a whole year's result is of a year that has ended, the one before.
    if (period === UNNAMED_YEAR && !forecast && published && Number(published.slice(5, 7)) <= RESULTS_OF_LAST_YEAR_UNTIL) period = String(Number(published.slice(0, 4)) - 1);
    // `第一季財測方面，芯瀾預估營收季增3%至5%`, dated February 2026: a forecast of a quarter is of the next one to end.
    if (forecast && published && period !== undefined) period = comingPart(period, published);
    // `今年以来出口累计超过2.9万辆`: a total so far this year, compared within its article only (another's is of another day).
    if (!row && period !== undefined && /^(?:\d{4}|XXXX)$/.test(period) && isYearToDate(doc.text, clause)) period = YEAR_TO_DATE_PERIOD;
    // `首周下载量达1,230万次`: a flow of the first days after a launch, of the same window in every article.
    if (!row && (period === undefined || /^(?:\d{4}|XXXX)(?:-Q[1-4]|-\d{2})?$/.test(period)) && attribute && FLOWS.has(attribute.id)) period = launchWindowOf(doc.text, clause) ?? period;
    // `A轮融资时，公司员工仅有180人左右`: a figure of a past moment, not of the article's time.
    if (!row && period === undefined && isOfThen(doc.text, sentence, clause, claim)) period = THEN;
    // `周五收报17.35元`: a close is of a day, the article's where it names none (`XXXX-XX-XX`, within its article, where it has no date).
    if (period === undefined && attribute?.id === CLOSING_PRICE) period = published ?? UNKNOWN_DAY;
  } else if (attribute?.entry?.datePeriod === 'reported') {
    // The day of a quarter's results is compared with the day of the same quarter's results only;
    // a day of results of no period the sentence names is shown, never compared.
    // A month alone (`2026年1月集团共完成…`) is the period of the results, not their day.
    if (!/-\d{2}-\d{2}$/.test(claim.date ?? '')) return withBinding(claim, subject, undefined, undefined);
    let reported = bindPeriod(doc.text, claim, sentence, masked, clause, year, mentions);
    // `2月11日晚间披露月度生产快报，2026年1月集团共完成…`: the one month the sentence names is the data's.
    // (Not the month a period ends with: `截至2025年12月底止全年業績` are the year's.)
    if (months.length === 1 && (reported === undefined || /^(?:\d{4}|XXXX)$/.test(reported)) && !endsPeriod(doc.text, months[0]!)) reported = months[0]!.date;
    period = resultsYear(quarterYear(reported, sentence.start, subject?.id, quarters, published), claim.date);
    if (!period) return withBinding(claim, subject, undefined, undefined);
  } else if (attribute?.entry?.datePeriod === 'year' && /^(?:\d{4}|XXXX)-/.test(claim.date ?? '')) {
    // A company holds a launch event every year or so: another year's is another event (`XXXX` in an
    // article with no date, which the dated articles may give a year: see `undatedPeriods`).
    period = claim.date!.slice(0, 4);
  }
  if (measured?.entry?.clausePeriod && !row) {
    // `2024年，公司曾将…授权给Veltris Bio，…交易总额最高4.6亿美元`: a year that opens the sentence dates each of its clauses.
    period = bindPeriod(doc.text, claim, clause, masked, clause, year, mentions) ?? OPENING_YEAR.exec(doc.text.slice(sentence.start, sentence.start + 12))?.[1];
  }
  const result = withBinding(claim, subject, measured, period);
  // `同比下降18.3%` is no `增长18.3%`: a rate of growth keeps which way it moved, where its words say.
  const direction = measured && RATE_OF_GROWTH.test(measured.id) ? directionOf(doc.text, claim) : undefined;
  return direction ? extend(result, { direction }) : result;
}

/** Rates of growth, whose direction the words before them give (`growth:revenue`, `sequential-growth:shipments`). */
const RATE_OF_GROWTH = /^(?:growth|sequential-growth)(?::|$)/;

/** A part of the year of no year (`XXXX-Q3`) in the year `yearPeriod` is, if that is a year alone. */
function withYearOf(yearPeriod: string | undefined, part: string): string {
  return yearPeriod && /^\d{4}$/.test(yearPeriod) ? `${yearPeriod}${part.slice(4)}` : part;
}

/**
 * The last month the text names before the sentence, in its paragraph or the paragraph before
 * (`…said its passenger numbers rose 14.2% in November…` then `The airline carried 2,184,600
 * passengers during the month`): what `the month` of a sentence that names none refers to.
 */
function lastMonthBefore(docMonths: readonly Claim[], doc: Document, segment: Segment, sentence: Span): Claim | undefined {
  const from = doc.segments[Math.max(0, segment.index - 1)]!.span.start;
  let found: Claim | undefined;
  for (const m of docMonths) {
    if (m.start >= sentence.start) break;
    if (m.start >= from) found = m;
  }
  return found;
}

/** Flows a day may date (`5月1日全国铁路发送旅客2683.4万人次`): counted over a day as over a month. */
const FLOWS = new Set(MONTHLY_ATTRIBUTES);
const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The day a date before the figure in its clause names, where nothing stands between them but the flow's words. */
function dayOfClause(text: string, claim: Claim, clause: Span, masked: readonly Claim[]): string | undefined {
  const day = masked.find((c) => c.kind === 'date' && FULL_DAY.test(c.date ?? '') && c.start >= clause.start && c.end <= claim.start);
  if (!day || PERIOD_END_BEFORE.test(text.slice(Math.max(0, day.start - 8), day.start))) return undefined;
  // Another figure between them is what the day dates.
  return masked.some((c) => c !== day && c.start >= day.end && c.end <= claim.start) ? undefined : day.date;
}

const MONTH_END_AFTER = /^[ \t]*(?:底|末|end)/u;

/** Whether a month is where a period ends (`截至2025年12月底`, `as of December`), not the period. */
function endsPeriod(text: string, month: Claim): boolean {
  return PERIOD_END_BEFORE.test(text.slice(Math.max(0, month.start - 8), month.start)) || MONTH_END_AFTER.test(text.slice(month.end, month.end + 4));
}

/**
 * The year of a quarter or half whose results are reported on `date`: the last one to end before
 * it (`11月18日…发布截至9月30日的第三季度财报`, dated 2025-11-18 → 2025-Q3).
 */
function resultsYear(period: string | undefined, date: string | undefined): string | undefined {
  const part = period && /^XXXX-(?:([QH])([1-4])|(\d{2}))$/.exec(period);
  const day = date && /^(\d{4})-(\d{2})/.exec(date);
  if (!part || !day) return period;
  // A month's operating data come out in the months after it (`2月11日…1月…`, `Jan. 12…December`).
  if (part[3] !== undefined) return `${Number(day[1]) - (Number(part[3]) < Number(day[2]) ? 0 : 1)}-${part[3]}`;
  const lastMonth = part[1] === 'Q' ? Number(part[2]) * 3 : Number(part[2]) * 6;
  const year = Number(day[1]) - (lastMonth < Number(day[2]) ? 0 : 1);
  return `${year}-${part[1]}${part[2]}`;
}



const TRIAL_ENROLMENT = 'trial-enrolment';
const CONTROL_ARM = new RegExp(alternation(CONTROL_ARM_WORDS), 'iu');
/** What stands between two separators of a list or a clause: an arm of a trial is told in one such stretch. */
const STRETCH_END = /[，,。；;、）)]/u;
const STRETCH_START = /[，,。；;、（(][^，,。；;、（(]*$/u;

/** Whether a count of patients is the control arm's (`63人接受標準化療藥`, `对照组（63例）`, `63 to placebo`). */
function inControlArm(text: string, claim: Claim, sentence: Span): boolean {
  const before = text.slice(Math.max(sentence.start, claim.start - 24), claim.start);
  const from = STRETCH_START.exec(before);
  const after = text.slice(claim.end, Math.min(sentence.end, claim.end + 24));
  const to = STRETCH_END.exec(after);
  const stretch = (from ? before.slice(from.index) : before.slice(-8)) + (to ? after.slice(0, to.index) : after);
  return CONTROL_ARM.test(stretch);
}

/** A name a figure before it was compared with (`below Haichuan's`, `than that of Dongyue`), left out for the figures after it when others remain. */
function withoutComparedWith(text: string, mentions: readonly EntityMention[], claim: Claim): readonly EntityMention[] {
  const compared = mentions.filter((m) => m.end <= claim.start && COMPARED_WITH_BEFORE.test(text.slice(Math.max(0, m.start - 24), m.start)));
  if (compared.length === 0 || compared.length === mentions.length) return mentions;
  return mentions.filter((m) => !compared.includes(m));
}
const COMPARED_WITH_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(COMPARED_WITH_WORDS_EN)})[ \\t]+(?:that of[ \\t]+|those of[ \\t]+)?$`);

/**
 * `Neighbouring Cangyu Port, Meichuan's main regional rival, handled 15.8 million TEU`, `湄川港的主要竞争对手沧屿港`:
 * the company whose rival the sentence names is not the one its figures are about.
 */
function withoutRivalOwners(text: string, mentions: readonly EntityMention[]): readonly EntityMention[] {
  return mentions.some((m) => RIVAL_OF_AFTER.test(text.slice(m.end, m.end + 40))) ? mentions.filter((m) => !RIVAL_OF_AFTER.test(text.slice(m.end, m.end + 40))) : mentions;
}
const RIVAL_OF_AFTER = new RegExp(`^(?:['’]s[ \t]+(?:[a-z-]+[ \t]+){0,3}(?:${alternation(RIVAL_NOUNS.en)})(?![A-Za-z])|的?(?:${alternation(RIVAL_NOUNS.zh)}))`, 'u');

const WORK_MEASURE_IDS: ReadonlySet<string> = new Set(WORK_MEASURES);

function ofWork(attribute: string | undefined): boolean {
  if (attribute === undefined) return false;
  const colon = attribute.indexOf(':');
  const base = colon < 0 ? attribute : attribute.slice(0, colon);
  return WORK_MEASURE_IDS.has(base === GROWTH_ATTRIBUTE ? attribute.slice(colon + 1).split(':')[0]! : base);
}

function withoutWorks(mentions: readonly EntityMention[]): readonly EntityMention[] {
  return mentions.some((m) => m.type === 'work') ? mentions.filter((m) => m.type !== 'work') : mentions;
}

const GROWTH_HEADER = new Set(GROWTH_HEADERS);
const GROWTH_ENTRY = ATTRIBUTES.find((a) => a.id === 'growth')!;

/** `| 同比 |` over a column of rates: their growth year on year. */
function growthHeader(text: string, cell: Span, claim: Claim): AttributeBinding | undefined {
  if (claim.kind !== 'percent' || !GROWTH_HEADER.has(text.slice(cell.start, cell.end).trim())) return undefined;
  return { id: GROWTH_ENTRY.id, entry: GROWTH_ENTRY, confidence: 0.8 };
}

const PARAMETERS = 'parameters';
const SMALLER_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(SMALLER_VERSION_WORDS_EN)})[ \\t]+$`, 'i');
const VERSION_AFTER_EN = /^(?:-parameter)?[ \t-]*(?:[a-z-]+[ \t]+)?(?:version|variant|edition|model)\b/i;
const SMALLER_VERSION_AFTER_ZH = new RegExp(`^(?:参数|參數)?[的]?(?:${alternation(SMALLER_VERSION_WORDS_ZH)})`, 'u');

/** Whether a model's size is that of a smaller edition the sentence speaks of (`a smaller 14-billion-parameter version`). */
function ofSmallerVersion(text: string, claim: Claim): boolean {
  const after = text.slice(claim.end, claim.end + 24);
  return (SMALLER_BEFORE.test(text.slice(Math.max(0, claim.start - 24), claim.start)) && VERSION_AFTER_EN.test(after)) || SMALLER_VERSION_AFTER_ZH.test(after);
}

/** `an 8-billion-parameter dense model, Xuanwu-3-Lite,`: the words after a figure that describe what the name after their comma is. */
const DESCRIPTION_BEFORE_NAME = /^[A-Za-z -]{0,40}?\b(?:model|version|variant|edition|chip|drug), $/;
const DESCRIPTION_REACH = 60;

/** The subject a figure describes in an apposition (`DESCRIPTION_BEFORE_NAME`), if it does. */
function describedAfter(text: string, claim: Claim, mentions: readonly EntityMention[]): Subject | undefined {
  const next = mentions.find((m) => m.start >= claim.end);
  if (!next || next.start - claim.end > DESCRIPTION_REACH || !DESCRIPTION_BEFORE_NAME.test(text.slice(claim.end, next.start))) return undefined;
  return subjectOf(next, DESCRIBED_CONFIDENCE);
}
const DESCRIBED_CONFIDENCE = 0.85;

const MARKET_SHARE = 'market-share';
/** What a market's share is of (`of the domestic market`, `全球…市场`, `of global shipments`, `of the industry's deliveries`). */
const MARKET_WHOLE = new RegExp(alternation(MARKET_WHOLE_WORDS), 'iu');

export const PEERS_OPENING = new RegExp(`^(?:${alternation(PEERS_OPENING_WORDS)})(?![A-Za-z])`, 'u');

const BARE_DESCRIPTION = /^(?:该|該|此)(公司|集团|集團)$/u;

/** The mentions of the sentence, less those before the last company it describes before the claim (`这家…车企`). */
function namedAfterDescription(text: string, sentence: Span, claim: Claim, mentions: readonly EntityMention[]): readonly EntityMention[] {
  let described = -1;
  DESCRIBED_COMPANY.lastIndex = 0;
  const before = text.slice(sentence.start, claim.start);
  for (let m = DESCRIBED_COMPANY.exec(before); m; m = DESCRIBED_COMPANY.exec(before)) {
    described = sentence.start + m.index;
    // `澜湾港务集团…，今年1月该集团完成…`: `该` and the ending of the name just before is that name again.
    const noun = BARE_DESCRIPTION.exec(m[0])?.[1];
    const last = noun === undefined ? undefined : mentions.findLast((n) => n.end <= described && n.type === 'company');
    if (last && text.slice(last.start, last.end).endsWith(noun!)) described = last.start;
  }
  return described < 0 ? mentions : mentions.filter((m) => m.start >= described);
}

const INVESTOR_BEFORE = new RegExp(`(?:${alternation(INVESTOR_BEFORE_WORDS)})[ \\t]+(?:the[ \\t]+)?$`, 'i');
const INVESTOR_AFTER = new RegExp(`^(?:${alternation(INVESTOR_AFTER_WORDS)})`, 'u');

/** The names of a sentence less those of investors in a round (`led by Granite Peak Ventures`, `由远澈资本领投`). */
function withoutInvestors(text: string, mentions: readonly EntityMention[]): readonly EntityMention[] {
  const investor = (m: EntityMention) => INVESTOR_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) || INVESTOR_AFTER.test(text.slice(m.end, m.end + 4));
  return mentions.some(investor) ? mentions.filter((m) => !investor(m)) : mentions;
}

/** How sure the attribute of a comparison base of an unsaid time is: too little to be compared. */
const BASE_CONFIDENCE = 0.5;

const CONTINUED: ReadonlySet<string> = new Set(UNNAMED_SUBJECT_ATTRIBUTES);

/** How sure the subject of a sentence that names no one, taken from the sentence before, is: just enough to be compared. */
const UNNAMED_SUBJECT_CONFIDENCE = 0.6;

/** How sure the article's only company is as the subject of a sentence that names no one: too unsure to compare but for a slip (see `Subject.guessed`). */
const SOLE_COMPANY_CONFIDENCE = 0.5;

/** How sure a subject read through `公司` or `the company` is: enough to be compared. */
const ANTECEDENT_CONFIDENCE = 0.65;
/** How far back (in characters, and in paragraphs: a news story names its company in the first) the company `公司` refers to may be named. */
const ANTECEDENT_REACH = 800;
const ANTECEDENT_PARAGRAPHS = 3;

/**
 * How the clause refers to the company named before, if it does: it or a clause before it in
 * its sentence opens with `公司` or `the company` (`公司员工总数由…降至约3.5万人，减少约七千人`), or
 * its sentence opens with `其`/`its` (`其第三季度营收为86.4亿元，同比增长31%`).
 */
function companyReference(text: string, clause: Span, sentence: Span, clauses: readonly Span[], before: Span | undefined, refersInside: () => boolean): 'company' | 'possessive' | undefined {
  // A clause after a comma starts with its space (`To fund the push, the company is…`).
  const opens = (re: RegExp, span: Span) => re.test(text.slice(span.start, span.start + 24).trimStart());
  // …，公司员工总数约1.2万人，减少约七百人: the clauses after one that opens with 公司 are about it too,
  // and so are the sentences a semicolon joins (`公司实现营收…；归母净利润…`).
  if (opens(COMPANY_REFERENCE, sentence) || (before && opens(COMPANY_REFERENCE, before)) || clauses.some((c) => c.start <= clause.start && c.start >= sentence.start && opens(COMPANY_REFERENCE, c))) return 'company';
  if (refersInside()) return 'company';
  return opens(COMPANY_POSSESSIVE, sentence) ? 'possessive' : undefined;
}

/**
 * The company a clause that opens with `公司`, `该公司` or `the company` is about: the last one named
 * before its sentence, in its paragraph or the three before (and not further than `ANTECEDENT_REACH`),
 * when that is a company the article introduced (see `discoverNames`): an article about a
 * company of the alias table often names several of them, and scored corpora showed `公司` read
 * as the last one named gives false conflicts there. `其` and `its` reach back one sentence
 * only: the name they stand for may be one the article uses once (`Smartphone maker Vireo
 * reported results. Its revenue…`), which is no company found, and an earlier one would be wrong.
 */
function antecedentOf(
  doc: Document,
  segment: Segment,
  sentence: Span,
  entities: MentionFinder,
  reference: 'company' | 'possessive',
  principal: string | undefined,
  principalSubject?: Subject,
): Subject | undefined {
  // In a paragraph about the peers (`同業方面，秦峰黃金…；該公司2025年產量為89.4萬盎司`), `该公司` is a peer, named there or not.
  if (reference === 'company' && aboutPeers(doc.text, segment)) return peerNamedIn(segment, sentence, entities, doc.text);
  const earlier = doc.segments[Math.max(0, segment.index - ANTECEDENT_PARAGRAPHS)];
  const at = sentenceIndexAt(segment, sentence.start);
  const from =
    reference === 'possessive'
      ? at > 0
        ? segment.sentences[at - 1]!.span.start
        : sentence.start
      : Math.max(earlier ? earlier.span.start : segment.span.start, sentence.start - ANTECEDENT_REACH);
  const mentions = entities.find(doc.text, from, sentence.start);
  // `…co-led by Lanhai Capital. The round totals $7 billion, according to the company`: the
  // company the article is about, where it is named there, before the last one named.
  if (reference === 'company' && principal !== undefined) for (const m of mentions) if (m.id === principal && m.type === 'company') return subjectOf(m, ANTECEDENT_CONFIDENCE);
  // `Novaro shipped 55.7 million phones…, overtaking Brellin… Its market share rose…`: `its` is the
  // sentence's subject, its first company; `the company` the last one named.
  const order = reference === 'possessive' ? mentions : [...mentions].reverse();
  for (const m of order) {
    // `…subsidiary Ningchuan Energy Storage Technology… The company booked an impairment charge`: the unit is no `company`.
    if (m.subsidiary && reference === 'company' && principalSubject) continue;
    if (m.type === 'company') return m.inferred ? subjectOf(m, ANTECEDENT_CONFIDENCE) : undefined;
  }
  // `集團截至9月底員工總數約5,200人` after a list of figures that names no one: the company the article is about.
  return reference === 'company' && principalSubject ? extend(principalSubject, { confidence: UNNAMED_SUBJECT_CONFIDENCE }) : undefined;
}

const RELATIVE_CLAUSE_END = /,[ \t]|[;；。]|\.[ \t]/;

/** `与…X相比` (`与邻近的澄州市相比`): X, maybe with a place's or a company's ending, which `ZH_COMPARED_ENDING` strips. */
const ZH_COMPARED_WITH = /与(?:[^，。；与]{0,8}的)?(\p{Script=Han}{2,8}?)相比/gu;
const ZH_COMPARED_ENDING = /(?:市|省|县|区|公司|集团)$/u;

/** Whether the clause opens with the name (or its stem) the sentence compares with before it. */
function opensWithComparedName(text: string, sentence: Span, clause: Span): boolean {
  if (clause.start === sentence.start) return false;
  const before = text.slice(sentence.start, clause.start);
  if (!before.includes('相比')) return false;
  const opening = text.slice(clause.start, clause.start + 12).trimStart();
  ZH_COMPARED_WITH.lastIndex = 0;
  for (let m = ZH_COMPARED_WITH.exec(before); m; m = ZH_COMPARED_WITH.exec(before)) {
    const name = m[1]!;
    const stem = name.replace(ZH_COMPARED_ENDING, '');
    if (stem.length >= 2 && opening.startsWith(stem)) return true;
  }
  return false;
}

/** A capitalised name and `, which` or `, who` after it: what the clause says is that name's. */
const OTHERS_CLAUSE = /(?<![A-Za-z])[A-Z][A-Za-z&.-]*(?:[ \t]+[A-Z][A-Za-z&.-]*)*,[ \t]+(?:which|who)[ \t]/g;

/**
 * Whether the figure stands in a relative clause about a capitalised name the sentence gives before it
 * (`…such as Feiniao Express, which says it completed about 3.1 million drone deliveries`), a name the
 * binder may not know (a rival named once), and none of the sentence's known names.
 */
function inOthersClause(text: string, sentence: Span, claim: Claim, mentions: readonly EntityMention[]): boolean {
  const before = text.slice(sentence.start, claim.start);
  OTHERS_CLAUSE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = OTHERS_CLAUSE.exec(before); m; m = OTHERS_CLAUSE.exec(before)) last = m;
  if (!last) return false;
  const nameStart = sentence.start + last.index;
  const nameEnd = nameStart + last[0].indexOf(',');
  // A name the binder knows is bound as any name is; the sentence's opening word (`The company, which…`) is none.
  if (last.index === 0 || mentions.some((m) => m.start < nameEnd && nameStart < m.end)) return false;
  // The clause ends at its closing comma (`, which will comprise 324 satellites by the end of 2027, carries…`), a
  // semicolon or a full stop: the figure must be inside it (a comma between digits, `1,950`, ends nothing).
  return !RELATIVE_CLAUSE_END.test(text.slice(nameEnd + 1, claim.start));
}

/** Whether the paragraph opens with words of the company's peers (`同業方面，`, `Among rivals,`). */
function aboutPeers(text: string, segment: Segment): boolean {
  return PEERS_OPENING.test(text.slice(segment.span.start, segment.span.start + 24));
}

/** The one company the paragraph names before the figure, if it names one only. */
function onlyCompanyBefore(text: string, segment: Segment, claim: Span, entities: MentionFinder): Subject | undefined {
  if (claim.start <= segment.span.start) return undefined;
  let only: EntityMention | undefined;
  for (const m of entities.find(text, segment.span.start, claim.start)) {
    if (m.type !== 'company') continue;
    if (only && only.id !== m.id) return undefined;
    only = m;
  }
  return only ? subjectOf(only, ANTECEDENT_CONFIDENCE) : undefined;
}

/** The last company of the peers' paragraph named before the sentence, if the text introduced it (see `discoverNames`). */
function peerNamedIn(segment: Segment, sentence: Span, entities: MentionFinder, text: string): Subject | undefined {
  const mentions = entities.find(text, segment.span.start, sentence.start);
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i]!;
    if (m.type === 'company') return m.inferred ? subjectOf(m, ANTECEDENT_CONFIDENCE) : undefined;
  }
  return undefined;
}

/** Whether a measure may be a company's (`parameters` are a model's, never the company's that made it). */
function ofCompanies(subjects: readonly string[] | undefined): boolean {
  return subjects === undefined || subjects.includes('company');
}

/** A figure only a product has (a trial's enrolment, a drug's response rate). */
function onlyOfProducts(subjects: readonly string[] | undefined): boolean {
  return subjects !== undefined && subjects.length === 1 && subjects[0] === 'product';
}

/** A figure only a model has (parameters, a context window, a benchmark score). */
function onlyOfModels(subjects: readonly string[] | undefined): boolean {
  return subjects !== undefined && subjects.includes('model') && !subjects.includes('company');
}

/**
 * The model a sentence that names none gives parameters or scores of: the one model its paragraph
 * named before it (`Xingyan-3 is a mixture-of-experts model with 482 billion total parameters. Only
 * 3.2 billion of those parameters are active…`), or the paragraph before when the sentence says
 * `the model`. A model the article introduced only (see `discoverNames`), and only when no other
 * one was named there: of two, the sentence may be about either.
 */
function modelAntecedent(doc: Document, segment: Segment, sentence: Span, entities: MentionFinder): Subject | undefined {
  const previous = segment.index > 0 ? doc.segments[segment.index - 1] : undefined;
  const referred = previous && MODEL_REFERENCE.test(doc.text.slice(sentence.start, sentence.end));
  const from = Math.max(referred ? previous.span.start : segment.span.start, sentence.start - ANTECEDENT_REACH);
  let model: EntityMention | undefined;
  for (const m of entities.find(doc.text, from, sentence.start)) {
    if (m.type !== 'model' && m.type !== 'family') continue;
    if (model && model.id !== m.id) return undefined;
    model = m;
  }
  return model?.inferred ? subjectOf(model, ANTECEDENT_CONFIDENCE) : undefined;
}

/** What the binder reads about the sentence of a claim. */
interface SentenceContext {
  readonly sentence: Span;
  readonly clauses: readonly Span[];
  readonly mentions: readonly EntityMention[];
  readonly masked: readonly Claim[];
  /** Its dates of a month (`10月`, `October 2025`), which may be the period of a figure of their clause. */
  readonly months: readonly Claim[];
  /** The dates of a month of the table row the sentence is in, if it is in one. */
  readonly rowMonths: readonly Claim[];
  /** The dates of a month of the document's tables within a span (a header's cell). */
  readonly monthsWithin: (span: Span) => readonly Claim[];
  /** The sentences that run into this one with a semicolon, whose subject and period it shares when it names none. */
  readonly before: Span | undefined;
  /** The names those sentences hold. */
  readonly mentionsBefore: () => readonly EntityMention[];
  /** The dates of a month of those sentences and this one, read when first asked for. */
  readonly monthsOfSemicolons: () => readonly Claim[];
  /** The year of the document's front-matter date, which relative years count from. */
  readonly publicationYear: number | undefined;
  /** That date (front matter or dateline), which dates a quarter just reported (see `quarterYear`). */
  readonly published: string | undefined;
  /** The company the article introduced that it names most (see `principalCompany`). */
  readonly principal: string | undefined;
  /** That company as the guessed subject of a table of measures that names none (see `tableContext`). */
  readonly ownTableSubject: Subject | undefined;
  /** The quarters the document names with their years (see `quarterYear`), read when first asked for. */
  readonly quarters: () => readonly QuarterMention[];
  /** The words of goals and forecasts of the sentence (see `asOutlook`), read when first asked for. */
  readonly outlookWords: () => readonly Span[];
  /** Whether the English sentence refers to the company named before anywhere in it (`…, the company said`). */
  readonly refersInside: () => boolean;
  /** The market the sentence before it in its paragraph measured (see `continuedMarket`). */
  readonly marketBefore: Subject | undefined;
  /** The last month named before the sentence, in its paragraph or the one before (see `lastMonthBefore`). */
  readonly monthBefore: () => Claim | undefined;
  /** The lead-in of each list item's run (see `listLeadIns`), read when first asked for. */
  readonly leadIns: () => readonly (Segment | undefined)[];
  /** The one company the article names up to the sentence, if it names no other before, read when first asked for. */
  readonly soleCompany: (sentence: Span) => Subject | undefined;
  /** The product the article names most, as a guess (`Subject.guessed`), read when first asked for. */
  readonly mainProduct: () => Subject | undefined;
  /** The provinces and cities the article names (see `ArticlePlaces`), read when first asked for. */
  readonly places: () => ArticlePlaces;
}

/**
 * Where the text in which `id` is the only company named ends (the start of the block that first names
 * another, among those the document introduces and those of the alias table), when its opening blocks
 * name it there; else 0.
 */
function onlyCompanyNamed(doc: Document, entities: MentionFinder, id: string): number {
  const mentions = entities.find(doc.text, 0, doc.text.length);
  // Up to the block where another company is first named (`Rival Dingtai Life reported…` at the end).
  const other = mentions.find((m) => m.id !== id && m.type === 'company');
  const until = other === undefined ? doc.text.length : (doc.segments.find((s) => s.span.end > other.start)?.span.start ?? other.start);
  // The headline, the masthead or dateline a plain-text wire opens with, and the lede.
  let opening: Segment | undefined;
  let seen = 0;
  for (const s of doc.segments) {
    if (s.kind !== 'paragraph' && s.kind !== 'heading') continue;
    opening = s;
    if (++seen === OPENING_BLOCKS) break;
  }
  return opening !== undefined && mentions.some((m) => m.id === id && m.start < opening.span.end && m.end <= until) ? until : 0;
}
/** The blocks an article's headline and lede are among. */
const OPENING_BLOCKS = 3;

const NO_QUARTERS = (): readonly QuarterMention[] => [];

/** How far back a quotation mark may open a quote a figure is in: a paragraph of a hostile length is not read back for each of its figures. */
const QUOTE_REACH = 1_000;

/** Whether `at` is inside quotation marks opened since `from`: a quote speaks of its trade as often as of the company. */
function quoted(text: string, from: number, at: number): boolean {
  let open = 0;
  for (let i = Math.max(from, at - QUOTE_REACH); i < at; i++) {
    const c = text[i]!;
    if (QUOTE_OPENS.includes(c)) open++;
    else if (open > 0 && QUOTE_CLOSES.includes(c)) open--;
  }
  return open > 0;
}

/** A capitalised word inside an English sentence, which may name someone the binder does not know. */
const CAPITALISED_INSIDE = new RegExp(`(?<=[a-z,;:)] )(?!(?:${Object.keys(EN_MONTHS).join('|')}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b)[A-Z][a-z]`);

/** Whether the sentence may name a company the binder has not found: one named once, in Chinese or in English. */
function mayNameAnother(text: string, sentence: Span, own: readonly string[]): boolean {
  return namesAnotherCompany(text, sentence.start, sentence.end, own, true) || CAPITALISED_INSIDE.test(text.slice(sentence.start, sentence.end));
}

/** Sentences a semicolon joins to the next one (`上半年营收28.81亿元；净利润10.38亿元`) lend it their subject and period. */
const MAX_SEMICOLON_SENTENCES = 3;

/** The stretch of the sentences before `sentence` that end with a semicolon and run into it, if any. */
function semicolonContext(text: string, segment: Segment, sentence: Span): Span | undefined {
  const sentences = segment.sentences;
  let i = sentenceIndexAt(segment, sentence.start);
  let start: number | undefined;
  for (let n = 0; n < MAX_SEMICOLON_SENTENCES && i > 0; n++, i--) {
    let at = sentences[i]!.span.start - 1;
    while (at > 0 && /\s/.test(text[at]!)) at--;
    if (text[at] !== '；' && text[at] !== ';') break;
    start = sentences[i - 1]!.span.start;
  }
  return start === undefined ? undefined : { start, end: sentence.start };
}

/** `Llama 3.1 405B`, `Qwen2.5 72B`: a size right after a versioned name is part of the model's name. */
const VERSIONED_NAME_BEFORE = /[A-Za-z][A-Za-z-]*[ -]?v?\d+(?:\.\d+)*[ -]$/;

function partOfName(text: string, claim: Claim): boolean {
  return /^\d/.test(claim.text) && VERSIONED_NAME_BEFORE.test(text.slice(Math.max(0, claim.start - 24), claim.start));
}

/**
 * A year stated alone (`2025年`) names a period rather than an event's date; so does the year of
 * a month (`就在15个月前的2024年9月，…当时投后估值为12亿美元`: the valuation of 2024, not today's).
 */
function isYear(c: Claim): boolean {
  return c.kind === 'date' && /^(?:\d{4}|XXXX)(?:-\d{2})?$/.test(c.date ?? '');
}

function withBinding(claim: Claim, subject: Claim['subject'], attribute: Pick<AttributeBinding, 'id' | 'confidence'> | undefined, period: string | undefined): Claim {
  if (!subject && !attribute && !period) return claim;
  // Set after a copy rather than spread from temporary objects: the same keys in the same order, fewer allocations.
  const out: Writable<Claim> = extend(claim);
  if (subject) out.subject = internSubject(subject);
  if (attribute) {
    out.attribute = intern(attribute.id);
    out.attributeConfidence = attribute.confidence;
  }
  if (period) out.period = intern(period);
  return out;
}

type Writable<T> = { -readonly [K in keyof T]: T[K] };

// A scan of a large archive keeps every claim: the few distinct subjects, attributes and periods
// are shared rather than repeated in each of hundreds of thousands of claims. What these tables
// keep lives for the whole run, so it holds copies, never slices of a document's text.
const SUBJECTS = new Map<string, Map<string, Map<number, Subject>>>();
const STRINGS = new Map<string, string>();
const INTERN_LIMIT = 100_000;
let subjectCount = 0;

function internSubject(s: Subject): Subject {
  const known = SUBJECTS.get(s.id)?.get(s.label)?.get(s.confidence);
  // An id is a table's entity or an article's own company for the whole run (the table decides).
  if (known && known.inferred === s.inferred && known.guessed === s.guessed) return known;
  if (known || subjectCount >= INTERN_LIMIT) return s;
  const own: Subject = {
    id: unpinned(s.id),
    label: unpinned(s.label),
    confidence: s.confidence,
    ...(s.inferred ? { inferred: true as const } : {}),
    ...(s.guessed ? { guessed: true as const } : {}),
  };
  let byLabel = SUBJECTS.get(own.id);
  if (!byLabel) SUBJECTS.set(own.id, (byLabel = new Map()));
  let byConfidence = byLabel.get(own.label);
  if (!byConfidence) byLabel.set(own.label, (byConfidence = new Map()));
  byConfidence.set(own.confidence, own);
  subjectCount++;
  return own;
}

function intern(value: string): string {
  const known = STRINGS.get(value);
  if (known !== undefined) return known;
  if (STRINGS.size >= INTERN_LIMIT) return value;
  const own = unpinned(value);
  STRINGS.set(own, own);
  return own;
}

/**
 * In a table row, the subject is named by the row's first cell and the attribute by the column's
 * header; in a table laid out the other way (`| 指标 | Q3 2024 | Q3 2025 |` over `| 总营收（亿元） |
 * 228.5 | 312.6 |`), by the column's header and the row's first cell.
 */
function tableContext(doc: Document, segment: Segment, claim: Claim, entities: MentionFinder, ownCompany?: Subject) {
  const cells = segment.cells ?? [];
  const column = cellAt(cells, claim.start);
  if (column <= 0) return undefined;
  const first = cells[0]!;
  const header = tableHeaderOf(doc, segment);
  const headerCells = header?.cells;
  const headerCell = headerCells?.[column];
  // | 4 | 远川新能源 | 38.3 | 7.0% |: a ranking names its row in the cell after the rank.
  const named = column > 1 && RANK.test(doc.text.slice(first.start, first.end)) ? cells[1]! : first;
  // `| 云服务（云帆智算云） | 168.3 |`: a brand in brackets after a business names the business's product, not whose the row is.
  const bracket = doc.text.slice(named.start, named.end).search(BRACKET_AFTER_LABEL);
  const rowEnd = bracket > 0 ? named.start + bracket : named.end;
  const mention = entities.find(doc.text, named.start, rowEnd)[0] ?? (headerCell ? entities.find(doc.text, headerCell.start, headerCell.end)[0] : undefined);
  const attributeIn = (cell: Span) => growthHeader(doc.text, cell, claim) ?? bindAttribute(doc.text, extend(claim, { start: cell.end, end: cell.end }), cell, cell);
  const ofColumn = headerCell ? withRowTopic(doc.text, attributeIn(headerCell), claim, named, header?.span) : undefined;
  // `| 显存带宽 | 8.0TB/s | 3.2TB/s |` under `| 项目 | 隼-9 | 隼-7 |`: a header that says only what the unit does leaves the measure to the row.
  const ofRow = ofColumn?.entry ? undefined : attributeIn(first);
  const attribute = ofRow?.entry ? ofRow : (ofColumn ?? ofRow);
  // A table of measures by period (`| Gross margin (%) | 46.2 | 47.8 |`) is about what its caption
  // names; a table whose header says the measure has rows of parts or peers, never the caption's whole.
  // Without a caption naming it, such a table (`## 主要财务数据`) is most likely the article's own
  // company's: a guess too unsure to compare with other documents, enough to find a slip between
  // the table and the text.
  // A table whose rows are periods (`| 3月 | 35,862 | 46.3% |`) is of one whole, whatever its header says.
  // `| 手游收入（亿元） | 60.3 |` under a caption naming a game: a work is the subject of its audience and sales only.
  const caption = !mention && (!ofColumn || PERIOD_CELL.test(doc.text.slice(first.start, first.end).trim())) && attribute ? captionOf(doc, segment, entities) : undefined;
  const captioned = caption ? ((caption.work && !ofWork(attribute?.id) ? undefined : caption.subject) ?? ownCompany) : undefined;
  return {
    subject: mention && !(mention.type === 'work' && !ofWork(attribute?.id)) ? subjectOf(mention, 0.9) : captioned,
    attribute: attribute ? extend(attribute, { confidence: Math.min(attribute.confidence, 0.8) }) : undefined,
    periodSpan: first,
    headerSpan: headerCell,
    // `| 2025年第四季度指引 | 区间 | 同比增长 |`: the corner names the period of the whole table.
    cornerSpan: headerCells?.[0],
  };
}

const CUMULATIVE_COLUMN = new RegExp(alternation(CUMULATIVE_COLUMN_WORDS));
/** A bracket that follows a row's label (`云服务（云帆智算云）`). */
const BRACKET_AFTER_LABEL = /[（(]/u;

/** A table's first cell that names a period and nothing else: `3月`, `2025年`, `第一季度合计`, `Q3 2025`, `March 2026`, `FY2024`. */
const PERIOD_CELL = (() => {
  const year = `(?:FY[ \\t]?)?(?:19|20)[0-9]{2}(?:[ \\t]?(?:${alternation(YEAR_SUFFIXES)}))?`;
  const part = alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS), ...Object.keys(CUMULATIVE_PARTS)]);
  const month = `(?:[0-9０-９]{1,2}[ \\t]?[月](?:份)?|${alternation(Object.keys(EN_MONTHS))}\\.?)`;
  const within = `(?:${part}|${month})`;
  return new RegExp(`^(?:${year}[ \\t]?${within}?|${within}(?:[ \\t,]+${year})?)[ \\t]?(?:${alternation(PERIOD_TOTAL_WORDS)})?$`, 'iu');
})();

/** A rank in a table's first cell (`1`, `No. 2`, `第3`, `#4`). */
const RANK = /^(?:No\.?[ \t]*|#|第)?[0-9０-９]{1,3}(?:名)?$/;

/** How sure the guess is that a table of measures naming no company is the article's own company's: not enough to compare. */
const GUESSED_TABLE_CONFIDENCE = 0.5;

/** How sure a table row's subject named by the table's caption is: enough to be compared. */
const CAPTION_CONFIDENCE = 0.7;
const CAPTION_YEAR = /(?<![0-9０-９])((?:19|20)[0-9]{2})(?![0-9０-９])/g;

/** What the sentence before a table says of the whole table: its one company, its one year. */
interface Caption {
  readonly subject: Subject | undefined;
  readonly year: string | undefined;
  /** Whether the subject is a work named in title marks (see `ofWork`). */
  readonly work: boolean;
}
const CAPTIONS = new WeakMap<Document, Map<number, Caption>>();

/**
 * The caption of the table `row` is in, read once per table: the last sentence before the table
 * (`Below is a comparison of Halden's last two quarters:`, `数衡软件2024年分季度主要财务数据`).
 * Its subject is the one company it names (none when it names several or none); its year the
 * one year it names, if it names one and no other.
 */
function captionOf(doc: Document, row: Segment, entities: MentionFinder): Caption {
  const id = row.table!.id;
  let byTable = CAPTIONS.get(doc);
  if (!byTable) CAPTIONS.set(doc, (byTable = new Map()));
  const known = byTable.get(id);
  if (known) return known;
  let first = row.index;
  while (first > 0 && doc.segments[first - 1]!.table?.id === id) first--;
  const span = doc.segments[first - 1]?.sentences.at(-1)?.span;
  const mentions = span ? entities.find(doc.text, span.start, span.end) : [];
  const subject = mentions.length > 0 && mentions.every((m) => m.id === mentions[0]!.id) ? subjectOf(mentions[0]!, CAPTION_CONFIDENCE) : undefined;
  const work = subject !== undefined && mentions[0]!.type === 'work';
  let year: string | undefined;
  if (span) {
    for (const m of doc.text.slice(span.start, span.end).matchAll(CAPTION_YEAR)) {
      if (year !== undefined && year !== m[1]) {
        year = undefined;
        break;
      }
      year = m[1];
    }
  }
  const caption = { subject, year, work };
  byTable.set(id, caption);
  return caption;
}

/**
 * `2022年至2024年，公司营业收入分别为4.12亿元、7.86亿元和13.45亿元`, `revenue of $1.2 billion, $1.8
 * billion and $2.4 billion in 2022, 2023 and 2024, respectively`: the values of one attribute
 * take the years of the sentence in order, when there are as many of each; a sentence that states
 * none takes those of the sentences a semicolon joins it to (`…；同期归母净利润分别为…`).
 */
function respectively(text: string, sentence: Span, before: Span | undefined, claims: Claim[]): Claim[] {
  if (claims.length < 2 || !RESPECTIVELY.test(text.slice(sentence.start, sentence.end))) return claims;
  const values = claims.filter((c) => c.kind !== 'date' && c.attribute !== undefined);
  let years = yearsOf(text, sentence, values);
  if (years.length === 0 && before) years = yearsOf(text, before, []);
  if (years.length < 2) return claims;
  const byAttribute = new Map<string, Claim[]>();
  for (const c of values) byAttribute.set(c.attribute!, [...(byAttribute.get(c.attribute!) ?? []), c]);
  const period = new Map<Claim, string>();
  for (const group of byAttribute.values()) {
    // `2022年至2024年，收入分别为…，2023年和2024年同比增速分别为…`: two lists in one sentence, each
    // with the years written between the figure before it and its own first value.
    const own = group.length === years.length ? years : yearsOf(text, { start: endOfFigureBefore(values, group[0]!, sentence.start), end: group[0]!.start }, values);
    if (group.length !== own.length) continue;
    // A quarter or half the sentence states stays (`2024年和2025年第三季度…分别为`).
    group.forEach((c, i) => period.set(c, `${own[i]}${/^(?:\d{4}|XXXX)(-[QH].*)$/.exec(c.period ?? '')?.[1] ?? ''}`));
  }
  return period.size === 0 ? claims : claims.map((c) => (period.has(c) ? extend(c, { period: intern(period.get(c)!) }) : c));
}

/**
 * `综合偿付能力充足率为211%，核心偿付能力充足率为142%，分别较上年末下降9个百分点和7个百分点`: the changes
 * after `分别`/`respectively` are those of the rates stated before it, in order, when there are as
 * many of each and the rates are of different measures.
 */
function respectiveChanges(text: string, sentence: Span, claims: Claim[]): Claim[] {
  if (claims.length < 4) return claims;
  const word = RESPECTIVELY.exec(text.slice(sentence.start, sentence.end));
  if (!word) return claims;
  const at = sentence.start + word.index;
  const levels = claims.filter((c) => c.end <= at && c.kind === 'percent' && c.attribute !== undefined && isRate(c.attribute) && c.unit !== 'pp');
  const changes = claims.filter((c) => c.start >= at && isChangeOfRate(c.attribute));
  if (levels.length < 2 || levels.length !== changes.length || new Set(levels.map((c) => c.attribute)).size !== levels.length) return claims;
  const attributeOf = new Map(changes.map((c, i) => [c, `growth:${levels[i]!.attribute}`]));
  return claims.map((c) => (attributeOf.has(c) ? extend(c, { attribute: attributeOf.get(c)! }) : c));
}

/** Where the last figure before `first` ends, or `from` when there is none. */
function endOfFigureBefore(values: readonly Claim[], first: Claim, from: number): number {
  let end = from;
  for (const v of values) if (v.end <= first.start && v.end > end) end = v.end;
  return end;
}

/** The years a sentence states outside its values, a range (`2022年至2024年`, `2022-2024`) read as each of its years. */
function yearsOf(text: string, sentence: Span, values: readonly Claim[]): string[] {
  const years: string[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  for (const m of slice.matchAll(YEAR_OR_RANGE)) {
    const at = sentence.start + m.index;
    if (values.some((v) => at < v.end && v.start < at + m[0].length)) continue;
    const from = Number(m[1]);
    const to = m[2] ? Number(m[2]) : from;
    if (to < from || to - from > MAX_RESPECTIVE_YEARS) return [];
    for (let y = from; y <= to; y++) years.push(String(y));
  }
  return years;
}

const RESPECTIVELY = new RegExp(alternation(RESPECTIVELY_WORDS), 'i');
const YEAR_OR_RANGE = new RegExp(`(?<![\\d.])((?:19|20)\\d{2})(?:${alternation(YEAR_SUFFIXES)})?(?:\\s*(?:${alternation(RANGE_WORDS)})\\s*((?:19|20)\\d{2}))?(?![\\d.])`, 'g');
/** A range longer than this is no list of the years of a table's worth of values. */
const MAX_RESPECTIVE_YEARS = 12;

/**
 * What a figure is compared with lies before its sentence's period (`up 212% from $436 million a
 * year earlier` → 2024-Q3 beside 2025-Q3), unless the words around it date it (`up from 0.9% at
 * the end of 2024`). Compared with a figure of a time not said (`widened to 47.8% from 46.2%`),
 * it is shown but never compared: whatever its list or its sentence says of the rest.
 */
function dateComparisonBases(text: string, { sentence, clauses, masked }: SentenceContext, claims: Claim[]): Claim[] {
  // The period of the figure a base was compared with, and the period the base's own words gave it.
  let compared: { now: string; base: string | undefined } | undefined;
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.kind === 'date' || c.table !== undefined) continue;
    // `…138万人次，去年同期为102.9万人次，同比增长26.0%`: the rate after the base is of the figure's period.
    if (compared && c.kind === 'percent' && c.attribute?.startsWith(GROWTH_ATTRIBUTE) && c.period === compared.base) {
      claims[k] = extend(c, { period: intern(compared.now) });
      continue;
    }
    const base = comparisonBase(text, c, sentence);
    if (!base) continue;
    // `11月国际航线旅客运输量138万人次，去年同期为102.9万人次`: a base is of the period of the figure before it that
    // it is compared with (the same measure), a year or a quarter earlier, whatever `去年` gave it.
    const partner = base.base === 'unknown' ? undefined : figureComparedWith(claims, k);
    const shifted = partner ? basePeriod(partner.period, base.base) : undefined;
    if (partner && shifted) {
      compared = { now: partner.period!, base: c.period };
      claims[k] = extend(c, { period: intern(shifted) });
      continue;
    }
    const clause = clauseAt(clauses, c.start, sentence);
    if (statesYear(text, sentence, masked, { start: base.span.start, end: Math.max(base.span.end, clause.end) })) continue;
    const period = basePeriod(c.period, base.base);
    if (period) claims[k] = extend(c, { period: intern(period) });
    else {
      const { period: _unsaid, ...rest } = c;
      claims[k] = c.attribute ? extend(rest, { attributeConfidence: Math.min(c.attributeConfidence ?? 1, BASE_CONFIDENCE) }) : rest;
      UNSAID_BASES.add(claims[k]!);
    }
  }
  return claims;
}

const GROWTH_ATTRIBUTE = 'growth';
const UNKNOWN_DAY = 'XXXX-XX-XX';

/** The figure of the same kind and measure nearest before `claims[k]` in its sentence, with a period of a day, month or part of a year. */
function figureComparedWith(claims: readonly Claim[], k: number): Claim | undefined {
  const c = claims[k]!;
  for (let i = k - 1; i >= Math.max(0, k - MAX_FIGURES_BEFORE_BASE); i--) {
    const o = claims[i]!;
    if (o.kind === c.kind && o.attribute !== undefined && o.attribute === c.attribute && o.period !== undefined && /^\d{4}-/.test(o.period)) return o;
  }
  return undefined;
}

/** How many figures before a base its figure is looked for among (a sentence may be a list of thousands). */
const MAX_FIGURES_BEFORE_BASE = 8;

/** Comparison bases of a time not said: never compared, they make no list of the figure they are compared with. */
const UNSAID_BASES = new WeakSet<Claim>();

/** `营收312.6亿元，同比增长16.4%；2024财年为268.5亿元`: a clause that gives another year's value of the figure before it. */
const YEAR_RESTATED = /^[^。！？!?]{0,30}[，；,;][ \t]*(?:(?:19|20)[0-9]{2}[ \t]?(?:财年|財年|年度|年)|上年|去年|上一财年|上一財年)(?:同期|全年)?(?:为|為|则为|則為)[ \t]?$/u;

/**
 * A figure of no measure whose clause only gives another year's value (`；2024财年为268.5亿元`,
 * `，上年同期为2.1亿元`) measures what the figure of its kind before it does: its year is its own.
 */
function yearsRestated(text: string, claims: Claim[]): Claim[] {
  for (let k = 1; k < claims.length; k++) {
    const c = claims[k]!;
    if (c.attribute || c.kind === 'date') continue;
    let previous: Claim | undefined;
    for (let j = k - 1; j >= 0 && !previous && claims[j]!.segment === c.segment; j--) if (claims[j]!.kind === c.kind) previous = claims[j];
    if (!previous?.attribute || (previous.currency ?? '') !== (c.currency ?? '') || !YEAR_RESTATED.test(text.slice(previous.end, c.start))) continue;
    claims[k] = extend(c, { attribute: previous.attribute, attributeConfidence: Math.min(previous.attributeConfidence ?? 1, CARRIED_CONFIDENCE) });
  }
  return claims;
}

/** Confidence of an attribute a list item takes from a sibling that names it (`Super (100B)`). */
const CARRIED_CONFIDENCE = 0.7;

/** Between the value a measure moved from and the one it moved to (`由每百萬tokens 16元人民幣減至8元`, `from RMB 14.60 to RMB 9.80`). */
const MOVED_TO_BETWEEN = /^[ \t]*(?:(?:降至|降到|减至|減至|下调至|下調至|调降至|調降至|降低至|下降至|涨至|漲至|升至|上调至|上調至|提高至|增至|增加至|提升至)|to)[ \t]*$/u;
const EARLIER_GOAL_BEFORE = /(?<![A-Za-z])from[ \t]+(?:the[ \t]+|its[ \t]+)?(?:earlier|previous|prior|original|initial)[ \t]+(?:guidance|target|forecast|outlook|plan|goal)(?:[ \t]+of)?[ \t]+(?:about[ \t]+|around[ \t]+)?(?:[A-Z]{2,3}[ \t]?|US|HK|NT)?[$€£¥]?[ \t]?$/;
const MOVED_FROM_BEFORE = /(?:由|从|從|(?<![A-Za-z])from[ \t]+)[^，。；,;]{0,16}$/u;
/** A clause after a goal that says it was revised (`，今年7月上调至80GW`, `, later raised to 80 GW`). */
const REVISED_IN_NEXT_CLAUSE = /^[ \t]*[，,][^，。；,;]{0,12}?(?:上调至|上調至|下调至|下調至|调升至|調升至|调降至|調降至|调高至|調高至|调低至|調低至|(?<![A-Za-z])(?:raised|lowered|cut|revised|lifted)(?: it)? to)[ \t]*$/u;


/**
 * The price a price cut or rise moved from (`输出价格由每百萬tokens 16元人民幣減至8元`, `will fall from RMB
 * 14.60 to RMB 9.80 per GPU per hour`) is of before the change, as a figure of a past moment is: no
 * item of a list with the price it moved to, and never the price now. So is a goal or a guidance
 * revised (`全年营业收入指引由此前的44亿元至46亿元上调至46亿元至48亿元`, `全年指引为70GW至75GW，今年7月上调至80GW`).
 * Only these: the level a capacity rises to is as often a plan (`年产能将由目前的60GWh提升至100GWh`),
 * its start the level now.
 */
function previousValues(text: string, claims: Claim[]): Claim[] {
  if (claims.length < 2) return claims;
  // `RMB 21.5 billion in 2026, up from earlier guidance of RMB 18 billion`: the goal it moved from, named after the new one.
  return claims.map((c, k) => {
    if (c.attribute && c.attribute !== outlookOf(c.attribute) && EARLIER_GOAL_BEFORE.test(text.slice(Math.max(0, c.start - 48), c.start))) return extend(c, { period: THEN });
    // `全年指引为70GW至75GW，今年7月上调至80GW`: the figure it moved to, past the date of the move.
    let next: Claim | undefined;
    for (let j = k + 1; j < claims.length && !next; j++) if (claims[j]!.kind !== 'date') next = claims[j];
    if (!next || !c.attribute || c.kind !== next.kind) return c;
    const between = text.slice(c.end, next.start);
    const movedFrom = () => MOVED_TO_BETWEEN.test(between) && MOVED_FROM_BEFORE.test(text.slice(Math.max(0, c.start - 24), c.start));
    if (c.attribute.startsWith(PRICE)) return c.attribute === next.attribute && c.period === undefined && movedFrom() ? extend(c, { period: THEN }) : c;
    const goal = outlookOf(c.attribute);
    const revised = goal !== c.attribute && (next.attribute === c.attribute || next.attribute === goal || next.attribute === undefined);
    return revised && (movedFrom() || REVISED_IN_NEXT_CLAUSE.test(between)) ? extend(c, { period: THEN }) : c;
  });
}

const REVENUE_SHARE = 'revenue-share';
/** Between an amount and the share of revenue it is (`研发投入11.6亿元，约占营收的12%`, `960 million yuan, or about 5.2% of revenue`). */
const SHARE_OF_AMOUNT_BETWEEN = /^[ \t]*[，,][ \t]*(?:(?:约|約|大约|大約)?(?:占|佔)|or(?:[ \t]+(?:about|roughly|some|nearly|around))?[ \t]*$|equal[ \t]+to[ \t]*$)/u;

/**
 * A share of revenue right after an amount of another measure is that measure's share
 * (`海外收入达到59.5亿元，占总营收的61.5%` → `revenue-share:overseas`; `研发投入11.6亿元，约占营收的12%` →
 * `revenue-share:rnd-spend`), not the share of revenue another sentence states of something else.
 */
function sharesOfAmounts(text: string, claims: Claim[]): Claim[] {
  if (claims.length < 2) return claims;
  return claims.map((c, k) => {
    if (c.attribute !== REVENUE_SHARE || k === 0) return c;
    const amount = claims[k - 1]!;
    const measure = amount.kind === 'money' ? amount.attribute : undefined;
    if (!measure || measure === 'revenue' || measure.startsWith(REVENUE_SHARE) || !SHARE_OF_AMOUNT_BETWEEN.test(text.slice(amount.end, c.start))) return c;
    const which = measure.startsWith('revenue:') ? measure.slice('revenue:'.length) : measure.replace(/:/g, '-');
    return extend(c, { attribute: `${REVENUE_SHARE}:${which}` });
  });
}

/**
 * A figure whose attribute word stands outside its clause is only weakly bound, unless it is an
 * item of a list whose other item names that attribute in its own clause or unit
 * (`Nano (30B parameters), Super (100B)`): the attribute carries to the whole list.
 */
function carryAttributes(claims: Claim[]): Claim[] {
  if (claims.length < 2) return claims;
  return claims.map((c) => {
    if (!c.attribute || (c.attributeConfidence ?? 0) >= CARRIED_CONFIDENCE) return c;
    const named = claims.some((o) => o !== c && o.kind !== 'date' && o.attribute === c.attribute && (o.attributeConfidence ?? 0) >= CARRIED_CONFIDENCE);
    return named ? extend(c, { attributeConfidence: CARRIED_CONFIDENCE }) : c;
  });
}

/**
 * Several values of one sentence bound to the same subject, attribute and period are a list
 * (`Nemotron 3系列（300亿、1000亿、5000亿参数）`) whose items belong to members the text does not
 * name: none of them speaks for the subject itself. A value whose subject is named right before
 * it in its clause (`Microsoft's 2025 R&D budget totaled CNY 9.3 billion`) still does when the
 * other values are tied to that name only by looking further (after them, or outside their
 * clause: a price in a headline that runs into the sentence).
 */
function markLists(text: string, claims: Claim[], conversions: ReadonlyMap<number, number>, rates: ReadonlySet<number>): Claim[] {
  if (claims.length < 2) return claims;
  /** The values of each key, of all the claims and of those whose subject is named right before them. */
  const all = new Map<string, Set<string>>();
  const sure = new Map<string, Set<string>>();
  // `毛利率为32.4%，同比提升1.5个百分点`: a change in points is no item of a list of levels.
  const keyOf = (c: Claim) => `${c.subject?.id}|${c.attribute}|${c.period ?? ''}|${c.unit === 'pp' ? 'pp' : ''}`;
  const add = (map: Map<string, Set<string>>, key: string, value: string) => {
    const values = map.get(key);
    if (values) values.add(value);
    else map.set(key, new Set([value]));
  };
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k]!;
    // An exchange rate (`以1港元兌0.922元人民幣計算`) is no item either: it loses its subject below.
    if (!c.subject || !c.attribute || conversions.has(k) || rates.has(k) || UNSAID_BASES.has(c) || restatesRoughly(c, claims)) continue;
    const value = `${c.value}|${c.currency ?? ''}|${c.date ?? ''}`;
    add(all, keyOf(c), value);
    if (namedBefore(c)) add(sure, keyOf(c), value);
  }
  return claims.map((c, k) => {
    if (!c.subject || (all.get(keyOf(c))?.size ?? 0) < 2) return c;
    const named = namedBefore(c) && (sure.get(keyOf(c))?.size ?? 0) < 2 && !enumerated(text, c, claims[k + 1], keyOf);
    return named ? c : extend(c, { subject: extend(c.subject, { confidence: Math.min(c.subject.confidence, LIST_CONFIDENCE) }) });
  });
}

/** `生产铁水2610万吨、粗钢2865万吨`: the first item of an enumeration whose next item is of the same key, whatever names it. */
function enumerated(text: string, c: Claim, next: Claim | undefined, keyOf: (c: Claim) => string): boolean {
  return next !== undefined && keyOf(next) === keyOf(c) && ENUMERATION_GAP.test(text.slice(c.end, next.start));
}
const ENUMERATION_GAP = /^、[^\p{N}，,。；;]{1,8}$/u;

/** How far (relative) a rough restatement may stand from the exact figure it rounds (`37.5%…已接近四成`). */
const ROUGH_RESTATEMENT = 0.1;

/**
 * Whether a qualified figure restates, rounded, an exact one of the sentence with the same
 * attribute (`贡献了37.5%的成交额…已接近四成`): one value said twice, no second item of a list.
 */
function restatesRoughly(c: Claim, claims: readonly Claim[]): boolean {
  if (c.qualifier === 'exact' || c.qualifier === 'range' || c.value === null || c.value === 0) return false;
  return claims.some((o) => o !== c && o.qualifier === 'exact' && o.attribute === c.attribute && o.value !== null && (o.currency ?? '') === (c.currency ?? '') && Math.abs(o.value - c.value!) <= ROUGH_RESTATEMENT * Math.abs(o.value));
}

/** Whether a claim's subject is named right before it in its clause, and its attribute sure enough to be compared. */
function namedBefore(c: Claim): boolean {
  return (c.subject?.confidence ?? 0) >= NAMED_BEFORE_CONFIDENCE && (c.attributeConfidence ?? MIN_ATTRIBUTE_CONFIDENCE) >= MIN_ATTRIBUTE_CONFIDENCE;
}
