import type { ChalkInstance } from 'chalk';
import type { DocumentResult } from '../model/result.js';
import { formatCompact } from './format-compact.js';
import { formatGithub } from './format-github.js';
import { formatClaimsJson, formatClaimsJsonChunks, formatJson, formatJsonChunks } from './format-json.js';
import type { Chunks } from './json-chunks.js';
import { formatJsonl } from './format-jsonl.js';
import { formatSarif } from './format-sarif.js';
import { formatClaimsTable, formatTable } from './format-table.js';
import { formatRulesJson, formatRulesTable } from './format-rules.js';
import type { Report } from './report.js';
import { shardDocumentLine, shardHeaderLine } from '../pipeline/shard.js';
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
  jsonl: (documents) => shardHeaderLine() + documents.map(shardDocumentLine).join(''),
};

/**
 * The formats whose output grows with the archive, written in pieces (the same bytes as
 * `REPORT_FORMATS` / `CLAIMS_FORMATS` give as one string): the CLI never builds them whole.
 */
export const REPORT_FORMAT_CHUNKS: Readonly<Record<string, (report: Report) => Chunks>> = {
  json: formatJsonChunks,
};

export const CLAIMS_FORMAT_CHUNKS: Readonly<Record<string, (documents: readonly DocumentResult[]) => Chunks>> = {
  json: formatClaimsJsonChunks,
  jsonl: shardChunks,
};

function* shardChunks(documents: readonly DocumentResult[]): Generator<string> {
  yield shardHeaderLine();
  for (const d of documents) yield shardDocumentLine(d);
}

/** `factcheck rules --format <name>`; the first is the default. */
export const RULES_FORMATS: Readonly<Record<string, (rules: readonly RuleInfo[], style: RenderStyle) => string>> = {
  table: (rules) => formatRulesTable(rules),
  json: (rules) => formatRulesJson(rules),
};
