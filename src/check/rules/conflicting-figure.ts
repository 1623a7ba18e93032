import { crossCheck } from '../crosscheck/cross-check.js';
import type { Rule } from '../rule.js';

/** The same subject, attribute and period are given values that cannot both be true. See docs/rules/conflicting-figure.md. */
export const conflictingFigure: Rule = {
  meta: {
    id: 'conflicting-figure',
    description: 'The same subject, attribute and period are given values that cannot both be true.',
    defaultSeverity: 'error',
    docs: 'docs/rules/conflicting-figure.md',
  },
  checkCorpus({ documents, report }) {
    for (const r of crossCheck(documents).get('conflicting-figure') ?? []) report(r);
  },
};
