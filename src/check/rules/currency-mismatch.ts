import { crossCheck } from '../crosscheck/cross-check.js';
import type { Rule } from '../rule.js';

/** The same amount for the same thing is given in different currencies. See docs/rules/currency-mismatch.md. */
export const currencyMismatch: Rule = {
  meta: {
    id: 'currency-mismatch',
    description: 'The same amount for the same thing is given in different currencies.',
    defaultSeverity: 'error',
    docs: 'docs/rules/currency-mismatch.md',
  },
  checkCorpus({ documents, report }) {
    for (const r of crossCheck(documents).get('currency-mismatch') ?? []) report(r);
  },
};
