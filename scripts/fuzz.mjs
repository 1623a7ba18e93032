#!/usr/bin/env node
// npm run fuzz -- [--seed N] [--runs N] [--max-repeat N] [--budget MS]
//
// Long fuzzing run of the whole pipeline on the built dist/ (npm run build first; `npm run fuzz`
// does). Three parts:
//   1. --runs random documents (default 10,000) from the same generators as the unit suite, with
//      larger repeated runs: every document must be analysed and cross-checked (as the only
//      document of a scan; the time counts both) without an internal error, every
//      claim must be the slice at its span and every position must match its offsets.
//   2. --runs / 10 random byte strings through decoding and analysis, with the same checks.
//   3. Each named adversarial input of the robustness issue at 25,000 and 200,000 units: the time
//      must grow linearly (8× the size may take at most 32× the time, the fastest of a few runs,
//      allowing for garbage collection on large inputs; quadratic code takes 64×).
// Prints the slowest documents in milliseconds per 100 KB and exits 1 on any failure, including a
// document slower than --budget ms per 100 KB (default 2000: about 10× the slowest seen) in the
// fastest of four runs (one run alone can be slowed by a busy machine).
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { bytesArbitrary, documentArbitrary, invariantProblems, NAMED_INPUTS } from './fuzz-documents.mjs';
import { analyzeSource } from '../dist/pipeline/analyze-document.js';
import { checkDocuments } from '../dist/pipeline/scan.js';
import { sourceFromBytes } from '../dist/load/read-source.js';
import { RULES } from '../dist/check/rules/index.js';
import { buildReport } from '../dist/report/report.js';
import { formatJson } from '../dist/report/format-json.js';
import { formatTable } from '../dist/report/format-table.js';
import { LineIndex } from '../dist/text/line-index.js';

const args = parseArgs(process.argv.slice(2), { seed: 1, runs: 10_000, 'max-repeat': 20_000, budget: 2000 });
const plain = new Chalk({ level: 0 });
const formatReport = (result) => {
  const report = buildReport({ documents: [result], findings: checkDocuments([result]) });
  JSON.parse(formatJson(report));
  formatTable(report, plain);
};

const failures = [];
const timings = [];
/** 8× the size may take at most this many times as long: linear code with GC and cache effects stays well under it, quadratic code takes 64×. */
const MAX_RATIO = 32;

/** Analyses one document, checks the invariants, and records its time per 100 KB. */
function check(label, name, bytes) {
  const t0 = performance.now();
  let result;
  let text;
  try {
    const source = sourceFromBytes(name, bytes);
    text = source.text;
    result = analyzeSource(source, { rules: RULES });
    // Timed with the analysis: the cross-checks must stay linear on one document too.
    checkDocuments([result]);
  } catch (err) {
    failures.push(`${label}: threw ${err instanceof Error ? err.stack : String(err)}`);
    return;
  }
  const ms = performance.now() - t0;
  const problems = invariantProblems(result, text, { LineIndex, formatReport });
  for (const p of problems.slice(0, 3)) failures.push(`${label}: ${p}`);
  if (bytes.length < 1024) return;
  const per100k = (ms / bytes.length) * 100_000;
  // Over budget once may be a GC pause or a busy machine: keep the bytes to time it again.
  timings.push({ label, name, bytes: bytes.length, ms, per100k, ...(per100k > args.budget ? { retry: bytes } : {}) });
}

/** The fastest of three more runs: what the document costs, without pauses of the machine. */
function retime(t) {
  let best = t.ms;
  for (let k = 0; k < 3; k++) {
    const t0 = performance.now();
    checkDocuments([analyzeSource(sourceFromBytes(t.name, t.retry), { rules: RULES })]);
    best = Math.min(best, performance.now() - t0);
  }
  t.ms = best;
  t.per100k = (best / t.bytes) * 100_000;
}

const started = performance.now();
const encoder = new TextEncoder();
let n = 0;
fc.assert(
  fc.property(documentArbitrary({ maxPieces: 120, maxRepeat: args['max-repeat'] }), ({ name, text }) => {
    check(`random document #${++n} (seed ${args.seed}) ${JSON.stringify(text.slice(0, 60))}…`, name, encoder.encode(text));
  }),
  { seed: args.seed, numRuns: args.runs },
);
const byteRuns = Math.max(1, Math.round(args.runs / 10));
let b = 0;
fc.assert(
  fc.property(bytesArbitrary({ maxLength: 16_384 }), (bytes) => check(`random bytes #${++b}`, 'bytes.md', bytes)),
  { seed: args.seed, numRuns: byteRuns },
);

const scaling = [];
for (const [label, make] of Object.entries(NAMED_INPUTS)) {
  for (const name of ['a.md', 'a.txt']) {
    const small = encoder.encode(make(25_000));
    const large = encoder.encode(make(200_000));
    // The small size is timed three times (the fastest counts) so that a pause does not fake a ratio.
    let smallMs = Infinity;
    for (let k = 0; k < 3; k++) {
      const t0 = performance.now();
      check(`${label} ×25,000 (${name})`, name, small);
      smallMs = Math.min(smallMs, performance.now() - t0);
    }
    let largeMs = Infinity;
    for (let k = 0; k < 2; k++) {
      const t1 = performance.now();
      check(`${label} ×200,000 (${name})`, name, large);
      largeMs = Math.min(largeMs, performance.now() - t1);
    }
    const ratio = largeMs / Math.max(smallMs, 20);
    scaling.push({ label: `${label} (${name})`, ratio });
    if (ratio > MAX_RATIO) failures.push(`${label} (${name}): 8× the size took ${ratio.toFixed(1)}× the time (not linear)`);
  }
}

for (const t of timings) if (t.retry) retime(t);
timings.sort((x, y) => y.per100k - x.per100k);
for (const t of timings) if (t.per100k > args.budget) failures.push(`${t.label}: ${t.per100k.toFixed(0)} ms per 100 KB, over the ${args.budget} ms budget`);
const total = ((performance.now() - started) / 1000).toFixed(1);
console.log(`fuzz: seed ${args.seed}, ${args.runs} random documents, ${byteRuns} random byte strings, ${Object.keys(NAMED_INPUTS).length * 2} named inputs at two sizes, ${total} s`);
console.log(`slowest (ms per 100 KB, documents of 1 KB or more):`);
for (const t of timings.slice(0, 5)) console.log(`  ${t.per100k.toFixed(1).padStart(8)}  ${(t.bytes / 1024).toFixed(0).padStart(6)} KB  ${t.label}`);
const worstScaling = scaling.sort((x, y) => y.ratio - x.ratio)[0];
if (worstScaling) console.log(`largest time ratio for 8× the size: ${worstScaling.ratio.toFixed(1)}× (${worstScaling.label})`);
const distinct = [...new Set(failures)];
if (distinct.length > 0) {
  console.log(`${distinct.length} failure${distinct.length === 1 ? '' : 's'}:`);
  for (const f of distinct.slice(0, 30)) console.log(`  ${f}`);
  process.exitCode = 1;
} else {
  console.log('0 failures');
}

function parseArgs(argv, defaults) {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!key || !(key in defaults) || !Number.isFinite(value)) {
      console.error(`usage: node scripts/fuzz.mjs [--seed N] [--runs N] [--max-repeat N] [--budget MS]`);
      process.exit(2);
    }
    out[key] = value;
  }
  return out;
}
