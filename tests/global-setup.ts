import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCRATCH_ENV } from './temp-dir.js';

/**
 * CLI tests run bin/factcheck.js, which loads dist/bundle/: compile and bundle once before the suite. Every
 * test's temporary folder goes in one scratch folder (test workers inherit its path through the
 * environment), removed at the end of the run.
 */
export default function setup(): () => void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(root, 'scripts', 'bundle.mjs')], { cwd: root, stdio: 'inherit' });
  const scratch = mkdtempSync(path.join(tmpdir(), 'factcheck-tests-'));
  process.env[SCRATCH_ENV] = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
