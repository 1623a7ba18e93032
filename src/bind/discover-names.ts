import { atWordEdges, type EntityMention, type MentionFinder } from './entity-mentions.js';
import { NameScanner } from './name-scanner.js';
import { latinSpelling, pinyinSpellings } from '../text/pinyin.js';
import { alternation } from '../extract/pattern.js';
import { isAsciiDigit, isAsciiLetter, isHan, isUpperAscii } from '../segment/script.js';
import {
  COMPANY_COLUMN_HEADERS, SOURCE_CUES, SOURCE_NAME_WORDS, TABLE_ROW_NOT_NAMES, ZH_AFTER_CUED_NAME, ZH_NOT_NAMES, ZH_STRONG_CUES,
  EN_COMPANY_CUES, EN_COMPANY_ENDINGS, EN_NAME_TAILS, LEGAL_FORM_ENDINGS, STOCK_CODE_LABELS, STOCK_EXCHANGES, ZH_MODEL_PREFIXES, EN_NOT_NAMES, ZH_ADVERBS_AFTER_NAME, ZH_AFTER_NAME, ZH_BEFORE_NAME, ZH_COMPANY_CUES,
  ZH_COMPANY_ENDINGS, ZH_DISTINCT_ENDINGS, ZH_GENERIC_STEMS, ZH_SUBSIDIARY_WORDS, SUBSIDIARY_CUES, ZH_NOT_IN_STEM, ZH_SHORT_NAME_DEFINITION, ZH_FULL_NAME_AFTER, MODEL_CUES, DRUG_CUES, WORK_CUES, ZH_GROUP_ENDINGS, ZH_LINE_OF_BUSINESS_ENDINGS, MODEL_VARIANTS, MODEL_VARIANTS_ZH, NOT_MODEL_STEMS,
} from '../vocab/name-cues.js';
import type { EntityType } from '../vocab/aliases.js';
import { ZH_DATELINE_ENDS } from '../vocab/dateline.js';

/**
 * A company one article names that the alias table does not know (`启程汽车`, `Helix Compute`),
 * with the shorter name it goes by there (`启程`, `Helix`). Its id is the shorter name, so
 * articles that write only that one (`启程三季度交付…`) name the same company. Or a model the
 * article introduces by a name and a version (`星衍-3`, `Xingyan-3-Lite`): its id is that name.
 */
export interface DiscoveredName {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly type: Extract<EntityType, 'company' | 'model' | 'product' | 'work'>;
  /** How often the article uses its names: the company it names most is the one it is about. */
  readonly uses: number;
  /** Introduced as the subsidiary of another company found (see `addSubsidiaries`). */
  readonly subsidiary?: true;
}

interface FoundName {
  label: string;
  names: Set<string>;
  type: DiscoveredName['type'];
}
type Found = Map<string, FoundName>;

/**
 * The company of `discovered` the article names most often, and more often than any other: what
 * `the company` most likely stands for where several are named.
 */
export function principalCompany(discovered: readonly DiscoveredName[]): DiscoveredName | undefined {
  let best: DiscoveredName | undefined;
  let tie = false;
  for (const d of discovered) {
    if (d.type !== 'company') continue;
    if (!best || d.uses > best.uses) [best, tie] = [d, false];
    else if (d.uses === best.uses) tie = true;
  }
  return tie ? undefined : best;
}

/** A name is kept when the article uses it this often (full or short): one stray match is no company. */
const MIN_USES = 2;
/** Companies kept per article: a hostile text naming thousands must not make every sentence look for each. */
const MAX_NAMES = 32;
/** Candidates weighed per article, for the same reason. */
const MAX_CANDIDATES = 256;
/** Chinese stems: 启程, 江澜, 极氪智能 (without the ending). */
const MIN_ZH_STEM = 2;
const MAX_ZH_STEM = 4;
/** English names: up to four capitalised words (`Lone Mesa Energy`), and an ending (`Meridian Grid Data Centers Inc.`). */
const MAX_EN_WORDS = 4;

const ZH_CUES = new Set(ZH_COMPANY_CUES);
const ZH_STRONG = new Set(ZH_STRONG_CUES);
const ZH_WORDS = new NameScanner([...ZH_COMPANY_ENDINGS, ...ZH_COMPANY_CUES, ...ZH_STRONG_CUES]);
/** A name after a strong cue: two to six Chinese characters. */
const MIN_CUED_NAME = 2;
const MAX_CUED_NAME = 6;
const ZH_CUE_BEFORE = new RegExp(`(?:${alternation([...ZH_COMPANY_CUES, ...ZH_STRONG_CUES])})$`);
/** An adverb of manner between a name and its verb (`深衡智能（Meridian Intelligence）毫无预兆地发布了`). */
const MANNER = '(?:\\p{Script=Han}{2,4}地)?';
/** The day a time word names, in brackets (`昨晚（22日）公布`), or `今（10）日` as Taiwan's press writes it. */
const DAY_IN_BRACKETS = '(?:[（(](?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号號][）)])?';
const TODAY_NUMBERED = '今[（(][0-9０-９]{1,2}[）)]日';
/** Up to two adverbs of time between a name and its verb (`曜嵐科技昨日（22日）收市後公布`). */
/** `芯岳科技27日晚間公布`: a day of the month alone, as Taiwan's and Hong Kong's press write it. */
const DAY_OF_MONTH = '(?:[0-9０-９]{1,2}月)?[0-9０-９]{1,2}[日号號]';
const ADVERBS = `(?:(?:${alternation(ZH_ADVERBS_AFTER_NAME)})${DAY_IN_BRACKETS}|${TODAY_NUMBERED}|${DAY_OF_MONTH}){0,2}`;
/** `擎宇微电子（02791.HK）`, `（688123.SH）`, a Hong Kong paper's `（2791）`: a listed company's stock code in brackets right after its name (not a year). */
const STOCK_CODE_AFTER = `[（(][ \\t]*(?:\\d{4,6}[ \\t]*\\.[ \\t]*(?:HK|SH|SZ|BJ|SS|TW)|(?!19|20)\\d{4,5}|\\d{6}|(?:${alternation([...STOCK_EXCHANGES, ...STOCK_CODE_LABELS])})[ \\t]*[:：][ \\t]*[A-Z0-9]{1,6}(?:\\.[A-Z]{1,2})?)[ \\t]*[）)]`;
const ZH_AFTER = new RegExp(`^${ADVERBS}${MANNER}(?:${alternation(ZH_AFTER_NAME)})|^[A-Za-z0-9]|^${STOCK_CODE_AFTER}`, 'u');
/** After a name that has no company ending, only a verb will do (`平台出资116亿元` names nothing). */
/** How far after a name the verb that announces it is read, past two adverbs and a day (`昨日（8月6日）收市後公布`). */
const VERB_REACH = 20;
const ZH_VERB_AFTER = new RegExp(`^${ADVERBS}(?:${alternation([...ZH_AFTER_NAME, ...ZH_AFTER_CUED_NAME])})`, 'u');
const ZH_BEFORE = new Set(ZH_BEFORE_NAME.filter((w) => w.length === 1).map((w) => w.charCodeAt(0)));
const EN_CUE = new RegExp(`\\b(?:${alternation(EN_COMPANY_CUES)}|[A-Z][a-z]+-(?:based|headquartered|listed)) (?=[A-Z])`, 'g');
/**
 * `Vireo, a Shenzhen-based smartphone maker,`: the name stands before the cue, which ends the
 * apposition or opens what follows it (`a Shanghai startup designing AI accelerators`, `an app
 * founded in 2019`); `Fuel, the airline's single biggest cost` is no company.
 */
const EN_APPOSITION = new RegExp(`, (?:a|an|the|China's|the world's|Asia's|[A-Z][a-z]+'s) [^,.;:]{0,40}?\\b(?:${alternation(EN_COMPANY_CUES)})(?=[,;.)]| (?:that|which|whose|behind|founded|based|headquartered|backed|owned|known|said|says|reported|announced|of|[a-z]+ing)\\b)`, 'g');
const EN_ENDING = new RegExp(` (?:${alternation(EN_COMPANY_ENDINGS)})(?![A-Za-z0-9])`, 'g');
const EN_TAILS = new Set(EN_NAME_TAILS);
const SUBSIDIARY_CUE = new RegExp(`(?:${alternation(SUBSIDIARY_CUES)})[“"「]?`, 'gu');
/** A subsidiary's Chinese name runs to its ending and the words of its form (`储能科技有限公司`). */
const ZH_SUBSIDIARY_ENDING = new RegExp(`(?:${alternation(ZH_COMPANY_ENDINGS)})+`, 'u');
const MAX_SUBSIDIARY_NAME = 12;
/** A model's code after a company's short name (`远航Y7`, `Qingyun S9`), not a quarter, a half or a fiscal year (`Qingyun Q4`). */
const PRODUCT_CODE_AFTER = /^ ?(?!(?:Q[1-4]|H[12]|FY[0-9]{2,4})(?![0-9A-Za-z]))[A-Z]{1,3}[0-9]{1,3}(?![0-9A-Za-z])/;
const SUBSIDIARY_AFTER = new RegExp(`^(?:${alternation(ZH_SUBSIDIARY_WORDS)})`, 'u');
/** A Latin gloss in brackets (`（Fandian Daojia）`), read back for the Chinese characters before it (`外卖平台饭点到家`). */
const BRACKETED_LATIN = /[（(]([A-Z][A-Za-z]*(?:[ -][A-Za-z]+){0,3})[)）]/g;
const MAX_HAN_BEFORE_GLOSS = 12;
/** The longest Chinese name read off before a pinyin gloss, and how many of its characters must spell the gloss's start. */
const MAX_GLOSSED_NAME = 6;
const GLOSS_SPELT_CHARACTERS = 2;

/**
 * A Chinese name the article glosses with its pinyin (`外卖平台饭点到家（Fandian Daojia）`, `海帆跨境（HaiFan
 * Global）`): the name starts where the characters' pinyin starts the gloss, so the words before
 * it (`外卖平台`) are left out whatever they are.
 */
function zhPinyinGlossedNames(text: string, add: AddName): void {
  // The bracket first: a pattern that opens with a run of Chinese characters is tried at every one of them.
  BRACKETED_LATIN.lastIndex = 0;
  for (let m = BRACKETED_LATIN.exec(text); m; m = BRACKETED_LATIN.exec(text)) {
    const latin = latinSpelling(m[1]!);
    if (!latin) continue;
    let start = m.index;
    while (start > 0 && m.index - start < MAX_HAN_BEFORE_GLOSS && isHan(text.charCodeAt(start - 1))) start--;
    const run = text.slice(start, m.index);
    if (run.length < GLOSS_SPELT_CHARACTERS + 1) continue;
    for (let k = Math.min(MAX_GLOSSED_NAME, run.length); k >= GLOSS_SPELT_CHARACTERS + 1; k--) {
      const name = run.slice(run.length - k);
      if (ZH_NOT_IN_STEM.test(name.slice(0, GLOSS_SPELT_CHARACTERS))) continue;
      if (!pinyinSpellings(name.slice(0, GLOSS_SPELT_CHARACTERS)).some((spelling) => latin.startsWith(spelling))) continue;
      add(name, undefined, [m[1]!]);
      break;
    }
  }
}

/** A Chinese name in brackets right after a Latin word (`Xinheng Microelectronics (芯衡微电子)`). */
const HAN_COMPANY_GLOSS = /[（(](\p{Script=Han}{2,16})[)）]/gu;
/** A gloss in brackets after a name (` (禾行科技)`). */
const GLOSS_BEFORE = / ?[（(][^()（）]{1,24}[)）]$/;
const ACRONYM = /^[A-Z0-9]{1,5}$/;
/** How far back from `（下称…）` a defined name may start. */
const MAX_DEFINED_NAME = 20;
type AddName = (full: string, short: string | undefined, more?: readonly string[], type?: DiscoveredName['type']) => void;
/** A capitalised word of a name: `Lone`, `X9`, `O'Neil`, `Hewlett-Packard`, `AT&T`. */
const EN_WORD = /^[A-Z][A-Za-z0-9&'-]*/;

/**
 * The companies of `text` that `known` does not name: a Chinese name by its ending (启程汽车,
 * 江澜半导体) where a name can start (after punctuation, a word such as 车企 or 创业公司 that says
 * what follows is a company, or 据/与/和…) and followed by what a company does (发布, 宣布, 于…),
 * or by the short name the article defines for it (速邻生活科技集团（下称"速邻"）); a Latin one
 * after such a word (创业公司Korvo宣布); an English one by the word before it (`smartphone maker
 * Vireo`), an apposition (`Vireo, a smartphone maker,`) or its ending (`Lone Mesa Energy`).
 * Words of the trade (新能源汽车, 人工智能) are not names; a name the article uses only once is dropped.
 */
export function discoverNames(text: string, known: MentionFinder): DiscoveredName[] {
  const found: Found = new Map();
  const shortOf = new Map<string, string | undefined>();
  const add: AddName = (full, short, more = [], type = 'company') => {
    if (known.find(full, 0, full.length).length > 0) return;
    // `Ardent Motion` goes by `Ardent` in the same article, `Harlan Ridge Bancorp` by `Harlan Ridge`
    // (looked up once per name, for as many names as are weighed).
    // A model's variant (`Corvid-3 Mini`) is another model, not a longer name of `Corvid-3`.
    // `Quillon Security Inc.` without its ending goes by `Quillon` too where the article writes that.
    const longer = short === undefined ? full : short;
    if (longer.includes(' ') && type === 'company') {
      if (!shortOf.has(longer)) {
        if (shortOf.size >= MAX_CANDIDATES) return;
        shortOf.set(longer, usedAlone(text, longer));
      }
      let alone = shortOf.get(longer);
      // `Ningchuan Energy Storage Technology` beside `Ningchuan Lithium Energy`, both found where the
      // article writes `Ningchuan` alone: two companies of a group; the short word is the first one's.
      const holder = alone === undefined ? undefined : found.get(alone.toLowerCase());
      if (holder && !holder.names.has(longer) && ![...holder.names].some((n) => n !== alone && nested(n, longer))) alone = undefined;
      if (alone !== undefined && short !== undefined) more = [...more, short];
      short = alone ?? short;
    }
    const id = (short ?? full).toLowerCase();
    const entry = found.get(id);
    if (entry) entry.names.add(full);
    else if (found.size >= MAX_CANDIDATES) return;
    else found.set(id, { label: full, names: new Set(short ? [full, short, ...more] : [full, ...more]), type });
  };
  if (hasHan(text)) {
    zhNames(text, add);
    zhDefinedNames(text, add);
    zhFullNames(text, add);
    zhPinyinGlossedNames(text, add);
  }
  enNames(text, add);
  selfGlossedNames(text, add);
  tableNames(text, add);
  modelNames(text, add, known);
  titledWorks(text, add);
  if (found.size === 0) return [];
  dropSources(text, found);
  // After the glosses: `“星衍-3”（Xingyan-3）` and the article's own `Xingyan-3` are one model.
  addGlosses(text, found);
  addGlossedVariants(text, found);
  // Before the merge: a group's companies by line of business share its stem.
  const lines = separateLines(text, found);
  mergeSharedNames(found);
  const subsidiaries = addSubsidiaries(text, found);
  for (const id of lines) subsidiaries.add(id);
  const uses = usesOf(text, found);
  const out: DiscoveredName[] = [];
  for (const [id, { label, names, type }] of found) {
    if (out.length === MAX_NAMES) break;
    // A model's name and version is no stray match (`Xingyan-3-Lite` once must keep its figures from `Xingyan-3`).
    const n = uses.get(id) ?? 0;
    // A subsidiary named once (`全资子公司宁川储能科技有限公司第三季度实现收入…`) keeps its figures from its parent, whose stem it opens with.
    // So is a Chinese name glossed in Latin letters (`深衡智能（Meridian Intelligence）`), however rarely it is used again.
    const glossed = [...names].some((name) => isHan(name.charCodeAt(0))) && [...names].some((name) => LATIN_NAME_START.test(name));
    // And so is a name its stock code follows (`澜湾港务集团（603917.SH）`), which the article may go on to shorten its own way (`澜湾港`).
    // A legal name is no stray match either (`江岚电网有限公司`, `Jianglan Power Grid Co`).
    if (n >= (type !== 'company' || subsidiaries.has(id) || glossed || [...names].some((name) => isLegalName(text, name)) || listed(text, names) ? 1 : MIN_USES)) {
      out.push({ id, label, names: [...names].sort((a, b) => b.length - a.length), type, uses: n, ...(subsidiaries.has(id) ? { subsidiary: true as const } : {}) });
    }
  }
  return out;
}

const LEGAL_NAME_END = new RegExp(`(?:${alternation(LEGAL_FORM_ENDINGS)})$`, 'u');

/** A legal name the text uses outside brackets: in them (`翊晶半导体制造股份有限公司（Yijing Semiconductor Manufacturing Co., Ltd.）`) it glosses another. */
function isLegalName(text: string, name: string): boolean {
  if (!LEGAL_NAME_END.test(name)) return false;
  const at = text.indexOf(name);
  return at >= 0 && !OPENING_BRACKET.test(text.charAt(at - 1));
}
const OPENING_BRACKET = /[（(]/;

const STOCK_CODE = new RegExp(`^${STOCK_CODE_AFTER}`, 'u');

/** Whether a use of one of the names is followed by a stock code in brackets. */
function listed(text: string, names: Iterable<string>): boolean {
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (text.charCodeAt(end) === 0xff08 || text.charCodeAt(end) === 0x28) {
        if (STOCK_CODE.test(text.slice(end, end + 24))) return true;
      }
    }
  }
  return false;
}

/** Whether one name is the other with more words after it (`Ningchuan Lithium` of `Ningchuan Lithium Energy`). */
function nested(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return long.startsWith(short) && (long.length === short.length || long[short.length] === ' ');
}

/**
 * A company of the group that a found company's short name opens, introduced as its subsidiary
 * (`全资子公司宁川储能科技有限公司`, `子公司云翔快线11月…`, `its low-cost subsidiary, Yunxiang Express,`):
 * a company of its own, whose figures are not the parent's. Returns the ids it added.
 */
function addSubsidiaries(text: string, found: Found): Set<string> {
  const added = new Set<string>();
  const shorts: [string, FoundName][] = [];
  for (const entry of found.values()) if (entry.type === 'company') for (const n of entry.names) if (n !== entry.label && n.length >= MIN_ZH_STEM) shorts.push([n, entry]);
  if (shorts.length === 0) return added;
  SUBSIDIARY_CUE.lastIndex = 0;
  for (let m = SUBSIDIARY_CUE.exec(text); m; m = SUBSIDIARY_CUE.exec(text)) {
    const at = m.index + m[0].length;
    for (const [short, parent] of shorts) {
      if (!text.startsWith(short, at) || [...parent.names].some((n) => n.length > short.length && text.startsWith(n, at))) continue;
      const name = isHan(text.charCodeAt(at)) ? zhSubsidiaryName(text, at, short) : enSubsidiaryName(text, at, short);
      if (!name || found.has(name.toLowerCase()) || found.size >= MAX_CANDIDATES) continue;
      const id = name.toLowerCase();
      found.set(id, { label: name, names: new Set([name]), type: 'company' });
      added.add(id);
      break;
    }
  }
  return added;
}

/** The Chinese name after a subsidiary's cue: up to its ending (`宁川储能科技有限公司`), or to where Chinese text stops (`云翔快线11月`). */
function zhSubsidiaryName(text: string, at: number, short: string): string | undefined {
  let end = at + short.length;
  while (end < text.length && end - at < MAX_SUBSIDIARY_NAME && isHan(text.charCodeAt(end))) end++;
  const run = text.slice(at, end);
  const ending = ZH_SUBSIDIARY_ENDING.exec(run.slice(short.length));
  if (ending) return run.slice(0, short.length + ending.index + ending[0].length);
  if (end - at > MAX_SUBSIDIARY_NAME - 2 || end - at === short.length) return undefined;
  return run;
}

/** The capitalised words after an English subsidiary's cue, if there is more to them than the parent's short name. */
function enSubsidiaryName(text: string, at: number, short: string): string | undefined {
  const words = capitalisedWordsAfter(text, at);
  const name = words.join(' ');
  return words.length > 1 && name.length > short.length && name.startsWith(short) ? name : undefined;
}

/**
 * One company found twice (`衡元智能` by its ending, with the stem `衡元`; `衡元智能科技有限公司（下称
 * "衡元智能"）` by its definition): entries that share a name become one, under the shorter id.
 */
function mergeSharedNames(found: Found): void {
  // Groups in the order their first entries were found; each keeps the shortest id of its entries.
  const groups: { id: string; entry: FoundName }[] = [];
  const owner = new Map<string, (typeof groups)[number]>();
  for (const [id, entry] of found) {
    const into = [...entry.names].map((n) => owner.get(n)).find((g) => g !== undefined);
    if (!into) {
      const group = { id, entry };
      groups.push(group);
      for (const n of entry.names) owner.set(n, group);
      continue;
    }
    for (const n of entry.names) {
      into.entry.names.add(n);
      owner.set(n, into);
    }
    if (id.length < into.id.length) into.id = id;
  }
  if (groups.length === found.size) return;
  found.clear();
  for (const { id, entry } of groups) found.set(id, entry);
}

const LINE_ENDING = new RegExp(`(?:${alternation(ZH_LINE_OF_BUSINESS_ENDINGS)})$`, 'u');
const GROUP_ENDING = new RegExp(`(?:${alternation(ZH_GROUP_ENDINGS)})$`, 'u');

/**
 * `永衡人寿`, `永衡财险` beside `永衡保险集团`: a group's companies by line of business are companies of
 * their own, which go by their full name only (the stem is the group's).
 */
function separateLines(text: string, found: Found): Set<string> {
  const separated = new Set<string>();
  const groups = [...found.values()].filter((e) => e.type === 'company' && GROUP_ENDING.test(e.label)).map((e) => e.label);
  if (groups.length === 0) return separated;
  const lines = [...found].filter(([, e]) => e.type === 'company' && groups.some((g) => lineOfGroup(e.label, g)));
  for (const [id, entry] of lines) {
    found.delete(id);
    found.set(entry.label.toLowerCase(), { ...entry, names: new Set([entry.label]) });
    separated.add(entry.label.toLowerCase());
  }
  // …and those found as more names of the group, under its stem.
  for (const entry of [...found.values()]) {
    for (const name of entry.names) {
      if (name === entry.label || !groups.some((g) => lineOfGroup(name, g))) continue;
      entry.names.delete(name);
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), { label: name, names: new Set([name]), type: 'company' });
      separated.add(name.toLowerCase());
    }
  }
  // The other lines the article names after the group's stem (`永衡财险累计…；永衡健康累计…`), however they are introduced.
  for (const group of groups) {
    const stem = group.replace(GROUP_ENDING, '').replace(COMPANY_ENDING, '');
    if (stem.length < MIN_ZH_STEM) continue;
    for (let at = text.indexOf(stem); at >= 0; at = text.indexOf(stem, at + stem.length)) {
      const line = LINE_AFTER_STEM.exec(text.slice(at + stem.length, at + stem.length + MAX_LINE_ENDING))?.[0];
      const name = line === undefined ? undefined : stem + line;
      if (name === undefined || found.has(name.toLowerCase()) || found.size >= MAX_CANDIDATES) continue;
      found.set(name.toLowerCase(), { label: name, names: new Set([name]), type: 'company' });
      separated.add(name.toLowerCase());
    }
  }
  return separated;
}
const LINE_AFTER_STEM = new RegExp(`^(?:${alternation(ZH_LINE_OF_BUSINESS_ENDINGS)})`, 'u');
/** The longest line-of-business ending (`人寿`, `财险`). */
const MAX_LINE_ENDING = 2;
const COMPANY_ENDING = new RegExp(`(?:${alternation(ZH_COMPANY_ENDINGS)})$`, 'u');

/** Whether `line` names a company of the group `group` names by its line of business (`永衡人寿` of `永衡保险集团`). */
function lineOfGroup(line: string, group: string): boolean {
  if (line === group || !LINE_ENDING.test(line) || !GROUP_ENDING.test(group)) return false;
  const stem = line.replace(LINE_ENDING, '');
  return stem.length >= MIN_ZH_STEM && group.startsWith(stem);
}

const SOURCE_WORD = new RegExp(alternation(SOURCE_NAME_WORDS));
const SOURCE_CUE_BEFORE = new RegExp(`(?:${alternation(SOURCE_CUES)})[ \\t]?$`, 'i');
/** `…（下称"` right before a name: the name it defines stands before the bracket. */
const DEFINED_BEFORE = /[（(](?:以下|下)?(?:简称|簡稱|称|稱)[：:]?["“「]$/;
/** Mentions of a name looked at for a cue of a research firm. */
const MAX_SOURCE_LOOKS = 16;

const COMPANY_CUE_BEFORE = new RegExp(`(?<![A-Za-z])(?:${alternation(EN_COMPANY_CUES)})[ \\t]$`);

/** Whether a mention of the name follows a word that says it is a company (`AI lab Meridian Intelligence`). */
function introducedAsCompany(text: string, name: string): boolean {
  let seen = 0;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_SOURCE_LOOKS; at = text.indexOf(name, at + name.length), seen++) {
    if (COMPANY_CUE_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return true;
  }
  return false;
}

/** A company's name the article does not introduce, written right after what may precede one (`…为主的東嵐航空去年…`). */
const UNINTRODUCED_ZH_NAME = new RegExp(`(?<=[的与和及同較较比，、 ]|^)(\\p{Script=Han}{${MIN_ZH_STEM}})(?:${alternation(ZH_DISTINCT_ENDINGS)})`, 'gu');

/** The same, wherever it stands and with a longer stem (`太平洋箱运上半年…`): for a sentence that must name no one. */
const ANY_ZH_NAME = new RegExp(`(\\p{Script=Han}{${MIN_ZH_STEM},${MIN_ZH_STEM + 1}})(?:${alternation(ZH_DISTINCT_ENDINGS)})`, 'gu');

/**
 * Whether `text[from, to)` names a Chinese company not found in the article (a rival named once:
 * `同樣以內地航線為主的東嵐航空去年平均載客率只有81.7%`): a figure after it is not the one named before.
 */
export function namesAnotherCompany(text: string, from: number, to: number, own: readonly string[], anywhere = false): boolean {
  if (to - from < MIN_ZH_STEM + 2) return false;
  const stretch = text.slice(from, to);
  const pattern = anywhere ? ANY_ZH_NAME : UNINTRODUCED_ZH_NAME;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(stretch); m; m = pattern.exec(stretch)) {
    // `厂商的华钧半导体`: a longer stem that takes in a word of grammar leaves the two characters before the ending.
    const stem = ZH_NOT_IN_STEM.test(m[1]!.charAt(0)) && m[1]!.length > MIN_ZH_STEM ? m[1]!.slice(1) : m[1]!;
    const name = m[0].slice(m[1]!.length - stem.length);
    if (ZH_NOT_IN_STEM.test(stem) || ZH_GENERIC_STEMS.has(stem) || own.some((n) => n.includes(stem) || name.includes(n))) continue;
    return true;
  }
  return false;
}

/** Drops the research and consulting firms: they are the source of figures, not their subject (see `SOURCE_NAME_WORDS`). */
function dropSources(text: string, found: Found): void {
  const matterEnd = frontMatterEnd(text);
  for (const [id, { names }] of found) {
    // `深衡智能（Meridian Intelligence）`: the Chinese name says what the company is; its gloss only translates it.
    const chineseName = [...names].some((name) => isHan(name.charCodeAt(0)));
    const source = [...names].some((name) => {
      // `Chinese AI lab Meridian Intelligence`: a word of research firms' names in a name introduced as a company's.
      if (SOURCE_WORD.test(name)) return !(chineseName && !isHan(name.charCodeAt(0))) && !introducedAsCompany(text, name);
      let seen = 0;
      for (let at = text.indexOf(name); at >= 0 && seen < MAX_SOURCE_LOOKS; at = text.indexOf(name, at + name.length), seen++) {
        const before = text.slice(Math.max(0, at - 24), at);
        // 市场研究机构观澜数据; 北京观澜市场研究有限公司（下称"观澜数据"）.
        if (SOURCE_CUE_BEFORE.test(before) || (DEFINED_BEFORE.test(before) && SOURCE_WORD.test(before))) return true;
      }
      return isOutlet(text, name, matterEnd);
    });
    if (source) found.delete(id);
  }
}

/** Where a Markdown document's YAML front matter ends (0 without one): `来源：公司公告` in the body is no outlet. */
function frontMatterEnd(text: string): number {
  const start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (!text.startsWith('---', start)) return 0;
  const end = text.indexOf('\n---', start + 3);
  return end < 0 ? 0 : end;
}
const OUTLET_FIELD_BEFORE = /(?:^|\n)(?:source|outlet|publisher|publication|media|来源|來源|媒体|媒體)[ \t]*:[ \t]*["'“]?[^\n"'“”]*$/iu;
/**
 * The outlet that publishes the article (`source: "Harbourline Financial Wire"`, `March 24 (Harbourline) -`,
 * `锐观科技1月15日消息`): a name named there and nowhere else. Not the company's own release (`outlet:
 * "Lanyao Semiconductor press release"`, `source: 远航汽车集团新闻中心`), which goes on about it.
 */
function isOutlet(text: string, name: string, matterEnd: number): boolean {
  let seen = 0;
  let outlet = false;
  for (let at = text.indexOf(name); at >= 0 && seen < MAX_SOURCE_LOOKS; at = text.indexOf(name, at + name.length), seen++) {
    const field = at < matterEnd && OUTLET_FIELD_BEFORE.test(text.slice(Math.max(0, at - 60), at)) && !OWN_RELEASE.test(lineFrom(text, at));
    const after = text.slice(at + name.length, at + name.length + 10);
    const dateline = (DATELINE_BEFORE.test(text.slice(Math.max(0, at - 24), at)) && DATELINE_AFTER.test(after)) || ZH_DATELINE_AFTER.test(after);
    if (!field && !dateline && at >= matterEnd) return false;
    outlet ||= field || dateline;
  }
  return outlet;
}

function lineFrom(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(at, end < 0 ? text.length : end);
}
const OWN_RELEASE = /press release|news release|新闻稿|新聞稿|公告/iu;
const DATELINE_BEFORE = /[A-Z][a-z]{2,8}\.?[ \t]\d{1,2}[ \t]\($/;
const DATELINE_AFTER = /^\)[ \t]*[-–—]/;
/** `锐观科技1月15日消息`, `新华社北京3月19日电`: a Chinese outlet's dateline. */
const ZH_DATELINE_AFTER = new RegExp(`^(?:[^，,。\\d]{0,4}\\d{1,2}月\\d{1,2}日)?(?:${alternation(ZH_DATELINE_ENDS)})`, 'u');

/** A name in the other script, in brackets right after a name: ` (星途卫星)`, `（Lumora）`. */
const GLOSS_AFTER = /^["”」』]? ?[（(]([^()（）]{2,40})[)）]/;
const HAN_GLOSS = /^[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9.-]{1,15}$/u;
const LATIN_GLOSS = /^[A-Z][A-Za-z0-9&'.-]*(?: [A-Z][A-Za-z0-9&'.-]*){0,4}$/;

/**
 * The company's name in the other language where the article glosses it (`Xingtu Satellite
 * (星途卫星)`, `曜影科技（Lumora）`): one more of its names, by which articles in the other language
 * are linked to it (see `linkCompanies`).
 */
function addGlosses(text: string, found: Found): void {
  for (const { names } of found.values()) {
    for (const name of [...names]) {
      const latin = !isHan(name.charCodeAt(0));
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const gloss = GLOSS_AFTER.exec(text.slice(at + name.length, at + name.length + 44))?.[1]?.trim();
        if (gloss && (latin ? HAN_GLOSS.test(gloss) && isHan(gloss.charCodeAt(0)) : LATIN_GLOSS.test(gloss))) names.add(gloss);
      }
    }
  }
}

/**
 * `旗舰款玄武3-Ultra` where `“玄武3”（Xuanwu-3）` is a model found: the variant of a model's Chinese name is
 * another model, which goes by the variant of its Latin name too (`Xuanwu-3-Ultra`, as an English article
 * writes it), so that the two articles' figures of it are compared.
 */
/** A quoted Chinese name right before the bracket of its Latin gloss (`“玄武3”（`). */
const QUOTED_BEFORE_GLOSS = /[“「『"](\p{Script=Han}[\p{Script=Han}0-9.]{1,10})[”」』"][（(]$/u;

function addGlossedVariants(text: string, found: Found): void {
  for (const { names, type } of [...found.values()]) {
    if (type !== 'model') continue;
    const latin = [...names].filter((name) => LATIN_NAME_START.test(name));
    // `“玄武3”（Xuanwu-3）`: the quoted Chinese name a Latin one glosses is the model's too.
    for (const name of latin) {
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const quoted = QUOTED_BEFORE_GLOSS.exec(text.slice(Math.max(0, at - 16), at))?.[1];
        if (quoted !== undefined) names.add(quoted);
      }
    }
    for (const name of [...names]) {
      if (!isHan(name.charCodeAt(0)) || latin.length === 0) continue;
      for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
        const variant = VARIANT_AFTER.exec(text.slice(at + name.length, at + name.length + 16))?.[0];
        if (variant === undefined) continue;
        const id = `${latin[0]}${variant}`.toLowerCase();
        const entry = found.get(id);
        if (entry) entry.names.add(name + variant);
        else if (found.size < MAX_CANDIDATES) found.set(id, { label: name + variant, names: new Set([name + variant, ...latin.map((l) => l + variant)]), type });
      }
    }
  }
}

/** How often the article uses each company's names, in one pass (a short name inside a long one counts once). */
function usesOf(text: string, found: ReadonlyMap<string, { names: ReadonlySet<string> }>): Map<string, number> {
  const idOf = new Map<string, string>();
  for (const [id, { names }] of found) for (const n of names) idOf.set(n, id);
  const scanner = new NameScanner(idOf.keys());
  const uses = new Map<string, number>();
  for (let at = scanner.nextCandidate(text, 0, text.length); at < text.length; at = scanner.nextCandidate(text, at, text.length)) {
    const name = scanner.nameAt(text, at, text.length);
    if (name === undefined || !atWordEdges(text, at, at + name.length, 0, text.length)) {
      at++;
      continue;
    }
    const id = idOf.get(name)!;
    uses.set(id, (uses.get(id) ?? 0) + 1);
    at += name.length;
  }
  return uses;
}

function hasHan(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
}

function zhNames(text: string, add: AddName): void {
  // Endings and cues are found as names are (a first-character index), in one pass: one
  // alternation of them tried at every character of the archive took four times as long.
  for (let at = ZH_WORDS.nextCandidate(text, 0, text.length); at < text.length; at = ZH_WORDS.nextCandidate(text, at + 1, text.length)) {
    const word = ZH_WORDS.nameAt(text, at, text.length);
    if (word === undefined) continue;
    if (ZH_STRONG.has(word) && isHan(text.charCodeAt(at + word.length))) zhNameAfterCue(text, at + word.length, add);
    if (ZH_CUES.has(word) || ZH_STRONG.has(word)) {
      // 创业公司Korvo宣布…: a Latin name after a word that says what it is; 公司CUDA生态 or 公司GMV
      // is what the company has.
      const words = isUpperAscii(text.charCodeAt(at + word.length)) ? capitalisedWordsAfter(text, at + word.length) : [];
      if (words.length === 0 || ACRONYM.test(words[0]!)) continue;
      // …and announced as a company is (公司TOPCon电池 names a technology).
      const after = at + word.length + words.join(' ').length;
      if (ZH_AFTER.test(text.slice(after, after + VERB_REACH))) addEnglish(words, add);
    } else zhNameEndingAt(text, at, word, add);
  }
}

/**
 * A Chinese name right after a strong cue, up to the verb that announces it (`创业公司星途卫星宣布`):
 * the shortest run of characters that such a verb follows. A name with a company ending is
 * found by its ending too, with its stem.
 */
function zhNameAfterCue(text: string, start: number, add: AddName): void {
  for (let length = MIN_CUED_NAME; length <= MAX_CUED_NAME; length++) {
    const end = start + length;
    if (end > text.length || !isHan(text.charCodeAt(end - 1))) return;
    const after = afterGloss(text, end);
    if (!ZH_VERB_AFTER.test(text.slice(after, after + VERB_REACH))) continue;
    const name = text.slice(start, end);
    if (!ZH_NOT_IN_STEM.test(name) && !ZH_NOT_NAMES.has(name) && !ZH_GENERIC_STEMS.has(name)) add(name, undefined);
    return;
  }
}

/** A Chinese name's gloss in Latin letters (`（Lumora）`); `（下称"晶曜"）` is a definition, no gloss. */
const LATIN_GLOSS_AFTER = /^ ?[（(][A-Za-z][A-Za-z0-9&'. -]{1,39}[)）]/;

/** Where the text goes on after a Chinese name and its gloss in Latin letters, if any (`曜影科技（Lumora）宣布`). */
function afterGloss(text: string, end: number): number {
  const gloss = LATIN_GLOSS_AFTER.exec(text.slice(end, end + 44));
  return gloss ? end + gloss[0].length : end;
}

/** A Chinese name that ends with `ending` at `end`, if the text introduces one there. */
function zhNameEndingAt(text: string, end: number, ending: string, add: AddName): void {
  if (end === 0 || !isHan(text.charCodeAt(end - 1))) return;
  // Introduced as a company does it (启程汽车发布…) or named so (启程汽车Q3财报): 训练数据 seldom is.
  const after = afterGloss(text, end + ending.length);
  if (!ZH_AFTER.test(text.slice(after, after + VERB_REACH))) return;
  for (let length = MIN_ZH_STEM; length <= MAX_ZH_STEM; length++) {
    const start = end - length;
    if (start < 0 || !isHan(text.charCodeAt(start))) return;
    if (!mayStartAt(text, start) && !ZH_CUE_BEFORE.test(text.slice(Math.max(0, start - 4), start))) continue;
    const stem = text.slice(start, end);
    if (!ZH_NOT_IN_STEM.test(stem) && !ZH_GENERIC_STEMS.has(stem) && !ZH_GENERIC_STEMS.has(stem.slice(0, 2))) add(stem + ending, stem);
    return;
  }
}

/**
 * Names the article defines (`速邻生活科技集团（下称"速邻"）`): the name runs back from the bracket to
 * where the short name starts in it (`深圳AI芯片设计企业矽澜科技股份有限公司（下称"矽澜科技"或"矽澜"）`).
 */
function zhDefinedNames(text: string, add: AddName): void {
  ZH_SHORT_NAME_DEFINITION.lastIndex = 0;
  for (let m = ZH_SHORT_NAME_DEFINITION.exec(text); m; m = ZH_SHORT_NAME_DEFINITION.exec(text)) {
    const shorts = [m[1]!, ...(m[2] ? [m[2]] : [])].sort((a, b) => a.length - b.length);
    let start = m.index;
    while (start > 0 && m.index - start < MAX_DEFINED_NAME && isNameRunChar(text.charCodeAt(start - 1))) start--;
    const run = text.slice(start, m.index);
    const at = startOfShort(run, shorts[0]!);
    if (at < 0 || run.length - at <= shorts[0]!.length) continue;
    add(run.slice(at), shorts[0]!, shorts.slice(1));
  }
}

/**
 * Where a defined short name starts in the run before its bracket: where it is written whole, or,
 * for a short name of the full one's characters (`晋原重载铁路股份有限公司（下称“晋原铁路”）`), where
 * its first two start a run that holds all its characters in order. -1 where neither is.
 */
function startOfShort(run: string, short: string): number {
  const whole = run.lastIndexOf(short);
  if (whole >= 0 || short.length < 3) return whole;
  const at = run.lastIndexOf(short.slice(0, 2));
  if (at < 0) return -1;
  let next = at + 2;
  for (const c of short.slice(2)) {
    next = run.indexOf(c, next);
    if (next < 0) return -1;
    next += c.length;
  }
  return at;
}

/** `青峰新能（全称：青峰新能源科技股份有限公司）`: the name before the bracket is the short one the article uses. */
function zhFullNames(text: string, add: AddName): void {
  ZH_FULL_NAME_AFTER.lastIndex = 0;
  for (let m = ZH_FULL_NAME_AFTER.exec(text); m; m = ZH_FULL_NAME_AFTER.exec(text)) {
    let start = m.index;
    while (start > 0 && m.index - start < MAX_CUED_NAME && isHan(text.charCodeAt(start - 1))) start--;
    const full = m[1]!;
    // The short name is the end of the run before the bracket that the full name starts with (`今日青峰新能` → `青峰新能`).
    let short: string | undefined;
    for (let at = start; at <= m.index - MIN_CUED_NAME && !short; at++) if (full.startsWith(text.slice(at, at + MIN_CUED_NAME))) short = text.slice(at, m.index);
    if (short && !ZH_GENERIC_STEMS.has(short)) add(full, short);
  }
}

/** A short name in brackets: two to four Chinese characters, or one or two capitalised words. */
const SHORT_NAME_GLOSS = /[（(](\p{Script=Han}{2,4}|[A-Z][A-Za-z]{2,19}(?: [A-Z][A-Za-z]{1,19})?)[)）]/gu;
/** A place glossed by its stem (`澜江省（澜江）`, `Lanjiang Province (Lanjiang)`) is no company. */
const PLACE_NAME_END = /(?:[省市县縣区區州]|Province|City|County|District)$/u;

/**
 * A name glossed with its own first word or words (`封測廠宏晟先進封測（宏晟）`, `Hongsheng Advanced Packaging &
 * Test (Hongsheng)`): the article goes on by the short one, as where it says `（下称“宏晟”）`.
 */
function selfGlossedNames(text: string, add: AddName): void {
  SHORT_NAME_GLOSS.lastIndex = 0;
  for (let m = SHORT_NAME_GLOSS.exec(text); m; m = SHORT_NAME_GLOSS.exec(text)) {
    const short = m[1]!;
    if (isHan(short.charCodeAt(0))) {
      let start = m.index;
      while (start > 0 && m.index - start < MAX_DEFINED_NAME && isHan(text.charCodeAt(start - 1))) start--;
      const run = text.slice(start, m.index);
      const at = run.lastIndexOf(short);
      if (at < 0 || run.length - at <= short.length || PLACE_NAME_END.test(run) || ZH_NOT_IN_STEM.test(short) || ZH_GENERIC_STEMS.has(short)) continue;
      add(run.slice(at), short);
    } else {
      const words = capitalisedWordsBefore(text, text.charCodeAt(m.index - 1) === 0x20 ? m.index - 1 : m.index);
      const shortWords = short.split(' ');
      if (words.length <= shortWords.length || words.slice(0, shortWords.length).join(' ') !== short || PLACE_NAME_END.test(words.join(' '))) continue;
      add(words.join(' '), short);
    }
  }
}

function isNameRunChar(c: number): boolean {
  return isHan(c) || isAsciiLetter(c) || isAsciiDigit(c);
}

/**
 * The fewest first words of a name that the article also writes on their own (`Ardent` of `Ardent
 * Motion`; `Quillon` of `Quillon Security Inc.` where the article writes both `Quillon Security`
 * and `Quillon`).
 */
function usedAlone(text: string, full: string): string | undefined {
  const words = full.split(' ');
  for (let n = 1; n < words.length; n++) {
    const prefix = words.slice(0, n).join(' ');
    if (n === 1 && (EN_NOT_NAMES.has(prefix) || prefix.length < 3)) continue;
    const next = ` ${words[n]}`;
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + 1)) {
      const end = at + prefix.length;
      if (atWordEdges(text, at, end, 0, text.length) && !text.startsWith(next, end)) return prefix;
    }
  }
  return undefined;
}

/** Where a Chinese name may start: after anything but Chinese text, or after 据/与/和…. */
function mayStartAt(text: string, start: number): boolean {
  const before = start === 0 ? 0 : text.charCodeAt(start - 1);
  return !isHan(before) || ZH_BEFORE.has(before);
}

const COMPANY_COLUMN = new Set(COMPANY_COLUMN_HEADERS.map((h) => h.toLowerCase()));
const NOT_ROW_NAMES = new Set(TABLE_ROW_NOT_NAMES.map((h) => h.toLowerCase()));
/** A table row's label that may be a name: Chinese, Latin letters and digits (`澜星`, `Vireo`, `Harbour Jet`). */
const ROW_NAME = /^(?:[\p{Script=Han}A-Za-z0-9][\p{Script=Han}A-Za-z0-9&' .-]{0,23})$/u;

/**
 * The rows of a Markdown table whose first column the header says lists companies (`| 厂商 | … |`,
 * `| Company | … |`): each row's label is a company's name (`| 澜星 | 1,480 | 21.6% |`).
 */
function tableNames(text: string, add: AddName): void {
  let inCompanyTable = false;
  for (let at = text.indexOf('|'); at >= 0; ) {
    const lineStart = text.lastIndexOf('\n', at) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).trim();
    if (!line.startsWith('|')) inCompanyTable = false;
    else {
      const first = line.slice(1, line.indexOf('|', 1) < 0 ? undefined : line.indexOf('|', 1)).replace(/\*\*|__/g, '').trim();
      const previous = text.lastIndexOf('\n', lineStart - 2) + 1;
      const opensTable = lineStart === 0 || !text.slice(previous, lineStart).trim().startsWith('|');
      if (opensTable) inCompanyTable = COMPANY_COLUMN.has(first.toLowerCase());
      else if (inCompanyTable && !/^:?-{2,}/.test(first) && ROW_NAME.test(first) && !NOT_ROW_NAMES.has(first.toLowerCase())) addRowName(first, add);
    }
    at = text.indexOf('|', lineEnd);
  }
}

function addRowName(name: string, add: AddName): void {
  if (isHan(name.charCodeAt(0))) {
    if (!ZH_NOT_IN_STEM.test(name) && !ZH_GENERIC_STEMS.has(name)) add(name, undefined);
  } else if (isUpperAscii(name.charCodeAt(0))) addEnglish(name.split(' ').filter((w) => w !== ''), add);
}

function enNames(text: string, add: AddName): void {
  EN_CUE.lastIndex = 0;
  for (let m = EN_CUE.exec(text); m; m = EN_CUE.exec(text)) {
    const words = capitalisedWordsAfter(text, m.index + m[0].length);
    if (words.length > 0) addEnglish(words, add);
  }
  EN_APPOSITION.lastIndex = 0;
  for (let m = EN_APPOSITION.exec(text); m; m = EN_APPOSITION.exec(text)) {
    // `Hexing Technology (禾行科技), the Shanghai-based company behind…`: the name stands before its gloss.
    const gloss = GLOSS_BEFORE.exec(text.slice(Math.max(0, m.index - 32), m.index));
    const words = capitalisedWordsBefore(text, m.index - (gloss ? gloss[0].length : 0));
    if (words.length > 0) addEnglish(words, add);
  }
  // `Xinheng Microelectronics (芯衡微电子)`: an English name glossed with a Chinese company's name.
  HAN_COMPANY_GLOSS.lastIndex = 0;
  for (let m = HAN_COMPANY_GLOSS.exec(text); m; m = HAN_COMPANY_GLOSS.exec(text)) {
    // The bracket comes right after a Latin word, or a space after one.
    const end = text.charCodeAt(m.index - 1) === 0x20 ? m.index - 1 : m.index;
    if (!isNameChar(text.charCodeAt(end - 1)) || !ZH_COMPANY_ENDINGS.some((ending) => m![1]!.endsWith(ending))) continue;
    const words = capitalisedWordsBefore(text, end);
    if (words.length > 0) addEnglish(words, add);
  }
  EN_ENDING.lastIndex = 0;
  for (let m = EN_ENDING.exec(text); m; m = EN_ENDING.exec(text)) {
    // `Ningchuan Energy Storage Technology`: an ending inside a longer name is none; the last one ends it.
    if (text.charCodeAt(m.index + m[0].length) === 0x20 && capitalisedWordsAfter(text, m.index + m[0].length + 1).some((w) => EN_TAILS.has(w))) continue;
    const words = capitalisedWordsBefore(text, m.index);
    if (words.length > 0) addEnglish([...words, m[0].slice(1)], add);
  }
}

/**
 * A model's name, read back and on from a hyphen before a digit: a capitalised word or two to four
 * Chinese characters, a hyphen and a version (`Xingyan-3`, `星衍-3`, `Corvid-2.5`), and a variant
 * that makes it another model (`Xingyan-3-Lite`, `Corvid-3 Pro`). A Chinese name starts where
 * Chinese text does not run on before it (`“星衍-3”`, `，星衍-3采用…`; of `推出星衍-2` no start can be told).
 */
const MODEL_NAME_HEAD = /(?:^|[^\p{Script=Han}A-Za-z0-9_.-])(?:([A-Z][A-Za-z]{2,19}|[A-Z]{2})|\p{Script=Han}{1,4})$/u;
/**
 * A Chinese name of one character (`衍-4`) only where it is quoted (`「衍-4」`, `**衍-4`) or glossed
 * (`衍-4（Yan-4）`): `跌-4%` is no model.
 */
const ONE_CHARACTER_QUOTED = /[「『“"《*【]$/u;
const LATIN_NAME_START = /^[A-Za-z]/;
/** Words a version of a one-character name found may follow in running text (`上一代隼-7`, `是隼-7的`). */
const ONE_CHARACTER_BEFORE = /(?:一代|上代|前代|新代|是|比|与|和|及|较|的|款)$/u;
const MODEL_NAME_TAIL = new RegExp(`^-[A-Z]?\\d{1,5}(?:\\.\\d{1,2})?(?:-[A-Z][A-Za-z]{1,11}| (?:${alternation(MODEL_VARIANTS)})| ?(?:${alternation(MODEL_VARIANTS_ZH)}))?(?![A-Za-z0-9-]|\\.\\d)`, 'u');
const LONG_CODE = /^-[A-Z]?\d{4}/;
/** The longest stem of a model's name and the character before it. */
const MODEL_HEAD_REACH = 21;
const MODEL_CUE = new RegExp(alternation(MODEL_CUES));

function isLatinWord(word: string): boolean {
  return /^[A-Za-z]/.test(word);
}
// Word edges for the English cues only: `双抗ADC药物` is a drug's cue, however Latin letters touch it.
const DRUG_CUE = new RegExp(`(?<![A-Za-z])(?:${alternation(DRUG_CUES.filter(isLatinWord))})(?![A-Za-z])|${alternation(DRUG_CUES.filter((w) => !isLatinWord(w)))}`, 'iu');
const VARIANT_AFTER = new RegExp(`^(?:-[A-Z][A-Za-z]{1,11}| (?:${alternation(MODEL_VARIANTS)})(?![A-Za-z0-9-])| ?(?:${alternation(MODEL_VARIANTS_ZH)}))`, 'u');
/** How far from a model's name the words that say it is one may stand. */
const MODEL_CUE_REACH = 60;

/** Models the article names as `Xingyan-3` or `星衍-3`, where words of models stand near one of their mentions. */
/**
 * `《长风渡海》春节档票房31.6亿元`, `《烬土长歌》首周销量450万份`: a film, a series or a game named in title
 * marks, where words of its audience or sales are near, is a work the figures of its audience and
 * sales are of (not the market they are counted in, nor its studio: see `WORK_MEASURES`). Other
 * titles (a plan, a law, a newspaper) are not.
 */
function titledWorks(text: string, add: AddName): void {
  const seen = new Set<string>();
  for (let open = text.indexOf('《'); open >= 0; open = text.indexOf('《', open + 1)) {
    const close = text.indexOf('》', open + 1);
    if (close < 0) return;
    const title = text.slice(open + 1, close);
    if (title.length < 2 || title.length > MAX_TITLE || seen.has(title) || !TITLE_TEXT.test(title)) continue;
    if (!WORK_CUE.test(text.slice(Math.max(0, open - WORK_CUE_REACH), close + 1 + WORK_CUE_REACH))) continue;
    seen.add(title);
    add(title, undefined, [], 'work');
  }
}
const MAX_TITLE = 12;
/** A title of words, not of a plan's years or a list of others (`（2026—2028年）`, `·`). */
const TITLE_TEXT = /^[\p{Script=Han}A-Za-z0-9：:·・ ]+$/u;
const WORK_CUE = new RegExp(alternation(WORK_CUES), 'u');
const WORK_CUE_REACH = 30;

function modelNames(text: string, add: AddName, known: MentionFinder): void {
  const seen = new Set<string>();
  // Each hyphen before a digit, its name read back from it: one pattern tried at every character of
  // the archive cost a scan as much again.
  for (let hyphen = text.indexOf('-'); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    // `Xingyan-3`, and a letter before the version (`Meridian-R2`, `Yan-V4`).
    if (!isAsciiDigit(text.charCodeAt(hyphen + 1)) && !(isUpperAscii(text.charCodeAt(hyphen + 1)) && isAsciiDigit(text.charCodeAt(hyphen + 2)))) continue;
    const headFrom = Math.max(0, hyphen - MODEL_HEAD_REACH);
    const head = MODEL_NAME_HEAD.exec(text.slice(headFrom, hyphen));
    const tail = head ? MODEL_NAME_TAIL.exec(text.slice(hyphen, hyphen + 24)) : null;
    const stemText = head?.[1] ?? head?.[0].replace(/^[^\p{Script=Han}]/u, '');
    // A stem that fills the window may run on before it: no name can be told there.
    if (!head || !tail || !stemText || (headFrom > 0 && head.index === 0 && head[0].length === stemText.length)) continue;
    const start = hyphen - stemText.length;
    const whole = text.slice(start, hyphen) + tail[0];
    const name = head[1] === undefined ? shortestCleanStart(text, whole) : whole;
    if (seen.has(name) || (head[1] !== undefined && NOT_MODEL_STEMS.has(head[1]))) continue;
    const stem = name.slice(0, name.indexOf('-'));
    if (head[1] === undefined && (ZH_NOT_IN_STEM.test(stem) || ZH_GENERIC_STEMS.has(stem))) continue;
    if (stem.length === 1 && !ONE_CHARACTER_QUOTED.test(text.slice(Math.max(0, start - 1), start)) && !LATIN_GLOSS_AFTER.test(text.slice(start + name.length, start + name.length + 42))) continue;
    const near = text.slice(Math.max(0, start - MODEL_CUE_REACH), start + name.length + MODEL_CUE_REACH);
    const type = MODEL_CUE.test(near) ? 'model' : DRUG_CUE.test(near) ? 'product' : undefined;
    // A drug's code may run to five digits (`LR-2207`, `HRS-11670`), a model's version to three.
    if (type === undefined || (type === 'model' && LONG_CODE.test(tail[0]))) continue;
    // `Nemotron-3` is the alias table's `Nemotron 3`.
    const spaced = name.replace('-', ' ');
    if (known.find(spaced, 0, spaced.length).length > 0) continue;
    seen.add(name);
    add(name, undefined, [], type);
  }
  // `上一代隼-7（3.2TB/s）` beside `**隼-9（KS-9）**`: another version of a one-character name found is a
  // model too. One more pass over the hyphens, whatever the number of such names.
  const oneCharacter = new Set([...seen].filter((name) => name.indexOf('-') === 1 && isHan(name.charCodeAt(0))).map((name) => name.charAt(0)));
  for (let hyphen = oneCharacter.size > 0 ? text.indexOf('-') : -1; hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    const at = hyphen - 1;
    if (at < 0 || !oneCharacter.has(text.charAt(at))) continue;
    if (isHan(text.charCodeAt(at - 1)) && !ONE_CHARACTER_BEFORE.test(text.slice(Math.max(0, at - 2), at))) continue;
    const tail = MODEL_NAME_TAIL.exec(text.slice(hyphen, hyphen + 24));
    const version = tail ? text.charAt(at) + tail[0] : undefined;
    if (version === undefined || seen.has(version)) continue;
    seen.add(version);
    add(version, undefined, [], 'model');
  }
  // `轻量版本衡元-3-Lite`: a variant of a model found is a model too, wherever it starts.
  for (const name of [...seen]) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      const variant = VARIANT_AFTER.exec(text.slice(at + name.length, at + name.length + 16))?.[0];
      if (variant === undefined || seen.has(name + variant)) continue;
      seen.add(name + variant);
      add(name + variant, undefined, [], 'model');
    }
  }
}

/**
 * `推出星衍-2` read from `，推出星衍-2`: the shortest end of the Chinese name that the article also
 * writes where Chinese text does not run on before it (`“星衍-2”`).
 */
function shortestCleanStart(text: string, found: string): string {
  // `旗下澜思-3系列`: words that say whose or what kind of model it is are no part of its name.
  const prefix = MODEL_PREFIX.exec(found);
  const name = prefix && found.indexOf('-') - prefix[0].length >= MIN_ZH_STEM ? found.slice(prefix[0].length) : found;
  const hyphen = name.indexOf('-');
  for (let length = MIN_ZH_STEM; length < hyphen; length++) {
    const shorter = name.slice(hyphen - length);
    for (let at = text.indexOf(shorter); at >= 0; at = text.indexOf(shorter, at + 1)) {
      if (at === 0 || !isHan(text.charCodeAt(at - 1))) return shorter;
    }
  }
  return name;
}

const MODEL_PREFIX = new RegExp(`^(?:${alternation(ZH_MODEL_PREFIXES)})`, 'u');

/** A name of capitalised words: its short form drops the endings (`Lone Mesa Energy` → `Lone Mesa`). */
function addEnglish(words: readonly string[], add: AddName): void {
  while (words.length > 0 && EN_NOT_NAMES.has(words[0]!)) words = words.slice(1);
  if (words.length === 0) return;
  let core = words.length;
  while (core > 1 && EN_TAILS.has(words[core - 1]!)) core--;
  const stem = words.slice(0, core);
  if (stem.length === 1 && (EN_NOT_NAMES.has(stem[0]!) || EN_TAILS.has(stem[0]!) || stem[0]!.length < 3)) return;
  const full = words.join(' ');
  add(full, core < words.length ? stem.join(' ') : undefined);
}

function capitalisedWordsAfter(text: string, from: number): string[] {
  const words: string[] = [];
  let at = from;
  while (words.length < MAX_EN_WORDS) {
    const word = EN_WORD.exec(text.slice(at, at + 40))?.[0];
    if (!word) break;
    const clean = word.replace(/'s$|'$/, '');
    words.push(clean);
    if (clean !== word || text[at + word.length] !== ' ') break;
    at += word.length + 1;
  }
  return words;
}

/** The capitalised words right before `end`; none when there are more than `MAX_EN_WORDS` (no telling where the name starts). */
function capitalisedWordsBefore(text: string, end: number): string[] {
  const words: string[] = [];
  // `Shipbuilding & Heavy` counts as one word of the name.
  let counted = 0;
  let at = end;
  for (;;) {
    let start = at;
    while (start > 0 && isNameChar(text.charCodeAt(start - 1))) start--;
    // `Donglan Shipbuilding & Heavy Industry Group`: an ampersand between two capitalised words.
    const ampersand = at - start === 1 && text.charCodeAt(start) === 0x26 && words.length > 0 && start >= 2 && text[start - 1] === ' ' && isUpperAsciiWordEnd(text, start - 1);
    if (!ampersand && (start === at || !isUpperAscii(text.charCodeAt(start)))) break;
    if (ampersand) counted--;
    else if (counted === MAX_EN_WORDS) return [];
    else counted++;
    words.unshift(text.slice(start, at));
    if (start === 0 || text[start - 1] !== ' ') break;
    at = start - 1;
  }
  // The sentence's first word is capitalised whatever it is (`Under the agreement, …`).
  while (words.length > 0 && EN_NOT_NAMES.has(words[0]!)) words.shift();
  return words;
}

/** Whether a capitalised word ends right before `end` (`Shipbuilding` before ` & Heavy`). */
function isUpperAsciiWordEnd(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && isAsciiLetter(text.charCodeAt(start - 1))) start--;
  return start < end && isUpperAscii(text.charCodeAt(start));
}

function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || isAsciiDigit(c) || c === 0x26 || c === 0x2d; // & -
}

/**
 * The alias table's names, then the article's own companies where no table name stands: what the
 * binder reads a sentence's names from for one document. The companies' names are found once in
 * the whole text, so each sentence costs a binary search, not a search of the rest of the text.
 */
export class WithDiscoveredNames implements MentionFinder {
  private readonly mentions: EntityMention[] = [];

  constructor(
    private readonly known: MentionFinder,
    discovered: readonly DiscoveredName[],
    text: string,
  ) {
    const all: EntityMention[] = [];
    for (const d of discovered) {
      for (const name of d.names) {
        // `安衡人寿` beside `安衡保险`: the stem of a group's company, followed by a word of another of its companies.
        const short = name !== d.label;
        const stem = short && isHan(name.charCodeAt(0));
        for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
          const end = at + name.length;
          if (stem && SUBSIDIARY_AFTER.test(text.slice(end, end + 3)) && !text.startsWith(d.label, at)) continue;
          // `远航Y7`, `Qingyun S9`: the short name before a model's code names the product, not the company.
          if (short && d.type === 'company' && PRODUCT_CODE_AFTER.test(text.slice(end, end + 6))) continue;
          if (atWordEdges(text, at, end, 0, text.length)) all.push({ id: d.id, type: d.type, start: at, end, label: d.label, inferred: true, ...(d.subsidiary ? { subsidiary: true as const } : {}) });
        }
      }
    }
    // In order of the text, the longest where two overlap (启程汽车 over 启程).
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    let end = -1;
    for (const m of all) {
      if (m.start < end) continue;
      this.mentions.push(m);
      end = m.end;
    }
  }

  find(text: string, start: number, end: number): EntityMention[] {
    const mentions = this.known.find(text, start, end);
    const table = mentions.length;
    let added = false;
    for (let i = firstEndingAfter(this.mentions, start); i < this.mentions.length && this.mentions[i]!.start < end; i++) {
      const m = this.mentions[i]!;
      if (m.start < start || m.end > end) continue;
      let overlaps = false;
      for (let k = 0; k < table && !overlaps; k++) overlaps = mentions[k]!.start < m.end && m.start < mentions[k]!.end;
      if (overlaps) continue;
      mentions.push(m);
      added = true;
    }
    if (added) mentions.sort((a, b) => a.start - b.start);
    return mentions;
  }
}

/** The index of the first mention that ends after `offset` (mentions are sorted and do not overlap). */
function firstEndingAfter(mentions: readonly EntityMention[], offset: number): number {
  let lo = 0;
  let hi = mentions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mentions[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
