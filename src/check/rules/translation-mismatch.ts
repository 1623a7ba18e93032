import { crossCheckRule } from '../crosscheck/cross-check-rule.js';

/** A figure of a translation disagrees with the source (error) or is missing from the other side (warning). See docs/rules/translation-mismatch.md. */
export const translationMismatch = crossCheckRule({
  id: 'translation-mismatch',
  description: 'A figure of a translation disagrees with the source (error) or is missing from the other side (warning).',
  defaultSeverity: 'error',
});
