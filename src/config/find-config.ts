import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** Config file names in the order they win when one folder holds several. */
export const CONFIG_FILE_NAMES: readonly string[] = ['.factcheckrc.yaml', '.factcheckrc.yml', '.factcheckrc.json'];

export interface FoundConfig {
  /** Absolute path of the file that holds the config. */
  readonly file: string;
  /** Set for `package.json`, whose `factcheck` key holds the config. */
  readonly packageKey?: 'factcheck';
  /** Other config files in the same folder that lost to `file`. */
  readonly shadowed: readonly string[];
}

/**
 * Looks for a config from `cwd` upwards: in each folder the first of `.factcheckrc.yaml`,
 * `.factcheckrc.yml`, `.factcheckrc.json`, then a `package.json` with a `factcheck` key. The walk
 * stops after the repository root (a folder holding `.git`) or at the file-system root.
 */
export function findConfig(cwd: string): FoundConfig | undefined {
  for (const dir of foldersUpToRoot(cwd)) {
    const present = CONFIG_FILE_NAMES.map((n) => path.join(dir, n)).filter((f) => existsSync(f));
    const pkg = path.join(dir, 'package.json');
    const pkgHasKey = existsSync(pkg) && packageHasKey(pkg);
    if (present.length > 0) return { file: present[0]!, shadowed: [...present.slice(1), ...(pkgHasKey ? [pkg] : [])] };
    if (pkgHasKey) return { file: pkg, packageKey: 'factcheck', shadowed: [] };
  }
  return undefined;
}

/** Finds the first file called `name` from `cwd` up to the repository root. */
export function findUpwards(cwd: string, name: string): string | undefined {
  for (const dir of foldersUpToRoot(cwd)) {
    const candidate = path.join(dir, name);
    if (existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** `cwd`, its parent, … up to and including the folder holding `.git` (or the file-system root). */
export function foldersUpToRoot(cwd: string): string[] {
  const out: string[] = [];
  let dir = path.resolve(cwd);
  for (;;) {
    out.push(dir);
    if (existsSync(path.join(dir, '.git'))) break;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return out;
}

function packageHasKey(file: string): boolean {
  try {
    const data = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return typeof data === 'object' && data !== null && Object.hasOwn(data, 'factcheck');
  } catch {
    // A broken package.json is npm's problem, not a config of ours: keep looking.
    return false;
  }
}
