import path from 'node:path';
import { applyBaseline, pruneBaseline, recordBaseline } from '../baseline/baseline.js';
import { DEFAULT_SUPPRESSIONS_FILE, readSuppressionsFile, writeSuppressionsFile } from '../baseline/suppressions-file.js';
import { RULES } from '../check/rules/index.js';
import type { Finding } from '../model/finding.js';
import type { ScanResult } from '../pipeline/scan.js';
import type { BaselineCacheFlags } from './config-options.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';

export interface BaselineOutcome {
  readonly findings: readonly Finding[];
  /** Set when suppressions no longer match and `--pass-on-unpruned-suppressions` was not given: exit 2. */
  readonly unprunedMessage?: string;
}

/**
 * Applies the suppressions file to a scan's findings, after recording (`--suppress-all`,
 * `--suppress-rule`) or pruning (`--prune-suppressions`) it as asked, with ESLint's semantics.
 */
export async function applyBaselineFlags(result: ScanResult, flags: Partial<BaselineCacheFlags>, io: CliIo): Promise<BaselineOutcome> {
  const shown = flags.suppressionsLocation ?? DEFAULT_SUPPRESSIONS_FILE;
  const file = path.resolve(io.cwd, shown);
  const suppressRules = flags.suppressRule ?? [];
  for (const id of suppressRules) {
    if (!RULES.some((r) => r.meta.id === id)) throw new UsageError(`--suppress-rule: unknown rule "${id}" (run "factcheck rules" for the list)`);
  }
  let data = await readSuppressionsFile(file, shown);
  if (flags.suppressAll || suppressRules.length > 0) {
    data = recordBaseline(result.findings, data, flags.suppressAll ? undefined : new Set(suppressRules));
    await write(file, shown, data);
  }
  const scanned = new Set(result.documents.map((d) => d.file));
  const applied = applyBaseline(result.findings, data, scanned);
  if (flags.pruneSuppressions) {
    if (applied.unused.length > 0) {
      await write(file, shown, pruneBaseline(data, applied.unused));
      io.stderr.write(`factcheck: note: removed ${applied.unused.length} stale suppression${applied.unused.length === 1 ? '' : 's'} from ${shown}\n`);
    }
    return { findings: applied.findings };
  }
  if (applied.unused.length > 0 && !flags.passOnUnprunedSuppressions) {
    return {
      findings: applied.findings,
      unprunedMessage: `${applied.unused.length === 1 ? '1 suppression' : `${applied.unused.length} suppressions`} in ${shown} no longer ${applied.unused.length === 1 ? 'matches' : 'match'} a finding; remove ${applied.unused.length === 1 ? 'it' : 'them'} with --prune-suppressions, or pass --pass-on-unpruned-suppressions`,
    };
  }
  return { findings: applied.findings };
}

async function write(file: string, shown: string, data: Parameters<typeof writeSuppressionsFile>[1]): Promise<void> {
  try {
    await writeSuppressionsFile(file, data);
  } catch (err) {
    throw new UsageError(`cannot write the suppressions file ${shown}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}
