import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDirectories } from '../../src/util/make-directories.js';
import { tempDir } from '../temp-dir.js';

describe('makeDirectories', () => {
  it('creates a folder and its missing parents, and accepts one that exists', () => {
    const dir = tempDir();
    const deep = path.join(dir, 'a', 'b', 'c');
    makeDirectories(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    makeDirectories(deep);
    makeDirectories(dir);
  });

  it('throws, rather than hangs, where a parent exists but refuses the child', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'file'), '');
    expect(() => makeDirectories(path.join(dir, 'file', 'sub'))).toThrow(/ENOTDIR/);
    // procfs answers ENOENT for a child it cannot hold: Node's recursive mkdir loops on that.
    if (existsSync('/proc/self')) expect(() => makeDirectories('/proc/factcheck-nope/cache')).toThrow(/ENOENT/);
  });
});
