import { crossCheckRule } from '../crosscheck/cross-check-rule.js';

/** The same subject, attribute and period are given values that cannot both be true. See docs/rules/conflicting-figure.md. */
export const conflictingFigure = crossCheckRule({
  id: 'conflicting-figure',
  description: 'The same subject, attribute and period are given values that cannot both be true.',
  defaultSeverity: 'error',
});
