/** A mistake in how factcheck was called: one line on stderr and exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Commander's own errors (unknown option, bad choice, missing argument) in our one-line form:
 * `factcheck: unknown option '--formt' (did you mean --format?)`.
 */
export function commanderErrorLine(message: string): string {
  const text = message
    .replace(/^error: /, '')
    .replace(/\s*\n\(Did you mean (.*)\)\s*$/, ' (did you mean $1)')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
  return `factcheck: ${text}\n`;
}
