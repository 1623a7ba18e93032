import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Where the tool is installed, seen from one of its modules: the nearest folder above it with a
 * package.json, and the top-level code folder the module is in (src, dist). The modules sit at
 * several depths (dist/version.js, dist/cache/…, the bundle's dist/bundle/…), so no fixed `..`
 * fits them all.
 */
export function packageRoot(moduleUrl: string): { root: string; codeDir: string } {
  const file = fileURLToPath(moduleUrl);
  let dir = path.dirname(file);
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${file}`);
    dir = up;
  }
  const top = path.relative(dir, file).split(path.sep)[0]!;
  return { root: dir, codeDir: path.join(dir, top) };
}
