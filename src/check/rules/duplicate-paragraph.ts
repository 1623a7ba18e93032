import { contentHash } from '../fingerprint.js';
import { normalisedContent } from '../block-content.js';
import type { Document } from '../../model/document.js';
import { locate } from '../locate.js';
import type { Rule } from '../rule.js';
import type { BlockDigest } from '../../model/result.js';
import type { Location } from '../../model/finding.js';
import { extend } from '../../util/extend.js';

/** Paragraphs shorter than this (normalised characters) are too common to report as copies. */
export const MIN_PARAGRAPH_CHARS = 40;
/** Related places listed in one finding; the rest are counted. */
const MAX_RELATED = 10;

/**
 * A paragraph repeated inside one document (warning: usually an editing slip), or copied from
 * one document into others (info: often legitimate, worth knowing).
 */
export const duplicateParagraph: Rule = {
  meta: {
    id: 'duplicate-paragraph',
    description: 'A paragraph is repeated within a document (warning) or copied across documents (info).',
    defaultSeverity: 'warning',
    docs: 'docs/rules/duplicate-paragraph.md',
  },
  checkDocument({ document, report }) {
    const first = new Map<string, Location>();
    const repeats = new Map<string, number>();
    for (const block of digestsOf(document)) {
      const seen = first.get(block.hash);
      if (!seen) {
        first.set(block.hash, block.location);
        continue;
      }
      const nth = (repeats.get(block.hash) ?? 0) + 1;
      repeats.set(block.hash, nth);
      report({
        message: `Paragraph repeats line ${seen.line} of the same document.`,
        locations: [block.location, extend(seen, { label: 'first occurrence' })],
        fingerprintParts: [document.path, block.hash, String(nth)],
      });
    }
  },
  checkCorpus({ documents, focus, report }) {
    // Most paragraphs of an archive occur once: only those whose hash may occur in two documents
    // (or, with a focus, in one of its files) are grouped, rather than half a million blocks in one map.
    const candidates = focus ? new Set(hashKeysOf(documents.filter((d) => focus.has(d.file)))) : repeatedHashKeys(documents);
    const groups = new Map<string, Copy | Copy[]>();
    documents.forEach((doc, docIndex) => {
      const inThisDoc = new Set<string>();
      for (const block of doc.blocks) {
        const key = keyOf(block);
        if (!Number.isNaN(key) && !candidates.has(key)) continue;
        const hash = block.hash;
        if (inThisDoc.has(hash)) continue;
        inThisDoc.add(hash);
        const copy = { docIndex, block };
        const group = groups.get(hash);
        if (group === undefined) groups.set(hash, copy);
        else if (Array.isArray(group)) group.push(copy);
        else groups.set(hash, [group, copy]);
      }
    });
    const repeated = [...groups].filter((entry): entry is [string, Copy[]] => Array.isArray(entry[1]));
    const shown = shownLocations(repeated.map(([, group]) => group));
    for (const [hash, group] of repeated) {
      const others = group.length - 1;
      report({
        severity: 'info',
        message: `Paragraph also appears in ${others} other document${others === 1 ? '' : 's'}.`,
        locations: group.slice(0, MAX_RELATED + 1).map((c) => shown.get(c)!),
        ...(others > MAX_RELATED ? { relatedCount: others } : {}),
        fingerprintParts: [hash, ...group.map((c) => c.block.location.file)],
      });
    }
  },
};

/** A paragraph in one of the documents it appears in. */
interface Copy {
  readonly docIndex: number;
  readonly block: BlockDigest;
}

/**
 * The locations a finding shows for each group (its first copy, then up to `MAX_RELATED` more,
 * labelled), with their excerpts. Made document by document: a scan keeps no excerpt but reads
 * a document again for them, once for all its shown paragraphs (group by group, the same
 * documents were read over and over: a tenth of the checks of a 20,000-document scan). Each
 * location is a copy, so the excerpt is read here rather than wherever the finding goes.
 */
function shownLocations(groups: readonly (readonly Copy[])[]): Map<Copy, Location> {
  const shown: { readonly copy: Copy; readonly first: boolean }[] = [];
  for (const group of groups) group.slice(0, MAX_RELATED + 1).forEach((copy, i) => shown.push({ copy, first: i === 0 }));
  shown.sort((a, b) => a.copy.docIndex - b.copy.docIndex);
  const out = new Map<Copy, Location>();
  for (const { copy, first } of shown) out.set(copy, first ? extend(copy.block.location) : extend(copy.block.location, { label: 'copy' }));
  return out;
}

/**
 * The first 52 bits of a block hash as a number (exact in a double); NaN for a hash that is not
 * hex (a hand-made claims file), which is then always grouped by its full text. A block kept
 * packed (a scan's stored blocks) gives its key without building its hash string.
 */
function keyOf(block: BlockDigest & { readonly hashKey?: number }): number {
  return block.hashKey ?? parseInt(block.hash.slice(0, 13), 16);
}

/**
 * The hash keys found more than once, from one sorted array of numbers (8 bytes per paragraph).
 * Every hash repeated across documents has its key here; a key shared by two different hashes,
 * or repeated within one document only, only makes them candidates, and the full hashes, counted
 * once per document, decide. (Counting each key once per document here took a set per document.)
 */
function repeatedHashKeys(documents: readonly { readonly blocks: readonly BlockDigest[] }[]): Set<number> {
  const sorted = Float64Array.from(hashKeysOf(documents)).sort();
  const repeated = new Set<number>();
  for (let i = 1; i < sorted.length; i++) if (sorted[i] === sorted[i - 1]) repeated.add(sorted[i]!);
  return repeated;
}

/** The hash keys of the documents' paragraphs (but those of hashes that are not hex). */
function hashKeysOf(documents: readonly { readonly blocks: readonly BlockDigest[] }[]): number[] {
  const keys: number[] = [];
  for (const doc of documents) {
    for (const block of doc.blocks) {
      const key = keyOf(block);
      if (!Number.isNaN(key)) keys.push(key);
    }
  }
  return keys;
}

const digestCache = new WeakMap<Document, BlockDigest[]>();

/** The document's paragraphs that are long enough to count as copies, with their hashes. */
export function digestsOf(document: Document): BlockDigest[] {
  // Computed once per document: the document rule and the pipeline's result both need them.
  let out = digestCache.get(document);
  if (out) return out;
  out = [];
  digestCache.set(document, out);
  for (const segment of document.segments) {
    if (segment.kind !== 'paragraph' && segment.kind !== 'list-item') continue;
    const content = normalisedContent(document, segment);
    if (content.length < MIN_PARAGRAPH_CHARS) continue;
    out.push({
      segment: segment.index,
      kind: segment.kind,
      lang: segment.lang,
      hash: contentHash(content),
      chars: content.length,
      location: locate(document, segment.content),
    });
  }
  return out;
}
