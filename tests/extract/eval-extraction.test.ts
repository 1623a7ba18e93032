import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

const SCRIPT = path.join(ROOT, 'scripts', 'eval-extraction.mjs');
const CASES = path.join(ROOT, 'fixtures', 'extract', 'cases');

function run(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [SCRIPT, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('npm run eval:extraction', () => {
  it('finds every figure of the fixture cases, and nothing else', () => {
    const r = run(...['en-currency', 'en-percent', 'zh-date', 'zh-number'].map((n) => path.join(CASES, `${n}.jsonl`)));
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('en-currency.jsonl: 2 cases, recall 100.0% (4/4), precision 100.0% (4/4)');
    expect(r.stdout).toContain('zh-date.jsonl: 2 cases, recall 100.0% (4/4), precision 100.0% (4/4)');
    expect(r.stdout).toContain('all: recall 100.0% (14/14), precision 100.0% (14/14)');
  });

  it('counts a figure read otherwise as missed and a claim nobody expected as extra', () => {
    const file = path.join(tempDir(), 'en-number.jsonl');
    writeFileSync(file, [
      JSON.stringify({ input: 'The lab hired 120 people and bought 30 GPUs.', results: [{ text: '120 people', value: '12' }] }),
      JSON.stringify({ input: 'A third of the staff left.', results: [{ text: 'A third', value: '0.333333333333333' }] }),
    ].join('\n'));
    const r = run(file, '--misses');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('en-number.jsonl: 2 cases, recall 50.0% (1/2), precision 66.7% (2/3)');
    expect(r.stdout).toContain('missed  "The lab hired 120 people and bought 30 GPUs.": 120 people = 12 (read: 120 people = count 120 person; 30 GPUs = count 30 gpu)');
    expect(r.stdout).toContain('extra   "The lab hired 120 people and bought 30 GPUs.": 30 GPUs = count 30 gpu');
  });

  it('names the file and the reason when it cannot read one', () => {
    const file = path.join(tempDir(), 'zh-percent.jsonl');
    writeFileSync(file, '{"input": "百分之五"\n');
    const bad = run(file);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe(`eval:extraction: ${file}:1: not a JSON object`);
    expect(run(path.join(CASES, 'cases.json')).stderr).toContain('the name must end in -number.jsonl');
  });
});
