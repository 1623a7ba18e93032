import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { IgnoreFilter } from './ignore-rules.js';

export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md', '.markdown'];

export interface CollectOptions {
  /** Extensions (with the dot) that a folder walk picks up. Files named explicitly are always read. */
  readonly extensions?: readonly string[];
  /** Base for the relative paths reported; defaults to the working directory. */
  readonly cwd?: string;
  /** Ignore rules (`.factcheckignore`, `--ignore-pattern` …), applied to walked and named paths. */
  readonly ignore?: IgnoreFilter;
}

/** A file to scan: its absolute path and the relative, forward-slash name used in reports. */
export interface SourceFile {
  readonly absolute: string;
  readonly name: string;
}

export interface Collected {
  readonly files: readonly SourceFile[];
  /** Arguments that matched no file: a usage error for the CLI. */
  readonly unmatched: readonly string[];
  /** Arguments named explicitly but ignored, and the rule set that ignores each: a note, not an error. */
  readonly ignored: readonly { readonly path: string; readonly source: string }[];
}

/**
 * Expands paths into the sorted, de-duplicated list of documents to scan. Folders are walked
 * recursively; hidden folders and `node_modules` are skipped.
 */
export async function collectFiles(paths: readonly string[], options: CollectOptions = {}): Promise<Collected> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase()));
  const found = new Map<string, SourceFile>();
  const unmatched: string[] = [];
  const ignored: { path: string; source: string }[] = [];
  const keep = options.ignore ? (abs: string, dir: boolean) => !options.ignore!.ignoredBy(abs, dir) : () => true;
  for (const p of paths) {
    const absolute = path.resolve(cwd, p);
    const info = await stat(absolute).catch(() => undefined);
    if (!info) {
      unmatched.push(p);
      continue;
    }
    const ignoredBy = options.ignore?.ignoredBy(absolute, info.isDirectory());
    if (ignoredBy) {
      ignored.push({ path: p, source: ignoredBy });
      continue;
    }
    const matched = info.isDirectory() ? await walk(absolute, extensions, cwd, found, keep) : add(absolute, cwd, found);
    if (matched === 0) unmatched.push(p);
  }
  const files = [...found.values()].sort((a, b) => compareNames(a.name, b.name));
  return { files, unmatched, ignored };
}

type Keep = (absolute: string, isDirectory: boolean) => boolean;

/** Returns how many documents the folder holds (already-found ones included). */
async function walk(dir: string, extensions: ReadonlySet<string>, cwd: string, found: Map<string, SourceFile>, keep: Keep): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => compareNames(a.name, b.name));
  let matched = 0;
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (keep(full, true)) matched += await walk(full, extensions, cwd, found, keep);
    } else if (extensions.has(path.extname(entry.name).toLowerCase()) && keep(full, false)) matched += add(full, cwd, found);
  }
  return matched;
}

function add(absolute: string, cwd: string, found: Map<string, SourceFile>): number {
  if (!found.has(absolute)) found.set(absolute, { absolute, name: displayName(absolute, cwd) });
  return 1;
}

/** Relative to the working directory, with forward slashes on every platform. */
export function displayName(absolute: string, cwd: string): string {
  const rel = path.relative(cwd, absolute) || path.basename(absolute);
  return rel.split(path.sep).join('/');
}

/** Code-unit order, never locale order: output must be byte-identical on every machine. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
