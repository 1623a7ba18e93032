import { readFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import type { Rule } from '../check/rule.js';
import { ConfigError } from './errors.js';
import type { FactcheckConfig } from './types.js';
import { validateConfig } from './validate.js';

export interface LoadedConfig {
  readonly config: FactcheckConfig;
  /** Absolute path of the file it came from; paths in the config are relative to its folder. */
  readonly file: string;
}

/**
 * Reads, parses and validates one config file. YAML is read with js-yaml's core schema (data
 * only: no custom tags, nothing executable); `package.json` contributes its `factcheck` key; any
 * other name is read as YAML, which also accepts JSON.
 */
export function loadConfigFile(file: string, rules: readonly Rule[], displayName = file): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new ConfigError(`${displayName}: cannot read the config file (${code === 'ENOENT' ? 'no such file' : (code ?? 'error')})`);
  }
  const base = path.basename(file);
  let data: unknown;
  if (base === 'package.json') data = (parseJson(text, displayName) as Record<string, unknown>)?.factcheck;
  else if (base.endsWith('.json')) data = parseJson(text, displayName);
  else data = parseYaml(text, displayName);
  if (data === undefined || data === null) data = {};
  const source = base === 'package.json' ? `${displayName}#factcheck` : displayName;
  return { config: validateConfig(data, source, rules), file: path.resolve(file) };
}

function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ConfigError(`${name}: invalid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
}

function parseYaml(text: string, name: string): unknown {
  try {
    return yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: name });
  } catch (err) {
    const e = err as { reason?: string; message?: string; mark?: { line?: number; column?: number } };
    const where = e.mark?.line !== undefined ? ` (line ${e.mark.line + 1}, column ${(e.mark.column ?? 0) + 1})` : '';
    throw new ConfigError(`${name}: invalid YAML: ${(e.reason ?? e.message ?? 'parse error').split('\n')[0]}${where}`);
  }
}
