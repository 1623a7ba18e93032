import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packageRoot } from '../../src/util/package-root.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers.js';

describe('packageRoot', () => {
  it('finds the package from a module at any depth, and the code folder the module is in', () => {
    for (const [file, codeDir] of [
      ['dist/version.js', 'dist'],
      ['dist/cache/tool-fingerprint.js', 'dist'],
      ['dist/bundle/chunk-ABC.js', 'dist'],
      ['src/cache/tool-fingerprint.ts', 'src'],
    ] as const) {
      expect(packageRoot(pathToFileURL(path.join(ROOT, file)).href)).toEqual({ root: ROOT, codeDir: path.join(ROOT, codeDir) });
    }
  });

  it('gives the version of the package the tool is in', () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  });
});
