import path from 'node:path';
import type { Document } from '../../model/document.js';

/**
 * The document the front matter names as this one's translation (`translation: other.md`),
 * as a path like the document's own (relative to the same base, forward slashes).
 */
export function translationOf(doc: Document): { translationOf?: string } {
  const value = doc.frontMatter?.data['translation'];
  if (typeof value !== 'string' || value.trim() === '') return {};
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(doc.path), value.trim().replace(/\\/g, '/')));
  return { translationOf: resolved };
}
