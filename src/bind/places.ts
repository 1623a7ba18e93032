import type { Subject } from '../model/claim.js';
import type { Span } from '../model/span.js';
import { alternation } from '../extract/pattern.js';
import { isHan } from '../segment/script.js';
import { pinyinSpellings } from '../text/pinyin.js';
import { atWordEdges } from './entity-mentions.js';
import { measureOf } from './measure.js';
import {
  COMMON_STEM_RANK, EN_NEIGHBOUR_WORDS, EN_NOT_PLACE_NAMES, EN_PLACE_ENDINGS, EN_PLACE_NOUNS, EN_PLACE_NOUNS_BEFORE, KNOWN_PLACES, PRINCIPAL_PLACE_WORDS, ZH_PLACE_CUES, NATIONAL_WORDS, PLACE_MEASURES, ZH_NOT_IN_PLACE_NAME, ZH_NOT_PLACE_AFTER_ENDING,
  ZH_NOT_PLACE_BEFORE_ENDING, ZH_PLACE_ENDINGS,
} from '../vocab/places.js';
import { COMMON_HAN } from '../vocab/common-han.js';
import { withTraditional } from '../vocab/spellings.js';

/** What a place subject's id starts with: no company's or market's does. */
export const PLACE_PREFIX = 'place:';

export function isPlaceSubject(id: string): boolean {
  return id.startsWith(PLACE_PREFIX);
}

/** How sure a place named in the figure's sentence is its subject, before the figure and after it. */
const NAMED_BEFORE_CONFIDENCE = 0.8;
const NAMED_AFTER_CONFIDENCE = 0.7;
/** …and the place the article names most, for a sentence that names none (`全省`, `the province's`). */
const PRINCIPAL_CONFIDENCE = 0.7;
/** Places kept per article, as for companies: a hostile text must not make every figure look for thousands. */
const MAX_PLACES = 32;
/** How far back in its paragraph a sentence that names no place looks for the last one named (a paragraph of thousands stays linear). */
const PARAGRAPH_REACH = 1000;
/** How far after a figure `of neighbouring Songyuan` may start to make the figure that place's. */
const OF_PLACE_REACH = 24;

const PLACE_MEASURE_SET: ReadonlySet<string> = new Set(PLACE_MEASURES);
const ZH_ENDINGS = new Set(ZH_PLACE_ENDINGS);
const NOT_IN_NAME = new Set(ZH_NOT_IN_PLACE_NAME);
const EN_NOT_NAMES = new Set(EN_NOT_PLACE_NAMES);
const EN_PLACE = new RegExp(
  [
    `(?<![A-Za-z])([A-Z][a-z]{2,}) (?:${alternation(EN_PLACE_ENDINGS)})(?![A-Za-z])`,
    `(?<![A-Za-z])(?:province|city|${alternation([...EN_NEIGHBOUR_WORDS, ...EN_PLACE_NOUNS_BEFORE])}) (?:of )?([A-Z][a-z]{2,})(?![A-Za-z])`,
    `(?<![A-Za-z])([A-Z][a-z]{2,}), (?:a|an|the|its|China's)\\b[^,.;:]{0,50}?\\b(?:${alternation(EN_PLACE_NOUNS)})(?![A-Za-z])`,
  ].join('|'),
  'g',
);
const ZH_CUE = new RegExp(`(?:${alternation(ZH_PLACE_CUES)})(?=\\p{Script=Han}{2})`, 'gu');
const PRINCIPAL_WORDS = new RegExp(`(?<![A-Za-z])(?:${alternation(PRINCIPAL_PLACE_WORDS)})(?![A-Za-z])`);
const NATIONAL = new RegExp(`(?<![A-Za-z])(?:${alternation(NATIONAL_WORDS)})(?![A-Za-z])`, 'i');
/** The most frequent characters: a stem of two of them is a word (`根据`), unless a known place's (`上海`). */
const COMMON: ReadonlySet<string> = new Set([...COMMON_HAN].slice(0, COMMON_STEM_RANK));
/** Known places with every Chinese spelling of their names, and the stems they take from generic discovery. */
const KNOWN = KNOWN_PLACES.map((p) => ({ id: `${PLACE_PREFIX}${p.en.toLowerCase().replace(/ /g, '-')}`, en: p.en, zh: withTraditional([p.zh]) }));
const KNOWN_STEMS: ReadonlySet<string> = new Set(KNOWN.flatMap((p) => p.zh));
const OF_PLACE_AFTER = new RegExp(`^[^,.;:，。；：]{0,8}?\\b(?:of|in|for) (?:(?:${alternation(EN_NEIGHBOUR_WORDS)}) )?([A-Z][a-z]+)`);

/**
 * Whether a figure is of a place's measure, or of its growth (`gdp`, `growth:retail-sales`). Not
 * points of growth: `增速比上半年加快0.2个百分点`, `比GDP增速低0.8个百分点` change or compare a rate.
 */
export function isPlaceMeasure(attribute: string | undefined, unit: string | undefined): boolean {
  if (attribute === undefined) return false;
  const measure = measureOf(attribute);
  return PLACE_MEASURE_SET.has(measure) && !(unit === 'pp' && measure !== attribute);
}

interface Place {
  readonly id: string;
  readonly label: string;
  /** The names as written (`澜江省`, `澜江`, `Lanjiang`): the longest first, so that a mention is read whole. */
  readonly names: readonly string[];
  uses: number;
  /** Where the article first names it. */
  first: number;
}

interface PlaceMention {
  readonly place: Place;
  readonly start: number;
  readonly end: number;
}

/**
 * The provinces and cities one article names (`澜江省`, `沧宁市`, `Lanjiang Province`, `the city of
 * Cangning`), found by the words after their names when a figure of a place's measure first asks.
 * A Chinese name and its pinyin share an id (`place:lanjiang`), so translations and other outlets
 * compare their figures.
 */
export class ArticlePlaces {
  private places: Place[] | undefined;
  private pattern: RegExp | undefined;
  private byName = new Map<string, Place>();

  constructor(private readonly text: string) {}

  /**
   * The place a figure of a place's measure is about: one named `of`/`in` right after it (`5.1% in
   * neighbouring Songyuan`), else the last named before it in its sentence, else none where the
   * clause speaks of the nation (`全国`, `national`), else the first named after it, else the last
   * named before in its paragraph unless the sentence says `全省` or `the province`, else the place
   * the article names most (`全省地区生产总值`, `the province's output`).
   */
  subjectOf(figure: Span, sentence: Span, paragraph: Span): Subject | undefined {
    const places = this.found();
    if (places.length === 0) return undefined;
    const mentions = this.mentionsIn(sentence);
    const after = OF_PLACE_AFTER.exec(this.text.slice(figure.end, Math.min(sentence.end, figure.end + OF_PLACE_REACH)));
    const ofPlace = after ? this.byName.get(after[1]!) : undefined;
    if (ofPlace) return subjectOf(ofPlace, after![1]!, NAMED_BEFORE_CONFIDENCE);
    const before = mentions.findLast((m) => m.end <= figure.start);
    if (before) return subjectOf(before.place, this.text.slice(before.start, before.end), NAMED_BEFORE_CONFIDENCE);
    const opening = this.text.slice(sentence.start, figure.start);
    if (NATIONAL.test(opening)) return undefined;
    const later = mentions.find((m) => m.start >= figure.end);
    if (later) return subjectOf(later.place, this.text.slice(later.start, later.end), NAMED_AFTER_CONFIDENCE);
    const principal = this.principal();
    // `Peining … grew 5.2%. Retail sales there rose 4.3%`: a paragraph about a city goes on about it, unless it says `全省`.
    if (!PRINCIPAL_WORDS.test(opening)) {
      const earlier = this.mentionsIn({ start: Math.max(paragraph.start, sentence.start - PARAGRAPH_REACH), end: sentence.start }).at(-1);
      if (earlier) return subjectOf(earlier.place, this.text.slice(earlier.start, earlier.end), NAMED_AFTER_CONFIDENCE);
    }
    return principal ? subjectOf(principal, principal.label, PRINCIPAL_CONFIDENCE) : undefined;
  }

  /** The place the article names most, the first named of those it names as often (the lead's). */
  private principal(): Place | undefined {
    let best: Place | undefined;
    for (const p of this.found()) if (p.uses > 0 && (!best || p.uses > best.uses || (p.uses === best.uses && p.first < best.first))) best = p;
    return best;
  }

  private mentionsIn(span: Span): PlaceMention[] {
    const out: PlaceMention[] = [];
    const re = this.pattern;
    if (!re) return out;
    const slice = this.text.slice(span.start, span.end);
    re.lastIndex = 0;
    for (let m = re.exec(slice); m; m = re.exec(slice)) {
      const start = span.start + m.index;
      const end = start + m[0].length;
      if (atWordEdges(this.text, start, end, span.start, span.end)) out.push({ place: this.byName.get(m[0])!, start, end });
    }
    return out;
  }

  private found(): Place[] {
    if (this.places) return this.places;
    const byId = new Map<string, Place>();
    const add = (id: string, label: string, names: readonly string[]) => {
      const known = byId.get(id);
      if (known) {
        for (const n of names) if (!known.names.includes(n)) (known.names as string[]).push(n);
      } else if (byId.size < MAX_PLACES) byId.set(id, { id, label, names: [...names], uses: 0, first: Infinity });
    };
    this.knownPlaces(add);
    this.chinesePlaces(add);
    this.englishPlaces(add);
    const places = [...byId.values()];
    for (const p of places) for (const n of p.names) if (!this.byName.has(n)) this.byName.set(n, p);
    if (places.length > 0) {
      this.pattern = new RegExp(alternation(this.byName.keys()), 'g');
      for (const m of this.text.matchAll(this.pattern)) {
        if (!atWordEdges(this.text, m.index, m.index + m[0].length, 0, this.text.length)) continue;
        const place = this.byName.get(m[0])!;
        place.uses++;
        place.first = Math.min(place.first, m.index);
      }
    }
    this.places = places;
    return places;
  }

  /** `广东`, `Guangdong`, `陝西`: the provinces and large cities of KNOWN_PLACES the article names. */
  private knownPlaces(add: (id: string, label: string, names: readonly string[]) => void): void {
    const text = this.text;
    for (const p of KNOWN) {
      const zh = p.zh.find((n) => text.includes(n));
      if (zh !== undefined) add(p.id, zh, p.zh);
      const en = text.indexOf(p.en);
      if (en >= 0 && atWordEdges(text, en, en + p.en.length, 0, text.length)) add(p.id, p.en, [p.en]);
    }
  }

  /**
   * `澜江省`, `瀾江省`, `沧宁市`: two characters before an ending, no word's (`上市`, `全省`, `根据市统计局`) and no
   * grammar's (`三季全省`).
   */
  private chinesePlaces(add: (id: string, label: string, names: readonly string[]) => void): void {
    const text = this.text;
    for (let at = 2; at < text.length; at++) {
      const ending = text[at]!;
      if (!ZH_ENDINGS.has(ending)) continue;
      if (ZH_NOT_PLACE_BEFORE_ENDING[ending]?.includes(text[at - 1]!) || ZH_NOT_PLACE_AFTER_ENDING[ending]?.includes(text[at + 1] ?? '')) continue;
      const stem = text.slice(at - 2, at);
      if (isStem(stem)) addStem(add, stem, stem + ending);
    }
    // `省会澄州`, `沿海城市江埠GDP`: a place named without its ending.
    ZH_CUE.lastIndex = 0;
    for (let m = ZH_CUE.exec(text); m; m = ZH_CUE.exec(text)) {
      const at = m.index + m[0].length;
      const stem = text.slice(at, at + 2);
      if (isStem(stem) && !ZH_ENDINGS.has(text[at + 2] ?? '')) addStem(add, stem, stem);
    }
  }

  /** `Lanjiang Province`, `the Lanjiang Provincial Bureau`, `the city of Cangning`, `neighbouring Qichuan`. */
  private englishPlaces(add: (id: string, label: string, names: readonly string[]) => void): void {
    EN_PLACE.lastIndex = 0;
    for (let m = EN_PLACE.exec(this.text); m; m = EN_PLACE.exec(this.text)) {
      const name = m[1] ?? m[2] ?? m[3]!;
      if (EN_NOT_NAMES.has(name)) continue;
      add(`${PLACE_PREFIX}${name.toLowerCase()}`, name, [name]);
    }
  }
}

/** Two Chinese characters that may be a place's name: none of grammar, not two of the commonest (`根据`), no known place's (read apart). */
function isStem(stem: string): boolean {
  if (stem.length !== 2 || KNOWN_STEMS.has(stem)) return false;
  for (let i = 0; i < 2; i++) if (!isHan(stem.charCodeAt(i)) || NOT_IN_NAME.has(stem[i]!)) return false;
  return !(COMMON.has(stem[0]!) && COMMON.has(stem[1]!));
}

function addStem(add: (id: string, label: string, names: readonly string[]) => void, stem: string, label: string): void {
  add(`${PLACE_PREFIX}${pinyinSpellings(stem)[0] ?? stem}`, label, label === stem ? [stem] : [label, stem]);
}

function subjectOf(place: Place, label: string, confidence: number): Subject {
  return { id: place.id, label, confidence, inferred: true };
}

