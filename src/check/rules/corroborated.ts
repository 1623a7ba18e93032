import { crossCheckRule } from '../crosscheck/cross-check-rule.js';

/** The same figure is stated by several documents or in both languages of one. See docs/rules/corroborated.md. */
export const corroborated = crossCheckRule({
  id: 'corroborated',
  description: 'The same figure is stated by several documents or in both languages of one.',
  defaultSeverity: 'info',
});
