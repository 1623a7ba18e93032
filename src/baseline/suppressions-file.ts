import { readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { makeDirectories } from '../util/make-directories.js';
import { ConfigError } from '../config/errors.js';

/** The default `--suppressions-location`, relative to the working directory (ESLint's is eslint-suppressions.json). */
export const DEFAULT_SUPPRESSIONS_FILE = 'factcheck-suppressions.json';

/** One suppressed finding identity: its rule, and how many findings with that fingerprint it covers. */
export interface SuppressionEntry {
  readonly rule: string;
  readonly count: number;
}

/**
 * The baseline: findings known when factcheck was adopted, by the file of their primary location
 * and their content fingerprint (never line numbers, so edits elsewhere keep them matched).
 */
export interface SuppressionsData {
  readonly version: 1;
  readonly suppressions: Readonly<Record<string, Readonly<Record<string, SuppressionEntry>>>>;
}

export const EMPTY_SUPPRESSIONS: SuppressionsData = { version: 1, suppressions: {} };

/** Reads a suppressions file; a missing file is an empty baseline, a malformed one a ConfigError. */
export async function readSuppressionsFile(file: string, displayName = file): Promise<SuppressionsData> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return EMPTY_SUPPRESSIONS;
    throw new ConfigError(`${displayName}: cannot read the suppressions file (${(err as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new ConfigError(`${displayName}: invalid JSON: ${(err as Error).message.split('\n')[0]}`);
  }
  const problem = shapeProblem(data);
  if (problem) throw new ConfigError(`${displayName}: ${problem}`);
  return data as SuppressionsData;
}

function shapeProblem(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'expected an object with "version" and "suppressions"';
  const d = data as Record<string, unknown>;
  if (d.version !== 1) return `unsupported "version" ${JSON.stringify(d.version)} (expected 1)`;
  const unknown = Object.keys(d).find((k) => k !== 'version' && k !== 'suppressions');
  if (unknown) return `unknown key "${unknown}"`;
  if (typeof d.suppressions !== 'object' || d.suppressions === null || Array.isArray(d.suppressions)) return '"suppressions" must be an object';
  for (const [file, entries] of Object.entries(d.suppressions as Record<string, unknown>)) {
    if (typeof entries !== 'object' || entries === null) return `"suppressions.${file}" must be an object`;
    for (const [fp, e] of Object.entries(entries as Record<string, unknown>)) {
      const entry = e as Record<string, unknown> | null;
      if (!entry || typeof entry.rule !== 'string' || !Number.isInteger(entry.count) || (entry.count as number) < 1) {
        return `"suppressions.${file}.${fp}" must be {"rule": "<rule id>", "count": <n ≥ 1>}`;
      }
    }
  }
  return undefined;
}

/** Writes the file with sorted keys, so it diffs and merges cleanly under version control. */
export async function writeSuppressionsFile(file: string, data: SuppressionsData): Promise<void> {
  const sorted: Record<string, Record<string, SuppressionEntry>> = {};
  for (const f of Object.keys(data.suppressions).sort()) {
    const entries = data.suppressions[f]!;
    const keys = Object.keys(entries).sort();
    if (keys.length === 0) continue;
    sorted[f] = {};
    for (const k of keys) sorted[f][k] = { rule: entries[k]!.rule, count: entries[k]!.count };
  }
  makeDirectories(path.dirname(file));
  const tmp = `${file}.${process.pid}.tmp`;
  await writeFile(tmp, JSON.stringify({ version: 1, suppressions: sorted }, null, 2) + '\n');
  await rename(tmp, file);
}
