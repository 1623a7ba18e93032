import path from 'node:path';
import { Readable } from 'node:stream';
import type { Command } from 'commander';
import { checkShards } from '../../pipeline/check-shards.js';
import { ShardFormatError, type ShardInput } from '../../pipeline/shard.js';
import { REPORT_FORMATS } from '../../report/formats.js';
import type { CommandContext } from '../context.js';
import { addBaselineOptions, configuredScanOptions } from '../config-options.js';
import { addOutputOptions, checkOutputFiles, planOutputs } from '../output-targets.js';
import { FactsError } from '../../facts/facts-error.js';
import { UsageError } from '../usage-error.js';
import { parseMaxWarnings, reportFindings, type ReportFlags } from './scan.js';

const EXAMPLES = `
Examples:
  factcheck claims part1/ -f jsonl > 1.jsonl
  factcheck claims part2/ -f jsonl > 2.jsonl
  factcheck check 1.jsonl 2.jsonl        the report "factcheck scan part1/ part2/" gives
  cat *.jsonl | factcheck check -        shards from stdin

Same formats, options and exit codes as scan. docs/scale.md runs shards in parallel.`;

interface CheckFlags extends ReportFlags {
  debug?: boolean;
  config?: string;
  configLookup: boolean;
  rule?: string[];
}

const repeat = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

export function registerCheck(program: Command, ctx: CommandContext): void {
  addBaselineOptions(addOutputOptions(program.command('check'), Object.keys(REPORT_FORMATS)))
    .description('cross-check documents from claims JSONL shards (factcheck claims -f jsonl) and report findings as scan does')
    .argument('<claims...>', 'claims JSONL files, or - for stdin')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this (-1: no limit)', '-1')
    .option('--quiet', 'report errors only: warnings and info are neither shown nor counted')
    .option('--color', 'force colour in the table output (also when written to a file)')
    .option('--no-color', 'never colour the output')
    .option('--debug', 'print stack traces of internal errors')
    .option('-c, --config <file>', 'use this config file instead of looking for one (its rules apply, as in scan)')
    .option('--no-config-lookup', 'use no config file, only defaults and flags')
    .option('--rule <rule>', 'set a rule\'s severity, e.g. "duplicate-paragraph: off" (repeatable)', repeat)
    .option('--facts <file>', 'YAML file of reference figures every document is checked against (overrides the config)')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: CheckFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const maxWarnings = parseMaxWarnings(flags.maxWarnings);
      const targets = planOutputs(flags, Object.keys(REPORT_FORMATS), ctx.io.cwd);
      await checkOutputFiles(targets);
      if (paths.filter((p) => p === '-').length > 1) throw new UsageError('"-" (stdin) can be given only once');
      const inputs: ShardInput[] = [];
      for (const p of paths) {
        inputs.push(p === '-' ? { name: '<stdin>', stream: Readable.from([await ctx.io.readStdin()]) } : { name: p, path: path.resolve(ctx.io.cwd, p) });
      }
      // The configuration's rule settings apply to the cross-document checks, as in a scan.
      const { options } = configuredScanOptions({ ...flags, ignore: true }, ctx.io);
      const facts = flags.facts ?? options.facts;
      const settings = {
        cwd: ctx.io.cwd,
        ...(options.rules ? { rules: options.rules } : {}),
        ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
        ...(options.aliases ? { aliases: options.aliases } : {}),
        ...(facts ? { facts } : {}),
      };
      const result = await checkShards(inputs, settings).catch((err: unknown) => {
        throw err instanceof ShardFormatError || err instanceof FactsError ? new UsageError(err.message) : err;
      });
      if (result.documents.length === 0) throw new UsageError('nothing to check: the claims files hold no documents');
      await reportFindings(ctx, { ...result, unmatched: [], notes: [], ignored: [] }, flags, targets, maxWarnings);
    });
}
