import { crossCheck } from '../crosscheck/cross-check.js';
import type { Rule } from '../rule.js';

/** The same event is given different dates. See docs/rules/date-conflict.md. */
export const dateConflict: Rule = {
  meta: {
    id: 'date-conflict',
    description: 'The same event is given different dates.',
    defaultSeverity: 'error',
    docs: 'docs/rules/date-conflict.md',
  },
  checkCorpus({ documents, report }) {
    for (const r of crossCheck(documents).get('date-conflict') ?? []) report(r);
  },
};
