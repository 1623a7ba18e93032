import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Command } from 'commander';
import { UsageError } from './usage-error.js';

/** One output of a run: a format and where it goes (`file` undefined: stdout). */
export interface OutputTarget {
  readonly format: string;
  /** The path as the user gave it (for messages) and resolved against the working directory. */
  readonly file?: { readonly given: string; readonly resolved: string };
}

export interface OutputFlags {
  format?: string[];
  outputFile?: string;
}

/** Adds `-f, --format` (repeatable, `name` or `name=path`) and `-o, --output-file`. */
export function addOutputOptions(cmd: Command, formats: readonly string[]): Command {
  const example = formats.includes('sarif') ? 'sarif=results.sarif' : `${formats.at(-1)}=out.${formats.at(-1)}`;
  return cmd
    .option(
      '-f, --format <format>',
      `output format: ${formats.join(', ')} (default ${formats[0]}); repeat it for several outputs, and write one to a file with name=path (e.g. ${example})`,
      (value: string, previous: string[] | undefined) => [...(previous ?? []), value],
    )
    .option('-o, --output-file <path>', 'write the (first) stdout format to this file instead of stdout');
}

/**
 * Turns the format flags into output targets, before anything is scanned: an unknown format, a
 * `name=` without a path, two formats for stdout or two outputs to one file are usage errors.
 */
export function planOutputs(flags: OutputFlags, formats: readonly string[], cwd: string): OutputTarget[] {
  const specs = flags.format?.length ? flags.format : [formats[0]!];
  const targets: OutputTarget[] = [];
  let outputFile = flags.outputFile;
  if (outputFile === '') throw new UsageError('--output-file needs a path');
  for (const spec of specs) {
    const eq = spec.indexOf('=');
    const format = (eq < 0 ? spec : spec.slice(0, eq)).trim();
    if (!formats.includes(format)) {
      throw new UsageError(`unknown format "${format}" (choose from ${formats.join(', ')})`);
    }
    const given = eq < 0 ? outputFile : spec.slice(eq + 1);
    if (eq < 0) outputFile = undefined;
    if (given === '') throw new UsageError(`--format ${spec} needs a file path after "="`);
    targets.push(given === undefined ? { format } : { format, file: { given, resolved: path.resolve(cwd, given) } });
  }
  if (outputFile !== undefined) throw new UsageError('--output-file needs a --format without "=path" to write');
  const toStdout = targets.filter((t) => !t.file);
  if (toStdout.length > 1) {
    throw new UsageError(`only one format can go to stdout (got ${toStdout.map((t) => t.format).join(', ')}); send the others to files with --format name=path`);
  }
  const seen = new Set<string>();
  for (const t of targets) {
    if (!t.file) continue;
    if (seen.has(t.file.resolved)) throw new UsageError(`"${t.file.given}" is named as the output of two formats`);
    seen.add(t.file.resolved);
  }
  return targets;
}

/**
 * Fails early, before a long scan, when an output file obviously cannot be written: its folder
 * is missing or it is itself a folder. The write itself stays the final judge.
 */
export async function checkOutputFiles(targets: readonly OutputTarget[]): Promise<void> {
  for (const t of targets) {
    if (!t.file) continue;
    const dir = await stat(path.dirname(t.file.resolved)).catch(() => undefined);
    if (!dir?.isDirectory()) throw new UsageError(`cannot write "${t.file.given}": its folder does not exist`);
    const existing = await stat(t.file.resolved).catch(() => undefined);
    if (existing?.isDirectory()) throw new UsageError(`cannot write "${t.file.given}": it is a folder`);
  }
}
