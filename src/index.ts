// The library API: the CLI is a thin shell over these functions.

// load
export { collectFiles, DEFAULT_EXTENSIONS, type SourceFile } from './load/collect-files.js';
export { readSource, readSourceSync, sourceFromBytes, type Source, type LoadProblem } from './load/read-source.js';
export { decode } from './load/decode.js';
export { parseFrontMatter } from './load/front-matter.js';
// segment
export { segmentDocument } from './segment/segment-document.js';
// extract and bind
export { extractClaims } from './extract/extract-claims.js';
export { claimId } from './extract/claim-id.js';
export { bindClaims } from './bind/bind-claims.js';
// check
export { analyzeSource } from './pipeline/analyze-document.js';
export { scan, checkDocuments, type CheckOptions, type ScanOptions, type ScanResult } from './pipeline/scan.js';
export type { FileAnalysisOptions } from './pipeline/analyze-file.js';
export { analyzeFiles, type AnalyzeFilesOptions, type AnalysisProgress } from './pipeline/analyze-files.js';
export { AUTO_MIN_BYTES, type Concurrency } from './pipeline/concurrency.js';
// shards: claims JSONL out, cross-document checks over any number of shards in
export {
  readDocumentResults,
  shardDocumentLine,
  shardHeaderLine,
  ShardFormatError,
  SHARD_SCHEMA_VERSION,
  type ShardHeader,
  type ShardInput,
} from './pipeline/shard.js';
export { checkShards } from './pipeline/check-shards.js';
export { RULES } from './check/rules/index.js';
export type { Rule, RuleMeta, RuleReport, DocumentContext, CorpusContext } from './check/rule.js';
// configuration, ignore rules, suppressions, baseline, cache
export { resolveConfig, printableConfig, type ConfigRequest, type ResolvedConfig, type ConfiguredOptions } from './config/resolve.js';
export { findConfig } from './config/find-config.js';
export { loadConfigFile } from './config/load-config.js';
export { parseRuleFlags } from './config/rule-flag.js';
export { CONFIG_SCHEMA } from './config/schema.js';
export { ConfigError } from './config/errors.js';
export type { FactcheckConfig, RuleEntry, ConfigOverride } from './config/types.js';
export { createIgnoreFilter, type IgnorePatternSet, type IgnoreFilter } from './load/ignore-rules.js';
export type { LanguageOverride } from './load/language-overrides.js';
export { applyBaseline, recordBaseline, pruneBaseline, type AppliedBaseline, type UnusedSuppression } from './baseline/baseline.js';
export {
  readSuppressionsFile,
  writeSuppressionsFile,
  DEFAULT_SUPPRESSIONS_FILE,
  type SuppressionsData,
  type SuppressionEntry,
} from './baseline/suppressions-file.js';
export { DEFAULT_CACHE_LOCATION } from './cache/document-cache.js';
// report
export { buildReport, SCHEMA_VERSION, type Report } from './report/report.js';
export { formatJson, formatClaimsJson } from './report/format-json.js';
export { formatTable, formatClaimsTable } from './report/format-table.js';
export { formatJsonl } from './report/format-jsonl.js';
export { formatSarif } from './report/format-sarif.js';
export { formatGithub } from './report/format-github.js';
export { formatCompact } from './report/format-compact.js';
export { REPORT_FORMATS, CLAIMS_FORMATS, type ReportFormatter, type RenderStyle } from './report/formats.js';
export { DOCS_BASE_URL, ruleDocsUrl, type RuleInfo } from './report/rule-docs.js';
// model
export type { Claim, ClaimKind, Qualifier, Subject } from './model/claim.js';
export type { Document, Segment, Sentence, FrontMatter } from './model/document.js';
export type { Finding, Location, Severity } from './model/finding.js';
export type { DocumentResult, BlockDigest, DirectiveDigest, SuppressedRegion } from './model/result.js';
export type { Span, Point, Place } from './model/span.js';
export { LineIndex } from './text/line-index.js';
export { VERSION } from './version.js';
