import type { Command } from 'commander';
import { DEFAULT_EXTENSIONS } from '../load/collect-files.js';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read-source.js';
import { scan, type ScanOptions, type ScanResult } from '../pipeline/scan.js';
import { addConfigOptions, configuredScanOptions, type ConfigFlags } from './config-options.js';
import type { CliIo } from './io.js';
import { parseSize } from './parse-size.js';
import { UsageError } from './usage-error.js';
import { FactsError } from '../facts/facts-error.js';

/** Flags shared by the commands that read documents. */
export interface InputFlags extends ConfigFlags {
  color?: boolean;
  stdinFilename?: string;
  maxFileSize?: string;
  debug?: boolean;
}

/** Adds the shared flags of the commands that read documents. */
export function addInputOptions(cmd: Command): Command {
  const withInputs = cmd
    .argument('[paths...]', 'files, folders, or - for stdin')
    .option('--color', 'force colour in the table output (also when written to a file)')
    .option('--no-color', 'never colour the output')
    .option('--stdin-filename <name>', 'name of the document read from stdin (with - or --stdin)')
    .option('--max-file-size <size>', `report and skip files larger than this (bytes, or with KB/MB/GB; default ${DEFAULT_MAX_FILE_SIZE / 1024 ** 2}MB)`)
    .option('--debug', 'print stack traces of internal errors');
  return addConfigOptions(withInputs);
}

/**
 * Turns the path arguments and flags into a scan; no documents at all is a usage error. Returns
 * the `--print-config` text instead when that flag is given.
 */
export async function scanInputs(paths: readonly string[], flags: InputFlags, io: CliIo, extra: Partial<ScanOptions> = {}): Promise<ScanResult | { printed: string }> {
  const configured = configuredScanOptions(flags, io);
  if (configured.printed !== undefined) return { printed: configured.printed };
  const stdinCount = paths.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('"-" (stdin) can be given only once');
  if (stdinCount && flags.stdin) throw new UsageError('use either --stdin or "-", not both');
  if (flags.stdinFilename !== undefined && stdinCount === 0 && !flags.stdin) {
    throw new UsageError('--stdin-filename names the document read from stdin; give "-" among the paths (or --stdin), or drop the flag');
  }
  const maxFileSize = flags.maxFileSize === undefined ? undefined : parseSize(flags.maxFileSize, '--max-file-size');
  if (paths.length === 0 && !flags.stdin) {
    // A CI job passes the changed files; when none changed there is nothing to check, and that is fine.
    if (flags.changedOnly && (flags.against ?? []).length > 0) {
      io.stderr.write('factcheck: note: no changed documents to check\n');
      return { documents: [], findings: [], unmatched: [], notes: [], ignored: [] };
    }
    throw new UsageError('no paths given (files, folders, or - for stdin)');
  }
  const options: ScanOptions = { ...configured.options, ...(maxFileSize !== undefined ? { maxFileSize } : {}), ...extra };
  const stdin = stdinCount || flags.stdin ? { name: flags.stdinFilename ?? '<stdin>', bytes: await io.readStdin() } : undefined;
  // With --stdin the paths are the archive the new document is checked against.
  const named = flags.stdin ? [] : paths.filter((p) => p !== '-');
  const archive = flags.stdin ? [...paths, ...(flags.against ?? [])] : (flags.against ?? []);
  const result = await scan(named, {
    ...options,
    ...(stdin ? { stdin } : {}),
    ...(flags.stdin || archive.length > 0 ? { against: archive } : {}),
  }).catch((e: unknown) => {
    throw e instanceof FactsError ? new UsageError(e.message) : e;
  });
  for (const note of result.notes) io.stderr.write(`factcheck: note: ${note}\n`);
  if (result.unmatched.length > 0) {
    const exts = (options.extensions ?? DEFAULT_EXTENSIONS).join(', ');
    throw new UsageError(`no documents found for ${result.unmatched.map((p) => `"${p}"`).join(', ')} (looked for ${exts}${options.ignore ? '; ignore rules apply' : ''})`);
  }
  if (result.documents.length === 0 && result.ignored.length === 0) throw new UsageError('nothing to scan');
  return result;
}
