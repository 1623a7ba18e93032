import type { Command } from 'commander';
import { formatJson } from '../../report/format-json.js';
import { formatTable } from '../../report/format-table.js';
import { buildReport } from '../../report/report.js';
import { chooseChalk } from '../color.js';
import { EXIT_FINDINGS, EXIT_OK, type CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';
import { UsageError } from '../usage-error.js';

interface ScanFlags extends InputFlags {
  maxWarnings: string;
  facts?: string;
}

const EXAMPLES = `
Examples:
  factcheck scan articles/                 check every .txt/.md article under articles/
  factcheck scan a.md b.md --format json   machine-readable report on stdout
  cat new.md | factcheck scan - articles/  check an article from stdin against an archive

Exit codes: 0 no error findings, 1 error findings (or more warnings than --max-warnings),
2 usage or configuration error, nothing to scan, or internal failure.`;

export function registerScan(program: Command, ctx: CommandContext): void {
  addInputOptions(program.command('scan'), ['table', 'json'])
    .description('scan documents and report conflicting, slipped and repeated figures')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this (-1: no limit)', '-1')
    .option('--facts <file>', 'YAML file of reference figures every document is checked against')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ScanFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const maxWarnings = parseMaxWarnings(flags.maxWarnings);
      const report = buildReport(await scanInputs(paths, flags, ctx.io, flags.facts ? { facts: flags.facts } : {}));
      const chalk = chooseChalk(flags.color, ctx.io.env, Boolean(ctx.io.stdout.isTTY));
      ctx.io.stdout.write(flags.format === 'json' ? formatJson(report) : formatTable(report, chalk));
      const { error, warning } = report.summary.findings;
      ctx.setExitCode(error > 0 || (maxWarnings >= 0 && warning > maxWarnings) ? EXIT_FINDINGS : EXIT_OK);
    });
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got "${value}"`);
  return n;
}
