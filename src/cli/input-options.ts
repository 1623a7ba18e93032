import type { Command } from 'commander';
import { scan, type ScanOptions, type ScanResult } from '../pipeline/scan.js';
import type { CliIo } from './io.js';
import { UsageError } from './usage-error.js';
import { FactsError } from '../facts/facts-error.js';

/** Flags shared by the commands that read documents. */
export interface InputFlags {
  color?: boolean;
  stdinFilename?: string;
  debug?: boolean;
}

/** Adds the shared flags of the commands that read documents. */
export function addInputOptions(cmd: Command): Command {
  return cmd
    .argument('<paths...>', 'files, folders, or - for stdin')
    .option('--color', 'force colour in the table output (also when written to a file)')
    .option('--no-color', 'never colour the output')
    .option('--stdin-filename <name>', 'name of the document read from stdin (with "-")')
    .option('--debug', 'print stack traces of internal errors');
}

/** Turns the path arguments and flags into a scan; no documents at all is a usage error. */
export async function scanInputs(paths: readonly string[], flags: InputFlags, io: CliIo, extra: Pick<ScanOptions, 'facts'> = {}): Promise<ScanResult> {
  const stdinCount = paths.filter((p) => p === '-').length;
  if (stdinCount > 1) throw new UsageError('"-" (stdin) can be given only once');
  const options: ScanOptions = { cwd: io.cwd, ...extra };
  const stdin = stdinCount ? { name: flags.stdinFilename ?? '<stdin>', bytes: await io.readStdin() } : undefined;
  const result = await scan(
    paths.filter((p) => p !== '-'),
    stdin ? { ...options, stdin } : options,
  ).catch((e: unknown) => {
    throw e instanceof FactsError ? new UsageError(e.message) : e;
  });
  if (result.unmatched.length > 0) {
    throw new UsageError(`no documents found for ${result.unmatched.map((p) => `"${p}"`).join(', ')} (looked for .txt, .md, .markdown)`);
  }
  if (result.documents.length === 0) throw new UsageError('nothing to scan');
  return result;
}
