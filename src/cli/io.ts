import { EXIT_USAGE } from './context.js';

/** Everything the CLI touches outside itself, so tests can run it in-process or as a real process. */
export interface CliIo {
  readonly stdout: { write(chunk: string): unknown; isTTY?: boolean };
  readonly stderr: { write(chunk: string): unknown; isTTY?: boolean };
  readStdin(): Promise<Uint8Array>;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly cwd: string;
}

export function processIo(): CliIo {
  ignoreClosedStdout();
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks);
    },
    env: process.env,
    cwd: process.cwd(),
  };
}

/**
 * `factcheck … | head` closes the pipe before the report is written out. That is the reader's
 * choice, not a failure: the rest of the output is dropped quietly and the exit code still says
 * what the run found. Any other write error on stdout is one line and exit code 2.
 */
function ignoreClosedStdout(): void {
  if (process.stdout.listenerCount('error') > 0) return;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE' || err.code === 'ERR_STREAM_DESTROYED') return;
    process.stderr.write(`factcheck: cannot write to stdout: ${err.message}\n`);
    process.exitCode = EXIT_USAGE;
  });
}
