import type { DocumentResult } from '../../model/result.js';
import { latinSpelling, pinyinSpellings } from '../../text/pinyin.js';
import { isHan } from '../../segment/script.js';
import { EN_NOT_NAMES } from '../../vocab/name-cues.js';

/** Keys of spellings, apart from the names themselves. */
const PINYIN_KEY = '\u0000pinyin:';
/** The shortest names read in pinyin: two characters (`星衍`), and their spelling's letters (`xingyan`). */
const MIN_PINYIN_CHARACTERS = 2;
const MIN_PINYIN_LETTERS = 4;
/** The first word of an English name of several words (`Qingfeng` of `Qingfeng New Energy`). */
const BRAND_WORD = /^([A-Z][a-z]{3,})[ ]\S/;

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
        const first = version === '' ? BRAND_WORD.exec(name)?.[1] : undefined;
        if (first && !EN_NOT_NAMES.has(first)) brand(brandsEn, first.toLowerCase(), company.id);
        const latin = latinSpelling(stem);
        if (latin !== undefined && latin.length >= MIN_PINYIN_LETTERS) claim(`${PINYIN_KEY}${latin}${version}`, company.id);
        else if ([...stem].length >= MIN_PINYIN_CHARACTERS) for (const spelling of pinyinSpellings(stem)) claim(`${PINYIN_KEY}${spelling}${version}`, company.id);
      }
    }
  }
  for (const [key, zh] of brandsZh) {
    const en = brandsEn.get(key);
    if (zh.size === 1 && en?.size === 1) union([...zh][0]!, [...en][0]!);
  }
  if (parent.size === 0) return identity;
  const canonical = new Map<string, string>();
  for (const id of parent.keys()) {
    const root = find(id);
    if (root !== id) canonical.set(id, root);
  }
  return canonical.size === 0 ? identity : (id) => canonical.get(id) ?? id;
}

const identity = (id: string) => id;

/** A model's name as its stem and its version, written one way (`Xingyan-3 Lite` → `Xingyan`, `-3-lite`); a company's has no version. */
function splitVersion(name: string): { stem: string; version: string } {
  const at = name.search(/-\d/);
  if (at < 0) return { stem: name, version: '' };
  return { stem: name.slice(0, at), version: name.slice(at).toLowerCase().replace(/ /g, '-') };
}
