import type { Command } from 'commander';
import { formatClaimsJson } from '../../report/format-json.js';
import { formatClaimsTable } from '../../report/format-table.js';
import { chooseChalk } from '../color.js';
import type { CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';

export function registerClaims(program: Command, ctx: CommandContext): void {
  addInputOptions(program.command('claims'), ['table', 'json'])
    .description('list every figure extracted from the documents, normalised')
    .addHelpText('after', '\nExample:\n  factcheck claims seeds/ --format json | jq \'.claims[] | select(.kind == "money")\'')
    .action(async (paths: string[], flags: InputFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const result = await scanInputs(paths, flags, ctx.io);
      if ('printed' in result) return void ctx.io.stdout.write(result.printed);
      const chalk = chooseChalk(flags.color, ctx.io.env, Boolean(ctx.io.stdout.isTTY));
      ctx.io.stdout.write(flags.format === 'json' ? formatClaimsJson(result.documents) : formatClaimsTable(result.documents, chalk));
    });
}
