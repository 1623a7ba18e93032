import type { Command } from 'commander';
import { formatClaimsJson } from '../../report/format-json.js';
import { formatClaimsTable } from '../../report/format-table.js';
import { chooseChalk } from '../color.js';
import type { CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';
import { addRunOptions, runOptions, type RunFlags } from '../run-options.js';
import { writeShard } from '../shard-output.js';

const CLAIMS_HELP = `
Examples:
  factcheck claims seeds/ --format json | jq '.claims[] | select(.kind == "money")'
  factcheck claims archive/2024 --format jsonl > 2024.jsonl   one shard of a large archive
  factcheck check 2023.jsonl 2024.jsonl                       cross-check the shards (docs/scale.md)`;

export function registerClaims(program: Command, ctx: CommandContext): void {
  addRunOptions(addInputOptions(program.command('claims'), ['table', 'json', 'jsonl']))
    .description('list every figure extracted from the documents, normalised')
    .addHelpText('after', CLAIMS_HELP)
    .action(async (paths: string[], flags: InputFlags & RunFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const run = runOptions(flags, ctx.io);
      const result = await scanInputs(paths, flags, ctx.io, run.scan).finally(() => run.progress?.done());
      if (flags.format === 'jsonl') return writeShard(ctx.io, result.documents);
      const chalk = chooseChalk(flags.color, ctx.io.env, Boolean(ctx.io.stdout.isTTY));
      ctx.io.stdout.write(flags.format === 'json' ? formatClaimsJson(result.documents) : formatClaimsTable(result.documents, chalk));
    });
}
