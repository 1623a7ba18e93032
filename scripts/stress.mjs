#!/usr/bin/env node
// npm run stress -- [--files N]
//
// Runs the built CLI as a real process on inputs too large for the unit suite (which tests the
// same paths at smaller sizes in tests/robustness/size.test.ts):
//   * a 50 MB article, once with the default --max-file-size and once with --max-file-size 10MB;
//   * an article that is a single 10 MB line;
//   * --files small files (default 100,000) in 100 folders.
// Each run must exit with the expected code and print one complete JSON report. The generated
// paragraphs state different figures for the same company, so the cross-checks report conflicts
// and a complete scan exits 1 (findings); a crash or a usage error would exit otherwise. Prints
// the time and peak memory of each, and exits 1 on any failure. Everything is generated in a temporary
// folder that is removed afterwards.
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');
const MEASURE = path.join(ROOT, 'scripts', 'measure-rss.mjs');
const filesArg = process.argv.indexOf('--files');
const FILES = filesArg > 0 ? Number(process.argv[filesArg + 1]) : 100_000;
const dir = mkdtempSync(path.join(tmpdir(), 'factcheck-stress-'));
const failures = [];

function paragraph(i) {
  return `第${i}段：英伟达以约${i % 997}亿美元与Groq达成合作，营收同比增长${i % 89}%。Revenue rose ${i % 89}% to $${i} billion.`;
}

function bigArticle(bytes, separator) {
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraph(i) + separator;
    parts.push(p);
    size += Buffer.byteLength(p);
  }
  return parts.join('');
}

function run(label, args, expect) {
  const t0 = Date.now();
  const rssFile = path.join(dir, 'peak-rss');
  const reportFile = path.join(dir, 'report.json');
  rmSync(rssFile, { force: true });
  // The report goes to a file: 100,000 files make one of hundreds of MB.
  const out = openSync(reportFile, 'w');
  const r = spawnSync(process.execPath, ['--max-old-space-size=4096', MEASURE, BIN, ...args], {
    cwd: dir,
    stdio: ['ignore', out, 'pipe'],
    encoding: 'utf8',
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
  });
  closeSync(out);
  const seconds = ((Date.now() - t0) / 1000).toFixed(1);
  // A process that died (out of memory) wrote no figure.
  const peak = existsSync(rssFile) ? `${Math.round(Number(readFileSync(rssFile, 'utf8')) / 1024 ** 2)} MB` : '?';
  let report;
  try {
    report = readReport(reportFile);
  } catch (err) {
    failures.push(`${label}: stdout is not one complete JSON report (${err.message}; stderr: ${r.stderr.trim().slice(0, 200)})`);
  }
  if (r.status !== expect.code) failures.push(`${label}: exit code ${r.status}, expected ${expect.code}`);
  if (report) {
    const problem = expect.check(report);
    if (problem) failures.push(`${label}: ${problem}`);
  }
  const outcome = r.status ?? `killed by ${r.signal}`;
  console.log(`${label.padEnd(44)} ${seconds.padStart(6)} s  ${peak.padStart(8)} peak  exit ${outcome}  ${report ? `${report.summary.documents} documents, ${report.summary.claims} claims` : ''}`);
}

/**
 * The report a run wrote: parsed whole when it fits in a string, else (past V8's limit of about
 * 512 MB) its summary, read from its start once its end shows the report complete.
 */
function readReport(file) {
  const size = statSync(file).size;
  if (size < 256 * 1024 ** 2) return JSON.parse(readFileSync(file, 'utf8'));
  const fd = openSync(file, 'r');
  const head = Buffer.alloc(64 * 1024);
  const tail = Buffer.alloc(8);
  readSync(fd, head, 0, head.length, 0);
  readSync(fd, tail, 0, tail.length, size - tail.length);
  closeSync(fd);
  if (!tail.toString().endsWith(']\n}\n')) throw new Error(`${size} bytes, cut short`);
  const summary = /"summary": (\{[^{}]*\{[^{}]*\}[^{}]*\})/.exec(head.toString());
  if (!summary) throw new Error(`${size} bytes, no summary at the start`);
  return { summary: JSON.parse(summary[1]), findings: [] };
}

try {
  writeFileSync(path.join(dir, 'big.md'), bigArticle(50 * 1024 ** 2, '\n\n'));
  writeFileSync(path.join(dir, 'one-line.txt'), bigArticle(10 * 1024 ** 2, ' '));
  for (let d = 0; d < 100; d++) {
    const folder = path.join(dir, 'many', `d${String(d).padStart(3, '0')}`);
    mkdirSync(folder, { recursive: true });
    for (let i = d; i < FILES; i += 100) writeFileSync(path.join(folder, `${i}.md`), `${paragraph(i)}\n`);
  }

  run('50 MB article', ['scan', 'big.md', '--format', 'json'], {
    code: 1,
    check: (r) => (r.summary.claims > 1_000_000 ? undefined : `only ${r.summary.claims} claims`),
  });
  run('50 MB article, --max-file-size 20MB', ['scan', 'big.md', 'one-line.txt', '--format', 'json', '--max-file-size', '20MB'], {
    code: 1,
    check: (r) =>
      r.findings.some((f) => f.ruleId === 'load-error' && f.locations[0].file === 'big.md') && r.summary.documents === 2
        ? undefined
        : 'the oversized file was not reported as load-error next to the other',
  });
  run('a single 10 MB line', ['scan', 'one-line.txt', '--format', 'json'], {
    code: 1,
    check: (r) => (r.summary.claims > 100_000 ? undefined : `only ${r.summary.claims} claims`),
  });
  run(`${FILES.toLocaleString('en')} small files`, ['scan', 'many', '--format', 'json'], {
    code: 1,
    check: (r) => (r.summary.documents === FILES ? undefined : `${r.summary.documents} documents, expected ${FILES}`),
  });
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length > 0) {
  for (const f of failures) console.log(`FAIL ${f}`);
  process.exitCode = 1;
} else {
  console.log('0 failures');
}
