import type { DocumentResult } from '../../model/result.js';

/** Two files that translate each other; `target` is the translated side (English from Chinese). */
export interface TranslationPair {
  readonly source: DocumentResult;
  readonly target: DocumentResult;
}

/** `NAME.zh.md`, `NAME.en-US.txt`: the name, the language tag, the extension. */
const TAGGED = /^(.*)\.([a-z]{2}(?:[-_][A-Za-z]{2,4})?)\.([A-Za-z0-9]+)$/;

/**
 * Whether the document may be paired on its own account: a language-tagged name or a
 * `translation:` key. (Another document's `translation:` key may still name it.)
 */
export function namesTranslation(doc: Pick<DocumentResult, 'file' | 'translationOf'>): boolean {
  return doc.translationOf !== undefined || TAGGED.test(doc.file);
}

/**
 * Pairs translations: files of one folder named `NAME.<lang>.EXT` with two language tags, and
 * files whose front matter names the other (`translation: other.md`). Chinese is taken as the
 * source when one side is Chinese; otherwise the side that names the other is the translation.
 */
export function findPairs(documents: readonly DocumentResult[]): TranslationPair[] {
  const byName = new Map<string, { tag: string; doc: DocumentResult }[]>();
  for (const doc of documents) {
    if (doc.trusted) continue;
    const m = TAGGED.exec(doc.file);
    if (!m) continue;
    const key = m[1]!;
    const list = byName.get(key) ?? [];
    list.push({ tag: m[2]!.toLowerCase(), doc });
    byName.set(key, list);
  }
  const pairs: TranslationPair[] = [];
  const paired = new Set<string>();
  for (const group of byName.values()) {
    if (group.length < 2) continue;
    group.sort((a, b) => rank(a.tag) - rank(b.tag) || (a.tag < b.tag ? -1 : 1));
    const [source, ...targets] = group;
    for (const t of targets) {
      if (t.tag === source!.tag) continue;
      pairs.push({ source: source!.doc, target: t.doc });
      paired.add(source!.doc.file).add(t.doc.file);
    }
  }
  const byFile = new Map(documents.map((d) => [d.file, d]));
  for (const doc of documents) {
    const other = doc.translationOf ? byFile.get(doc.translationOf) : undefined;
    if (!other || other === doc || (paired.has(doc.file) && paired.has(other.file))) continue;
    const docIsSource = doc.lang === 'zh' && other.lang !== 'zh';
    pairs.push(docIsSource ? { source: doc, target: other } : { source: other, target: doc });
    paired.add(doc.file).add(other.file);
  }
  return pairs;
}

/** Chinese first: it is the source side of the pairs newsrooms publish. */
function rank(tag: string): number {
  return tag.startsWith('zh') ? 0 : 1;
}
