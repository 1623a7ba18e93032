import type { RuleMeta } from '../check/rule.js';
import type { Severity } from '../model/finding.js';
import { VERSION } from '../version.js';

/** Where the repository's files are browsed, pinned to this release so a link never drifts from the rule it documents. */
export const DOCS_BASE_URL = `https://github.com/factcheck-dev/factcheck/blob/v${VERSION}/`;

/** The project's home page (SARIF `tool.driver.informationUri`). */
export const HOMEPAGE_URL = 'https://github.com/factcheck-dev/factcheck';

/** A rule as the outputs describe it: identity, default severity, one-line description, docs link. */
export interface RuleInfo {
  readonly id: string;
  readonly defaultSeverity: Severity;
  readonly description: string;
  readonly url: string;
}

export function ruleInfo(meta: RuleMeta): RuleInfo {
  return { id: meta.id, defaultSeverity: meta.defaultSeverity, description: meta.description, url: ruleDocsUrl(meta) };
}

/** The version-pinned page of a rule (`docs/rules/<id>.md`). */
export function ruleDocsUrl(meta: Pick<RuleMeta, 'id'> & Partial<Pick<RuleMeta, 'docs'>>): string {
  return DOCS_BASE_URL + (meta.docs ?? `docs/rules/${meta.id}.md`);
}
