import { crossCheckRule } from '../crosscheck/cross-check-rule.js';

/** The same event is given different dates. See docs/rules/date-conflict.md. */
export const dateConflict = crossCheckRule({
  id: 'date-conflict',
  description: 'The same event is given different dates.',
  defaultSeverity: 'error',
});
