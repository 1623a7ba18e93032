import { crossCheckRule } from '../crosscheck/cross-check-rule.js';

/** Two figures for the same thing are a power of ten apart (万/亿, million/billion slips). See docs/rules/magnitude-slip.md. */
export const magnitudeSlip = crossCheckRule({
  id: 'magnitude-slip',
  description: 'Two figures for the same thing are a power of ten apart (万/亿, million/billion slips).',
  defaultSeverity: 'error',
});
