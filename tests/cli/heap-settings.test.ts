import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HEAP_FLAGS, heapFlagsToApply } from '../../src/cli/heap-settings.js';
import { ROOT } from '../helpers.js';

describe('heap settings of the factcheck command', () => {
  it('applies every flag not given on the node command line, in either spelling', () => {
    expect(heapFlagsToApply([])).toEqual(HEAP_FLAGS);
    expect(heapFlagsToApply(['--heap-growing-percent=50'])).toEqual(['--semi-space-growth-factor=1']);
    expect(heapFlagsToApply(['--max-old-space-size=4096', '--semi_space_growth_factor=2'])).toEqual(['--heap-growing-percent=20']);
    expect(heapFlagsToApply(['--heap_growing_percent=0', '--semi-space-growth-factor=4'])).toEqual([]);
  });

  it('leaves the command working when the user gives one of the flags', () => {
    const r = spawnSync(process.execPath, ['--heap-growing-percent=30', path.join(ROOT, 'bin/factcheck.js'), '--version'], { encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });
});
