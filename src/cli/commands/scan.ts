import type { Command } from 'commander';
import { formatJson } from '../../report/format-json.js';
import { formatTable } from '../../report/format-table.js';
import { buildReport } from '../../report/report.js';
import { applyBaselineFlags } from '../baseline-options.js';
import { chooseChalk } from '../color.js';
import { addBaselineCacheOptions, type BaselineCacheFlags } from '../config-options.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';
import { UsageError } from '../usage-error.js';

interface ScanFlags extends InputFlags, BaselineCacheFlags {
  maxWarnings: string;
}

const EXAMPLES = `
Examples:
  factcheck scan articles/                 check every .txt/.md article under articles/
  factcheck scan a.md b.md --format json   machine-readable report on stdout
  cat new.md | factcheck scan --stdin --stdin-filename new.md articles/
                                           check an article from stdin against an archive
  factcheck scan new.md --against articles/
                                           check new articles against an archive
  factcheck scan articles/ --suppress-all  record today's findings as the baseline

Exit codes: 0 no error findings, 1 error findings (or more warnings than --max-warnings),
2 usage or configuration error, nothing to scan, stale suppressions, or internal failure.`;

export function registerScan(program: Command, ctx: CommandContext): void {
  addBaselineCacheOptions(addInputOptions(program.command('scan'), ['table', 'json']))
    .description('scan documents and report conflicting, slipped and repeated figures')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this (-1: no limit)', '-1')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ScanFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const maxWarnings = parseMaxWarnings(flags.maxWarnings);
      const scanned = await scanInputs(paths, flags, ctx.io);
      if ('printed' in scanned) return void ctx.io.stdout.write(scanned.printed);
      const baseline = await applyBaselineFlags(scanned, flags, ctx.io);
      const report = buildReport({ documents: scanned.documents, findings: baseline.findings });
      const chalk = chooseChalk(flags.color, ctx.io.env, Boolean(ctx.io.stdout.isTTY));
      ctx.io.stdout.write(flags.format === 'json' ? formatJson(report) : formatTable(report, chalk));
      const { error, warning } = report.summary.findings;
      ctx.setExitCode(error > 0 || (maxWarnings >= 0 && warning > maxWarnings) ? EXIT_FINDINGS : EXIT_OK);
      if (baseline.unprunedMessage) {
        ctx.io.stderr.write(`factcheck: ${baseline.unprunedMessage}\n`);
        ctx.setExitCode(EXIT_USAGE);
      }
    });
}

function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got "${value}"`);
  return n;
}
