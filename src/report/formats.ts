import type { ChalkInstance } from 'chalk';
import type { DocumentResult } from '../model/result.js';
import { formatCompact } from './format-compact.js';
import { formatGithub } from './format-github.js';
import { formatClaimsJson, formatJson } from './format-json.js';
import { formatJsonl } from './format-jsonl.js';
import { formatSarif } from './format-sarif.js';
import { formatClaimsTable, formatTable } from './format-table.js';
import { formatRulesJson, formatRulesTable } from './format-rules.js';
import type { Report } from './report.js';
import type { RuleInfo } from './rule-docs.js';

/** What a renderer may use besides its data: only the human formats look at colour. */
export interface RenderStyle {
  readonly chalk: ChalkInstance;
}

export type ReportFormatter = (report: Report, style: RenderStyle) => string;
export type ClaimsFormatter = (documents: readonly DocumentResult[], style: RenderStyle) => string;

/** `factcheck scan --format <name>`; the first is the default. Machine formats ignore the style: never coloured. */
export const REPORT_FORMATS: Readonly<Record<string, ReportFormatter>> = {
  table: (report, { chalk }) => formatTable(report, chalk),
  compact: (report) => formatCompact(report),
  json: (report) => formatJson(report),
  jsonl: (report) => formatJsonl(report),
  sarif: (report) => formatSarif(report),
  github: (report) => formatGithub(report),
};

/** `factcheck claims --format <name>`; the first is the default. */
export const CLAIMS_FORMATS: Readonly<Record<string, ClaimsFormatter>> = {
  table: (documents, { chalk }) => formatClaimsTable(documents, chalk),
  json: (documents) => formatClaimsJson(documents),
};

/** `factcheck rules --format <name>`; the first is the default. */
export const RULES_FORMATS: Readonly<Record<string, (rules: readonly RuleInfo[], style: RenderStyle) => string>> = {
  table: (rules) => formatRulesTable(rules),
  json: (rules) => formatRulesJson(rules),
};
