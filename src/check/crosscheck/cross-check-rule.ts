import type { Rule, RuleMeta } from '../rule.js';
import { crossCheck } from './cross-check.js';

/**
 * The cross-check rules share one pass over the corpus (`crossCheck`, computed once per run);
 * each rule reports its own share of it, so that each keeps its own severity, options and docs.
 */
export function crossCheckRule(meta: Omit<RuleMeta, 'docs'>): Rule {
  return {
    meta: { ...meta, docs: `docs/rules/${meta.id}.md` },
    checkCorpus({ documents, focus, report }) {
      for (const r of crossCheck(documents, focus).get(meta.id) ?? []) report(r);
    },
  };
}
