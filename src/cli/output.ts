import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { RenderStyle } from '../report/formats.js';
import type { Chunks } from '../report/json-chunks.js';
import { chooseChalk } from './color.js';
import type { CliIo } from './io.js';
import type { OutputTarget } from './output-targets.js';
import { UsageError } from './usage-error.js';

/** An output that was rendered and only waits to be written: in full, or in pieces made as they are written. */
export interface RenderedOutput {
  readonly target: OutputTarget;
  readonly content: string | Chunks;
}

/**
 * Renders each target. Colour is decided per destination: a file is not a terminal, so only
 * `--color` or `FORCE_COLOR` colour it; machine formats ignore colour altogether. A format in
 * `chunked` (the large machine formats) is rendered piece by piece while it is written.
 */
export function renderOutputs<T>(
  targets: readonly OutputTarget[],
  formatters: Readonly<Record<string, (data: T, style: RenderStyle) => string>>,
  data: T,
  color: boolean | undefined,
  io: CliIo,
  chunked: Readonly<Record<string, (data: T) => Chunks>> = {},
): RenderedOutput[] {
  return targets.map((target) => {
    const pieces = chunked[target.format];
    if (pieces) return { target, content: pieces(data) };
    const chalk = chooseChalk(color, io.env, target.file ? false : Boolean(io.stdout.isTTY));
    return { target, content: formatters[target.format]!(data, { chalk }) };
  });
}

/**
 * Writes every output or none: each file is written to a temporary file beside it and renamed
 * into place only once all of them were written; stdout gets its report last. An
 * output that cannot be written is one line naming the path (exit 2), and leaves nothing behind.
 */
export async function writeOutputs(outputs: readonly RenderedOutput[], io: CliIo): Promise<void> {
  const staged: { temp: string; output: RenderedOutput }[] = [];
  try {
    for (const output of outputs) {
      const file = output.target.file;
      if (!file) continue;
      const temp = tempPathFor(file.resolved);
      staged.push({ temp, output });
      await writeFile(temp, output.content, { flag: 'wx', encoding: 'utf8' }).catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot write "${file.given}": ${reason(err)}`);
      });
    }
    for (const { temp, output } of staged) {
      await rename(temp, output.target.file!.resolved).catch((err: NodeJS.ErrnoException) => {
        throw new UsageError(`cannot write "${output.target.file!.given}": ${reason(err)}`);
      });
    }
  } catch (err) {
    await Promise.all(staged.map(({ temp }) => unlink(temp).catch(() => undefined)));
    throw err;
  }
  for (const output of outputs) {
    if (output.target.file) continue;
    if (typeof output.content === 'string') io.stdout.write(output.content);
    else for (const chunk of output.content) io.stdout.write(chunk);
  }
}

/** A hidden, unique name in the target's own folder, so the final rename stays on one file system. */
function tempPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
}

function reason(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case 'ENOENT':
      return 'its folder does not exist or does not accept new files';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return err.message;
  }
}
