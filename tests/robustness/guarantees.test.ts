import { mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import type { Source } from '../../src/load/read-source.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { ROOT, runCli } from '../helpers.js';
import { FIXTURES, tempDir } from './support.js';

/** A folder of articles in which every kind of broken file sits next to good ones. */
function troubledFolder(): string {
  const dir = tempDir();
  const a = path.join(dir, 'articles');
  mkdirSync(a);
  writeFileSync(path.join(a, '01-good.md'), '英伟达以约200亿美元与Groq达成合作。\n');
  writeFileSync(path.join(a, '02-photo.md'), readFileSync(path.join(FIXTURES, 'binary/photo.png.md')));
  writeFileSync(path.join(a, '03-junk.txt'), readFileSync(path.join(FIXTURES, 'encodings/undecodable.txt')));
  writeFileSync(path.join(a, '04-huge.md'), '营收达到570亿美元。\n'.repeat(400));
  writeFileSync(path.join(a, '05-yaml.md'), readFileSync(path.join(FIXTURES, 'front-matter/billion-laughs.md')));
  writeFileSync(path.join(a, '06-latin1.md'), readFileSync(path.join(FIXTURES, 'encodings/invalid-utf8.md')));
  symlinkSync(path.join(dir, 'gone.md'), path.join(a, '07-dangling.md'));
  writeFileSync(path.join(a, '08-good.txt'), 'Revenue rose 62% to $57 billion.\n');
  return dir;
}

describe('guarantee: a problem with one file never stops the run and never goes unreported', () => {
  it('reports each broken file as a finding on that file, scans the rest, and exits 1', () => {
    const r = runCli(['scan', 'articles', '--format', 'json', '--max-file-size', '4KB'], { cwd: troubledFolder() });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const report = JSON.parse(r.stdout);
    expect(report.summary.documents).toBe(8);
    const byFile = report.findings.map((f: { ruleId: string; severity: string; locations: { file: string }[] }) => `${f.locations[0]!.file} ${f.ruleId} ${f.severity}`);
    expect(byFile).toEqual([
      // The Groq deal is also in the front matter fixture's body: scanned despite its YAML.
      'articles/01-good.md corroborated info',
      'articles/02-photo.md load-error error',
      'articles/03-junk.txt load-error error',
      'articles/04-huge.md load-error error',
      'articles/05-yaml.md invalid-front-matter warning',
      'articles/06-latin1.md invalid-encoding warning',
      'articles/07-dangling.md load-error error',
    ]);
    const claimed = report.documents.filter((d: { claims: number }) => d.claims > 0).map((d: { file: string }) => d.file);
    expect(claimed).toEqual(['articles/01-good.md', 'articles/05-yaml.md', 'articles/06-latin1.md', 'articles/08-good.txt']);
  });

  it('turns a failure inside the analysis of one document into an internal-error finding on it', () => {
    const broken = {
      path: 'broken.md',
      get text(): string {
        throw new RangeError('simulated failure');
      },
      encoding: 'utf-8',
      problems: [],
    } as unknown as Source;
    const result = analyzeSource(broken, { rules: RULES });
    expect(result.claims).toEqual([]);
    expect(result.findings.map((f) => [f.ruleId, f.severity, f.message])).toEqual([
      ['internal-error', 'error', 'broken.md: internal error while analysing this document (RangeError: simulated failure); it was not checked, please report it'],
    ]);
  });
});

describe('guarantee: stdout holds a complete report or nothing', () => {
  it('prints one parseable report even when files fail, and nothing when the run cannot start', () => {
    const dir = troubledFolder();
    for (const format of ['json', 'sarif', 'jsonl']) {
      const r = runCli(['scan', 'articles', '--format', format], { cwd: dir });
      expect(r.code).toBe(1);
      if (format === 'jsonl') for (const line of r.stdout.trimEnd().split('\n')) JSON.parse(line);
      else JSON.parse(r.stdout);
      expect(r.stdout.endsWith('\n')).toBe(true);
    }
    const refused = runCli(['scan', 'articles', 'nowhere', '--format', 'json'], { cwd: dir });
    expect(refused.code).toBe(2);
    expect(refused.stdout).toBe('');
  });
});

describe('guarantee: byte-identical output across runs, file-system order and path spellings', () => {
  /** The same articles written in the opposite order, so that directory order differs. */
  function sameArticles(order: 'forward' | 'backward'): string {
    const dir = tempDir();
    const files = [
      ['articles/b/二.md', '营收达到570亿美元。\n'],
      ['articles/a.md', '英伟达以约200亿美元与Groq达成合作。\n\n英伟达以约200亿美元与Groq达成合作，营收同比增长62%。\n'],
      ['articles/B.txt', 'Revenue rose 62% to $57 billion.\n'],
      ['articles/b/一.md', '英伟达以约200亿美元与Groq达成合作，营收同比增长62%。\n'],
      ['articles/c.md', readFileSync(path.join(FIXTURES, 'binary/photo.png.md'))],
    ] as const;
    for (const [name, content] of order === 'forward' ? files : [...files].reverse()) {
      mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
      writeFileSync(path.join(dir, name), content);
    }
    return dir;
  }

  it('gives the same bytes for every run, creation order and spelling of the paths', () => {
    const first = sameArticles('forward');
    const second = sameArticles('backward');
    const outputs = new Set<string>();
    for (const format of ['json', 'table', 'sarif']) {
      outputs.clear();
      for (const [dir, args] of [
        [first, ['articles']],
        [first, ['articles']],
        [second, ['articles']],
        [second, ['./articles/', 'articles/b/../a.md']],
        [second, ['articles/b', 'articles//a.md', 'articles/B.txt', 'articles/c.md']],
      ] as const) {
        const r = runCli(['scan', ...args, '--format', format], { cwd: dir });
        expect(r.code).toBe(1);
        outputs.add(r.stdout);
      }
      expect(outputs.size).toBe(1);
    }
  });

  it('reports paths with forward slashes, relative to the working directory', () => {
    const dir = sameArticles('forward');
    const r = runCli(['scan', path.join(dir, 'articles'), '--format', 'json'], { cwd: dir });
    const files = JSON.parse(r.stdout).documents.map((d: { file: string }) => d.file);
    expect(files).toEqual(['articles/B.txt', 'articles/a.md', 'articles/b/一.md', 'articles/b/二.md', 'articles/c.md']);
  });
});

describe('guarantee: an article or config cannot execute code, read other files or reach the network', () => {
  /** Every TypeScript file under src/. */
  function sources(dir = path.join(ROOT, 'src')): string[] {
    return readdirSync(dir).flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? sources(full) : full.endsWith('.ts') ? [full] : [];
    });
  }

  it('has no network, process-spawning, eval or dynamic-import code in src/', () => {
    // Worker threads run only factcheck's own compiled analysis module (--concurrency), in two files.
    const threadFiles = new Set(['src/pipeline/worker-pool.ts', 'src/pipeline/analyze-worker.ts']);
    const forbidden = [
      /from 'node:(?:http|https|http2|net|tls|dgram|dns|child_process|vm)'/,
      /\bfetch\(/,
      /\beval\(/,
      /new Function\(/,
      /\bimport\(/,
      /\brequire\(/,
    ];
    const hits = sources().flatMap((file) => {
      const text = readFileSync(file, 'utf8');
      const rel = path.relative(ROOT, file).split(path.sep).join('/');
      const rules = threadFiles.has(rel) ? forbidden : [...forbidden, /from 'node:worker_threads'/];
      return rules.filter((re) => re.test(text)).map((re) => `${rel}: ${re.source}`);
    });
    expect(hits).toEqual([]);
  });

  it('loads every YAML (front matter, config files, --rule values) with the safe core schema only', () => {
    const calls = sources().flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => line.includes('yaml.load('))
        .map((line) => `${path.relative(ROOT, file)}: ${line.trim()}`),
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => !c.includes('schema: yaml.CORE_SCHEMA'))).toEqual([]);
    expect(sources().filter((file) => /DEFAULT_SCHEMA|js-yaml-js-types/.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
});
