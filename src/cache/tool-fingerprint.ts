import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { VERSION } from '../version.js';
import { packageRoot } from '../util/package-root.js';

let memo: string | undefined;

/**
 * The tool's identity for cache keys: its version and a hash of its own compiled code, so a
 * development build whose version did not change still never reuses another build's analysis.
 */
export function toolFingerprint(): string {
  if (memo) return memo;
  // The whole code folder (dist: the per-file build and the bundle; src under the tests).
  const root = packageRoot(import.meta.url).codeDir;
  const hash = createHash('sha256').update(VERSION);
  for (const file of codeFiles(root)) hash.update(file.slice(root.length)).update(readFileSync(file));
  memo = `${VERSION}+${hash.digest('hex').slice(0, 16)}`;
  return memo;
}

function codeFiles(dir: string): string[] {
  const out: string[] = [];
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...codeFiles(full));
    else if (/\.(js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}
