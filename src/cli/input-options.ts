import type { Command } from 'commander';
import { DEFAULT_MAX_FILE_SIZE } from '../load/read-source.js';
import { scan, type ScanOptions, type ScanResult } from '../pipeline/scan.js';
import type { CliIo } from './io.js';
import { parseSize } from './parse-size.js';
import { UsageError } from './usage-error.js';

/** Flags shared by the commands that read documents. */
export interface InputFlags {
  color?: boolean;
  stdinFilename?: string;
  maxFileSize?: string;
  debug?: boolean;
}

/** Adds the shared flags of the commands that read documents. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .argument('<paths...>', 'files, folders, or - for stdin')
    .option('--color', 'force colour in the table output (also when written to a file)')
    .option('--no-color', 'never colour the output')
    .option('--stdin-filename <name>', 'name of the document read from stdin (with "-")')
    .option('--max-file-size <size>', `report and skip files larger than this (bytes, or with KB/MB/GB; default ${DEFAULT_MAX_FILE_SIZE / 1024 ** 2}MB)`)
    .option('--debug', 'print stack traces of internal errors');
}

/** Turns the path arguments and flags into a scan; no documents at all is a usage error. */
export async function scanInputs(paths: readonly string[], flags: InputFlags, io: CliIo): Promise<ScanResult> {
  const stdinCount = paths.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('"-" (stdin) can be given only once');
  if (flags.stdinFilename !== undefined && stdinCount === 0) throw new UsageError('--stdin-filename names the document read from "-"; give "-" among the paths or drop the flag');
  const maxFileSize = flags.maxFileSize === undefined ? DEFAULT_MAX_FILE_SIZE : parseSize(flags.maxFileSize, '--max-file-size');
  const options: ScanOptions = { cwd: io.cwd, maxFileSize };
  const stdin = stdinCount ? { name: flags.stdinFilename ?? '<stdin>', bytes: await io.readStdin() } : undefined;
  const result = await scan(
    paths.filter((p) => p !== '-'),
    stdin ? { ...options, stdin } : options,
  );
  if (result.unmatched.length > 0) {
    throw new UsageError(`no documents found for ${result.unmatched.map((p) => `"${p}"`).join(', ')} (looked for .txt, .md, .markdown)`);
  }
  if (result.documents.length === 0) throw new UsageError('nothing to scan');
  return result;
}
