import { crossCheck } from '../crosscheck/cross-check.js';
import type { Rule } from '../rule.js';

/** A figure of a translation disagrees with the source (error) or is missing from the other side (warning). See docs/rules/translation-mismatch.md. */
export const translationMismatch: Rule = {
  meta: {
    id: 'translation-mismatch',
    description: 'A figure of a translation disagrees with the source (error) or is missing from the other side (warning).',
    defaultSeverity: 'error',
    docs: 'docs/rules/translation-mismatch.md',
  },
  checkCorpus({ documents, report }) {
    for (const r of crossCheck(documents).get('translation-mismatch') ?? []) report(r);
  },
};
