import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/check/rule.js';
import { runCorpusRules, runDocumentRules } from '../../src/check/run-rules.js';
import { RULES } from '../../src/check/rules/index.js';
import { resolveConfig } from '../../src/config/resolve.js';
import { validateConfig } from '../../src/config/validate.js';
import { docFrom } from '../helpers.js';
import { tempProject } from '../temp-project.js';

/** A rule with options, as the figure checks declare them. */
function toleranceRule(seen: unknown[]): Rule {
  return {
    meta: {
      id: 'figure-tolerance',
      description: 'test rule',
      defaultSeverity: 'warning',
      docs: 'docs/rules/figure-tolerance.md',
      optionsSchema: { type: 'object', additionalProperties: false, properties: { tolerance: { type: 'number', minimum: 0 } } },
    },
    checkDocument: (ctx) => void seen.push(ctx.options),
    checkCorpus: (ctx) => void seen.push(ctx.options),
  };
}

describe('rule options', () => {
  it('are validated against the rule\'s own options schema, with the file and key named', () => {
    const rules = [...RULES, toleranceRule([])];
    expect(validateConfig({ rules: { 'figure-tolerance': ['error', { tolerance: 0.02 }] } }, '.factcheckrc.yaml', rules).rules).toEqual({
      'figure-tolerance': ['error', { tolerance: 0.02 }],
    });
    expect(() => validateConfig({ rules: { 'figure-tolerance': ['error', { tolerence: 0.02 }] } }, '.factcheckrc.yaml', rules)).toThrow(
      '.factcheckrc.yaml: options of rule "figure-tolerance": unknown key "tolerence" in "rules.figure-tolerance[1]"',
    );
    expect(() => validateConfig({ rules: { 'figure-tolerance': ['error', { tolerance: -1 }] } }, 'x.json', rules)).toThrow(
      'x.json: options of rule "figure-tolerance": "rules.figure-tolerance[1].tolerance" must be >= 0',
    );
  });

  it('reach the rule as context.options, per document and across documents ({} when none)', () => {
    const seen: unknown[] = [];
    const rule = toleranceRule(seen);
    const dir = tempProject({ '.factcheckrc.yaml': 'rules:\n  figure-tolerance: [warning, {tolerance: 0.05}]\n' });
    const { options } = resolveConfig({ cwd: dir }, [...RULES, rule]);
    expect(options.rules).toEqual({ 'figure-tolerance': 'warning' });
    const doc = docFrom('a.md', '英伟达以约200亿美元与Groq达成合作。\n');
    runDocumentRules(doc, [], { rules: [rule], severities: options.rules, ruleOptions: options.ruleOptions });
    runCorpusRules([], { rules: [rule], ruleOptions: options.ruleOptions });
    runDocumentRules(doc, [], { rules: [rule] });
    expect(seen).toEqual([{ tolerance: 0.05 }, { tolerance: 0.05 }, {}]);
  });
});
