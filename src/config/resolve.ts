import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Rule } from '../check/rule.js';
import type { RuleSetting } from '../check/run-rules.js';
import { RULES } from '../check/rules/index.js';
import type { IgnorePatternSet } from '../load/ignore-rules.js';
import type { ScanOptions } from '../pipeline/scan.js';
import { ConfigError } from './errors.js';
import { findConfig, findUpwards } from './find-config.js';
import { loadConfigFile } from './load-config.js';
import { parseRuleFlags } from './rule-flag.js';
import type { FactcheckConfig, RuleEntry } from './types.js';

export const IGNORE_FILE_NAME = '.factcheckignore';

/** What decides the configuration of a run; the CLI fills it from its flags. */
export interface ConfigRequest {
  readonly cwd: string;
  /** `-c, --config`: use this file and look for no other. */
  readonly configFile?: string;
  /** `--no-config-lookup` sets it to false. */
  readonly lookup?: boolean;
  /** `--rule` values, applied over the config file's rules. */
  readonly ruleFlags?: readonly string[];
  /** `--no-ignore` sets it to false: no ignore file, config `ignores` or `--ignore-pattern`. */
  readonly ignore?: boolean;
  /** `--ignore-path`: ignore files read instead of the `.factcheckignore` found upwards. */
  readonly ignorePaths?: readonly string[];
  /** `--ignore-pattern`: gitignore-style patterns relative to `cwd`. */
  readonly ignorePatterns?: readonly string[];
}

/** The options a config contributes to a scan. */
export type ConfiguredOptions = Pick<ScanOptions, 'extensions' | 'maxFileSize' | 'rules' | 'ruleOptions' | 'aliases' | 'inferCompanies' | 'overrides' | 'ignore' | 'facts'>;

export interface ResolvedConfig {
  /** The config file used, if any (absolute). */
  readonly configFile?: string;
  /** The config after `--rule` flags were applied. */
  readonly config: FactcheckConfig;
  /** Ignore files read (absolute). */
  readonly ignoreFiles: readonly string[];
  readonly options: ConfiguredOptions;
  /** Things worth a note on stderr (a config file that lost to another in the same folder). */
  readonly notes: readonly string[];
}

/** Finds, reads and validates the configuration, and merges the command-line overrides into it. */
export function resolveConfig(request: ConfigRequest, rules: readonly Rule[] = RULES): ResolvedConfig {
  const { cwd } = request;
  const notes: string[] = [];
  let configFile: string | undefined;
  let config: FactcheckConfig = {};
  if (request.configFile !== undefined) {
    const file = path.resolve(cwd, request.configFile);
    ({ config, file: configFile } = loadConfigFile(file, rules, request.configFile));
  } else if (request.lookup !== false) {
    const found = findConfig(cwd);
    if (found) {
      ({ config, file: configFile } = loadConfigFile(found.file, rules, relative(cwd, found.file)));
      for (const s of found.shadowed) notes.push(`${relative(cwd, s)} is not used: ${relative(cwd, found.file)} in the same folder takes precedence`);
    }
  }
  const flagRules = parseRuleFlags(request.ruleFlags ?? [], rules);
  if (Object.keys(flagRules).length > 0) config = { ...config, rules: { ...config.rules, ...flagRules } };
  const configDir = configFile ? path.dirname(configFile) : cwd;
  const { sets, files } = request.ignore === false ? { sets: [], files: [] } : ignoreSets(request, config, configDir);
  return { ...(configFile ? { configFile } : {}), config, ignoreFiles: files, options: toOptions(config, configDir, sets), notes };
}

function toOptions(config: FactcheckConfig, configDir: string, ignore: IgnorePatternSet[]): ConfiguredOptions {
  const severities: Record<string, RuleSetting> = {};
  const ruleOptions: Record<string, Readonly<Record<string, unknown>>> = {};
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const [severity, options] = splitEntry(entry);
    severities[id] = severity;
    if (options) ruleOptions[id] = options;
  }
  return {
    ...(config.extensions ? { extensions: config.extensions } : {}),
    ...(config.maxFileSize !== undefined ? { maxFileSize: config.maxFileSize } : {}),
    ...(Object.keys(severities).length ? { rules: severities } : {}),
    ...(Object.keys(ruleOptions).length ? { ruleOptions } : {}),
    ...(config.aliases ? { aliases: config.aliases } : {}),
    ...(config.inferCompanies !== undefined ? { inferCompanies: config.inferCompanies } : {}),
    ...(config.overrides ? { overrides: config.overrides.map((o) => ({ base: configDir, ...o })) } : {}),
    ...(ignore.length ? { ignore } : {}),
    ...(config.facts ? { facts: path.resolve(configDir, config.facts) } : {}),
  };
}

export function splitEntry(entry: RuleEntry): [RuleSetting, Readonly<Record<string, unknown>> | undefined] {
  if (typeof entry === 'string') return [entry, undefined];
  return [entry[0], entry.length === 2 ? entry[1] : undefined];
}

function ignoreSets(request: ConfigRequest, config: FactcheckConfig, configDir: string): { sets: IgnorePatternSet[]; files: string[] } {
  const { cwd } = request;
  const sets: IgnorePatternSet[] = [];
  const files: string[] = [];
  const explicit = request.ignorePaths ?? [];
  const ignoreFiles = explicit.length > 0 ? explicit.map((p) => path.resolve(cwd, p)) : [findUpwards(cwd, IGNORE_FILE_NAME)].filter((f) => f !== undefined);
  for (const file of ignoreFiles) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      throw new ConfigError(`${explicit.length > 0 ? '--ignore-path ' : ''}${relative(cwd, file)}: cannot read the ignore file`);
    }
    files.push(file);
    sets.push({ base: path.dirname(file), patterns: text.split(/\r?\n|\r/), source: relative(cwd, file) });
  }
  if (config.ignores?.length) sets.push({ base: configDir, patterns: config.ignores, source: 'config "ignores"' });
  if (request.ignorePatterns?.length) sets.push({ base: cwd, patterns: request.ignorePatterns, source: '--ignore-pattern' });
  return { sets, files };
}

/**
 * What `--print-config` shows: the config in force with every rule's effective setting, as a
 * valid config object, and where it came from.
 */
export function printableConfig(resolved: ResolvedConfig, cwd: string, rules: readonly Rule[] = RULES): unknown {
  const effective: Record<string, RuleEntry> = {};
  for (const rule of rules) effective[rule.meta.id] = resolved.config.rules?.[rule.meta.id] ?? rule.meta.defaultSeverity;
  return {
    configFile: resolved.configFile ? relative(cwd, resolved.configFile) : null,
    ignoreFiles: resolved.ignoreFiles.map((f) => relative(cwd, f)),
    config: { ...resolved.config, rules: effective },
  };
}

function relative(cwd: string, file: string): string {
  return (path.relative(cwd, file) || path.basename(file)).split(path.sep).join('/');
}
