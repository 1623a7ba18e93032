import { contentHash } from '../fingerprint.js';
import { locate } from '../locate.js';
import { normalisedContent } from '../block-content.js';
import type { Rule } from '../rule.js';
import type { Segment } from '../../model/document.js';

/** A row that repeats another row of the same table, cell for cell. */
export const duplicateTableRow: Rule = {
  meta: {
    id: 'duplicate-table-row',
    description: 'A table row repeats an earlier row of the same table.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/duplicate-table-row.md',
  },
  checkDocument({ document, report }) {
    const seen = new Map<string, Segment>();
    const repeats = new Map<string, number>();
    for (const segment of document.segments) {
      if (segment.kind !== 'table-row' || !segment.table || segment.table.delimiter) continue;
      const content = normalisedContent(document, segment);
      if (content.replace(/\u241f/g, '').trim() === '') continue;
      const key = `${segment.table.id}\u0000${content}`;
      const first = seen.get(key);
      if (!first) {
        seen.set(key, segment);
        continue;
      }
      const nth = (repeats.get(key) ?? 0) + 1;
      repeats.set(key, nth);
      const at = locate(document, segment.span);
      const original = locate(document, first.span, 'first occurrence');
      report({
        message: `Table row repeats line ${original.line} of the same table.`,
        locations: [at, original],
        fingerprintParts: [document.path, contentHash(content), String(nth)],
      });
    }
  },
};
