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
  checkCorpus({ documents, report }) {
    // Most paragraphs of an archive occur once: those hold their block alone, not a list of one.
    const groups = new Map<string, BlockDigest | BlockDigest[]>();
    for (const doc of documents) {
      const inThisDoc = new Set<string>();
      for (const block of doc.blocks) {
        if (inThisDoc.has(block.hash)) continue;
        inThisDoc.add(block.hash);
        const group = groups.get(block.hash);
        if (group === undefined) groups.set(block.hash, block);
        else if (Array.isArray(group)) group.push(block);
        else groups.set(block.hash, [group, block]);
      }
    }
    for (const [hash, group] of groups) {
      if (!Array.isArray(group)) continue;
      const [primary, ...others] = group;
      report({
        severity: 'info',
        message: `Paragraph also appears in ${others.length} other document${others.length === 1 ? '' : 's'}.`,
        // Spread: a stored block reads its excerpt once, here, rather than wherever the finding goes.
        locations: [extend(primary!.location), ...others.slice(0, MAX_RELATED).map((b) => extend(b.location, { label: 'copy' }))],
        ...(others.length > MAX_RELATED ? { relatedCount: others.length } : {}),
        fingerprintParts: [hash, ...group.map((b) => b.location.file)],
      });
    }
  },
};

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
