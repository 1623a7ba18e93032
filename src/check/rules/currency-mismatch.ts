import { crossCheckRule } from '../crosscheck/cross-check-rule.js';

/** The same amount for the same thing is given in different currencies. See docs/rules/currency-mismatch.md. */
export const currencyMismatch = crossCheckRule({
  id: 'currency-mismatch',
  description: 'The same amount for the same thing is given in different currencies.',
  defaultSeverity: 'error',
});
