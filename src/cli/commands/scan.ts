import type { Command } from 'commander';
import { REPORT_FORMAT_CHUNKS, REPORT_FORMATS } from '../../report/formats.js';
import { buildReport } from '../../report/report.js';
import { applyBaselineFlags } from '../baseline-options.js';
import { addBaselineOptions, addCacheOptions, type BaselineCacheFlags } from '../config-options.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, type CommandContext } from '../context.js';
import { addInputOptions, scanInputs, type InputFlags } from '../input-options.js';
import { renderOutputs, writeOutputs } from '../output.js';
import { addOutputOptions, checkOutputFiles, planOutputs, type OutputFlags, type OutputTarget } from '../output-targets.js';
import { addRunOptions, runOptions, type RunFlags } from '../run-options.js';
import type { ScanResult } from '../../pipeline/scan.js';
import { UsageError } from '../usage-error.js';

/** Flags that shape the findings report, shared with `factcheck check`. */
export interface ReportFlags extends OutputFlags, BaselineCacheFlags {
  color?: boolean;
  maxWarnings: string;
  quiet?: boolean;
  facts?: string;
}

interface ScanFlags extends InputFlags, ReportFlags, RunFlags {}

const EXAMPLES = `
Examples:
  factcheck scan articles/                         check every .txt/.md article under articles/
  factcheck scan a.md b.md --format json           machine-readable report on stdout
  factcheck scan articles/ -f compact              one line per finding: path:line:col: severity message [rule]
  factcheck scan articles/ -f github -f sarif=factcheck.sarif
                                                   GitHub annotations on stdout, SARIF for code scanning
  factcheck scan articles/ -f json -o report.json  the JSON report written to a file
  factcheck scan articles/ --quiet --max-warnings 0
  cat new.md | factcheck scan --stdin --stdin-filename new.md articles/
                                                   check an article from stdin against an archive
  factcheck scan new.md --against articles/        check new articles against an archive
  factcheck scan articles/ --suppress-all          record today's findings as the baseline

Formats: ${Object.keys(REPORT_FORMATS).join(', ')} (docs/output-formats.md).
Configuration, ignore files, suppressions, baseline and cache: docs/configuration.md.

Exit codes: 0 no error findings, 1 error findings (or more warnings than --max-warnings),
2 usage or configuration error, nothing to scan, an output that cannot be written, stale
suppressions, or internal failure. The exit code never depends on --format or --output-file.`;

export function registerScan(program: Command, ctx: CommandContext): void {
  addRunOptions(addCacheOptions(addBaselineOptions(addOutputOptions(addInputOptions(program.command('scan')), Object.keys(REPORT_FORMATS)))))
    .description('scan documents and report conflicting, slipped and repeated figures')
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this (-1: no limit)', '-1')
    .option('--quiet', 'report errors only: warnings and info are neither shown nor counted')
    .option('--facts <file>', 'YAML file of reference figures every document is checked against (overrides the config)')
    .addHelpText('after', EXAMPLES)
    .action(async (paths: string[], flags: ScanFlags) => {
      ctx.setDebug(Boolean(flags.debug));
      const maxWarnings = parseMaxWarnings(flags.maxWarnings);
      const targets = planOutputs(flags, Object.keys(REPORT_FORMATS), ctx.io.cwd);
      await checkOutputFiles(targets);
      const run = runOptions(flags, ctx.io, targets);
      // The report counts claims but lists none: the documents are kept as summaries.
      const overrides = { ...run.scan, keepClaims: 'none' as const, ...(flags.facts ? { facts: flags.facts } : {}) };
      const scanned = await scanInputs(paths, flags, ctx.io, overrides).finally(() => run.progress?.done());
      if ('printed' in scanned) return void ctx.io.stdout.write(scanned.printed);
      await reportFindings(ctx, scanned, flags, targets, maxWarnings);
    });
}

/** Applies the baseline, writes the findings report and sets the exit code: the end of scan and of check. */
export async function reportFindings(ctx: CommandContext, scanned: ScanResult, flags: ReportFlags, targets: readonly OutputTarget[], maxWarnings: number): Promise<void> {
  const baseline = await applyBaselineFlags(scanned, flags, ctx.io);
  const report = buildReport({ documents: scanned.documents, findings: baseline.findings }, { quiet: Boolean(flags.quiet) });
  await writeOutputs(renderOutputs(targets, REPORT_FORMATS, report, flags.color, ctx.io, REPORT_FORMAT_CHUNKS), ctx.io);
  const { error, warning } = report.summary.findings;
  ctx.setExitCode(error > 0 || (maxWarnings >= 0 && warning > maxWarnings) ? EXIT_FINDINGS : EXIT_OK);
  if (baseline.unprunedMessage) {
    ctx.io.stderr.write(`factcheck: ${baseline.unprunedMessage}\n`);
    ctx.setExitCode(EXIT_USAGE);
  }
}

export function parseMaxWarnings(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < -1) throw new UsageError(`--max-warnings expects a whole number (or -1 for no limit), got "${value}"`);
  return n;
}
