import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './helpers.js';
import { tempDir } from './temp-dir.js';

/**
 * A throw-away project folder holding `files` (path → content), marked as a repository root with
 * an empty `.git` folder so config and ignore-file lookups never climb into the real file system.
 */
export function tempProject(files: Readonly<Record<string, string>>, options: { git?: boolean } = {}): string {
  const dir = tempDir();
  if (options.git !== false) mkdirSync(path.join(dir, '.git'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

/** Copies a fixture folder (`fixtures/<name>`) into `dir/<to>`. */
export function copyFixture(name: string, dir: string, to = name): void {
  cpSync(path.join(ROOT, 'fixtures', name), path.join(dir, to), { recursive: true });
}
