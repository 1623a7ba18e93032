import path from 'node:path';
import ignore, { type Ignore } from 'ignore';

/** gitignore-style patterns and the folder they are relative to. */
export interface IgnorePatternSet {
  /** Absolute folder the patterns are relative to (an ignore file's folder, the config's, the cwd). */
  readonly base: string;
  /** Lines of gitignore syntax (comments, blanks and `!` negation allowed). */
  readonly patterns: readonly string[];
  /** Where the patterns come from, for notes (`.factcheckignore`, `--ignore-pattern`). */
  readonly source: string;
}

/** Decides whether a file or folder is ignored; `source` names the rule set that ignores it. */
export interface IgnoreFilter {
  ignoredBy(absolute: string, isDirectory: boolean): string | undefined;
}

/**
 * Builds the filter applied while collecting files. Each set applies to the paths under its
 * base folder only, with gitignore semantics (the `ignore` package, as used by ESLint and
 * Prettier): `drafts/` ignores a folder and everything in it, `!keep.md` re-includes a file.
 */
export function createIgnoreFilter(sets: readonly IgnorePatternSet[]): IgnoreFilter | undefined {
  if (sets.length === 0) return undefined;
  const compiled: { base: string; matcher: Ignore; source: string }[] = sets.map((s) => ({
    base: s.base,
    matcher: ignore({ allowRelativePaths: false }).add([...s.patterns]),
    source: s.source,
  }));
  return {
    ignoredBy(absolute, isDirectory) {
      for (const set of compiled) {
        const rel = path.relative(set.base, absolute);
        if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
        const posix = rel.split(path.sep).join('/');
        if (set.matcher.ignores(isDirectory ? `${posix}/` : posix)) return set.source;
        if (!isDirectory && ignoredFolder(set.matcher, posix)) return set.source;
      }
      return undefined;
    },
  };
}

/** A file named explicitly inside an ignored folder is ignored too, as git would have it. */
function ignoredFolder(matcher: Ignore, posix: string): boolean {
  const parts = posix.split('/');
  for (let i = 1; i < parts.length; i++) {
    if (matcher.ignores(`${parts.slice(0, i).join('/')}/`)) return true;
  }
  return false;
}
