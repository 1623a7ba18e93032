import { withTraditional } from '../vocab/spellings.js';
import { isRate } from './rates.js';
import { ZH_DATELINE_ENDS } from '../vocab/dateline.js';
import { EN_MONTHS } from '../vocab/months.js';
import type { Claim } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { alternation } from '../extract/pattern.js';
import { isStatementDivider } from './clauses.js';
import {
  ATTRIBUTES,
  BUSINESS_NAME_LEADS,
  BUSINESS_SEGMENTS,
  BUSINESS_VERBS,
  CHANGE_ATTRIBUTES,
  CHANGE_FILLERS_EN,
  CHANGE_FILLERS_ZH,
  CHANGE_VERBS_EN,
  CHANGE_VERBS_ZH,
  CHANGE_VERBS_BEFORE_NOUN_ZH,
  CHANGES,
  MEASURE_TOPICS,
  NOT_BUSINESS_NAMES,
  OWN_MEASURE_NOUNS,
  PART_OPENERS,
  PRODUCT_REFERENCES_ZH,
  SEGMENT_REFERENCES,
  BREAKDOWN_OPENERS,
  SEGMENT_SENTENCE,
  PAYMENT_VERBS,
  AFTER_EVENT_WORDS,
  REPORT_PERIOD_WORDS,
  PERIOD_END_WORDS,
  PRODUCT_CLASSES,
  PRODUCT_LINE_MODIFIERS,
  SEGMENT_AFTER_FIGURE,
  TOPICS,
  UNIT_ATTRIBUTES,
  OUTLOOK_WORDS_ZH,
  OUTLOOK_BEFORE_COMMA_ZH,
  GAP_WORDS_ZH,
  FALL_WORDS_ZH,
  FALL_WORDS_EN,
  RISE_WORDS_ZH,
  RISE_WORDS_EN,
  GAP_WORDS_EN,
  OUTLOOK_WORDS_EN,
  NOT_OUTLOOK_AFTER_ZH,
  OUTLOOK_AFTER_ZH,
  OUTLOOK_AFTER_EN,
  CONSENSUS_WORDS,
  OUTLOOK_MET_WORDS,
  GOAL_SPAN_WORDS,
  OUTLOOK_BOUNDS,
  OUTLOOK_GAP_VERBS_EN,
  OUTLOOK_NOUNS_EN,
  TOTAL_WORDS,
  SUM_WORDS,
  NEXT_ITEM_WORDS_EN,
  NEXT_ITEM_WORDS_ZH,
  DIFFERENCE_AFTER_WORDS,
  DIFFERENCE_BEFORE_WORDS,
  DIFFERENCE_VERBS_ZH,
  SHORTFALL_WORDS,
  ROUND_TOPICS,
  EARLIER_ROUND_WORDS,
  ROUNDS_TOTAL_WORDS,
  QUOTED_ERROR_WORDS,
  type AttributeEntry,
} from '../vocab/attributes.js';
import { KeywordMatcher, type KeywordHit } from './keywords.js';
import {
  EN_PEOPLE_PLURALS, MEASURE_WORDS, OTHER_PEOPLE_NOUNS, PEOPLE_MEASURES, PEOPLE_RECIPIENT_BEFORE, PEOPLE_ROLE_AFTER, PEOPLE_SIZE_OF, PEOPLE_UNITS,
} from '../vocab/units.js';
import { isHan } from '../segment/script.js';
import { ZH_COMPANY_ENDINGS } from '../vocab/name-cues.js';
import { CUMULATIVE_PARTS, FULL_YEAR_WORDS, HALF_WORDS, QUARTER_WORDS } from '../vocab/periods.js';
import { extend } from '../util/extend.js';

const BY_ID = new Map(ATTRIBUTES.map((a) => [a.id, a]));
const ORDER = new Map(ATTRIBUTES.map((a, i) => [a.id, i]));
/** The units an attribute is counted in (headcount: person, employee); a count of other things is not it. */
const UNITS_OF = new Map<string, string[]>();
for (const [unit, id] of Object.entries(UNIT_ATTRIBUTES)) UNITS_OF.set(id, [...(UNITS_OF.get(id) ?? []), unit]);
const OWN_MEASURE = new RegExp(alternation(OWN_MEASURE_NOUNS), 'u');
/** Attributes counted in people only (headcount), and the measure words that never count people. */
const PEOPLE_ATTRIBUTES = new Set([...UNITS_OF].filter(([, units]) => units.every((u) => PEOPLE_UNITS.includes(u))).map(([id]) => id));
const PEOPLE_MEASURE_END = new RegExp(`(?:${alternation(PEOPLE_MEASURES)})$`, 'u');
const OTHER_PEOPLE_BEFORE = new RegExp(`(?:${alternation(OTHER_PEOPLE_NOUNS)})[共计达有为]{0,2}$`, 'u');
const SIZE_OF_AFTER = new RegExp(`^(?:${alternation([...PEOPLE_SIZE_OF, ...PEOPLE_ROLE_AFTER])})`, 'u');
const RECIPIENTS_BEFORE = new RegExp(`(?:${alternation(PEOPLE_RECIPIENT_BEFORE)})$`, 'u');
const PLURAL_NOUN_AFTER = /^[ \t]+([a-z]+s)(?![A-Za-z])/;
const EN_PEOPLE_NOUNS = new Set(EN_PEOPLE_PLURALS);
const THING_MEASURE_END = new RegExp(`(?:${alternation(MEASURE_WORDS.filter((w) => !PEOPLE_MEASURES.includes(w)))})$`, 'u');
const ATTRIBUTE_WORDS = new KeywordMatcher(ATTRIBUTES.map((a) => [a.id, [...a.zh, ...a.en]] as const));

/** The measures whose words a stretch of text holds (`钢材销量` → `shipments`), in order. */
export function measuresNamedIn(text: string, start: number, end: number): string[] {
  return ATTRIBUTE_WORDS.find(text, start, end).flatMap((h) => h.ids);
}
const TOPIC_WORDS = new Map(
  Object.entries(TOPICS).map(([name, topics]) => [name, new KeywordMatcher(Object.entries(topics))] as const),
);
/** Keywords outside the claim's clause count, but only after every keyword inside it. */
const OUTSIDE_CLAUSE = 1000;
/** A date of a day (`XXXX-09-25`), not of a month or a year. */
const DAY = /^[\dX]{4}-\d{2}-\d{2}$/;
/** What may stand between a clause and the word that opens the next one (`，正式发布`, `, and launched`). */
const NEXT_CLAUSE_OPENING = /^[，,]?[ \t]*(?:正式|并|並|随后|隨後|同时|同時|and|then)?[ \t]*$/u;
/** What may follow a date in the clause that opens a sentence (`9月25日上午，`, `11月18日晚间，`). */
const ZH_DATELINE_BEFORE = new RegExp(`^[\\p{Script=Han}A-Za-z]{2,12}(?:${alternation(ZH_DATELINE_ENDS)})(?:[（(][^）)]{1,16}[）)])?[ \\t]*$`, 'u');
const DATE_LEAD_REST = /^[ \t]*(?:上午|下午|晚间|晚上|早间|早上|中午|凌晨|傍晚|当天|当日|晚)?[ \t]*(?:\d{1,2}[时時点點](?:\d{1,2}分)?)?[ \t]*$/u;
/** A keyword at the end of the clause just before the figure (`a deal with Groq, worth $20 billion`) is near. */
const PREVIOUS_CLAUSE = 100;
const PREVIOUS_CLAUSE_REACH = 30;
/** Characters between a business and the measure word it owns (`cloud revenue`, 云业务收入). */
const MEASURE_GAP = 2;
/** …or a word or two of English (`cloud subscription revenue`). */
const OWNER_GAP_EN = /^[ \t]+(?:[a-z-]+[ \t]+){1,2}$/;

export interface AttributeBinding {
  readonly id: string;
  readonly entry?: AttributeEntry;
  readonly confidence: number;
}

/** A word of the next item before the keyword, two words at most between (`and net profit`, `while the net margin`, `和净利润`). */
const NEXT_ITEM = new RegExp(`(?:(?<![A-Za-z])(?:${alternation(NEXT_ITEM_WORDS_EN)})[ \\t]+(?:[A-Za-z0-9-]+[ \\t]+){0,2}|(?:${alternation(NEXT_ITEM_WORDS_ZH)}))$`, 'u');

/** A percentage and `of` right before a keyword (`61.6% of revenue`): the share the keyword is of. */
const SHARE_OF_BEFORE = /(\d[\d.,]*%|percent)[ \t]+(?:of[ \t]+(?:the[ \t]+|its[ \t]+)?)?$/;

/** `, or about…`, `，折合…`: what follows restates the share in an amount. */
const RESTATES_SHARE = /^[ \t]*[,，(（]?[ \t]*(?:or|i\.e\.|折合|约合|約合|即)(?![A-Za-z])/u;

/** Whether the keyword before `claim` is what another figure, a share of it, is of (`61.6% of revenue`). */
function ownedByShareBefore(text: string, hit: KeywordHit, claim: Span): boolean {
  // `41% of revenue, or about 7.6 billion yuan`: an amount that restates the share is of the same measure.
  if (RESTATES_SHARE.test(text.slice(hit.end, claim.start))) return false;
  const m = SHARE_OF_BEFORE.exec(text.slice(Math.max(0, hit.start - 24), hit.start));
  // `of` is the keyword's own where it is one (`of revenue`), else it stands before it.
  if (!m || (m[0].length === m[1]!.length + 1) !== text.startsWith('of', hit.start)) return false;
  const shareEnd = hit.start - m[0].length + m[1]!.length;
  return shareEnd !== claim.end;
}

/** What brackets hold (`3亿美元（US$300M）C轮`: the same amount converted). */
const BRACKETED = /[（(][^（）()]*[)）]/gu;
/** An amount of money (`RMB214 million`, `2.14亿元`). */
const AMOUNT_BETWEEN = /(?:RMB|US\$|HK\$|NT\$|[$€£¥])[ \t]?\d|\d[\d.,]*[ \t]?(?:million|billion|trillion|亿|億|万|萬)/u;

/** `…from NT$49.8 billion a year earlier and larger than a full year's revenue`: what a figure is set against after it is not its measure. */
const COMPARED_WITH_AFTER = /(?<![A-Za-z])(?:than|versus|vs\.?)(?![A-Za-z])|高于|低于|高於|低於|相当于|相當於/u;

const TOTAL_BEFORE = new RegExp(`(?:${alternation(TOTAL_WORDS)}) ?$`);

/**
 * The attribute a claim measures: the keyword nearest to it (in its clause first, then in its
 * sentence) among attributes the claim's kind can state; a narrower attribute named in the same
 * clause refines it (`activates 32B parameters` → active-parameters). A unit implies an attribute
 * when no keyword says more.
 */
export function bindAttribute(text: string, claim: Claim, clause: Span, sentence: Span, names: readonly Span[] = []): AttributeBinding | undefined {
  // `截至2025年9月30日的第三季度`: the end of a period is no event of the sentence.
  if (claim.kind === 'date' && PERIOD_END_BEFORE.test(text.slice(Math.max(sentence.start, claim.start - 12), claim.start))) return undefined;
  // `HANGZHOU, March 19 (The Compute Ledger) -`, `新华社北京3月19日电`: a wire story's dateline is the day it was filed.
  if (claim.kind === 'date' && isDateline(text, claim, sentence)) return undefined;
  // `有自媒體稱「Heng-3啟用參數達5120億」，此說有誤`: a figure quoted to be corrected measures nothing of the article's.
  if (quotedAsWrong(text, claim, sentence)) return undefined;
  // `披露2025年第三季度业绩`: a year that a quarter or half follows is the period the event is about.
  if (claim.kind === 'date' && YEAR_ONLY.test(claim.date ?? '') && PERIOD_AFTER_YEAR.test(text.slice(claim.end, claim.end + 16))) return undefined;
  // `has signed supply agreements covering about 18 GWh of deliveries for this year`: what is agreed on is not done.
  if (claim.kind !== 'money' && AGREED_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 40), claim.start))) return undefined;
  // `will pay 12.80 yuan for each Xiaoman share`: a price a share, whatever the sentence says next.
  if (claim.kind === 'money' && EACH_SHARE_AFTER.test(text.slice(claim.end, Math.min(clause.end, claim.end + 48)))) return { id: SHARE_PRICE, entry: BY_ID.get(SHARE_PRICE)!, confidence: 0.9 };
  // `與星潮的差距已收窄至約5億元人民幣`: a gap between two companies measures neither.
  if (GAP_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 24), claim.start))) return undefined;
  // `At the offer price the company was valued at HK$252.3 billion`: a listing's value at its price is its market value.
  if (claim.kind === 'money' && VALUED_AT_OFFER.test(text.slice(Math.max(sentence.start, claim.start - 80), claim.start))) return { id: `${MARKET_VALUE}:offer-price`, entry: BY_ID.get(MARKET_VALUE)!, confidence: 0.85 };
  // `The round values Jiheng at RMB 12 billion`: the name between the verb and its amount is no keyword's.
  if (claim.kind === 'money' && VALUES_NAME_AT_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 60), claim.start))) return { id: VALUATION, entry: BY_ID.get(VALUATION)!, confidence: 0.9 };
  const hits = ATTRIBUTE_WORDS.find(text, sentence.start, sentence.end);
  const ownMeasure = OWN_MEASURE.test(text.slice(clause.start, claim.start));
  // 3位联合创始人, 800名专业人才: people counted with 名 or 位 before a noun are that noun, not a headcount.
  const countsNoun = claim.unit === 'person' && PEOPLE_MEASURE_END.test(claim.text) && isHan(text.charCodeAt(claim.end));
  // 付费开发者约17万名, 研发人员约1.2万名, 新增就业岗位约4500个: people or posts named right before are not the staff;
  // 创始团队共7人, 约300人规模的研发中心: nor the size of a team or of something else.
  // 向约830名员工授予股权激励: staff to whom something is given are some of them, not all.
  const namesOthers =
    ((claim.unit === 'person' || !claim.unit) &&
      (OTHER_PEOPLE_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 10), claim.start)) || SIZE_OF_AFTER.test(text.slice(claim.end, claim.end + 5)))) ||
    RECIPIENTS_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 2), claim.start));
  // `9月25日上午，芯衡半导体…开工仪式在南通举行`: a date alone in the clause that opens the sentence is the day of what the sentence tells.
  // (A day, not a year: `一年前，DeepSeek R1的发布…` dates nothing so closely.)
  // (After a paper's dateline too: `科技前哨报讯（记者 何知遥）5月12日10时47分，…点火升空`.)
  const leadingDate =
    claim.kind === 'date' &&
    DAY.test(claim.date ?? '') &&
    (clause.start === sentence.start || ZH_DATELINE_BEFORE.test(text.slice(sentence.start, claim.start))) &&
    DATE_LEAD_REST.test(text.slice(claim.end, clause.end));
  // Read only when a keyword of cash is among the hits: most figures have none.
  let paid: boolean | undefined;
  /** Where the sentence sets the figure against something after it (`相当于`), if it does (else past its end). */
  let setAgainst: number | undefined;
  let stake: boolean | undefined;
  let best: { entry: AttributeEntry; distance: number; hit: KeywordHit } | undefined;
  let asides: readonly Span[] | undefined;
  for (const hit of hits) {
    // `New business value (NBV), which measures expected profits…, rose`, `on a first-year premium basis`: words of an aside name no measure.
    // (Not when the figure is in the aside too: `study, which enrolled 621 patients with…,`.)
    if (hit.end <= claim.start && (asides ??= asidesOf(text, sentence)).some((a) => a.start <= hit.start && hit.end <= a.end && claim.start >= a.end)) continue;
    // `$50 million in near-term milestone payments`: what follows `in` or `of` names the amount.
    // `财报发布后，启程汽车港股于11月19日高开`: an event the date comes after is not the date's.
    if (claim.kind === 'date' && hit.end <= claim.start && AFTER_EVENT.test(text.slice(hit.end, claim.start))) continue;
    if (claim.kind === 'date' && ofAnotherDate(text, hit, claim)) continue;
    // `equal to 61.6% of revenue and up 12.7% from RMB16.5 billion`: the keyword a share is of is that share's only.
    if (hit.end <= claim.start && ownedByShareBefore(text, hit, claim)) continue;
    const after = hit.start >= claim.end;
    // `from RMB987 million in the second quarter of 2025 but a turnaround from a RMB214 million loss`: the word after another amount is that amount's.
    if (after && claim.kind === 'money' && AMOUNT_BETWEEN.test(text.slice(claim.end, hit.start).replace(BRACKETED, ''))) continue;
    // An aside between a word and its figure is no distance (`Take rate (…): 13.1%`).
    const aside = hit.end <= claim.start ? (asides ??= asidesOf(text, sentence)).find((a) => a.start >= hit.end && a.end <= claim.start) : undefined;
    const gap = after && namedAfter(text, claim.end, hit.start) ? 0 : distanceOf(hit, claim) - (aside ? aside.end - aside.start : 0);
    // `於12月16日在杭州舉行年度開發者大會，正式發表…`: the day of the event goes on to what the next clause opens with.
    // A headline's statement after an ideographic space is one of its own (`上半年純利增18.9%　斥58億元人民幣建…`).
    const near =
      (hit.end <= clause.start && gap <= PREVIOUS_CLAUSE_REACH && !ownMeasure && !isStatementDivider(text, clause.start - 1)) ||
      (leadingDate && hit.start >= clause.end) ||
      (claim.kind === 'date' && hit.start >= clause.end && DAY.test(claim.date ?? '') && NEXT_CLAUSE_OPENING.test(text.slice(clause.end, hit.start)));
    const penalty =
      (inside(hit, clause) ||
        (hit.end <= clause.start && onlyAsideBetween(text, hit.end, claim.start, (asides ??= asidesOf(text, sentence)))) ||
        (after && MODIFIED_NOUN_AFTER.test(text.slice(claim.end, hit.start)))) &&
      !(after && gap > 0 && (NEXT_ITEM.test(text.slice(claim.end, hit.start)) || COMPARED_WITH_AFTER.test(text.slice(claim.end, hit.start)))) ? 0 : near ? PREVIOUS_CLAUSE : OUTSIDE_CLAUSE;
    const distance = gap + penalty;
    for (const id of hit.ids) {
      const entry = BY_ID.get(id)!;
      if (!entry.kinds.includes(claim.kind)) continue;
      // `a dividend of 0.286 yuan per share`, `每股派发现金红利0.286元`: a share is what a dividend is per, not a price.
      // `50% of Fujia's shares plus one`: a part of the shares is a stake, no move of them.
      if (id === STOCK_MOVE.id && (stake ??= OF_SHARES_AFTER.test(text.slice(claim.end, claim.end + 40)))) continue;
      // `12亿美元的投入相当于云舶去年营收的将近4倍`: what a figure is set against after it is no measure of it.
      if (hit.start >= claim.end && hit.start > (setAgainst ??= setAgainstAt(text, claim, sentence))) continue;
      // `The pre-money valuation for the round was 3.7 billion yuan`: the round says whose valuation.
      if (id === FUNDING_ROUND && VALUATION_OF_BEFORE.test(text.slice(Math.max(clause.start, hit.start - 16), hit.start))) continue;
      // `按首日收盘价计算则升至846.4亿港元`: a close the value is worked out at is no close stated.
      if (id === CLOSING_PRICE && AT_PRICE_AFTER.test(text.slice(hit.end, hit.end + 3))) continue;
      // `an interim dividend of 0.12 yuan per share in September, totaling about 187 million yuan`: the dividend's total.
      if (id === SHARE_PRICE && PER_SHARE.test(text.slice(hit.start, hit.end)) && hits.some((h) => h.ids.includes('dividend'))) continue;
      // `bad-loan ratio edged down to 1.27%`, `毛利率下降至18.2%`: what a rate moved to is its level, not a growth.
      if (id === 'growth' && hit.end <= claim.start && (LEVEL_AFTER_MOVE.test(text.slice(hit.end, claim.start)) || LEVEL_AFTER_CHANGE.test(text.slice(hit.end, claim.start)))) continue;
      if (claim.kind === 'quantity' && entry.quantityUnits && !entry.quantityUnits.includes(claim.unit ?? '')) continue;
      if (claim.kind === 'count' && entry.countUnits && !entry.countUnits.includes(claim.unit ?? '')) continue;
      if (claim.unit && entry.notUnits?.includes(claim.unit)) continue;
      // `1,200 stores across 38 cities`: 38 counts cities.
      if (entry.countedNouns && !claim.unit && !countsOneOf(text, claim, entry.countedNouns, entry.countedMeasures)) continue;
      // 交付电动车超过15万辆，员工总数约为4.3万人: vehicles are no headcount.
      if (claim.unit && UNITS_OF.has(id) && !UNITS_OF.get(id)!.includes(claim.unit) && !entry.quantityUnits?.includes(claim.unit)) continue;
      // 月产十二万片的晶圆厂…员工: what a measure word such as 片 or 台 counts is no people.
      if (!claim.unit && PEOPLE_ATTRIBUTES.has(id) && (THING_MEASURE_END.test(claim.text) || countsOtherThings(text, claim))) continue;
      if (PEOPLE_ATTRIBUTES.has(id) && (countsNoun || namesOthers)) continue;
      // `共包含128个专家网络`: a measure word and a noun say what is counted; parameters are counted as 参数.
      if ((id === PARAMETERS || id === ACTIVE_PARAMETERS) && !claim.unit && countsHanNoun(text, claim)) continue;
      // `will pay $180 million in cash for Oakhill`: what is paid is no cash held.
      if (id === 'cash' && (paid ??= PAID_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 16), claim.start)))) continue;
      // `the pre-money valuation for the round was…`: of two keywords that end together, the longer says what is measured.
      const longer = best !== undefined && hit.end === best.hit.end && hit.start !== best.hit.start ? hit.start < best.hit.start : undefined;
      // `up 12.4% month on month`: a growth's words of its base are more than the verb of its growth.
      const baseNamed = best !== undefined && distance === best.distance && longer === undefined ? sequentialOverGrowth(id, best.entry.id) : undefined;
      if (!best || distance < best.distance || (distance === best.distance && (longer ?? baseNamed ?? ORDER.get(id)! < ORDER.get(best.entry.id)!))) {
        best = { entry, distance, hit };
      }
    }
  }
  // `Shares of Xinghe Semiconductor Co. jumped 6.8% … after it reported third-quarter revenue`: what moved is the stock.
  if (best && best.entry.id === GROWTH && best.hit.end <= claim.start) best = stockMoveBefore(hits, clause, best) ?? best;
  // `首付款和近期里程碑合计1.25亿美元`, `the combined $125 million in upfront and near-term payments`: a sum of the parts named is none of them.
  if (best && claim.kind === 'money' && SUM_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 12), claim.start)) && namesTwoMeasures(hits, { start: sentence.start, end: clause.end }, best.entry.id)) return undefined;
  const fromUnit = claim.unit && !countsNoun && !namesOthers ? UNIT_ATTRIBUTES[claim.unit] : undefined;
  let entry = best?.entry;
  if (fromUnit && (!entry || best!.distance >= OUTSIDE_CLAUSE)) entry = BY_ID.get(fromUnit);
  if (!entry) return fromUnit ? { id: fromUnit, confidence: 0.8 } : undefined;
  // A date's clause is often the date alone (`11月18日晚间，驰远汽车发布…财报`): its sentence refines it.
  // `236 billion total parameters and 21 billion active parameters`: a total is what is refined, not the refinement.
  const total = best?.entry === entry && TOTAL_BEFORE.test(text.slice(Math.max(sentence.start, best.hit.start - 6), best.hit.start));
  const refinement =
    !total && hits.find((h) => (inside(h, clause) || claim.kind === 'date') && h.ids.some((id) => BY_ID.get(id)?.refines === entry!.id) && !(h.end <= claim.start && ownedByShareBefore(text, h, claim)));
  if (refinement) entry = BY_ID.get(refinement.ids.find((id) => BY_ID.get(id)?.refines === entry!.id)!)!;
  const distance = best && best.entry === entry ? best.distance : 0;
  const confidence =
    entry.id === fromUnit || distance < PREVIOUS_CLAUSE ? 0.9 - Math.min(distance, 20) / 100 : distance < OUTSIDE_CLAUSE ? 0.65 : 0.5;
  const topic = entry.topic
    ? topicOf(text, entry.topic, claim, sentence, clause, names)
    : entry.segmented && best?.entry === entry
      ? (segmentBefore(text, best.hit, sentence, names) ??
        productLineBetween(text, best.hit, claim) ??
        segmentAfter(text, claim, clause) ??
        segmentOpening(text, sentence) ??
        (entry.id === FUNDING_ROUND ? roundOfSentence(text, sentence, claim) : undefined))
      : undefined;
  return { id: topic ? `${entry.id}:${topic}` : entry.id, entry, confidence: Math.round(confidence * 100) / 100 };
}

/** A wire dateline: a city in capitals (and a country) before the date, the agency or a dash after it; `电` after a Chinese one. */
const DATELINE_BEFORE_EN = /^[ \t]*[A-Z][A-Z .'’-]{1,30}(?:,[ \t]*[A-Z][A-Za-z .]{1,30})?,[ \t]*$/;
const DATELINE_AFTER_EN = /^,?[ \t]*(?:\(|[-–—])/;
/** A day written out (`1月20日`, `20日`, `Jan. 21`, `January 21`; not `三号`, a rocket's name). */
const WRITTEN_DAY = `月[0-9０-９一二三四五六七八九十]{1,3}[日号號]|(?<![0-9０-９])[0-9０-９]{1,2}日|(?<![A-Za-z])(?:${alternation(Object.keys(EN_MONTHS).map((m) => m[0]!.toUpperCase() + m.slice(1)))})\\.?[ \\t]+\\d{1,2}(?![0-9])`;
const ANOTHER_DATE = new RegExp(WRITTEN_DAY, 'u');
const DATE_RIGHT_BEFORE = new RegExp(`(?:${WRITTEN_DAY})(?:,[ \\t]+\\d{4})?[ \\t]*$`, 'u');

/**
 * Whether a word of an event belongs to another date than the claim: one between the two
 * (`極瀾雲12日在…大會上宣布…，新價格自1月20日零時起生效`), or one right before the word, whatever comes
 * after it (`自1月16日起召回…生产日期为2024年3月15日至…`).
 */
function ofAnotherDate(text: string, hit: Span, claim: Span): boolean {
  if (hit.start >= claim.end) return ANOTHER_DATE.test(text.slice(claim.end, hit.start));
  return ANOTHER_DATE.test(text.slice(hit.end, claim.start)) || DATE_RIGHT_BEFORE.test(text.slice(Math.max(0, hit.start - 12), hit.start));
}
const DATELINE_BEFORE_ZH = /^[^，。；：\n]{0,16}$/u;
const DATELINE_AFTER_ZH = new RegExp(`^[ \\t]*(?:${alternation(ZH_DATELINE_ENDS)})`, 'u');

function isDateline(text: string, claim: Span, sentence: Span): boolean {
  const before = text.slice(sentence.start, claim.start);
  const after = text.slice(claim.end, claim.end + 3);
  return (DATELINE_BEFORE_EN.test(before) && DATELINE_AFTER_EN.test(after)) || (DATELINE_AFTER_ZH.test(after) && DATELINE_BEFORE_ZH.test(before));
}

const QUOTED_ERROR = new RegExp(`(?<![A-Za-z])(?:${alternation(QUOTED_ERROR_WORDS)})(?![A-Za-z])`, 'iu');
/** Quotation marks that open and close a quote (straight quotes do both, and are read apart). */
export const QUOTE_OPENS: readonly string[] = ['「', '“', '『'];
export const QUOTE_CLOSES: readonly string[] = ['」', '”', '』'];

const ANY_QUOTE = /[「“『"]/;

/** Whether a sentence quotes something and calls it wrong. */
function quotesAsWrong(sentence: string): boolean {
  return ANY_QUOTE.test(sentence) && QUOTED_ERROR.test(sentence);
}

/** The last sentence asked about, and whether it calls something wrong: the binder asks for each figure of a sentence in turn. */
let lastErrorSentence: { text: string; start: number; end: number; calls: boolean } | undefined;

/** Whether a figure stands inside quotation marks in a sentence that calls what is quoted wrong. */
function quotedAsWrong(text: string, claim: Span, sentence: Span): boolean {
  const last = lastErrorSentence;
  const calls =
    last && last.text === text && last.start === sentence.start && last.end === sentence.end
      ? last.calls
      : (lastErrorSentence = { text, start: sentence.start, end: sentence.end, calls: quotesAsWrong(text.slice(sentence.start, sentence.end)) }).calls;
  if (!calls) return false;
  const before = text.slice(sentence.start, claim.start);
  const open = Math.max(...QUOTE_OPENS.map((q) => before.lastIndexOf(q)));
  // Straight quotes open and close alike: inside one after an odd number of them.
  return open >= 0 ? Math.max(...QUOTE_CLOSES.map((q) => before.lastIndexOf(q))) < open : before.split('"').length % 2 === 0;
}

const FUNDING_ROUND = 'funding-round';
const VALUATION_OF_BEFORE = /valuations? (?:for|of|in) $/i;
const SET_AGAINST = /相当于|相當於|(?<![A-Za-z])(?:equivalent to|the equivalent of|compared with)(?![A-Za-z])/u;

function setAgainstAt(text: string, claim: Span, sentence: Span): number {
  const m = SET_AGAINST.exec(text.slice(claim.end, sentence.end));
  return m ? claim.end + m.index : Number.POSITIVE_INFINITY;
}
const ROUND_OF = new Map(ROUND_TOPICS.flatMap((id) => BUSINESS_SEGMENTS[id]!.map((w) => [w.toLowerCase(), id] as const)));
const ROUND_WORD = new RegExp(`(?<![A-Za-z])(?:${alternation([...ROUND_OF.keys()])})(?![A-Za-z])`, 'gi');
/** Words before a round that make it an earlier one (`继B轮融资后`, `此前完成的A轮`, `after its Series B`). */
const EARLIER_ROUND_BEFORE = new RegExp(`(?:${alternation(EARLIER_ROUND_WORDS)})[^，。；,;]{0,8}$`, 'iu');

export const ROUNDS_TOTAL = new RegExp(`(?<![A-Za-z])(?:${alternation(ROUNDS_TOTAL_WORDS)})(?![A-Za-z])`, 'iu');

/**
 * `宣布完成C轮融资，融资额12.7亿美金`: an amount raised whose own words name no round is of the one round
 * its sentence names before it, unless that round is named as an earlier one (`继B轮融资后`) or the
 * amount as a total (`the Series B brings its total funding to 980 million yuan`).
 */
function roundOfSentence(text: string, sentence: Span, claim: Span): string | undefined {
  const before = text.slice(sentence.start, claim.start);
  let found: { id: string; end: number } | undefined;
  for (const m of before.matchAll(ROUND_WORD)) {
    const id = ROUND_OF.get(m[0].toLowerCase())!;
    if ((found !== undefined && found.id !== id) || EARLIER_ROUND_BEFORE.test(before.slice(0, m.index))) return undefined;
    found = { id, end: m.index + m[0].length };
  }
  return found && !ROUNDS_TOTAL.test(before.slice(found.end)) ? found.id : undefined;
}

/**
 * A price told by what it is per: of tokens where the sentence names no measure (`At US$1.20 per
 * million input tokens`), of a GPU's hour whatever it names (`X8 training instance … RMB 9.80 per GPU per hour`).
 */
export function unitPrice(): AttributeBinding {
  return { id: PRICE, entry: BY_ID.get(PRICE)!, confidence: 0.7 };
}

export const PRICE = 'price';
const PER_SHARE = /^(?:per share|a share|每股)$/i;
const SHARE_PRICE = 'share-price';
/** A day's close: dated by its day (see bind-claims.ts). */
export const CLOSING_PRICE = 'closing-price';
const AT_PRICE_AFTER = /^(?:计算|計算)/u;
const OF_SHARES_AFTER = /^[ \t]+of[ \t]+(?:(?:its|the|[A-Z][\w'’-]*)[ \t]+)*(?:shares|stock|share capital)(?![A-Za-z])/;
const AGREED_BEFORE = /(?<![A-Za-z])(?:agreements?|contracts?|orders?|deals?)[ \t]+(?:covering|for|totaling|totalling)[ \t]+(?:about|roughly|nearly|more than|some|up to)?[ \t]*$/i;
const VALUATION = 'valuation';
const MARKET_VALUE = 'market-value';
const VALUED_AT_OFFER = /(?<![A-Za-z])at (?:the|its) (?:offer|IPO|listing) price,? (?:the company |it |the group )?(?:was |is )?valued at (?:about |around |roughly )?$/i;
const GAP_BEFORE = new RegExp(`(?:(?:${alternation(GAP_WORDS_ZH)})[^，。；,;\\d]{0,8}|(?<![A-Za-z])(?:${alternation(GAP_WORDS_EN)})[ \\t]+(?:of|to|with|between)[^,.;\\d]{0,30})$`, 'u');
const VALUES_NAME_AT_BEFORE = /(?<![A-Za-z])(?:values|valued|valuing)[ \t]+(?:[A-Z][\w&.-]*[ \t]+){1,3}at[ \t]+(?:(?:about|around|roughly|nearly|more than|over|some)[ \t]+)?$/;
const EACH_SHARE_AFTER = /^[ \t]+(?:(?:for|per)[ \t]+(?:each|every)[ \t]+(?:[A-Z][\w-]*[ \t]+){0,3}(?:share|H share|A share)(?![A-Za-z])|each(?![A-Za-z]))/;

/** Between a word of growth and a rate: `to`, `至`, `到`, maybe with a qualifier (`rose to about 12%`). */
const LEVEL_AFTER_MOVE = /^(?:[ \t]+to[ \t]+(?:about[ \t]+|around[ \t]+|roughly[ \t]+|nearly[ \t]+)?|[至到](?:约|近)?)$/;
/** …or after the change itself (`rose 2.1% year on year to 84.6%`, `上升2.1个百分点至84.6%`). */
const LEVEL_AFTER_CHANGE = /^(?:[ \t]+(?:by[ \t]+)?[\d.]+(?:%|[ \t]percent|[ \t]percentage points?|[ \t]?pp|[ \t]?bps?)(?:[ \t]+(?:year on year|year-on-year|from a year earlier|from a year ago|on the year))?[ \t]+to[ \t]+(?:about[ \t]+|around[ \t]+)?|(?:了)?[\d.]+(?:%|个百分点|個百分點)[至到](?:约|近)?)$/;

const CHANGE_VERB_NOUN_BEFORE = new RegExp(`(?:${alternation(CHANGE_VERBS_BEFORE_NOUN_ZH)})(?![到至为為达達])\\p{Script=Han}{1,4}$`, 'u');
const CHANGE_BEFORE_ZH = new RegExp(`(?:${alternation(CHANGE_VERBS_ZH)})(?:${alternation(CHANGE_FILLERS_ZH)}){0,2}$`, 'u');
const CHANGE_BEFORE_EN = new RegExp(`(?<![A-Za-z])(?:${alternation(CHANGE_VERBS_EN)})(?:[ \\t]+(?:${alternation(CHANGE_FILLERS_EN)})){0,2}[ \\t]+$`, 'i');
/** The kinds of figure a change verb makes a change of: a percentage after one is a rate of growth already. */
const CHANGE_KINDS = new Set(['money', 'count', 'number', 'quantity']);
/** The characters a change verb, or a word between it and its amount, ends with; and the space before an English amount. */
const CHANGE_LAST_CHARS: ReadonlySet<string> = new Set([...CHANGE_VERBS_ZH, ...CHANGE_FILLERS_ZH].map((w) => w.slice(-1)).concat([' ', '\t']));
// (…and orders won, whose own words say `新增`: `新增订单18.74GW` is the intake, no change of it.)
const ALREADY_CHANGES = new Set([...CHANGES, 'order-intake']);

const DIFFERENCE_AFTER = new RegExp(`^(?:[ \\t]+[a-z]+)?[ \\t]+(?:${alternation(DIFFERENCE_AFTER_WORDS).replace(/ /g, '[ \\t]+')})(?![A-Za-z])`);
const SHORTFALL_BEFORE = new RegExp(`(?:${alternation(SHORTFALL_WORDS)})[ \\t]*(?:约|約|为|為|達|达|roughly|about|around|some|nearly)?[ \\t]*$`, 'u');
const DIFFERENCE_BEFORE = new RegExp(`比[^，。；,;0-9]{1,8}(?:${alternation(DIFFERENCE_BEFORE_WORDS)})$|(?:${alternation(DIFFERENCE_VERBS_ZH)})(?:约|約|近|逾)?$`, 'u');

const PAID_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${alternation(PAYMENT_VERBS)})[ \\t]*(?:(?:about|nearly|roughly|some|around|约|近)[ \\t]*)?$`, 'i');

/** What an unnamed part's attribute ends with (`users:part`): never compared, since two parts may be two things. */
export const PART_SUFFIX = ':part';

/** `其中GPU服务器约6,200台`: a Latin word may follow a Chinese opener right away, not an English one (`includingX`). */
const PART_OPENER = new RegExp(
  `^[ \\t]*(?:${alternation(PART_OPENERS.filter((w) => /^[A-Za-z]/.test(w)))})(?![A-Za-z])|^[ \\t]*(?:${alternation(PART_OPENERS.filter((w) => !/^[A-Za-z]/.test(w)))})`,
  'i',
);
const BREAKDOWN_OPENER = new RegExp(`^(?:${alternation(BREAKDOWN_OPENERS)})(?![A-Za-z])`);
/** The first characters a sentence about one segment opens with (`The`, `Its`, `Revenue from`, `Sales from`). */
const SEGMENT_SENTENCE_FIRST = new Set(['T', 'I', 'R', 'S']);
/** The first characters of the breakdown openers: most sentences start with none of them. */
const BREAKDOWN_FIRST = new Set(BREAKDOWN_OPENERS.map((w) => w.charAt(0)));

/**
 * The attribute of a figure in a clause about a part of what was measured before it (`其中个人用户约61万`
 * → `users:part`), or in a sentence that breaks a total down (`分产品看，…营收24.3亿元；烘焙食品营收11.6亿元`:
 * `sentence` starts where the sentences a semicolon joins start), unless a business or place
 * already says which part (`其中云业务收入` → `revenue:cloud`).
 */
export function asPart(text: string, clause: Span, sentence: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || attribute.id.includes(':')) return attribute;
  if (
    !PART_OPENER.test(text.slice(clause.start, clause.start + 16)) &&
    !(BREAKDOWN_FIRST.has(text.charAt(sentence.start)) && BREAKDOWN_OPENER.test(text.slice(sentence.start, sentence.start + 24))) &&
    !(SEGMENT_SENTENCE_FIRST.has(text.charAt(sentence.start)) && SEGMENT_SENTENCE.test(text.slice(sentence.start, sentence.start + 48))) &&
    !STAKE_PART.test(text.slice(clause.start, clause.end)) &&
    !PRODUCT_PART.test(text.slice(clause.start, clause.end))
  ) {
    return attribute;
  }
  return extend(attribute, { id: `${attribute.id}${PART_SUFFIX}` });
}

/**
 * `海外业务贡献了41%的收入，折合约76亿元`, `accounted for 41% of revenue, or about 7.6 billion yuan`:
 * an amount that restates a share of the measure is that part's, not the whole's.
 */
const SHARE_AMOUNT_BEFORE = /[0-9０-９][ \t]?[%％](?:的|[ \t]+of[ \t]+)[^，,。；;]{1,16}[，,][ \t]*(?:折合|约合|約合|相当于|相當於|即|or)[ \t]*$/u;

/**
 * `家电以旧换新带动成交额215亿元`: what something drove or brought of a measure is a part of it,
 * the measure's word right after the verb.
 */
const DRIVEN_BEFORE = /(?:带动|帶動|带来|帶來|拉动|拉動)了?(?:成交额|成交額|销售额|銷售額|收入|营收|營收|GMV)[ \t]*(?:约|約|近|超过|超過|达|達)?[ \t]*$/u;

/** `asPart` for an amount that restates a share of its measure (see `SHARE_AMOUNT_BEFORE`) or that something drove (`DRIVEN_BEFORE`). */
export function asShareAmount(text: string, claim: Claim, sentence: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || attribute.id.includes(':')) return attribute;
  const before = text.slice(Math.max(sentence.start, claim.start - 48), claim.start);
  if (!SHARE_AMOUNT_BEFORE.test(before) && !(claim.kind === 'money' && DRIVEN_BEFORE.test(before.slice(-12)))) return attribute;
  return extend(attribute, { id: `${attribute.id}${PART_SUFFIX}` });
}

/** `3月单月该电池装车量约6.8GWh`: a product's own figure is a part of its maker's. */
const PRODUCT_PART = new RegExp(`${alternation(PRODUCT_REFERENCES_ZH)}|(?<![A-Za-z])(?:${alternation(SEGMENT_REFERENCES)})(?![A-Za-z])`, 'iu');

/**
 * `截至3月末，公司手持订单129艘、1427万载重吨，合同金额312.6亿美元`, `order backlog stood at 138 vessels …, with a
 * contract value of US$31.26 billion`: the value of the contracts a backlog holds is the backlog's, no deal's.
 */
const BACKLOG = 'backlog';
const DEAL_VALUE = 'deal-value';
const BACKLOG_BEFORE = new RegExp(`(?:${alternation(withTraditional(BY_ID.get(BACKLOG)!.zh))})|(?<![A-Za-z])(?:${alternation(BY_ID.get(BACKLOG)!.en)})(?![A-Za-z])`, 'iu');

export function asBacklogValue(text: string, claim: Span, sentence: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (attribute?.id !== DEAL_VALUE || !BACKLOG_BEFORE.test(text.slice(sentence.start, claim.start))) return attribute;
  return { id: BACKLOG, entry: BY_ID.get(BACKLOG)!, confidence: attribute.confidence };
}

/** `其所持股份对应的交易对价约15.0亿元`: what one holder's stake comes to is a part of the whole deal. */
const STAKE_PART = /(?:所持|持有)的?(?:股份|股權|股权)?(?:对应|對應)/u;

/** `第一批1.2万颗`, `首批算力券总额度为3.6亿元`, `二期投资约790亿元`, `the first tranche of $50 million`: which batch or phase of a whole. */
const BATCH_BEFORE_ZH = /(?:第([一二三四五六七八九十1-9])|(首)|(?<![第同])([一二三四五]))(批|期)(?!临床|臨床|研究|试验|試驗)[^，。；,;：:]{0,10}$/u;
const BATCH_BEFORE_EN = /(?<![A-Za-z])(first|second|third|fourth|initial)[ \t]+(batch|tranche|phase)(?![A-Za-z])[^,.;:]{0,30}$/i;
/** `Dong'ao Phase IV container terminal will begin operations on June 28`: a named site's phase (a trial's is no part: `phase III response rate`). */
const NAMED_PHASE_BEFORE_EN = /(?<![A-Za-z])[A-Z][A-Za-z'’-]+[ \t]+(Phase)[ \t]+(I|II|III|IV|One|Two|Three|Four)(?![A-Za-z0-9])(?![ \t]+(?:[A-Z][A-Za-z0-9-]*[ \t]+)?(?:study|trial|clinical|Study|Trial))[^,.;:]{0,50}$/;
/** `The first phase of QiongLink, which…, carries a total investment of $12 billion`, `Phase one of…`: an English sentence about one phase opens with it. */
const BATCH_OPENING_EN = /^[ \t]*(?:The[ \t]+)?(?:(first|second|third|fourth|initial)[ \t]+(batch|tranche|phase)|(phase)[ \t]+(one|two|three|four|1|2|3|4|I|II|III|IV))(?![A-Za-z0-9])(?![ \t]+(?:[A-Z][A-Za-z0-9-]*[ \t]+)?(?:study|trial|clinical))/i;
const MAY_BATCH = /[批期]|batch|tranche|phase/i;
const ORDINAL_OF: Readonly<Record<string, number>> = {
  首: 1, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, first: 1, initial: 1, second: 2, third: 3, fourth: 4,
  one: 1, two: 2, three: 3, four: 4, i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4,
};

/**
 * The attribute of a figure of one batch or phase (`第一批1.2万颗于3月31日前交付` → `shipments:batch-1`):
 * a part of the whole the article states elsewhere (`3.5万颗`), comparable with the same batch only.
 */
export function asBatch(text: string, claim: Span, clause: Span, sentence: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || attribute.id.includes(':')) return attribute;
  const before = text.slice(Math.max(clause.start, claim.start - 64), claim.start);
  const opening = sentence.start < clause.start ? text.slice(sentence.start, Math.min(claim.start, sentence.start + 40)) : '';
  // Most figures follow no word of a batch: one cheap test before the patterns.
  if (!MAY_BATCH.test(before) && !MAY_BATCH.test(opening)) return attribute;
  const zh = BATCH_BEFORE_ZH.exec(before.slice(-14));
  const named = zh ? null : NAMED_PHASE_BEFORE_EN.exec(before);
  if (named) return extend(attribute, { id: `${attribute.id}:phase-${ORDINAL_OF[named[2]!.toLowerCase()]!}` });
  const en = zh ? null : BATCH_BEFORE_EN.exec(before.slice(-40)) ?? BATCH_OPENING_EN.exec(opening);
  if (!zh && !en) return attribute;
  const n = zh ? ORDINAL_OF[zh[1] ?? zh[2] ?? zh[3]!] ?? Number(zh[1]) : ORDINAL_OF[(en![1] ?? en![4]!).toLowerCase()]!;
  const kind = zh ? (zh[4] === '期' ? 'phase' : 'batch') : (en![2] ?? en![3]!).toLowerCase() === 'phase' ? 'phase' : 'batch';
  return extend(attribute, { id: `${attribute.id}:${kind}-${n}` });
}

const OUTLOOK_BEFORE = new RegExp(
  `(?:${alternation(OUTLOOK_WORDS_ZH)})(?!${alternation(NOT_OUTLOOK_AFTER_ZH)})|(?<![A-Za-z])(?:${alternation(OUTLOOK_WORDS_EN)})(?![A-Za-z])`,
  'g',
);
/** `42万辆的年度目标`, `30亿元的营收目标`, `8.3万至8.6万台的三季度交付指引`, `a 420,000-vehicle target`, `its 270,000-unit goal`. */
const OUTLOOK_AFTER = new RegExp(`^(?:的?\\p{Script=Han}{0,6}?(?:${alternation(OUTLOOK_AFTER_ZH)})|[ -](?:(?:unit|units|vehicle|vehicles|tonne|tonnes)[ -])?(?:${alternation(OUTLOOK_AFTER_EN)})(?![A-Za-z]))`, 'u');
const CONSENSUS = new RegExp(alternation(CONSENSUS_WORDS), 'i');
const OUTLOOK_MET = new RegExp(`(?:${alternation(OUTLOOK_MET_WORDS)})[^，。；,;]{0,6}$`);
const OUTLOOK_GAP = new RegExp(
  `(?:${alternation(OUTLOOK_MET_WORDS)})[^，。；,;\\d]{0,6}?(?:(?:${alternation(OUTLOOK_WORDS_ZH)})(?:${alternation(OUTLOOK_BOUNDS)})?|(?:${alternation(OUTLOOK_BOUNDS)}))(?:${alternation(CHANGE_FILLERS_ZH)})?$` +
    `|(?<![A-Za-z])(?:${alternation(OUTLOOK_GAP_VERBS_EN)})[ \\t][^,;.\\d]{0,40}?(?:${alternation(OUTLOOK_NOUNS_EN)})[ \\t]+by[ \\t]+(?:${alternation(CHANGE_FILLERS_EN)}[ \\t]+)?$`,
);
const SENTENCE_END = /[?？!！。；;]/;
const FORECAST_RIGHT_BEFORE = /^的?(?:约|約)?$/u;
/** A list of a goal's figures: `、` or `and` between them, and no clause mark. */
const OUTLOOK_LIST = /、|[ \t]and[ \t]/u;
/** How far before a figure a goal that lists its figures may stand. */
const OUTLOOK_LIST_REACH = 96;
const CLAUSE_MARK = /[，,；;：:]/u;
const FIGURE_BETWEEN = /\d/;
/** A figure, its unit and the words between it and the goal written after it (`45万辆的年度` before `目标`). */
const FIGURE_RIGHT_BEFORE = new RegExp(`\\d[万亿千百]?[^\\d\\s，。,;；]{0,2}的?(?:(?:${alternation(GOAL_SPAN_WORDS)}) ?)?$`);
/** A year between a word of a goal and its figure (`预计2025年全年营收将达到120亿元`) is the goal's period. */
const YEARS = /(?:19|20)\d{2}/g;
/** How far before a figure, in its clause, a word of a goal or forecast may stand. */
const OUTLOOK_REACH = 48;

/**
 * The attribute of a goal or a forecast (`全年交付目标为42万辆` → `shipments:target`, `analysts
 * expected revenue of $5 billion` → `revenue:consensus`): compared with the same kind of goal only,
 * never with the figure reached. A forecast the figure met or missed (`超出市场预期的`, `beat
 * expectations`) leaves it what happened.
 */
/**
 * `日均236.4万人次`, `an average of 2.364 million a day`: a day's average, not the total its sentence states;
 * a verb and its noun may stand between (`日均运送旅客约37.3万人次`, `averaged about 373,000 passengers a day`).
 */
const DAILY_BEFORE = /(?:日均|平均每日|平均每天|每日平均)\p{Script=Han}{0,6}?(?:约|約|近|超过|超過|达|達)?[ \t]*$/u;
const DAILY_AFTER = /^(?:[ \t]+[a-z]+)?[ \t]+(?:a|per)[ \t]+day(?![A-Za-z])/;
const DAILY_EN_BEFORE = /(?<![A-Za-z])(?:an[ \t]+average[ \t]+of|averaged|daily[ \t]+average[ \t]+of)[ \t]+$/;

/** The attribute of a figure of one day's average (`passenger-traffic:per-day`), compared with other days' averages only. */
export function asDaily(text: string, claim: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || attribute.id.endsWith(PER_DAY)) return attribute;
  const before = text.slice(Math.max(0, claim.start - 12), claim.start);
  const daily = DAILY_BEFORE.test(before) || (DAILY_AFTER.test(text.slice(claim.end, claim.end + 10)) && DAILY_EN_BEFORE.test(text.slice(Math.max(0, claim.start - 24), claim.start)));
  return daily ? extend(attribute, { id: `${attribute.id}${PER_DAY}` }) : attribute;
}
const PER_DAY = ':per-day';

const FALL_BEFORE = new RegExp(`(?:(?:${alternation(FALL_WORDS_ZH)})(?:${alternation(CHANGE_FILLERS_ZH)}){0,2}|(?<![A-Za-z])(?:${alternation(FALL_WORDS_EN)})(?:[ \\t]+(?:${alternation(CHANGE_FILLERS_EN)})){0,2}[ \\t]+)$`, 'iu');
const RISE_BEFORE = new RegExp(`(?:(?:${alternation(RISE_WORDS_ZH)})(?:${alternation(CHANGE_FILLERS_ZH)}){0,2}|(?<![A-Za-z])(?:${alternation(RISE_WORDS_EN)})(?:[ \\t]+(?:${alternation(CHANGE_FILLERS_EN)})){0,2}[ \\t]+)$`, 'iu');
const PLUS = /^[+＋]/;

/**
 * Which way a rate of growth moved, where the words right before it or its sign say so (`同比下降18.3%`,
 * `down 4.3%`, `-4.1%`, `+9.2%`); `undefined` where nothing says (`18.3%` under `同比变化`).
 */
export function directionOf(text: string, claim: Claim): 'up' | 'down' | undefined {
  if (claim.value !== null && claim.value < 0) return 'down';
  if (PLUS.test(claim.text)) return 'up';
  const before = text.slice(Math.max(0, claim.start - 16), claim.start);
  return FALL_BEFORE.test(before) ? 'down' : RISE_BEFORE.test(before) ? 'up' : undefined;
}

const OUTLOOK_ENDS_CLAUSE_BEFORE = new RegExp(`(?:${alternation(OUTLOOK_BEFORE_COMMA_ZH)})[，,：:][ \\t]*$`, 'u');

export function asOutlook(text: string, claim: Claim, clause: Span, words: () => readonly Span[], attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || claim.kind === 'date') return attribute;
  const lead = OUTLOOK_ENDS_CLAUSE_BEFORE.exec(text.slice(Math.max(0, clause.start - 6), clause.start));
  const from = Math.max(lead ? clause.start - lead[0].length : clause.start, claim.start - OUTLOOK_REACH);
  let word: Span | undefined;
  for (const w of words()) if (w.start >= from && w.end <= claim.start) word = w;
  // A goal that lists its figures reaches them past `、` or `and` (`指引为收入环比增长4%至6%、毛利率20%至22%`).
  if (!word) {
    for (const w of words()) {
      if (w.start < claim.start - OUTLOOK_LIST_REACH || w.end > claim.start) continue;
      const between = text.slice(w.end, claim.start);
      if (OUTLOOK_LIST.test(between) && !CLAUSE_MARK.test(between) && !SENTENCE_END.test(between)) word = w;
    }
  }
  const before = word ? text.slice(from, word.start) : '';
  // A goal named before another figure, or right after one (`45万辆的年度目标下，…月均交付达到3.75万辆`),
  // is that figure's; a clause may run over a question (`…精心规划的单一作物农场?Llama 5…参数为69亿`).
  if (word) {
    const between = text.slice(word.end, claim.start);
    // …unless the goal lists its figures (`指引为收入环比增长4%至6%、毛利率20%至22%`, `guided for growth of 4% to 6% and a gross margin of 20% to 22%`).
    const listed = OUTLOOK_LIST.test(between) && !CLAUSE_MARK.test(between);
    if ((FIGURE_BETWEEN.test(between.replace(YEARS, '')) && !listed) || SENTENCE_END.test(between) || FIGURE_RIGHT_BEFORE.test(before)) word = undefined;
  }
  // `優於市場預期的2,700億元`: the figure right after the forecast met is the forecast itself.
  if (word ? OUTLOOK_MET.test(before) && !FORECAST_RIGHT_BEFORE.test(text.slice(word.end, claim.start)) : !OUTLOOK_AFTER.test(text.slice(claim.end, claim.end + 12))) return attribute;
  const whose = CONSENSUS.test(text.slice(clause.start, claim.start)) ? CONSENSUS_SUFFIX : TARGET_SUFFIX;
  return extend(attribute, { id: `${attribute.id}${whose}` });
}

/**
 * The words of goals and forecasts of a sentence, read once for all its figures and only for one
 * with an attribute (see `asOutlook`).
 */
export function outlookWordsIn(text: string, sentence: Span): Span[] {
  const out: Span[] = [];
  const slice = text.slice(sentence.start, sentence.end);
  OUTLOOK_BEFORE.lastIndex = 0;
  for (let m = OUTLOOK_BEFORE.exec(slice); m; m = OUTLOOK_BEFORE.exec(slice)) out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  return out;
}

export const TARGET_SUFFIX = ':target';
const CONSENSUS_SUFFIX = ':consensus';

/** The attribute of what a goal or forecast is of (`shipments:target` → `shipments`). */
export function outlookOf(attribute: string): string {
  return attribute.endsWith(TARGET_SUFFIX) ? attribute.slice(0, -TARGET_SUFFIX.length) : attribute.endsWith(CONSENSUS_SUFFIX) ? attribute.slice(0, -CONSENSUS_SUFFIX.length) : attribute;
}

/**
 * The attribute of an amount that a change verb right before it says is a change (`营收同比增加205亿元`
 * → `change:revenue`, `adding 2,100 people` → `change:headcount`): compared only with other
 * changes of the same thing, never with the level.
 */
export function asChange(text: string, claim: Claim, clause: Span, attribute: AttributeBinding | undefined): AttributeBinding | undefined {
  if (!attribute || !CHANGE_KINDS.has(claim.kind) || ALREADY_CHANGES.has(attribute.entry?.id ?? attribute.id)) return attribute;
  // `实际营收超出指引上限0.8亿元`, `beat guidance by $80 million`: by how much a goal was beaten or missed.
  if (OUTLOOK_GAP.test(text.slice(Math.max(clause.start, claim.start - 32), claim.start))) return extend(attribute, { id: CHANGE_ATTRIBUTES[attribute.id] ?? `change:${attribute.id}` });
  // `2,742 more than it delivered`, `比交付量多2,168台`: a difference, not a level.
  if (DIFFERENCE_AFTER.test(text.slice(claim.end, Math.min(clause.end, claim.end + 16))) || DIFFERENCE_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 12), claim.start)) || SHORTFALL_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 24), claim.start))) {
    return extend(attribute, { id: CHANGE_ATTRIBUTES[attribute.id] ?? `change:${attribute.id}` });
  }
  // `单季净增门店2105家`: the verb, the measure's noun, the amount (not `增加到`, a level).
  if (CHANGE_VERB_NOUN_BEFORE.test(text.slice(Math.max(clause.start, claim.start - 8), claim.start))) return extend(attribute, { id: CHANGE_ATTRIBUTES[attribute.id] ?? `change:${attribute.id}` });
  // The character before the figure ends a change verb or a word between: most figures follow none.
  if (!CHANGE_LAST_CHARS.has(text.charAt(claim.start - 1))) return attribute;
  const before = text.slice(Math.max(clause.start, claim.start - 16), claim.start);
  if (!CHANGE_BEFORE_ZH.test(before) && !CHANGE_BEFORE_EN.test(before)) return attribute;
  return extend(attribute, { id: CHANGE_ATTRIBUTES[attribute.id] ?? `change:${attribute.id}` });
}

/**
 * The segments a growth rate keeps after its measure: where revenue was earned (`overseas`, `domestic`,
 * `europe`), and a profit without one-off items (`non-gaap`), which are measures of their own.
 */
const GROWTH_SEGMENTS: ReadonlySet<string> = new Set(['overseas', 'domestic', 'europe', 'north-america', 'non-gaap']);
const SEGMENT_OF = new Map(Object.entries(BUSINESS_SEGMENTS).flatMap(([id, words]) => words.map((w) => [w.toLowerCase(), id] as const)));
/** `组件业务`, `电池片外销业务`: two to five characters before 业务 name a business. */
const COMPANY_ENDINGS: ReadonlySet<string> = new Set(ZH_COMPANY_ENDINGS);
const SEGMENT_PERIOD_GAP = '(?:今年|全年|前三|第)?[一二三四1-4]季度?|[上下]半年|Q[1-4][ \\t]?|[0-9]{1,2}月份?';
const NAMED_BUSINESS_BEFORE = new RegExp(`(?:${alternation(BUSINESS_NAME_LEADS)})?(\\p{Script=Han}{2,5}?)(?:业务|業務)$`, 'u');
const NOT_A_BUSINESS = new Set(NOT_BUSINESS_NAMES);
/** A business right before a keyword, with 业务 or a space between (智能手机收入, 云业务收入, cloud revenue). */
/** …or the period between (`动力电池第三季出货35.1GWh`, `EV battery Q3 shipments`). */
const SEGMENT_BEFORE = new RegExp(`(?<![A-Za-z])(${alternation([...SEGMENT_OF.keys()])})(?:业务|業務|销售|銷售)?[ \\t]?(${SEGMENT_PERIOD_GAP})?(?:累计|累計)?$`, 'i');
/** `工业机器人销量`, `人形机器人交付`: a kind of product with the word that says which line. */
const PRODUCT_LINE_BEFORE = new RegExp(`(?:${alternation(PRODUCT_LINE_MODIFIERS)})(?:${alternation(PRODUCT_CLASSES)})$`, 'u');

/**
 * The business a keyword belongs to (`revenue:smartphone`), when one is written right before it;
 * a business the vocabulary does not list is named as written before 业务 (组件业务毛利率 → `组件`).
 */
function segmentBefore(text: string, hit: KeywordHit, sentence: Span, names: readonly Span[] = []): string | undefined {
  const before = text.slice(Math.max(sentence.start, hit.start - 16), hit.start);
  const m = SEGMENT_BEFORE.exec(before);
  // `启程汽车第三季度毛利率`: the word of a business that ends a company's name (a name found, or a company's
  // ending before a period word where the name is not) is the company's.
  const at = m ? hit.start - before.length + m.index : -1;
  const endsName = m?.[2] !== undefined && COMPANY_ENDINGS.has(m[1]!) && isHan(text.charCodeAt(at - 1));
  if (m && !endsName && !names.some((n) => n.start <= at && at < n.end)) return SEGMENT_OF.get(m[1]!.toLowerCase());
  const named = NAMED_BUSINESS_BEFORE.exec(before)?.[1] ?? NAMED_SALES_BEFORE.exec(before)?.[1];
  if (named && !NOT_A_BUSINESS.has(named)) return named;
  const line = PRODUCT_LINE_BEFORE.exec(before);
  if (line) return line[0];
  return businessReferredTo(text, sentence, hit.start, before) ?? productLineBefore(text, sentence, hit.start);
}

/** `交付增程式车型19891辆`: the line of products between the word of the measure and its figure. */
const PRODUCT_LINE_BETWEEN = new RegExp(`^[ \\t]?(?:了)?((?:${alternation(PRODUCT_LINE_MODIFIERS)})式?(?:${alternation(PRODUCT_CLASSES)}))[ \\t]?$`, 'u');

function productLineBetween(text: string, hit: KeywordHit, claim: Claim): string | undefined {
  if (hit.end > claim.start || claim.start - hit.end > 12) return undefined;
  return PRODUCT_LINE_BETWEEN.exec(text.slice(hit.end, claim.start))?.[1];
}

/** `电池片外销收入`: what is sold abroad or at home names the part of the revenue, without 业务. */
const NAMED_SALES_BEFORE = /(\p{Script=Han}{1,4}(?:外销|内销|出口|外銷|內銷))$/u;
/** `2024年该业务贡献收入`: a business referred to, not named, before the keyword. */
const BUSINESS_REFERENCE = /(?:该|這|这一|这项|該|此)(?:业务|業務|板块|板塊)[^，。；,;]{0,6}$/u;
const BUSINESS_NAMED = /(?:业务|業務)/gu;
/** What runs into a business's name from before (`还经营代理发行业务` → `代理发行`). */
const BUSINESS_NAME_START = new RegExp(`^.*(?:${alternation(BUSINESS_VERBS)})`, 'u');
/** `"澜芯A3"系列…收入约3.76亿元`: a product line named in quotes before the keyword in its sentence (which may start at its opening quote). */
const PRODUCT_LINE = /(?:^|["“「《])([^"”」》"“「《]{1,12})["”」》](?:系列|产品|產品|品牌)/gu;

/**
 * The business `该业务` refers to: the last one the sentence named before it (`经营代理发行业务，2024年该业务
 * 贡献收入约9.4亿元` → `代理发行`), else one not named (`business`): never the company's total.
 */
function businessReferredTo(text: string, sentence: Span, at: number, before: string): string | undefined {
  if (!BUSINESS_REFERENCE.test(before)) return undefined;
  const stretch = text.slice(sentence.start, at - before.length + before.search(BUSINESS_REFERENCE));
  let name: string | undefined;
  for (const m of stretch.matchAll(BUSINESS_NAMED)) {
    const run = /\p{Script=Han}{0,8}$/u.exec(stretch.slice(Math.max(0, m.index - 8), m.index))![0];
    const candidate = run.replace(BUSINESS_NAME_START, '');
    if (candidate.length >= 2 && candidate.length <= 5 && !NOT_A_BUSINESS.has(candidate)) name = candidate;
  }
  return name ?? 'business';
}

/** The product line a figure's sentence names in quotes before its keyword, with nothing but commas between. */
function productLineBefore(text: string, sentence: Span, at: number): string | undefined {
  const stretch = text.slice(sentence.start, at);
  let name: string | undefined;
  for (const m of stretch.matchAll(PRODUCT_LINE)) name = /[；;]/.test(stretch.slice(m.index + m[0].length)) ? undefined : m[1];
  return name;
}

const SEGMENT_AFTER = new Map(Object.entries(SEGMENT_AFTER_FIGURE).flatMap(([id, words]) => words.map((w) => [w.toLowerCase(), id] as const)));
/** What a figure counts (`buses`, `units`), then where: `2,150 buses outside China`. */
const SEGMENT_AFTER_RE = new RegExp(`^(?:[ \\t]+[a-z]+){0,2}[ \\t]+(${alternation([...SEGMENT_AFTER.keys()])})(?![A-Za-z])`, 'i');

/** The place a figure was earned or sold in, written right after it (`shipped 2,150 buses outside China`). */
function segmentAfter(text: string, claim: Claim, clause: Span): string | undefined {
  const m = SEGMENT_AFTER_RE.exec(text.slice(claim.end, Math.min(clause.end, claim.end + 40)));
  return m ? SEGMENT_AFTER.get(m[1]!.toLowerCase()) : undefined;
}

/** `Overseas, Lanji delivered 2,356 vehicles`, `海外方面，…`: a place a sentence opens with, a comma after it. */
const SEGMENT_OPENING_RE = new RegExp(`^[ \\t]*(?:in[ \\t]+)?(${alternation([...SEGMENT_AFTER.keys()])})(?:[ \\t]+markets?)?[ \\t]*[,，]`, 'i');

function segmentOpening(text: string, sentence: Span): string | undefined {
  const m = SEGMENT_OPENING_RE.exec(text.slice(sentence.start, sentence.start + 40));
  return m ? SEGMENT_AFTER.get(m[1]!.toLowerCase()) : undefined;
}

/** A relative clause between commas (`, which measures expected profits from policies sold during the year,`) or a basis (`on a first-year premium basis`, `按首年保费口径`). */
// (…and an English explanation in brackets: `Take rate (food-delivery revenue as a share of GMV): 13.1%`.)
const ASIDE = /,[ \t]+(?:which|that|who)[ \t][^,;]{3,120},|(?<![A-Za-z])on an?[ \t][^,;.]{1,40}?[ \t]basis(?![A-Za-z])|按[^，,。；;]{1,12}?口径|\((?=[a-z])[^()]{3,80}\)/gu;

/** Whether what stands between two offsets is one clause but for asides (`New business value (NBV), which measures…, rose 18.7% to`). */
function onlyAsideBetween(text: string, from: number, to: number, asides: readonly Span[]): boolean {
  const aside = asides.find((a) => a.start >= from && a.end <= to);
  if (!aside) return false;
  // (`Take rate (food-delivery revenue as a share of GMV): 13.1%`: a label's colon before its figure is no break.)
  return !CLAUSE_BREAK.test(text.slice(from, aside.start)) && !CLAUSE_BREAK.test(text.slice(aside.end, to).replace(LABEL_COLON, ''));
}
const LABEL_COLON = /^[ \t]*[:：][ \t]*$/u;
const CLAUSE_BREAK = /[,，;；。:：]/u;

/** The asides of the sentence asked about last: every figure of a sentence asks, and a sentence may hold thousands. */
let lastAsides: { text: string; start: number; end: number; asides: readonly Span[] } | undefined;

function asidesOf(text: string, sentence: Span): readonly Span[] {
  if (lastAsides && lastAsides.text === text && lastAsides.start === sentence.start && lastAsides.end === sentence.end) return lastAsides.asides;
  const asides: Span[] = [];
  for (const m of text.slice(sentence.start, sentence.end).matchAll(ASIDE)) asides.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  lastAsides = { text, start: sentence.start, end: sentence.end, asides };
  return asides;
}

const MARKET_SHARE_TOPIC = 'market-share';
/** `較去年同期提升1.4%`, `提升1.4个百分点`, `a gain of 1.4 percentage points`, `up 2.3 points`. */
const SHARE_CHANGE_BEFORE = /(?:提升|提高|上升|下降|下滑|减少|增加|減少|增加了|提升了|提高了|gain of|rose|fell|up|down|increase of|decline of)[ \t]*(?:约|約|近|about|nearly)?[ \t]*$/u;

/** An English apposition after a sentence's first words, then the verb of what the figure says (`, the bank's main source of revenue, fell `). */
const APPOSITION_AFTER = /^,[^,.;]{3,60},[ \t]+[a-z]+(?:[ \t]+[a-z]+)?[ \t]+$/;

function topicOf(text: string, family: keyof typeof TOPICS, claim: Claim, sentence: Span, clause: Span = sentence, names: readonly Span[] = []): string | undefined {
  const found = TOPIC_WORDS.get(family)!.find(text, sentence.start, sentence.end);
  // `Take rate (food-delivery revenue as a share of GMV): 13.1%, up 0.4%`: the words of an aside the figure is not in name no topic.
  const asides = asidesOf(text, sentence);
  const inAside = (h: KeywordHit) => asides.some((a) => a.start <= h.start && h.end <= a.end && !(a.start <= claim.start && claim.end <= a.end));
  // `up 18% from a year earlier, as cloud subscription revenue rose 27%`: a word after the start of the next item is that item's.
  const hits = found.filter(
    (h) =>
      !opensName(h, names) &&
      !inAside(h) &&
      !(h.start >= claim.end && (NEXT_ITEM.test(text.slice(claim.end, h.start)) || COMPARED_WITH_AFTER.test(text.slice(claim.end, h.start)))) &&
      !(h.end <= claim.start && ownedByShareBefore(text, h, claim)) &&
      // `up 27.6% from a year earlier, with gross margin of 47.9%`: a rate is named before its change.
      !(h.start >= claim.end && family === 'growth' && isRate(h.ids[0]!)) &&
      // `市场份额由去年同期的15.9%提升至17.6%`: a share is the topic of a change only where a verb of change stands right before it.
      !(h.ids[0] === MARKET_SHARE_TOPIC && !SHARE_CHANGE_BEFORE.test(text.slice(Math.max(sentence.start, claim.start - 12), claim.start))),
  );
  // `Net interest income, the bank's main source of revenue, fell 1.3%`: the sentence's subject, not its apposition.
  const opening = hits[0];
  if (opening && opening.end < claim.start && /^[ \t]*$/.test(text.slice(sentence.start, opening.start)) && APPOSITION_AFTER.test(text.slice(opening.end, claim.start))) {
    return opening.ids[0];
  }
  // `钢材销量仅小幅下降2.2%，收入降幅则接近一成`: a word of the figure's own clause before the nearest of the sentence.
  let best: KeywordHit | undefined;
  let bestInside = false;
  for (const h of hits) {
    const inside = h.start >= clause.start && h.end <= clause.end;
    if (!best || (inside && !bestInside) || (inside === bestInside && distanceOf(h, claim) < distanceOf(best, claim))) {
      best = h;
      bestInside = inside;
    }
  }
  const measures = MEASURE_TOPICS[family];
  if (best && measures?.includes(best.ids[0]!)) {
    const at = best.start;
    const owner = hits.find((h) => h.end <= at && (at - h.end <= MEASURE_GAP || OWNER_GAP_EN.test(text.slice(h.end, at))) && !measures.includes(h.ids[0]!));
    if (owner) return owner.ids[0];
  }
  // `Overseas revenue rose 22.3%`, `海外收入增长22.3%`: the growth of a region's revenue, not the company's
  // (nor is `扣除非經常性損益後淨利…年增47.8%` the growth of the profit: `growth:profit:non-gaap`).
  // (Not of a business: a handset maker's `smartphone shipments` are all its shipments.)
  if (best && family === 'growth' && BY_ID.get(best.ids[0]!)?.segmented) {
    const m = SEGMENT_BEFORE.exec(text.slice(Math.max(sentence.start, best.start - 16), best.start));
    const region = m && m[2] === undefined ? SEGMENT_OF.get(m[1]!.toLowerCase()) : undefined;
    if (region !== undefined && GROWTH_SEGMENTS.has(region)) return `${best.ids[0]}:${region}`;
  }
  return best?.ids[0];
}

/**
 * Whether a word is the opening or the middle of a name (`云` of `云翔航空`, `Cloud` of `Cloud Nine
 * Air`): no business of the figure's. A name's last word may be its business (`阿里云`).
 */
function opensName(hit: KeywordHit, names: readonly Span[]): boolean {
  for (const n of names) if (n.start <= hit.start && hit.end < n.end) return true;
  return false;
}

/**
 * A table column's attribute with the topic its row names (`| MMLU-Pro | 81.4% |` under `| 评测集 |
 * 衡元-3得分 |` → `benchmark-score:mmlu-pro`): the header says what is measured, the row of what.
 */
export function withRowTopic(text: string, attribute: AttributeBinding | undefined, claim: Claim, row: Span, header?: Span): AttributeBinding | undefined {
  const family = attribute?.entry?.topic;
  if (!family || attribute.id !== attribute.entry!.id) return attribute;
  const topic = topicOf(text, family, claim, row) ?? (header && onlyTopicOf(text, family, header));
  return topic ? extend(attribute, { id: `${attribute.id}:${topic}` }) : attribute;
}

/** `| Brand | Q3 2025 shipments (million) | YoY change |`: the one topic a table's header names, of its growth column. */
function onlyTopicOf(text: string, family: keyof typeof TOPICS, header: Span): string | undefined {
  const ids = new Set(TOPIC_WORDS.get(family)!.find(text, header.start, header.end).map((h) => h.ids[0]!));
  return ids.size === 1 ? [...ids][0] : undefined;
}

/** Whether the English words right after a number, if any, name one of `nouns` (`1,200 new stores`; not `2,400 product lines`). */
function countsOneOf(text: string, claim: Claim, nouns: readonly string[], measures?: readonly string[]): boolean {
  const words = TWO_WORDS_AFTER.exec(text.slice(claim.end, claim.end + 32));
  if (words) return nouns.includes(words[1]!) || (words[2] !== undefined && nouns.includes(words[2]));
  // `26.8亿笔`: a figure with no English word after it counts what its measure word says, where the attribute names them
  // (`黄仁勋用21亿预付款绑定订单` counts no orders).
  return !measures || measures.some((m) => claim.text.endsWith(m));
}
const TWO_WORDS_AFTER = /^[ \t]+([a-z]+(?:-[a-z]+)*)(?:[ \t]+([a-z]+))?/;

/** `about 2,000 robots a year`: a number right before a plural noun counts that noun, not people. */
const PARAMETERS = 'parameters';
const ACTIVE_PARAMETERS = 'active-parameters';
const MEASURE_WORD_END = /[个個]$/u;
const PARAMETER_NOUN = /^(?:参数|參數)/u;

function countsHanNoun(text: string, claim: Claim): boolean {
  return MEASURE_WORD_END.test(claim.text) && isHan(text.charCodeAt(claim.end)) && !PARAMETER_NOUN.test(text.slice(claim.end, claim.end + 2));
}

function countsOtherThings(text: string, claim: Claim): boolean {
  const noun = PLURAL_NOUN_AFTER.exec(text.slice(claim.end, claim.end + 24))?.[1];
  return noun !== undefined && !EN_PEOPLE_NOUNS.has(noun);
}

const YEAR_ONLY = /^\d{4}$/;
const AFTER_EVENT = new RegExp(`(?:${alternation(AFTER_EVENT_WORDS)})`, 'i');
const PERIOD_AFTER_YEAR = new RegExp(
  `^[ \\t]*(?:${alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS), ...Object.keys(CUMULATIVE_PARTS), ...FULL_YEAR_WORDS, ...REPORT_PERIOD_WORDS])})`,
  'i',
);
/** `截至`, `as of` right before a date or a month: where a period ends, no event and no period of its own. */
export const PERIOD_END_BEFORE = new RegExp(`(?:${alternation(PERIOD_END_WORDS)})[ \\t]*$`, 'i');

/**
 * `in` or `of` and up to three words between an amount and a keyword after it (`$50 million in near-term
 * milestone payments`); not past `and` (`61.6% of revenue and up 12.7%`: what follows is the next item).
 */
const NAMED_AFTER = /^[ \t]+(?:in|of)[ \t]+(?:(?!(?:and|while|but)[ \t])[A-Za-z][A-Za-z-]*[ \t]+){0,3}$/;
const MAX_NAMED_AFTER = 48;

/** `最高12.15亿美元的开发、注册和销售里程碑付款`: the noun an amount modifies, past the enumeration of its kinds. */
const MODIFIED_NOUN_AFTER = /^的[^，,。；;：:\d]{1,16}$/u;

function namedAfter(text: string, from: number, to: number): boolean {
  return to - from <= MAX_NAMED_AFTER && text.charCodeAt(from) === 32 && NAMED_AFTER.test(text.slice(from, to));
}

function distanceOf(hit: Span, claim: Span): number {
  if (hit.end <= claim.start) return claim.start - hit.end;
  if (hit.start >= claim.end) return hit.start - claim.end;
  return 0;
}

const GROWTH = 'growth';
const SEQUENTIAL_GROWTH = 'sequential-growth';

/** Between a growth and a growth on the period before as near as each other, the latter; else no say. */
function sequentialOverGrowth(id: string, best: string): boolean | undefined {
  if (id === SEQUENTIAL_GROWTH && best === GROWTH) return true;
  if (id === GROWTH && best === SEQUENTIAL_GROWTH) return false;
  return undefined;
}
const STOCK_MOVE = BY_ID.get('stock-move')!;

/** A word of the stock in the clause before a word of growth, with no other keyword between (`Shares of X jumped`). */
function stockMoveBefore(hits: readonly KeywordHit[], clause: Span, growth: { entry: AttributeEntry; distance: number; hit: KeywordHit }) {
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i]!;
    if (h.end > growth.hit.start) break;
    if (!inside(h, clause) || !h.ids.includes(STOCK_MOVE.id)) continue;
    const next = hits[i + 1];
    if (next === growth.hit) return { entry: STOCK_MOVE, distance: growth.distance, hit: h };
  }
  return undefined;
}

const SUM_BEFORE = new RegExp(`(?:${alternation(SUM_WORDS)})[ \\t]*(?:为|為|达|達|of)?[ \\t]*(?:约|約|about|roughly)?[ \\t]*$`, 'u');

/** Whether the clause names a money measure besides `id` (`首付款和近期里程碑`): the figure is the sum of both. */
function namesTwoMeasures(hits: readonly KeywordHit[], clause: Span, id: string): boolean {
  for (const h of hits) if (inside(h, clause) && h.ids.some((other) => other !== id && BY_ID.get(other)!.kinds.includes('money') && !BY_ID.get(other)!.refines)) return true;
  return false;
}

function inside(hit: Span, clause: Span): boolean {
  return hit.start >= clause.start && hit.end <= clause.end;
}
