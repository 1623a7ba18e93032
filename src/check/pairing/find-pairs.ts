import { isPinyinWord, pinyinSpellings } from '../../text/pinyin.js';
import { isHan } from '../../segment/script.js';
import { FRANC_TO_ISO1 } from '../../vocab/languages.js';
import type { DocumentResult } from '../../model/result.js';

/** Two files that translate each other; `target` is the translated side (English from Chinese). */
export interface TranslationPair {
  readonly source: DocumentResult;
  readonly target: DocumentResult;
  /** Paired by their names alone, neither's front matter naming the other: see `translationPairs`. */
  readonly byName?: true;
}

/** `NAME.zh.md`, `NAME.en-US.txt`: the name, the language tag, the extension. */
const DOT_TAGGED = /^(.*)\.([a-z]{2}(?:[-_][A-Za-z]{2,4})?)\.([A-Za-z0-9]+)$/;
/** The language codes a file or folder name may carry after `_` or `-`, or be (`zh/`, `en-us/`). */
const LANGUAGE_CODES = [...new Set(Object.values(FRANC_TO_ISO1))].join('|');
const LANGUAGE_TAG = `(?:${LANGUAGE_CODES})(?:[-_](?:[A-Za-z]{2}|hans|hant))?`;
/** `NAME_zh.md`, `NAME-en.txt`: a known language code only, since `-my`, `_de` may end a name too. */
const SUFFIX_TAGGED = new RegExp(`^(.*[^/])[_-](${LANGUAGE_TAG})\\.([A-Za-z0-9]+)$`, 'i');
/** `NAME-CN.md`, `NAME_CHS.txt`: Chinese as newsrooms tag it besides its code. */
const CHINESE_SUFFIX = /^(.*[^/])[_-](cn|chs|cht)\.([A-Za-z0-9]+)$/i;
/** `zh/NAME.md` beside `en/NAME.md`: a folder per language, as site generators lay them out. */
const FOLDER_TAGGED = new RegExp(`^((?:.*/)?)(${LANGUAGE_TAG})(/.+)$`, 'i');

/**
 * `EN-NAME.txt` beside `ZH-NAME.txt`: a prefix of the two languages a Chinese newsroom pairs only,
 * since `it-`, `de-`, `no-` open names too.
 */
const PREFIX_TAGGED = /^((?:.*\/)?)(zh(?:[-_](?:cn|tw|hk|hans|hant))?|en(?:[-_](?:us|gb))?|cn|chs|cht)[-_]([^/]+)$/i;
/** Tags newsrooms write for Chinese besides its code (`NAME-CN.md`, `NAME_CHS.txt`). */
const CHINESE_TAGS = new Set(['cn', 'chs', 'cht']);

/** The name two translations share (their path without the language tag) and the tag. */
function languageTagged(file: string): { key: string; tag: string } | undefined {
  const tagged = DOT_TAGGED.exec(file) ?? SUFFIX_TAGGED.exec(file) ?? CHINESE_SUFFIX.exec(file) ?? FOLDER_TAGGED.exec(file) ?? PREFIX_TAGGED.exec(file);
  if (!tagged) return undefined;
  const tag = tagged[2]!.toLowerCase().replace('_', '-');
  return { key: `${tagged[1]}\u0000${tagged[3]}`, tag: CHINESE_TAGS.has(tag) ? 'zh' : tag };
}

/**
 * Whether the document may be paired on its own account: a language-tagged name or folder, or
 * a `translation:` key. (Another document's `translation:` key may still name it.)
 */
export function namesTranslation(doc: Pick<DocumentResult, 'file' | 'translationOf'>): boolean {
  return doc.translationOf !== undefined || languageTagged(doc.file) !== undefined;
}

/**
 * Pairs translations: files of one folder named `NAME.<lang>.EXT` or `NAME_<lang>.EXT` with two
 * language tags (or `NAME.EXT` untagged beside `NAME.<lang>.EXT` in another language), files
 * of one name in folders named by language (`zh/NAME.md`, `en/NAME.md`), and files whose front
 * matter names the other (`translation: other.md`). The side whose front matter
 * says it is translated from the other (`translation_of:`, `original:`) is the translation,
 * however the files are named;
 * otherwise Chinese is taken as the source when one side is Chinese, else the side that names
 * the other is the translation.
 */
export function findPairs(documents: readonly DocumentResult[]): TranslationPair[] {
  const byName = new Map<string, { tag: string; doc: DocumentResult }[]>();
  for (const doc of documents) {
    if (doc.trusted) continue;
    const tagged = languageTagged(doc.file);
    if (!tagged) continue;
    const list = byName.get(tagged.key) ?? [];
    list.push({ tag: tagged.tag, doc });
    byName.set(tagged.key, list);
  }
  // `NAME.md` beside `NAME.en.md`: the site's default language goes untagged; the text says which it is.
  for (const doc of documents) {
    if (doc.trusted || doc.lang === 'und' || languageTagged(doc.file)) continue;
    const dot = doc.file.lastIndexOf('.');
    const list = dot > 0 ? byName.get(`${doc.file.slice(0, dot)}\u0000${doc.file.slice(dot + 1)}`) : undefined;
    if (list?.some((t) => DOT_TAGGED.test(t.doc.file) && t.tag.slice(0, 2) !== doc.lang)) list.push({ tag: doc.lang, doc });
  }
  const pairs: TranslationPair[] = [];
  const paired = new Set<string>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => rank(a.tag) - rank(b.tag) || (a.tag < b.tag ? -1 : 1));
    const [source, ...targets] = group;
    for (const t of targets) {
      if (t.tag === source!.tag) continue;
      // `a.zh.md` with `translation_of: a.en.md`, or whose byline names its translator (`author: 编译 孙嘉禾`) beside one that does not.
      const reversed =
        (source!.doc.translated === true && (source!.doc.translationOf === t.doc.file || (source!.doc.translationOf === undefined && t.doc.translated !== true))) ||
        (source!.doc.translationOf === undefined && t.doc.translationOf === undefined && t.doc.translated !== true && ofForeignCompany(t.doc, source!.doc));
      const declared = source!.doc.translationOf === t.doc.file || t.doc.translationOf === source!.doc.file;
      const pair = reversed ? { source: t.doc, target: source!.doc } : { source: source!.doc, target: t.doc };
      pairs.push(declared ? pair : { ...pair, byName: true });
      paired.add(source!.doc.file).add(t.doc.file);
    }
  }
  const byFile = new Map(documents.map((d) => [d.file, d]));
  for (const doc of documents) {
    const other = doc.translationOf ? byFile.get(doc.translationOf) : undefined;
    if (!other || other === doc || (paired.has(doc.file) && paired.has(other.file))) continue;
    // `translation_of: a.md` says which side is the translation; `translation: a.md` does not.
    const docIsSource = doc.translated ? false : other.translated && other.translationOf === doc.file ? true : doc.lang === 'zh' && other.lang !== 'zh';
    pairs.push(docIsSource ? { source: doc, target: other } : { source: other, target: doc });
    paired.add(doc.file).add(other.file);
  }
  return pairs;
}

/**
 * `Saltmere Lithium Corp.` beside `萨尔特米尔锂业` (`saltmere_en.txt`, `saltmere_cn.txt`): an English article about a
 * company whose name is no pinyin is the original of its Simplified Chinese translation, where a
 * mainland company's (`Tianheng New Energy`, `天衡新能源`) is translated from Chinese. A Hong Kong or
 * Taiwan paper's companies go by names in other romanisations (`Kong Ching Life`): no sign there.
 */
function ofForeignCompany(english: DocumentResult, chinese: DocumentResult): boolean {
  if (!english.lang.startsWith('en') || chinese.lang !== 'zh' || inTraditional(chinese)) return false;
  const main = english.story?.company ?? english.companies?.[0]?.id;
  const word = main?.split(/[ -]/)[0];
  if (word === undefined || word.length < MIN_NAME_LETTERS) return false;
  if (!isPinyinWord(word)) return true;
  // `Lumere` reads as pinyin, but the Chinese side's company it sounds like is spelt otherwise (`露梅`, lumei): a foreign name
  // rendered in Chinese. (A Chinese name that sounds like nothing in it says nothing.)
  const spellings = (chinese.companies ?? []).flatMap((c) => c.names).filter((n) => isHan(n.charCodeAt(0))).flatMap((n) => pinyinSpellings(n));
  const w = word.toLowerCase();
  const soundsLike = spellings.filter((spelling) => spelling.slice(0, SOUND_PREFIX) === w.slice(0, SOUND_PREFIX));
  return soundsLike.length > 0 && !soundsLike.some((spelling) => spelling.startsWith(w) || w.startsWith(spelling));
}
/** Letters a Chinese name's pinyin and an English name share at their start to be taken for one company's. */
const SOUND_PREFIX = 3;
const MIN_NAME_LETTERS = 4;
/** Characters of figures that only Traditional Chinese writes (`億`, `萬`). */
const TRADITIONAL_FIGURE = /[億萬]/;

function inTraditional(doc: DocumentResult): boolean {
  return doc.claims.some((c) => TRADITIONAL_FIGURE.test(c.text));
}

/** Chinese first: it is the source side of the pairs newsrooms publish. */
function rank(tag: string): number {
  return tag.startsWith('zh') ? 0 : 1;
}
