import path from 'node:path';
import { compareFindings, runCorpusRules, touches, type RuleSetting } from '../check/run-rules.js';
import { RULES } from '../check/rules/index.js';
import { unusedDisableDirective } from '../check/rules/unused-disable-directive.js';
import { collectFiles, displayName, type SourceFile } from '../load/collect-files.js';
import { createIgnoreFilter, type IgnorePatternSet } from '../load/ignore-rules.js';
import { languageFor, type LanguageOverride } from '../load/language-overrides.js';
import type { Finding } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import { Suppressions } from '../suppress/suppressions.js';
import { unusedDirectiveFindings } from '../suppress/unused-directives.js';
import { checksKey, DocumentCache } from '../cache/document-cache.js';
import { analyzeInput } from './analyze-cached.js';
import { analyzeFiles, readHit, type AnalyzeFilesOptions } from './analyze-files.js';
import { summaryOf, summaryResult } from './document-summary.js';
import { loadFacts } from '../facts/load-facts.js';
import { withAliases } from '../bind/entity-mentions.js';
import { findPairs } from '../check/pairing/find-pairs.js';

export interface ScanOptions extends Pick<AnalyzeFilesOptions, 'concurrency' | 'onProgress'> {
  /**
   * The claims each returned document keeps: `all` (the default); `compared`, only those a
   * cross-document check may compare, with `claimCount` (see `FileAnalysisOptions`); `none`, no
   * claims, findings or paragraphs: each document is a summary (name, language, encoding,
   * `claimCount`), what a report lists. The findings are the same whatever the setting; with
   * `none` and a cache, a run that reuses the cached cross-document findings reads no analysis.
   */
  readonly keepClaims?: 'all' | 'compared' | 'none';
  /** Base for relative paths in the output; defaults to the working directory. */
  readonly cwd?: string;
  /** Extensions picked up when walking folders. */
  readonly extensions?: readonly string[];
  readonly maxFileSize?: number;
  /** Severity per rule id (`off` disables a rule). */
  readonly rules?: Readonly<Record<string, RuleSetting>>;
  /** Options per rule id (config `[severity, {options}]`), handed to the rule as `context.options`. */
  readonly ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  /** Config aliases: canonical subject → other names, extending the built-in alias table. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /**
   * `false`: only the alias table names subjects. By default a company an article introduces
   * (`创业公司深衡智能`, `smartphone maker Vireo`) is a subject too, its conflicts reported as info.
   */
  readonly inferCompanies?: boolean;
  /** Per-pattern settings (a forced language) from the config's `overrides`. */
  readonly overrides?: readonly LanguageOverride[];
  /** Ignore rules (`.factcheckignore`, `--ignore-path`, config `ignores`, `--ignore-pattern`). */
  readonly ignore?: readonly IgnorePatternSet[];
  /** Absolute path of the facts file named by the config (reference figures). */
  readonly facts?: string;
  /** A document read from standard input, scanned with the files. */
  readonly stdin?: { readonly name: string; readonly bytes: Uint8Array };
  /**
   * The archive to check against: its documents take part in the cross-document checks, but only
   * findings touching the documents of `paths` (and stdin) are reported.
   */
  readonly against?: readonly string[];
  /**
   * `false`: the documents are analysed but not checked against each other, and `findings` holds
   * only each document's own (load problems, repeats inside it), for a command that lists claims.
   */
  readonly crossCheck?: boolean;
  /** Cache per-document analyses at this location (a folder or file; see DEFAULT_CACHE_LOCATION). */
  readonly cache?: { readonly location: string };
}

export interface ScanResult {
  /** One result per reported document (without `against`'s archive), sorted by file name. */
  readonly documents: readonly DocumentResult[];
  /** Every finding, per-document and cross-document, in a total order. */
  readonly findings: readonly Finding[];
  /** Path arguments that matched no document. */
  readonly unmatched: readonly string[];
  /** Things to tell the user on stderr (files named but ignored, cache trouble). */
  readonly notes: readonly string[];
  /** Paths named explicitly (or the stdin name) that ignore rules excluded. */
  readonly ignored: readonly string[];
  /** How many archive documents (`against`) the documents were checked against. */
  readonly archiveDocuments?: number;
  /**
   * Cache hits and misses, when a cache was used, and whether the cross-document findings were
   * those of an earlier run that checked the same analyses.
   */
  readonly cache?: { readonly hits: number; readonly misses: number; readonly checksReused: boolean };
}

/** Loads, analyses and cross-checks documents: the whole pipeline behind `factcheck scan`. */
export async function scan(paths: readonly string[], options: ScanOptions = {}): Promise<ScanResult> {
  const cwd = options.cwd ?? process.cwd();
  const facts = await referenceFacts(options, cwd);
  const notes: string[] = [];
  const ignore = createIgnoreFilter(options.ignore ?? []);
  const collectOptions = { cwd, ...(options.extensions ? { extensions: options.extensions } : {}), ...(ignore ? { ignore } : {}) };
  const named = await collectFiles(paths, collectOptions);
  const archive = options.against ? await collectFiles(options.against, collectOptions) : undefined;
  for (const i of [...named.ignored, ...(archive?.ignored ?? [])]) notes.push(`${i.path} is ignored (${i.source}); use --no-ignore to scan it`);

  const ignored = [...named.ignored, ...(archive?.ignored ?? [])].map((i) => i.path);
  let stdin = options.stdin ? { ...options.stdin, name: stdinName(options.stdin.name, cwd) } : undefined;
  const stdinAbsolute = stdin && path.resolve(cwd, stdin.name);
  const stdinIgnoredBy = stdin && ignore?.ignoredBy(stdinAbsolute!, false);
  if (stdin && stdinIgnoredBy) {
    notes.push(`${stdin.name} (stdin) is ignored (${stdinIgnoredBy}); use --no-ignore to scan it`);
    ignored.push(stdin.name);
    stdin = undefined;
  }
  // A document given on stdin under the name of a file on disk replaces that file (an editor's buffer).
  const files = mergeFiles([named.files, archive?.files ?? []]).filter((f) => f.absolute !== stdinAbsolute);
  const focus = options.against ? new Set([...named.files.map((f) => f.name), ...(stdin ? [stdin.name] : [])]) : undefined;

  const opened = options.cache ? await DocumentCache.open(options.cache.location, cwd) : undefined;
  if (opened?.note) notes.push(opened.note);
  let documents: DocumentResult[] = [];
  let findings: Finding[];
  try {
    if (stdin) {
      const input = { ...stdin, absolute: stdinAbsolute!, lang: languageFor(stdinAbsolute!, options.overrides) };
      documents.push(analyzeInput(input, options, opened?.cache));
    }
    const summaries = options.keepClaims === 'none';
    // A hit's own findings are read with its analysis: without the cross-document checks, which
    // return them all, it is read at once.
    const deferHits = summaries && options.crossCheck !== false;
    const analysis = { ...fileAnalysisOptions(options), ...(opened ? { cache: opened.cache, deferHits } : {}) };
    for await (const result of analyzeFiles(files, analysis)) documents.push(result);
    sortDocuments(documents);
    if (options.keepClaims === 'compared') await restoreTranslations(documents, files, options);
    if (options.crossCheck === false) findings = ownFindings(documents);
    else {
      const checks = cachedChecks(documents, facts, options, opened?.cache, focus);
      findings = checks.findings ?? (await checkAfresh(documents, facts, files, options, opened?.cache, focus, checks.key));
    }
    if (summaries) documents = documents.map((d) => summaryResult(d.file, summaryOf(d)));
    if (opened) {
      const failed = await opened.cache.save();
      if (failed) notes.push(failed);
    }
  } finally {
    opened?.cache.close();
  }
  if (focus) findings = findings.filter((f) => touches(f, focus));
  return {
    documents: focus ? documents.filter((d) => focus.has(d.file)) : documents,
    findings,
    unmatched: [...named.unmatched, ...(archive?.unmatched ?? [])],
    notes,
    ignored,
    ...(focus ? { archiveDocuments: documents.filter((d) => !focus.has(d.file)).length } : {}),
    ...(opened ? { cache: { hits: opened.cache.hits, misses: opened.cache.misses, checksReused: opened.cache.checksReused } } : {}),
  };
}

/** Reference figures are one more, authoritative document, for the cross-checks only. */
export async function referenceFacts(options: Pick<ScanOptions, 'facts' | 'aliases'>, cwd: string): Promise<DocumentResult[]> {
  return options.facts ? [await loadFacts(options.facts, cwd, withAliases(options.aliases))] : [];
}

/** What `analyzeFiles` needs from the scan options (plain data, for the worker threads). */
function fileAnalysisOptions(options: ScanOptions): AnalyzeFilesOptions {
  const pick = <K extends keyof ScanOptions & keyof AnalyzeFilesOptions>(key: K) => (options[key] !== undefined ? { [key]: options[key] } : {});
  return {
    ...pick('maxFileSize'),
    ...pick('rules'),
    ...pick('ruleOptions'),
    ...pick('aliases'),
    ...pick('inferCompanies'),
    ...pick('overrides'),
    ...pick('concurrency'),
    ...pick('onProgress'),
    // The checks read the compared claims of every document; `none` drops them after.
    ...(options.keepClaims ? { keepClaims: options.keepClaims === 'none' ? 'compared' : options.keepClaims } : {}),
  };
}

/** Sorts results by file name in code-unit order, as every output lists them. */
export function sortDocuments(documents: DocumentResult[]): void {
  documents.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

export interface CheckOptions extends Pick<ScanOptions, 'rules' | 'ruleOptions'> {
  /**
   * Only the findings that touch one of these files are wanted (`--against`, `--stdin`): the
   * checks then compare only what can concern them, which costs a fraction of checking everything.
   */
  readonly focus?: ReadonlySet<string>;
}

/**
 * Cross-document checks over analysed documents, merged with their own findings, sorted. Inline
 * suppressions hold here too, and directives that silenced nothing in any check are reported.
 */
export function checkDocuments(documents: readonly DocumentResult[], options: CheckOptions = {}): Finding[] {
  const { focus } = options;
  const suppressions = Suppressions.fromResults(documents);
  const findings = documents.flatMap((d) => d.findings);
  const corpus = runCorpusRules(documents, {
    rules: RULES,
    ...(options.rules ? { severities: options.rules } : {}),
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    ...(suppressions ? { suppressions } : {}),
    ...(focus ? { focus } : {}),
  });
  // Loops, not push(...spread): a large corpus can hold more findings than fit on the stack.
  for (const f of corpus) findings.push(f);
  if (suppressions) {
    const setting = options.rules?.[unusedDisableDirective.meta.id] ?? unusedDisableDirective.meta.defaultSeverity;
    for (const f of unusedDirectiveFindings(suppressions, new Set(RULES.map((r) => r.meta.id)), setting)) findings.push(f);
  }
  // With a focus the checks left out findings of other files only, and may have kept some.
  return (focus ? findings.filter((f) => touches(f, focus)) : findings).sort(compareFindings);
}

/**
 * The findings the cache kept from a run that checked the same analyses with the same reference
 * figures and rule settings (all of them, or those of the same `focus`), or the key to store this
 * run's under. Only when the cache holds an analysis of every document: one it could not read or
 * decode leaves nothing to key the checks by.
 */
function cachedChecks(
  documents: readonly DocumentResult[],
  facts: readonly DocumentResult[],
  options: ScanOptions,
  cache: DocumentCache | undefined,
  focus: ReadonlySet<string> | undefined,
): { findings?: Finding[]; key?: string } {
  if (!cache) return {};
  const used = cache.usedKeys();
  if (used.length === 0 || used.length !== documents.length) return {};
  const settings = [facts, options.rules ?? null, options.ruleOptions ?? null];
  // Every finding serves a run with a focus too (the scan keeps those that touch it).
  const allKey = checksKey(used, settings);
  const key = focus ? checksKey(used, [...settings, [...focus].sort()]) : allKey;
  const findings = cache.checks(allKey) ?? (key !== allKey ? cache.checks(key) : undefined);
  return findings ? { findings } : { key };
}

/**
 * `checkDocuments` over the documents' analyses (read back from the cache first, for those
 * `analyzeFiles` gave as summaries), stored in the cache under `key`.
 */
async function checkAfresh(
  documents: DocumentResult[],
  facts: readonly DocumentResult[],
  files: readonly SourceFile[],
  options: ScanOptions,
  cache: DocumentCache | undefined,
  focus: ReadonlySet<string> | undefined,
  key: string | undefined,
): Promise<Finding[]> {
  for (let i = 0; i < documents.length; i++) documents[i] = readHit(documents[i]!);
  // The checks read every claim of a translation (with `compared`, restored before the lookup).
  if (options.keepClaims === 'none') await restoreTranslations(documents, files, options);
  // Before the checks, not after: the copy's buffer and their structures are then never alive at once.
  cache?.keepEntries();
  const findings = checkDocuments(facts.length > 0 ? [...documents, ...facts] : documents, { ...options, ...(focus ? { focus } : {}) });
  if (cache && key !== undefined) cache.setChecks(key, findings);
  return findings;
}

/**
 * Analyses again, keeping every claim, the documents whose claims were trimmed but that another
 * document's `translation:` key turns out to name: a translation check reads all their claims.
 */
async function restoreTranslations(documents: DocumentResult[], files: readonly SourceFile[], options: ScanOptions): Promise<void> {
  const trimmed = new Set<string>();
  for (const { source, target } of findPairs(documents)) {
    for (const side of [source, target]) if (side.claimCount !== undefined) trimmed.add(side.file);
  }
  if (trimmed.size === 0) return;
  const again = files.filter((f) => trimmed.has(f.name));
  // Without the progress callback: these files were counted once already.
  const { onProgress, ...analysis } = fileAnalysisOptions(options);
  const whole = new Map<string, DocumentResult>();
  for await (const result of analyzeFiles(again, { ...analysis, concurrency: 'off', keepClaims: 'all' })) whole.set(result.file, result);
  for (let i = 0; i < documents.length; i++) documents[i] = whole.get(documents[i]!.file) ?? documents[i]!;
}

function ownFindings(documents: readonly DocumentResult[]): Finding[] {
  const findings: Finding[] = [];
  for (const d of documents) for (const f of d.findings) findings.push(f);
  return findings.sort(compareFindings);
}

function stdinName(name: string, cwd: string): string {
  return name === '<stdin>' ? name : displayName(path.resolve(cwd, name), cwd);
}

function mergeFiles(lists: readonly (readonly SourceFile[])[]): SourceFile[] {
  const byPath = new Map<string, SourceFile>();
  for (const list of lists) for (const f of list) if (!byPath.has(f.absolute)) byPath.set(f.absolute, f);
  return [...byPath.values()];
}
