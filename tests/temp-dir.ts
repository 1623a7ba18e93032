import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** Set by the global setup: the run's scratch folder, removed when the run ends. */
export const SCRATCH_ENV = 'FACTCHECK_TEST_SCRATCH';

/**
 * A fresh folder for one test, inside the run's scratch folder so that the global teardown
 * removes it with all the others (a test run must not leave thousands of folders in /tmp).
 */
export function tempDir(prefix = 'factcheck-'): string {
  return mkdtempSync(path.join(process.env[SCRATCH_ENV] ?? tmpdir(), prefix));
}
