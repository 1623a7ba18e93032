import type { Command } from 'commander';
import { CLAIMS_FORMAT_CHUNKS, CLAIMS_FORMATS } from '../../report/formats.js';
import type { CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';
import { renderOutputs, writeOutputs } from '../output.js';
import { addOutputOptions, checkOutputFiles, planOutputs, type OutputFlags } from '../output-targets.js';
import { addRunOptions, runOptions, type RunFlags } from '../run-options.js';

const EXAMPLES = `
Examples:
  factcheck claims seeds/                          one table of figures per document
  factcheck claims seeds/ --format json | jq '.claims[] | select(.kind == "money")'
  factcheck claims articles/ -f json -o claims.json
  cat new.md | factcheck claims - --stdin-filename new.md
  factcheck claims archive/2024 -f jsonl > 2024.jsonl   one shard of a large archive, for "factcheck check"`;

export function registerClaims(program: Command, ctx: CommandContext): void {
  addRunOptions(addOutputOptions(addInputOptions(program.command('claims')), Object.keys(CLAIMS_FORMATS)))
    .description('list every figure extracted from the documents, normalised')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: InputFlags & OutputFlags & RunFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const targets = planOutputs(flags, Object.keys(CLAIMS_FORMATS), ctx.io.cwd);
      await checkOutputFiles(targets);
      const run = runOptions(flags, ctx.io, targets);
      // Claims are listed with each document's own findings: nothing here compares documents.
      const result = await scanInputs(paths, flags, ctx.io, { ...run.scan, crossCheck: false }).finally(() => run.progress?.done());
      if ('printed' in result) return void ctx.io.stdout.write(result.printed);
      // JSON and shards of a large archive are written piece by piece rather than built as one string.
      await writeOutputs(renderOutputs(targets, CLAIMS_FORMATS, result.documents, flags.color, ctx.io, CLAIMS_FORMAT_CHUNKS), ctx.io);
    });
}
