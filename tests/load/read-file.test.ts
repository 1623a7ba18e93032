import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFileBytes } from '../../src/load/read-file.js';
import { tempDir } from '../temp-dir.js';

describe('readFileBytes', () => {
  it('reads files whole, small ones into a reused buffer and large ones into their own', () => {
    const dir = tempDir('factcheck-read-');
    const files = {
      empty: Buffer.alloc(0),
      small: Buffer.from('英伟达营收570亿美元。Revenue rose 17%.\n'.repeat(40)),
      exactlyOneMb: Buffer.alloc(1024 * 1024, 0x61),
      large: Buffer.alloc(3 * 1024 * 1024 + 7, 0x62),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(dir, name), bytes);
    const read = (name: string) => readFileBytes(path.join(dir, name), files[name as keyof typeof files].length);
    expect(Buffer.from(read('small')).equals(files.small)).toBe(true);
    // A view on the reused buffer is overwritten by the next read: callers decode it at once.
    const first = read('small');
    const firstCopy = Buffer.from(first);
    expect(read('empty')).toHaveLength(0);
    expect(Buffer.from(read('exactlyOneMb')).equals(files.exactlyOneMb)).toBe(true);
    expect(Buffer.from(read('large')).equals(files.large)).toBe(true);
    expect(firstCopy.equals(files.small)).toBe(true);
  });

  it('reads a file that grew since it was stat-ed, whole', () => {
    const file = path.join(tempDir('factcheck-read-'), 'grown.txt');
    const bytes = Buffer.alloc(2 * 1024 * 1024, 0x63);
    writeFileSync(file, bytes);
    expect(Buffer.from(readFileBytes(file, 10)).equals(readFileSync(file))).toBe(true);
  });
});
