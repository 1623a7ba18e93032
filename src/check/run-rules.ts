import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import type { Finding, Severity } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import { runSuppressible, type Suppressions } from '../suppress/suppressions.js';
import { fingerprint } from './fingerprint.js';
import type { Rule, RuleReport } from './rule.js';

/** A rule's configured severity; `off` disables it. */
export type RuleSetting = Severity | 'off';

export interface RuleOptions {
  readonly rules: readonly Rule[];
  /** Severity per rule id, overriding the rule's default. */
  readonly severities?: Readonly<Record<string, RuleSetting>>;
  /** Options per rule id, from the config. */
  readonly ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Inline suppressions in force: what they cover takes no part in the rules they name. */
  readonly suppressions?: Suppressions;
  /** The files whose findings are wanted (see `CorpusContext.focus`); all when undefined. */
  readonly focus?: ReadonlySet<string>;
}

const NO_OPTIONS: Readonly<Record<string, unknown>> = Object.freeze({});

/** Runs every document-scope rule on one document. */
export function runDocumentRules(document: Document, claims: readonly Claim[], options: RuleOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    if (!rule.checkDocument) continue;
    const severity = settingOf(rule, options);
    if (severity === 'off') continue;
    const ruleOptions = options.ruleOptions?.[rule.meta.id] ?? NO_OPTIONS;
    const run = (visible: readonly Claim[]) => {
      const out: Finding[] = [];
      rule.checkDocument!({ document, claims: visible, options: ruleOptions, report: (r) => out.push(stamp(rule, severity, r)) });
      return out;
    };
    const visible = (s: Suppressions, cs: readonly Claim[]) => s.visibleClaims(rule.meta.id, document.path, cs);
    for (const f of runSuppressible(rule.meta.id, options.suppressions, claims, visible, run)) findings.push(f);
  }
  return findings;
}

/**
 * Runs every corpus-scope rule over all documents' results. With `focus`, findings that touch
 * none of its files may be missing: the caller keeps only those that do (see `touches`).
 */
export function runCorpusRules(documents: readonly DocumentResult[], options: RuleOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of options.rules) {
    if (!rule.checkCorpus) continue;
    const severity = settingOf(rule, options);
    if (severity === 'off') continue;
    const ruleOptions = options.ruleOptions?.[rule.meta.id] ?? NO_OPTIONS;
    const run = (visible: readonly DocumentResult[]) => {
      const out: Finding[] = [];
      const report = (r: RuleReport) => out.push(stamp(rule, severity, r));
      rule.checkCorpus!({ documents: visible, options: ruleOptions, ...(options.focus ? { focus: options.focus } : {}), report });
      return out;
    };
    const visible = (s: Suppressions, docs: readonly DocumentResult[]) => s.visibleResults(rule.meta.id, docs);
    for (const f of runSuppressible(rule.meta.id, options.suppressions, documents, visible, run)) findings.push(f);
  }
  return findings;
}

/** Whether a finding shows a place in one of the files. */
export function touches(finding: Finding, files: ReadonlySet<string>): boolean {
  return finding.locations.some((l) => files.has(l.file));
}

export function settingOf(rule: Rule, options: RuleOptions): RuleSetting {
  return options.severities?.[rule.meta.id] ?? rule.meta.defaultSeverity;
}

/** Adds what every finding carries: the rule id, the severity in force and the fingerprint. */
export function stamp(rule: Rule, configured: Severity, r: RuleReport): Finding {
  const severity = r.severity && configured === rule.meta.defaultSeverity ? r.severity : configured;
  return {
    ruleId: rule.meta.id,
    severity,
    message: r.message,
    fingerprint: fingerprint(rule.meta.id, r.fingerprintParts),
    ...(r.subject !== undefined ? { subject: r.subject } : {}),
    locations: r.locations,
    ...(r.relatedCount !== undefined ? { relatedCount: r.relatedCount } : {}),
    ...(r.cause !== undefined ? { cause: r.cause } : {}),
  };
}

/** Total order: file, line, column, rule, fingerprint (code-unit comparison, never locale). */
export function compareFindings(a: Finding, b: Finding): number {
  const la = a.locations[0]!;
  const lb = b.locations[0]!;
  return cmp(la.file, lb.file) || la.line - lb.line || la.column - lb.column || cmp(a.ruleId, b.ruleId) || cmp(a.fingerprint, b.fingerprint);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
