import { crossCheck } from '../crosscheck/cross-check.js';
import type { Rule } from '../rule.js';

/** Two figures for the same thing are a power of ten apart (万/亿, million/billion slips). See docs/rules/magnitude-slip.md. */
export const magnitudeSlip: Rule = {
  meta: {
    id: 'magnitude-slip',
    description: 'Two figures for the same thing are a power of ten apart (万/亿, million/billion slips).',
    defaultSeverity: 'error',
    docs: 'docs/rules/magnitude-slip.md',
  },
  checkCorpus({ documents, report }) {
    for (const r of crossCheck(documents).get('magnitude-slip') ?? []) report(r);
  },
};
