import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * What a symbolic link met during a folder walk leads to. The policy (docs/robustness.md):
 * links are followed when their target lies inside one of the folders being scanned; a link
 * that leads out of them is not followed (a scan reads only what it was asked to read) and is
 * reported; a dangling or looping link named like a document is reported as unreadable; a link
 * back to a folder already being walked is not followed again (its files are scanned anyway).
 */
export type LinkTarget =
  | { readonly kind: 'file'; readonly real: string }
  | { readonly kind: 'directory'; readonly real: string }
  | { readonly kind: 'outside'; readonly real: string }
  | { readonly kind: 'broken' };

export async function followLink(link: string, roots: readonly string[]): Promise<LinkTarget> {
  const real = await realpath(link).catch(() => undefined);
  if (real === undefined) return { kind: 'broken' };
  if (!roots.some((root) => isInside(real, root))) return { kind: 'outside', real };
  const info = await stat(real).catch(() => undefined);
  if (!info) return { kind: 'broken' };
  return info.isDirectory() ? { kind: 'directory', real } : { kind: 'file', real };
}

/** True when `p` is `root` or lies below it (both real, absolute paths). */
export function isInside(p: string, root: string): boolean {
  return p === root || p.startsWith(root.endsWith(path.sep) ? root : root + path.sep);
}
