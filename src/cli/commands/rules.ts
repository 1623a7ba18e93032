import type { Command } from 'commander';
import { RULES } from '../../check/rules/index.js';
import type { CommandContext } from '../context.js';

export function registerRules(program: Command, ctx: CommandContext): void {
  program
    .command('rules')
    .description('list every rule with its default severity and documentation page')
    .action(() => {
      for (const r of RULES) {
        ctx.io.stdout.write(`${r.meta.id.padEnd(24)} ${r.meta.defaultSeverity.padEnd(8)} ${r.meta.description} (${r.meta.docs})\n`);
      }
    });
}
