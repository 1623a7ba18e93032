import type { DocumentResult, StoryFigures } from '../../model/result.js';
import { latinSpelling, pinyinSpellings } from '../../text/pinyin.js';
import { isHan } from '../../segment/script.js';
import { significantDigits } from '../compare/describe.js';
import { EN_NOT_NAMES } from '../../vocab/name-cues.js';

/** Keys of spellings, apart from the names themselves. */
const PINYIN_KEY = '\u0000pinyin:';
/** The shortest names read in pinyin: two characters (`星衍`), and their spelling's letters (`xingyan`). */
const MIN_PINYIN_CHARACTERS = 2;
const MIN_PINYIN_LETTERS = 4;
/** The first word of an English name of several words (`Qingfeng` of `Qingfeng New Energy`). */
const BRAND_WORD = /^([A-Z][a-z]{3,})[ ]\S/;
/** …or a name of one word (`Qiongyi` for `穹翼智能`). */
const ONE_WORD_NAME = /^([A-Z][a-z]{3,})$/;

/**
 * The subject under which an inferred company's figures are compared, across documents: articles
 * find a company the alias table does not know each on its own (`discoverNames`), and may give it
 * different ids (`星途` in one, `星途卫星` in another, `xingtu` in English). Ids are one company when
 * their documents give them a name in common, a gloss in the other language included (`Xingtu
 * Satellite (星途卫星)` links `xingtu` to every article that calls it 星途卫星), or a Chinese name and
 * an English one that is its pinyin (`星衍` and `Xingyan AI`'s short name `Xingyan`). Each company is then
 * compared under the least of its ids, whatever order the documents come in.
 *
 * Only ids of inferred subjects are looked up: a company of the alias table has one id already.
 */
export function linkCompanies(documents: readonly DocumentResult[]): (id: string) => string {
  const parent = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    for (let up = parent.get(root); up !== undefined && up !== root; up = parent.get(root)) root = up;
    // Path halving is not worth it: an archive links a few ids per company.
    return root;
  };
  const union = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    // The least id is the root, so the result does not depend on the documents' order.
    if (ra < rb) parent.set(rb, ra);
    else parent.set(ra, rb);
  };
  const ownerOf = new Map<string, string>();
  const claim = (key: string, id: string) => {
    const owner = ownerOf.get(key);
    if (owner === undefined) ownerOf.set(key, id);
    else union(owner, id);
  };
  // `青峰新能` and `Qingfeng New Energy`: a brand's first two characters in pinyin and an English
  // name's first word, tied only where each belongs to one company of its language.
  const brandsZh = new Map<string, Set<string>>();
  const brandsEn = new Map<string, Set<string>>();
  const brand = (into: Map<string, Set<string>>, key: string, id: string) => {
    const ids = into.get(key);
    if (ids) ids.add(id);
    else into.set(key, new Set([id]));
  };
  for (const d of documents) {
    for (const company of d.companies ?? []) {
      if (!parent.has(company.id)) parent.set(company.id, company.id);
      for (const name of company.names) {
        claim(name.toLowerCase(), company.id);
        // `星衍` and `Xingyan`: a Chinese company's English name is most often its name in pinyin;
        // so is a model's, with its version (`星衍-3` and `Xingyan-3`).
        const { stem, version } = splitVersion(name);
        const chars = [...name];
        if (version === '' && chars.length > MIN_PINYIN_CHARACTERS && chars.slice(0, MIN_PINYIN_CHARACTERS).every((c) => isHan(c.charCodeAt(0)))) {
          for (const spelling of pinyinSpellings(chars.slice(0, MIN_PINYIN_CHARACTERS).join(''))) brand(brandsZh, spelling, company.id);
        }
        const first = version === '' ? (BRAND_WORD.exec(name)?.[1] ?? ONE_WORD_NAME.exec(name)?.[1]) : undefined;
        if (first && !EN_NOT_NAMES.has(first)) brand(brandsEn, first.toLowerCase(), company.id);
        const latin = latinSpelling(stem);
        if (latin !== undefined && latin.length >= MIN_PINYIN_LETTERS) claim(`${PINYIN_KEY}${latin}${version}`, company.id);
        else if ([...stem].length >= MIN_PINYIN_CHARACTERS) for (const spelling of pinyinSpellings(stem)) claim(`${PINYIN_KEY}${spelling}${version}`, company.id);
      }
    }
  }
  // Counted as companies, not ids: `Dingyue` and `Dingyue Gold`, tied by a name two articles share, are one.
  const companies = (ids: ReadonlySet<string> | undefined) => (ids === undefined ? undefined : new Set([...ids].map(find)));
  for (const [key, zhIds] of brandsZh) {
    const zh = companies(zhIds)!;
    const en = companies(brandsEn.get(key));
    if (zh.size === 1 && en?.size === 1) union([...zh][0]!, [...en][0]!);
  }
  for (const [a, b] of sharingFigures(documents, find)) union(a, b);
  if (parent.size === 0) return identity;
  const canonical = new Map<string, string>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (root !== id) canonical.set(id, root);
  }
  return canonical.size === 0 ? identity : (id) => canonical.get(id) ?? id;
}

const identity = (id: string) => id;

/** Figures the articles of a Chinese and an English name must share for the two to be one company (see `sharingFigures`). */
const MIN_SHARED_FIGURES = 4;
const SHARED_KINDS: ReadonlySet<string> = new Set(['money', 'count', 'quantity', 'number']);
/** A figure stated by more articles than this is a common one (a market's size, a rival's chip), no sign of one story. */
const MAX_SHARING = 4;

/**
 * Pairs of a company named in Chinese and one named in English, not tied by any name, that the
 * articles they are each the main company of tell the same story of: they state at least four of
 * the same figures (`1700亿元人民币`, `32万颗GPU`, `1.2GW`, `300MW` … `RMB 170 billion`, `320,000 GPUs`,
 * `1.2 gigawatts`, `300 MW`), two outlets' stories of one event whose English name is no pinyin
 * (`星穹算力`, `Stratos Compute`). Figures of two significant digits or more only, in one currency or
 * unit, whoever the sentence names: four such coincidences are unlikely, and a name tied to two
 * names of the other language is tied to neither.
 */
function sharingFigures(documents: readonly DocumentResult[], find: (id: string) => string): [string, string][] {
  const byFigure = new Map<string, Set<string>>();
  for (const d of documents) {
    const story = d.story ?? storyOf(d);
    if (story === undefined) continue;
    const root = find(story.company);
    for (const key of story.figures) {
      const set = byFigure.get(key);
      if (set) set.add(root);
      else byFigure.set(key, new Set([root]));
    }
  }
  const shared = new Map<string, number>();
  for (const roots of byFigure.values()) {
    if (roots.size < 2 || roots.size > MAX_SHARING) continue;
    for (const h of roots) {
      if (!isHan(h.charCodeAt(0))) continue;
      // A model is another model's with the same version only (`隼-9` and `KS-9`, never `KS-7`).
      for (const l of roots) if (!isHan(l.charCodeAt(0)) && splitVersion(h).version === splitVersion(l).version) shared.set(`${h}\u0000${l}`, (shared.get(`${h}\u0000${l}`) ?? 0) + 1);
    }
  }
  const pairs = [...shared].filter(([, n]) => n >= MIN_SHARED_FIGURES).map(([k]) => k.split('\u0000') as [string, string]);
  const count = new Map<string, number>();
  for (const [h, l] of pairs) {
    count.set(h, (count.get(h) ?? 0) + 1);
    count.set(l, (count.get(l) ?? 0) + 1);
  }
  return pairs.filter(([h, l]) => count.get(h) === 1 && count.get(l) === 1);
}

/**
 * The company an article introduces that its figures name most, and its figures that may tie it
 * to a company named in the other language (see `sharingFigures`), whoever their sentences name:
 * worked out from every claim, before a scan keeps only those it compares (see `keepCompared`).
 */
export function storyOf(d: Pick<DocumentResult, 'claims' | 'companies'>): StoryFigures | undefined {
  const company = mainCompany(d);
  if (company === undefined) return undefined;
  const figures = new Set<string>();
  for (const c of d.claims) {
    if (c.value === null || c.value === undefined || c.value === 0 || !SHARED_KINDS.has(c.kind) || c.conversionOf || c.exchangeRate) continue;
    if (significantDigits(c.value, 12).length < 2) continue;
    figures.add(`${c.kind === 'number' ? 'count' : c.kind}|${c.currency ?? (c.kind === 'quantity' ? c.unit : '')}|${c.value.toPrecision(6)}`);
  }
  return { company, figures: [...figures] };
}

/** The company of `documents`' own the article's figures name most, if one does. */
function mainCompany(d: Pick<DocumentResult, 'claims' | 'companies'>): string | undefined {
  if (!d.companies || d.companies.length === 0) return undefined;
  const ids = new Set(d.companies.map((c) => c.id));
  const uses = new Map<string, number>();
  for (const c of d.claims) if (c.subject && ids.has(c.subject.id)) uses.set(c.subject.id, (uses.get(c.subject.id) ?? 0) + 1);
  let best: string | undefined;
  let tie = false;
  for (const [id, n] of uses) {
    const top = best === undefined ? 0 : uses.get(best)!;
    if (n > top) [best, tie] = [id, false];
    else if (n === top) tie = true;
  }
  return tie ? undefined : best;
}

/** A model's name as its stem and its version, written one way (`Xingyan-3 Lite` → `Xingyan`, `-3-lite`); a company's has no version. */
function splitVersion(name: string): { stem: string; version: string } {
  const at = name.search(/-[a-z]?\d/i);
  if (at < 0) return { stem: name, version: '' };
  return { stem: name.slice(0, at), version: name.slice(at).toLowerCase().replace(/ /g, '-') };
}
