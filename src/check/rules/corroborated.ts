import { crossCheck } from '../crosscheck/cross-check.js';
import type { Rule } from '../rule.js';

/** The same figure is stated by several documents or in both languages of one. See docs/rules/corroborated.md. */
export const corroborated: Rule = {
  meta: {
    id: 'corroborated',
    description: 'The same figure is stated by several documents or in both languages of one.',
    defaultSeverity: 'info',
    docs: 'docs/rules/corroborated.md',
  },
  checkCorpus({ documents, report }) {
    for (const r of crossCheck(documents).get('corroborated') ?? []) report(r);
  },
};
