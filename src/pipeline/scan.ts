import { compareFindings, runCorpusRules, type RuleSetting } from '../check/run-rules.js';
import { RULES } from '../check/rules/index.js';
import { collectFiles } from '../load/collect-files.js';
import { readSource, sourceFromBytes } from '../load/read-source.js';
import type { Finding } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import { analyzeSource } from './analyze-document.js';
import { loadFacts } from '../facts/load-facts.js';
import { withAliases } from '../bind/entity-mentions.js';

export interface ScanOptions {
  /** Base for relative paths in the output; defaults to the working directory. */
  readonly cwd?: string;
  /** Extensions picked up when walking folders. */
  readonly extensions?: readonly string[];
  readonly maxFileSize?: number;
  /** Severity per rule id (`off` disables a rule). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /**
   * Names to add to the alias table, per entity id: more names for a known entity
   * (`{ nvidia: ['NV'] }`) or a new one (`{ acme: ['Acme Corp', '艾克米'] }`).
   */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** A file of reference figures (YAML) every document is checked against; see docs/cross-checking.md. */
  readonly facts?: string;
  /** A document read from standard input, scanned with the files. */
  readonly stdin?: { readonly name: string; readonly bytes: Uint8Array };
}

export interface ScanResult {
  /** One result per document, sorted by file name. */
  readonly documents: readonly DocumentResult[];
  /** Every finding, per-document and cross-document, in a total order. */
  readonly findings: readonly Finding[];
  /** Path arguments that matched no document. */
  readonly unmatched: readonly string[];
}

/** Loads, analyses and cross-checks documents: the whole pipeline behind `factcheck scan`. */
export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const binding = { entities: withAliases(options.aliases) };
  const facts = options.facts ? [await loadFacts(options.facts, options.cwd, binding.entities)] : [];
  const { files, unmatched } = await collectFiles(paths, options);
  const ruleOptions = { rules: RULES, severities: options.rules };
  const documents: DocumentResult[] = [];
  if (options.stdin) documents.push(analyzeSource(sourceFromBytes(options.stdin.name, options.stdin.bytes), ruleOptions, binding));
  for (const file of files) {
    documents.push(analyzeSource(await readSource(file, options), ruleOptions, binding));
  }
  documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { documents, findings: checkDocuments([...documents, ...facts], options), unmatched };
}

/** Cross-document checks over analysed documents, merged with their own findings, sorted. */
export function checkDocuments(documents: readonly DocumentResult[], options: Pick<ScanOptions, 'rules'> = {}): Finding[] {
  const findings = documents.flatMap((d) => d.findings);
  findings.push(...runCorpusRules(documents, { rules: RULES, severities: options.rules }));
  return findings.sort(compareFindings);
}
