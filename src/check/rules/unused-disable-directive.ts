import type { Rule } from '../rule.js';

// Reported after every other check, by src/suppress/unused-directives.ts: a directive is unused
// only once both the per-document and the cross-document rules have run.

export const unusedDisableDirective: Rule = {
  meta: {
    id: 'unused-disable-directive',
    description: 'A factcheck-disable directive silences nothing (or names a rule that does not exist).',
    defaultSeverity: 'info',
    docs: 'docs/rules/unused-disable-directive.md',
  },
};
