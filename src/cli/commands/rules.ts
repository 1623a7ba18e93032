import type { Command } from 'commander';
import { RULES } from '../../check/rules/index.js';
import { RULES_FORMATS } from '../../report/formats.js';
import { ruleInfo } from '../../report/rule-docs.js';
import type { CommandContext } from '../context.js';
import { renderOutputs, writeOutputs } from '../output.js';
import { addOutputOptions, checkOutputFiles, planOutputs, type OutputFlags } from '../output-targets.js';

const EXAMPLES = `
Examples:
  factcheck rules                                  every rule, its default severity and docs page
  factcheck rules --format json | jq -r '.rules[].id'`;

export function registerRules(program: Command, ctx: CommandContext): void {
  addOutputOptions(program.command('rules'), Object.keys(RULES_FORMATS))
    .description('list every rule with its default severity and documentation page')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: OutputFlags) => {
      const targets = planOutputs(flags, Object.keys(RULES_FORMATS), ctx.io.cwd);
      await checkOutputFiles(targets);
      const rules = RULES.map((r) => ruleInfo(r.meta));
      await writeOutputs(renderOutputs(targets, RULES_FORMATS, rules, undefined, ctx.io), ctx.io);
    });
}
