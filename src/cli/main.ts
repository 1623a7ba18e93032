import { Command, CommanderError } from 'commander';
import { ConfigError } from '../config/errors.js';
import { VERSION } from '../version.js';
import { registerClaims } from './commands/claims.js';
import { registerRules } from './commands/rules.js';
import { registerScan } from './commands/scan.js';
import { EXIT_OK, EXIT_USAGE } from './context.js';
import { processIo, type CliIo } from './io.js';
import { UsageError } from './usage-error.js';

export { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE } from './context.js';

const ROOT_HELP = `
Examples:
  factcheck scan articles/                         table of findings, grouped by file
  factcheck scan articles/ -f github -f sarif=factcheck.sarif
  factcheck claims a.md --format json              every figure found, normalised
  factcheck rules                                  every rule and its docs page

Run "factcheck <command> --help" for a command's options.
Exit codes: 0 clean, 1 error findings (or too many warnings), 2 usage error or failure.`;

/** Runs the CLI and returns its exit code. Only src/cli/ and bin/ touch the process. */
export async function main(argv: readonly string[], io: CliIo = processIo()): Promise<number> {
  let exitCode = EXIT_OK;
  let debug = argv.includes('--debug');
  const program = new Command()
    .name('factcheck')
    .description('Check the numeric claims of Chinese and English articles for conflicts and slips.')
    .version(VERSION, '-v, --version')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .showSuggestionAfterError()
    .addHelpText('after', ROOT_HELP);
  const ctx = { io, setExitCode: (c: number) => (exitCode = c), setDebug: (d: boolean) => (debug ||= d) };
  registerScan(program, ctx);
  registerClaims(program, ctx);
  registerRules(program, ctx);

  try {
    await program.parseAsync(['node', 'factcheck', ...argv]);
    return exitCode;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    if (err instanceof UsageError || err instanceof ConfigError) {
      io.stderr.write(`factcheck: ${err.message}\n`);
      return EXIT_USAGE;
    }
    const e = err as Error;
    io.stderr.write(debug ? `factcheck: internal error: ${e.stack ?? e.message}\n` : `factcheck: internal error: ${e.message} (run with --debug for details)\n`);
    return EXIT_USAGE;
  }
}
