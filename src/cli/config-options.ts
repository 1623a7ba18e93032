import { Option, type Command } from 'commander';
import { DEFAULT_CACHE_LOCATION } from '../cache/document-cache.js';
import { printableConfig, resolveConfig } from '../config/resolve.js';
import type { ScanOptions } from '../pipeline/scan.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

/** Flags of the commands that read documents and a configuration. */
export interface ConfigFlags {
  config?: string;
  configLookup: boolean;
  printConfig?: boolean;
  rule?: string[];
  ignore: boolean;
  ignorePath?: string[];
  ignorePattern?: string[];
  stdin?: boolean;
  against?: string[];
  changedOnly?: boolean;
}

/** `factcheck scan`'s flags for the baseline and the cache. */
export interface BaselineCacheFlags {
  suppressAll?: boolean;
  suppressRule?: string[];
  suppressionsLocation?: string;
  pruneSuppressions?: boolean;
  passOnUnprunedSuppressions?: boolean;
  cache?: boolean;
  cacheLocation?: string;
  cacheStrategy: string;
}

/** Collects a repeatable flag; no default, so help shows none. */
const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Config, ignore and input-selection flags (ESLint's names). */
export function addConfigOptions(cmd: Command): Command {
  return cmd
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--no-config-lookup', 'use no config file, only defaults and flags')
    .option('--print-config', 'print the configuration in force as JSON and exit')
    .option('--rule <rule>', 'set a rule\'s severity, e.g. "duplicate-paragraph: off" (repeatable)', repeat)
    .option('--ignore-path <file>', 'read ignore patterns from this file instead of .factcheckignore (repeatable)', repeat)
    .option('--ignore-pattern <pattern>', 'ignore files matching this gitignore-style pattern (repeatable)', repeat)
    .option('--no-ignore', 'disable ignore files, config "ignores" and --ignore-pattern')
    .option('--stdin', 'check the document on stdin against the paths given; report only its findings')
    .option('--against <path>', 'archive to check the paths against; report only findings touching the paths (repeatable)', repeat)
    .option('--changed-only', 'with --against: the paths are a changed-files list, which may be empty (exit 0)');
}

/** Baseline and cache flags of `factcheck scan`. */
export function addBaselineOptions(cmd: Command): Command {
  return cmd
    .option('--suppress-all', 'record every current finding in the suppressions file')
    .option('--suppress-rule <id>', 'record the current findings of this rule in the suppressions file (repeatable)', repeat)
    .option('--suppressions-location <file>', 'the suppressions file (default: factcheck-suppressions.json)')
    .option('--prune-suppressions', 'remove suppressions that no longer match a finding')
    .option('--pass-on-unpruned-suppressions', 'do not exit with 2 when suppressions no longer match a finding');
}

/** The per-document cache: only for the commands that analyse documents. */
export function addCacheOptions(cmd: Command): Command {
  return cmd
    .option('--cache', 'reuse per-document analyses of unchanged documents')
    .option('--cache-location <path>', `cache folder or file (default: ${DEFAULT_CACHE_LOCATION})`)
    .addOption(new Option('--cache-strategy <strategy>', 'how changes are detected: only content is supported').choices(['content']).default('content'));
}

/** Resolves the configuration and turns the flags into scan options; `--print-config` output is returned as text. */
export function configuredScanOptions(flags: ConfigFlags & Partial<BaselineCacheFlags>, io: CliIo): { options: ScanOptions; printed?: string } {
  const resolved = resolveConfig({
    cwd: io.cwd,
    ...(flags.config !== undefined ? { configFile: flags.config } : {}),
    lookup: flags.configLookup,
    ruleFlags: flags.rule ?? [],
    ignore: flags.ignore,
    ignorePaths: flags.ignorePath ?? [],
    ignorePatterns: flags.ignorePattern ?? [],
  });
  for (const note of resolved.notes) io.stderr.write(`factcheck: note: ${note}\n`);
  if (flags.printConfig) return { options: {}, printed: JSON.stringify(printableConfig(resolved, io.cwd), null, 2) + '\n' };
  if (flags.changedOnly && (flags.against ?? []).length === 0 && !flags.stdin) {
    throw new UsageError('--changed-only needs --against <archive> (the documents to check the paths against)');
  }
  const cache = flags.cache ? { cache: { location: flags.cacheLocation ?? DEFAULT_CACHE_LOCATION } } : {};
  return { options: { cwd: io.cwd, ...resolved.options, ...cache } };
}
