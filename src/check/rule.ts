import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import type { Location, Severity } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';

/** What a rule is, for `factcheck rules`, SARIF `tool.driver.rules` and the docs. */
export interface RuleMeta {
  readonly id: string;
  readonly description: string;
  readonly defaultSeverity: Severity;
  /** Path of the rule's page, relative to the repository root. */
  readonly docs: string;
  /**
   * JSON Schema of the options object the rule accepts (config `[severity, {options}]`); a rule
   * without one accepts no options.
   */
  readonly optionsSchema?: Readonly<Record<string, unknown>>;
}

/** What a rule reports; the runner adds the rule id, the severity and the fingerprint. */
export interface RuleReport {
  readonly message: string;
  /** The place at fault first, then the places it contradicts or repeats. */
  readonly locations: readonly Location[];
  /** Content that identifies the finding across edits (normalised values, hashes; never lines). */
  readonly fingerprintParts: readonly string[];
  readonly subject?: string;
  readonly cause?: string;
  readonly relatedCount?: number;
  /** A severity the situation calls for instead of the rule's own (a repeat across documents is info). */
  readonly severity?: Severity;
}

export interface DocumentContext {
  readonly document: Document;
  /** The document's claims, minus those an inline suppression takes out of this rule. */
  readonly claims: readonly Claim[];
  /** The rule's options from the config (validated against `meta.optionsSchema`); `{}` when none. */
  readonly options: Readonly<Record<string, unknown>>;
  report(r: RuleReport): void;
}

export interface CorpusContext {
  /** Every document's result, minus the claims and blocks an inline suppression takes out of this rule. */
  readonly documents: readonly DocumentResult[];
  readonly options: Readonly<Record<string, unknown>>;
  /**
   * The files whose findings are wanted, when only some are (`scan --against`, `--stdin`): a rule
   * may skip the work whose findings could touch none of them, since the runner drops such
   * findings anyway. It must still report every finding that touches one.
   */
  readonly focus?: ReadonlySet<string>;
  report(r: RuleReport): void;
}

/**
 * A check. `checkDocument` sees one document with its text; `checkCorpus` sees every document's
 * result (claims and digests, no text) and compares them.
 */
export interface Rule {
  readonly meta: RuleMeta;
  checkDocument?(context: DocumentContext): void;
  checkCorpus?(context: CorpusContext): void;
}
