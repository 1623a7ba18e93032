import type { Rule } from '../rule.js';

// Problems found while reading a file. The loader reports them; these entries give them their
// identity, default severity and docs like every other rule.

export const loadError: Rule = {
  meta: {
    id: 'load-error',
    description: 'A file could not be read or decoded (missing, unreadable, binary, too large); it was not scanned.',
    defaultSeverity: 'error',
    docs: 'docs/rules/load-error.md',
  },
};

export const invalidEncoding: Rule = {
  meta: {
    id: 'invalid-encoding',
    description: 'A file holds byte sequences that are invalid in its encoding; they were replaced and the rest scanned.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/invalid-encoding.md',
  },
};

export const invalidFrontMatter: Rule = {
  meta: {
    id: 'invalid-front-matter',
    description: 'The YAML front matter could not be parsed; it was ignored and the body scanned.',
    defaultSeverity: 'warning',
    docs: 'docs/rules/invalid-front-matter.md',
  },
};

export const internalError: Rule = {
  meta: {
    id: 'internal-error',
    description: 'factcheck itself failed on this document (a bug worth reporting); it was not checked, the others were.',
    defaultSeverity: 'error',
    docs: 'docs/rules/internal-error.md',
  },
};
