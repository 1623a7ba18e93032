import type { Command } from 'commander';
import { CLAIMS_FORMATS } from '../../report/formats.js';
import type { CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';
import { renderOutputs, writeOutputs } from '../output.js';
import { addOutputOptions, checkOutputFiles, planOutputs, type OutputFlags } from '../output-targets.js';

const EXAMPLES = `
Examples:
  factcheck claims seeds/                          one table of figures per document
  factcheck claims seeds/ --format json | jq '.claims[] | select(.kind == "money")'
  factcheck claims articles/ -f json -o claims.json
  cat new.md | factcheck claims - --stdin-filename new.md`;

export function registerClaims(program: Command, ctx: CommandContext): void {
  addOutputOptions(addInputOptions(program.command('claims')), Object.keys(CLAIMS_FORMATS))
    .description('list every figure extracted from the documents, normalised')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: InputFlags & OutputFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const targets = planOutputs(flags, Object.keys(CLAIMS_FORMATS), ctx.io.cwd);
      await checkOutputFiles(targets);
      const result = await scanInputs(paths, flags, ctx.io);
      if ('printed' in result) return void ctx.io.stdout.write(result.printed);
      await writeOutputs(renderOutputs(targets, CLAIMS_FORMATS, result.documents, flags.color, ctx.io), ctx.io);
    });
}
