import type { Document } from '../model/document.js';
import type { DirectiveDigest } from '../model/result.js';
import { locate } from '../check/locate.js';

/**
 * Front matter `factcheck: {disable: [rule, …]}` (or `disable: true` for every rule) silences
 * the listed rules for the whole document. Any other shape is marked invalid and reported, so a
 * typo never silently does nothing.
 */
export function frontMatterDirective(doc: Document): Omit<DirectiveDigest, 'regions' | 'used'> | undefined {
  const fm = doc.frontMatter;
  if (!fm || fm.error || !Object.hasOwn(fm.data, 'factcheck')) return undefined;
  const block = doc.text.slice(fm.span.start, fm.span.end);
  const keyAt = /^factcheck[ \t]*:/m.exec(block);
  const start = fm.span.start + (keyAt?.index ?? 0);
  const lineEnd = doc.text.slice(start, fm.span.end).search(/[\r\n]/);
  const location = locate(doc, { start, end: lineEnd < 0 ? fm.span.end : start + lineEnd });
  const value = fm.data.factcheck as unknown;
  const mapping = typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  const disable = mapping && Object.keys(mapping).every((k) => k === 'disable') ? mapping.disable : undefined;
  if (disable === true) return { kind: 'front-matter', rules: [], location };
  if (typeof disable === 'string') return { kind: 'front-matter', rules: [disable], location };
  if (Array.isArray(disable) && disable.length > 0 && disable.every((r) => typeof r === 'string')) {
    return { kind: 'front-matter', rules: disable as string[], location };
  }
  return { kind: 'front-matter', rules: [], invalid: 'front matter "factcheck" must be {disable: [rule, …]} or {disable: true}', location };
}
