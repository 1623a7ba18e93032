import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

/**
 * Creates a folder and its missing parents, as `mkdir -p`. Not `mkdirSync(dir, { recursive:
 * true })`: on Node 20 that never returns when a parent exists but refuses a child with ENOENT
 * (a path under /proc or /sys, a stale mount), and a scan would hang instead of reporting that it
 * cannot write there. Throws the first error, as a plain `mkdirSync` does.
 */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  for (let at = path.resolve(dir); !existsSync(at); ) {
    missing.push(at);
    const parent = path.dirname(at);
    if (parent === at) break;
    at = parent;
  }
  for (const folder of missing.reverse()) {
    try {
      mkdirSync(folder);
    } catch (err) {
      // Made by another process in the meantime.
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    }
  }
}
