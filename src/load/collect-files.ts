import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { followLink } from './follow-links.js';
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
  /** Set when the walk met this path but cannot or will not read it; reported as `load-error`. */
  readonly problem?: { readonly reason: string; readonly severity: 'error' | 'warning' };
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
 * recursively; hidden folders and `node_modules` are skipped. A file reached twice (named twice,
 * or through a link) is scanned once, under a name reached without a link if there is one, else
 * the one that sorts first. Arguments are handled in sorted order so that their order never
 * changes the result. Links are handled as docs/robustness.md describes (see follow-links.ts).
 */
export async function collectFiles(paths: readonly string[], options: CollectOptions = {}): Promise<Collected> {
  const cwd = options.cwd ?? process.cwd();
  const extensions = new Set((options.extensions ?? DEFAULT_EXTENSIONS).map((e) => e.toLowerCase()));
  const args = [...new Set(paths)].map((p) => ({ given: p, absolute: path.resolve(cwd, p) }));
  args.sort((a, b) => compareNames(a.absolute, b.absolute));
  const infos = await Promise.all(args.map((a) => stat(a.absolute).catch(() => undefined)));
  const roots = await Promise.all(args.map((a, i) => (infos[i]?.isDirectory() ? realpath(a.absolute).catch(() => a.absolute) : undefined)));
  const keep = options.ignore ? (abs: string, dir: boolean) => !options.ignore!.ignoredBy(abs, dir) : () => true;
  const walk: WalkState = { extensions, cwd, keep, roots: roots.filter((r): r is string => r !== undefined), found: new Map(), linkedFolders: new Set() };
  const unmatched = new Set<string>();
  const ignored: { path: string; source: string }[] = [];
  for (const [i, arg] of args.entries()) {
    const info = infos[i];
    if (!info) {
      unmatched.add(arg.given);
      continue;
    }
    const ignoredBy = options.ignore?.ignoredBy(arg.absolute, info.isDirectory());
    if (ignoredBy) {
      ignored.push({ path: arg.given, source: ignoredBy });
      continue;
    }
    const matched = info.isDirectory()
      ? await walkFolder(arg.absolute, roots[i]!, [], walk)
      : add(arg.absolute, await realpath(arg.absolute).catch(() => arg.absolute), walk, false);
    if (matched === 0) unmatched.add(arg.given);
  }
  const files = [...walk.found.values()].map((f) => f.file).sort((a, b) => compareNames(a.name, b.name));
  // Reported in the order given, as the arguments were.
  const order = (list: readonly string[]) => paths.filter((p, i) => list.includes(p) && paths.indexOf(p) === i);
  const ignoredInOrder = order(ignored.map((x) => x.path)).map((p) => ignored.find((x) => x.path === p)!);
  return { files, unmatched: order([...unmatched]), ignored: ignoredInOrder };
}

type Keep = (absolute: string, isDirectory: boolean) => boolean;

interface WalkState {
  readonly extensions: ReadonlySet<string>;
  readonly cwd: string;
  /** The ignore rules: false for a path they exclude. */
  readonly keep: Keep;
  /** Real paths of the folders given as arguments: links are followed only into these. */
  readonly roots: readonly string[];
  /** Documents by real path, and whether the name kept was reached through a link. */
  readonly found: Map<string, { readonly file: SourceFile; readonly viaLink: boolean }>;
  /** Real paths of folders already walked through a link: walked once, however many links lead there. */
  readonly linkedFolders: Set<string>;
}

/**
 * Returns how many documents the folder holds (already-found ones included). `dir` is the path
 * as reached, `real` its real path, `ancestors` the real paths being walked above it (a link to
 * one of them would loop).
 */
async function walkFolder(dir: string, real: string, ancestors: readonly string[], state: WalkState, viaLink = false): Promise<number> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (err) {
    const reason = `is a folder that cannot be read (${(err as NodeJS.ErrnoException).code ?? 'error'}); not scanned`;
    return add(dir, real, state, viaLink, { reason, severity: 'error' });
  }
  entries.sort((a, b) => compareNames(a.name, b.name));
  const inside = [...ancestors, real];
  let matched = 0;
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    const isDocument = state.extensions.has(path.extname(entry.name).toLowerCase());
    if (entry.isSymbolicLink()) {
      matched += await followEntry(full, isDocument, inside, state);
    } else if (entry.isDirectory()) {
      if (state.keep(full, true)) matched += await walkFolder(full, path.join(real, entry.name), inside, state, viaLink);
    } else if (isDocument && state.keep(full, false)) matched += add(full, path.join(real, entry.name), state, viaLink);
  }
  return matched;
}

/** A symbolic link met in a walk, handled as follow-links.ts describes; ignore rules apply to the link's path. */
async function followEntry(full: string, isDocument: boolean, inside: readonly string[], state: WalkState): Promise<number> {
  const target = await followLink(full, state.roots);
  if (target.kind === 'directory') {
    if (inside.includes(target.real) || state.linkedFolders.has(target.real) || !state.keep(full, true)) return 0;
    state.linkedFolders.add(target.real);
    return walkFolder(full, target.real, inside, state, true);
  }
  if (!state.keep(full, false)) return 0;
  if (target.kind === 'file' && isDocument) return add(full, target.real, state, true);
  if (target.kind === 'broken' && isDocument) return add(full, full, state, true);
  if (target.kind === 'outside' && (isDocument || (await stat(full).catch(() => undefined))?.isDirectory())) {
    return add(full, full, state, true, { reason: 'is a link to a path outside the folders being scanned; not followed', severity: 'warning' });
  }
  return 0;
}

function add(absolute: string, real: string, state: WalkState, viaLink: boolean, problem?: SourceFile['problem']): number {
  const name = displayName(absolute, state.cwd);
  const known = state.found.get(real);
  const better = !known || (known.viaLink && !viaLink) || (known.viaLink === viaLink && compareNames(name, known.file.name) < 0);
  if (better) state.found.set(real, { file: { absolute, name, ...(problem ? { problem } : {}) }, viaLink });
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
