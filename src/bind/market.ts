import type { Claim, Subject } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { alternation } from '../extract/pattern.js';
import { CATEGORY_QUALIFIED_ATTRIBUTES, CN_MARKET_PHRASES, MARKET_ATTRIBUTES, MARKET_MAKER_WORDS, MARKET_CATEGORIES, MARKET_MEASURE_WORDS, MARKET_REGIONS, MARKET_SECTORS, CONTINUED_MARKET_ATTRIBUTES, type MarketWords } from '../vocab/markets.js';

/** What a market subject's id starts with: no company's id does (ids are names in lower case). */
export const MARKET_PREFIX = 'market:';

export function isMarketSubject(id: string): boolean {
  return id.startsWith(MARKET_PREFIX);
}

/** How sure a market named right before its measure (`国内智能手机平均售价为2,846元`) is the figure's subject. */
const NAMED_MARKET_CONFIDENCE = 0.8;
/** …and a market the sentence before named, for a sentence that names nothing: just enough to be compared. */
const CONTINUED_MARKET_CONFIDENCE = 0.6;

const byWord = (table: readonly MarketWords[], lang: 'zh' | 'en') => new Map(table.flatMap((m) => m[lang].map((w) => [w.toLowerCase(), m] as const)));
const REGION_ZH = byWord(MARKET_REGIONS, 'zh');
const REGION_EN = byWord(MARKET_REGIONS, 'en');
const CATEGORY_ZH = byWord(MARKET_CATEGORIES, 'zh');
const CATEGORY_EN = byWord(MARKET_CATEGORIES, 'en');

const rZh = alternation(MARKET_REGIONS.flatMap((m) => m.zh));
const cZh = alternation(MARKET_CATEGORIES.flatMap((m) => m.zh));
const mZh = alternation(MARKET_MEASURE_WORDS.zh);
/** What may stand between a market and its measure: a period, `累计` (`国内智能手机第三季度累计出货`). */
const ZH_GAP = '[第前上下全本]?[一二三四1-4]?(?:季度|季|半年|年度|年|月份|月)|累计|累計|总|總|整体|整體';
/** A market after these is where another's figure was made (`诺沃在国内智能手机市场出货…`, `在中国大陆…`). */
const ZH_PLACE_BEFORE = /(?:在|于|於|从|從|对|對)(?:中国|中國)?$/u;
const rEn = alternation(MARKET_REGIONS.flatMap((m) => m.en));
const cEn = alternation(MARKET_CATEGORIES.flatMap((m) => m.en));
const mEn = alternation(MARKET_MEASURE_WORDS.en);

const SECTOR_OF = new Map(Object.entries(CN_MARKET_PHRASES).flatMap(([sector, phrases]) => phrases.map((p) => [p, sector] as const)));
const SECTOR_LABEL = new Map(MARKET_SECTORS.map((m) => [m.id, m.label]));
/** `全国国内出游3.28亿人次`, `全国各口岸共保障出入境人员1,182万人次`: a phrase that names a market of the mainland by itself. */
const CN_PHRASE = new RegExp(`(${alternation(SECTOR_OF.keys())})`, 'gu');

/**
 * The ways a sentence names a market as what its figure measures, each with the groups of its
 * region and its class of products. A market after `在`/`in` is where another's figure was made
 * (`诺沃在国内智能手机市场出货1,364万台`, `In China's smartphone market, Norvo shipped…`): not one.
 */
const FORMS: readonly { re: RegExp; region: number; category: number; lang: 'zh' | 'en' }[] = [
  // 国内智能手机平均售价, 中國大陸智慧型手機累計出貨, 全球智能手机市场出货量, 全球智能手机市场增长4.1%
  { re: new RegExp(`(${rZh})(?:${ZH_GAP})?(?:的)?(${cZh})(?:市场|市場)?(?:的)?(?:(?:${ZH_GAP}){0,2}(?:${mZh})|(?<=市场|市場))`, 'gu'), region: 1, category: 2, lang: 'zh' },
  // global smartphone shipments, China's smartphone market, the Chinese PC market
  { re: new RegExp(`(?<![A-Za-z])(?<!(?:in|of|from|to|into) (?:the )?)(${rEn})(?:'s|’s)? (${cEn}) (?:market\\b|(?:${mEn})(?![A-Za-z]))`, 'g'), region: 1, category: 2, lang: 'en' },
  // Smartphone shipments in mainland China
  { re: new RegExp(`(?<![A-Za-z])(${cEn}) (?:${mEn}) in (?:the )?(${rEn})(?![A-Za-z])`, 'gi'), region: 2, category: 1, lang: 'en' },
  // the average selling price of smartphones shipped in China, shipments of PCs in India
  { re: new RegExp(`(?<![A-Za-z])(?:${mEn}) of (${cEn})(?: (?:shipped|sold|delivered))? in (?:the )?(${rEn})(?![A-Za-z])`, 'gi'), region: 2, category: 1, lang: 'en' },
];

/**
 * The market a figure measures, named before it in its sentence (`三季度国内智能手机平均售价为2,846元`,
 * `The average selling price of smartphones shipped in China rose 3.1% … to 2,846 yuan`), for a
 * figure that names no company and measures what a market has (its shipments, its prices).
 */
export function marketOf(text: string, figureStart: number, sentence: Span, attribute: string | undefined): Subject | undefined {
  if (!attribute || !MARKET_ATTRIBUTES.includes(rootOf(attribute))) return undefined;
  // A headline's statements after an ideographic space are of another subject (`…手機出貨7,140萬支　維銳年增逾一成`).
  const found = lastMarketIn(text, Math.max(sentence.start, text.lastIndexOf('\u3000', figureStart - 1) + 1), figureStart);
  // `国内动力电池装车量排名前六的企业合计装车416.5GWh`: what the market's leading makers did is theirs.
  return found && !MAKERS_OF_MARKET.test(text.slice(found.at, figureStart)) ? found.subject : undefined;
}

/** Words between a market and a figure that make the figure its makers' (`排名前六的企业合计`, `the top five vendors`). */
const MAKERS_OF_MARKET = new RegExp(`(?:${alternation(MARKET_MAKER_WORDS.zh)})|(?<![A-Za-z])(?:${alternation(MARKET_MAKER_WORDS.en)})(?![A-Za-z])`, 'u');

/** The market the sentence before named, for a figure of a sentence that names nothing (`科望咨询预计，全年出货量将在2.78亿至2.85亿台之间`). */
export function continuedMarket(previous: Subject | undefined, attribute: string | undefined): Subject | undefined {
  if (!previous || !attribute || !CONTINUED_MARKET_ATTRIBUTES.includes(rootOf(attribute))) return undefined;
  return { ...previous, confidence: CONTINUED_MARKET_CONFIDENCE };
}

/**
 * `a 38.2% share of the China market`, `In China, … share`, `在国内市场的份额`: a share of the mainland's
 * market, not of the world's (a Taiwanese paper's `國內市場` is Taiwan's, so not that spelling).
 */
const MAINLAND_MARKET = /(?<![A-Za-z])(?:(?:mainland )?China(?:'s|’s)?|Chinese|domestic) market(?![A-Za-z])|^[ \t]*In (?:mainland )?China,|(?:中国|国内|中国大陆|大陆)市场|(?:中國|中國大陸|大陸)市場/u;
const MARKET_SHARE = 'market-share';

/** A market share whose sentence says it is of the mainland's market (`market-share:cn`, `market-share:smartphone:cn`). */
export function regionalShare(text: string, sentence: Span, attribute: string): string {
  return attribute.startsWith(MARKET_SHARE) && !attribute.endsWith(':cn') && MAINLAND_MARKET.test(text.slice(sentence.start, sentence.end)) ? `${attribute}:cn` : attribute;
}

/** The market a sentence's figures were bound to by its own words, if any (which the next sentence may go on about). */
export function namedMarket(claims: readonly Claim[]): Subject | undefined {
  return claims.find((c) => c.subject !== undefined && isMarketSubject(c.subject.id) && c.subject.confidence > CONTINUED_MARKET_CONFIDENCE)?.subject;
}

/**
 * The attribute a market's figure is compared under: its class of products is the market's
 * (`smartphones shipped in China … 2,846 yuan` is `average-price:smartphone`, as `国内智能手机平均售价` is).
 */
export function marketAttribute(attribute: string, subject: Subject): string {
  const category = subject.id.slice(subject.id.lastIndexOf(':') + 1);
  const [root, ...rest] = attribute.split(':') as [string, ...string[]];
  // `shipments:target` → `shipments:smartphone:target`; another qualifier (`shipments:overseas`) stays.
  if (!QUALIFIED_BY_CATEGORY.has(root) || (rest.length > 0 && !OUTLOOK_PARTS.has(rest[0]!))) return attribute;
  return [root, category, ...rest].join(':');
}

/** The measures a class of products qualifies (a rate of growth of no named measure is no smartphone's). */
const QUALIFIED_BY_CATEGORY: ReadonlySet<string> = new Set(CATEGORY_QUALIFIED_ATTRIBUTES);
/** What an attribute's forecast is marked with (see `asOutlook`). */
const OUTLOOK_PARTS: ReadonlySet<string> = new Set(['target', 'consensus']);

function rootOf(attribute: string): string {
  const colon = attribute.indexOf(':');
  return colon < 0 ? attribute : attribute.slice(0, colon);
}

function lastMarketIn(text: string, start: number, end: number): { at: number; subject: Subject } | undefined {
  const stretch = text.slice(start, end);
  let found: { at: number; subject: Subject } | undefined;
  for (const form of FORMS) {
    form.re.lastIndex = 0;
    for (let m = form.re.exec(stretch); m; m = form.re.exec(stretch)) {
      if (form.lang === 'zh' && ZH_PLACE_BEFORE.test(stretch.slice(Math.max(0, m.index - 3), m.index))) continue;
      const subject = subjectOf(m[form.region]!, m[form.category]!, form.lang);
      if (subject && (!found || m.index > found.at)) found = { at: m.index, subject };
    }
  }
  CN_PHRASE.lastIndex = 0;
  for (let m = CN_PHRASE.exec(stretch); m; m = CN_PHRASE.exec(stretch)) {
    if (ZH_PLACE_BEFORE.test(stretch.slice(Math.max(0, m.index - 3), m.index)) || (found && m.index <= found.at)) continue;
    const sector = SECTOR_OF.get(m[1]!)!;
    const label = SECTOR_LABEL.get(sector)!;
    found = { at: m.index, subject: { id: `${MARKET_PREFIX}cn:${sector}`, label: `中国${label.zh}市场`, confidence: NAMED_MARKET_CONFIDENCE } };
  }
  return found && { at: start + found.at, subject: found.subject };
}

function subjectOf(regionWord: string, categoryWord: string, lang: 'zh' | 'en'): Subject | undefined {
  const region = (lang === 'zh' ? REGION_ZH : REGION_EN).get(regionWord.toLowerCase());
  const category = (lang === 'zh' ? CATEGORY_ZH : CATEGORY_EN).get(categoryWord.toLowerCase());
  if (!region || !category) return undefined;
  const label = lang === 'zh' ? `${region.label.zh}${category.label.zh}市场` : `${region.label.en} ${category.label.en} market`;
  return { id: `${MARKET_PREFIX}${region.id}:${category.id}`, label, confidence: NAMED_MARKET_CONFIDENCE };
}
