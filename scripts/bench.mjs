#!/usr/bin/env node
// npm run bench [-- --large] [-- DIR] [-- --runs N] [-- --baseline CHECKOUT]
//
// Measures factcheck end to end against the I/O floor (scripts/floor.mjs: read, decode, one
// regex), each as a fresh process (start-up included), alternating, over several runs; prints
// medians of wall time, MB/s and peak RSS. The corpus is generated with the shared generator
// (../shared/bench/make-corpus.mjs: 2,000 documents, or 20,000 with --large, which also runs the
// 2,000 so the growth can be read) unless a folder of articles is given. Generation is not timed.
// --baseline CHECKOUT also times another built checkout's `scan` (e.g. main before a change).
// `--cache (warm)` is a scan whose cache (filled by an untimed run) holds every document;
// `--cache, 1 changed` the same with one article edited before each run (given on stdin under
// its file's name, so the corpus stays as generated).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATOR = path.resolve(ROOT, '..', 'shared', 'bench', 'make-corpus.mjs');
const BIN = path.join(ROOT, 'bin', 'factcheck.js');
const FLOOR = path.join(ROOT, 'scripts', 'floor.mjs');
const MEASURE = path.join(ROOT, 'scripts', 'measure-rss.mjs');
const TIME = '/usr/bin/time';
const CORES = os.availableParallelism();
/** Targets of the performance issue, checked and printed with the figures. */
const TARGETS = { ratio: 3, growth: 11, largeRssMb: 400 };

const args = parseArgs(process.argv.slice(2));
if (!existsSync(path.join(ROOT, 'dist', 'cli', 'main.js'))) fail('dist/ is missing: run "npm run build" first');
printMachine();
const corpora = args.dir ? [{ dir: path.resolve(args.dir), docs: undefined }] : generatedCorpora(args.large ? [2000, 20000] : [2000]);
const benches = corpora.map((c) => ({ ...c, bench: corpusBench(c.dir, args.runs ?? (c.docs === 20000 ? 3 : 5)) }));
// Rounds alternate the corpora too, so that the growth from one size to the other is not read
// across an hour in which the shared machine's speed moved.
for (let round = 0; benches.some((b) => round < b.bench.runs); round++) for (const b of benches) if (round < b.bench.runs) b.bench.measureRound();
const results = benches.map(({ bench, ...c }) => ({ ...c, ...bench.report() }));
if (results.length === 2) {
  // Growth is read for one way of running at both sizes: `auto` may run in-process at one size
  // and on every core at the other, as the machine's load changes.
  for (const key of ['off', 'threads']) {
    const growth = results[1].variants[key].time / results[0].variants[key].time;
    const label = key === 'off' ? '--concurrency off' : `--concurrency ${CORES}`;
    console.log(`growth (${label}): 20,000 documents take ${growth.toFixed(1)}× the time of 2,000 (target ≤ ${TARGETS.growth}×) ${growth <= TARGETS.growth ? 'ok' : 'MISSED'}`);
  }
}

function parseArgs(argv) {
  const out = { large: false, runs: undefined, dir: undefined, baseline: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--large') out.large = true;
    else if (a === '--runs') out.runs = Number(argv[++i]);
    else if (a === '--baseline') out.baseline = path.resolve(argv[++i] ?? '');
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm run bench [-- --large] [-- --runs N] [-- --baseline CHECKOUT] [-- DIR]');
      process.exit(0);
    } else if (!a.startsWith('-') && !out.dir) out.dir = a;
    else fail(`unknown argument "${a}" (usage: npm run bench [-- --large] [-- --runs N] [-- DIR])`);
  }
  if (out.runs !== undefined && !(Number.isInteger(out.runs) && out.runs > 0)) fail('--runs expects a whole number');
  if (out.dir && !existsSync(out.dir)) fail(`${out.dir}: no such folder`);
  if (out.baseline && !existsSync(path.join(out.baseline, 'bin', 'factcheck.js'))) fail(`${out.baseline}: no bin/factcheck.js (a built checkout?)`);
  return out;
}

function generatedCorpora(sizes) {
  if (!existsSync(GENERATOR)) {
    fail(`no corpus: ${GENERATOR} is not here. Give a folder of articles instead: npm run bench -- DIR`);
  }
  return sizes.map((docs) => {
    const dir = path.join(os.tmpdir(), `factcheck-bench-${docs}`, 'corpus');
    if (!existsSync(`${dir}.truth.json`)) {
      rmSync(path.dirname(dir), { recursive: true, force: true });
      console.log(`generating ${docs} documents in ${dir} (not timed) ...`);
      const r = spawnSync(process.execPath, [GENERATOR, '--out', dir, '--docs', String(docs)], { stdio: ['ignore', 'ignore', 'inherit'] });
      if (r.status !== 0) fail(`corpus generation failed (exit code ${r.status})`);
    }
    return { dir, docs };
  });
}

/** The variants of one corpus: `measureRound` runs each once, `report` prints their medians. */
function corpusBench(dir, runs) {
  const { files, bytes } = sizeOf(dir);
  const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'factcheck-bench-cache-'));
  const cacheFile = path.join(cacheDir, 'cache.json');
  const edited = editableArticle(dir);
  const variants = {
    floor: { label: 'floor (read, decode, one regex)', argv: [FLOOR, dir] },
    scan: { label: 'factcheck scan --format json', argv: [BIN, 'scan', dir, '--format', 'json'] },
    off: { label: '  same, --concurrency off', argv: [BIN, 'scan', dir, '--format', 'json', '--concurrency', 'off'] },
    // `auto` stays in-process on a busy machine: this shows what every core gives whatever the load.
    threads: { label: `  same, --concurrency ${CORES}`, argv: [BIN, 'scan', dir, '--format', 'json', '--concurrency', String(CORES)] },
    // What a CI job that restores the cache pays when no article changed: every analysis and the
    // cross-document findings are read back. Filled by one untimed run first.
    warm: { label: '  same, --cache (warm)', argv: [BIN, 'scan', dir, '--format', 'json', '--cache', '--cache-location', cacheFile], prime: true },
    // ... and when one article changed since the last run: it is analysed, the checks run again.
    changed: {
      label: '  same, --cache, 1 changed',
      argv: [BIN, 'scan', dir, '--format', 'json', '--cache', '--cache-location', path.join(cacheDir, 'changed.json'), '--stdin', '--stdin-filename', edited.file],
      input: (run) => Buffer.concat([edited.bytes, Buffer.from(`\nEdit ${run}: revenue rose ${run + 5}% in the quarter.\n`)]),
      prime: true,
    },
    ...(args.baseline ? { baseline: { label: 'baseline scan --format json', argv: [path.join(args.baseline, 'bin', 'factcheck.js'), 'scan', dir, '--format', 'json'] } } : {}),
  };
  for (const v of Object.values(variants)) if (v.prime) measure(v.argv, v.input?.(-1));
  const samples = Object.fromEntries(Object.keys(variants).map((k) => [k, { time: [], cpu: [], rss: [] }]));
  let run = 0;
  const measureRound = () => {
    for (const [key, v] of Object.entries(variants)) {
      const m = measure(v.argv, v.input?.(run));
      samples[key].time.push(m.time);
      samples[key].cpu.push(m.cpu);
      samples[key].rss.push(m.rss);
    }
    run++;
  };
  return { runs, measureRound, report: () => reportCorpus({ dir, files, bytes, runs, variants, samples, cacheDir }) };
}

function reportCorpus({ dir, files, bytes, runs, variants, samples, cacheDir }) {
  const mb = bytes / 1e6;
  console.log(`\ncorpus: ${dir}: ${files} files, ${mb.toFixed(1)} MB; ${runs} runs each, alternating; medians`);
  const out = {};
  for (const [key, v] of Object.entries(variants)) {
    out[key] = { time: median(samples[key].time), cpu: median(samples[key].cpu), rss: median(samples[key].rss) };
    const ratio = out[key].time / out.floor.time;
    // CPU time (user + system, every thread) varies less than wall time on a shared machine.
    const cpu = Number.isFinite(out[key].cpu) ? `${out[key].cpu.toFixed(2).padStart(6)} s CPU` : '';
    console.log(
      `${v.label.padEnd(34)} ${out[key].time.toFixed(2).padStart(6)} s ${(mb / out[key].time).toFixed(1).padStart(6)} MB/s ${cpu} ` +
        `${(out[key].rss / 1e6).toFixed(0).padStart(5)} MB peak RSS${key === 'floor' ? '' : `   ${ratio.toFixed(1)}× floor`}`,
    );
  }
  rmSync(cacheDir, { recursive: true, force: true });
  const ratio = out.scan.time / out.floor.time;
  console.log(`factcheck/floor: ${ratio.toFixed(2)}× (target ≤ ${TARGETS.ratio}× at 2,000 documents on 2 cores); peak RSS ${(out.scan.rss / 1e6).toFixed(0)} MB (target < ${TARGETS.largeRssMb} MB at 20,000)`);
  return { variants: out, files, bytes };
}

/** Wall time of a fresh process (fed `input` on stdin, if given), its CPU time (where /usr/bin/time reports it) and its peak RSS in bytes. */
function measure(argv, input) {
  const useTime = existsSync(TIME);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'factcheck-rss-'));
  const rssFile = path.join(tmp, 'rss');
  const command = useTime ? [TIME, '-v', process.execPath, ...argv] : [process.execPath, MEASURE, ...argv];
  const started = process.hrtime.bigint();
  const r = spawnSync(command[0], command.slice(1), {
    stdio: [input ? 'pipe' : 'ignore', 'ignore', 'pipe'],
    ...(input ? { input } : {}),
    env: { ...process.env, BENCH_RSS_FILE: rssFile },
    maxBuffer: 16 * 1024 * 1024,
  });
  const time = Number(process.hrtime.bigint() - started) / 1e9;
  const stderr = r.stderr.toString();
  const exit = useTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? r.status) : r.status;
  if (exit !== 0 && exit !== 1) fail(`${argv.join(' ')} failed (exit code ${exit}):\n${stderr.slice(0, 2000)}`);
  const rss = useTime ? Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1]) * 1024 : Number(readFileSync(rssFile, 'utf8'));
  const seconds = (label) => Number(new RegExp(`${label} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1]);
  const cpu = useTime ? seconds('User') + seconds('System') : NaN;
  rmSync(tmp, { recursive: true, force: true });
  return { time, cpu, rss };
}

/** The first Markdown article (by name) in plain UTF-8, which a line can be added to. */
function editableArticle(dir) {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = path.join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules') {
        const found = walk(full);
        if (found) return found;
      } else if (e.isFile() && /\.(md|markdown)$/i.test(e.name)) {
        const bytes = readFileSync(full);
        try {
          utf8.decode(bytes);
          return { file: full, bytes };
        } catch {
          // GB18030 or UTF-16: a line in UTF-8 cannot be added to it.
        }
      }
    }
    return undefined;
  };
  const found = walk(dir);
  if (!found) fail(`${dir}: no Markdown article in plain UTF-8 to edit for the "1 changed" run`);
  return found;
}

function sizeOf(dir) {
  let files = 0;
  let bytes = 0;
  const walk = (d) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.startsWith('.') || e.name === 'node_modules') continue;
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.(txt|md|markdown)$/i.test(e.name)) {
        files++;
        bytes += statSync(full).size;
      }
    }
  };
  walk(dir);
  if (files === 0) fail(`${dir}: no .txt, .md or .markdown files`);
  return { files, bytes };
}

function printMachine() {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const load = os.loadavg().map((l) => l.toFixed(2)).join(' ');
  console.log(`machine: ${os.availableParallelism()} cores (${cpu}), Node ${process.version}, ${os.platform()}; load average ${load}`);
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function fail(message) {
  console.error(`bench: ${message}`);
  process.exit(2);
}
