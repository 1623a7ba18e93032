#!/usr/bin/env node
// Scores a scan of a generated corpus against its ground truth (the planted faults):
//
//   npm run eval:corpus                       generate ../shared's corpus (2000 docs) in a temp folder, scan, score
//   npm run eval:corpus -- --docs 500         a smaller generated corpus
//   npm run eval:corpus -- --corpus DIR       score an existing corpus (truth in DIR/../<name>.truth.json)
//   npm run eval:corpus -- --verbose          also list what was missed and every false alarm
//
// A planted item is found when a finding of the right rule points at it: conflicts by locations[0]
// (the claim at fault), translation errors by a location on the English line and one on the Chinese
// line, repeated rows and paragraphs by locations[0] on the repeat. Error and warning findings that
// match no planted item are false alarms. Target: >= 95% found, <= 5 false alarms. Uses dist/ (npm
// run build first; `npm install` builds it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const GENERATOR = path.resolve(ROOT, '../shared/bench/make-corpus.mjs');
const CONFLICT_RULES = new Set(['conflicting-figure', 'magnitude-slip', 'currency-mismatch', 'date-conflict', 'translation-mismatch']);

const args = parseArgs(process.argv.slice(2));
const corpus = args.corpus ? path.resolve(args.corpus) : generate(args.docs ?? 2000);
const truthFile = path.join(path.dirname(corpus), `${path.basename(corpus)}.truth.json`);
if (!fs.existsSync(truthFile)) fail(`no ground truth at ${truthFile} (make-corpus.mjs writes it next to the corpus folder)`);
const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));

const { scan } = await import(path.join(ROOT, 'dist/index.js'));
const started = Date.now();
const result = await scan(['.'], { cwd: corpus, ...(args.facts ? { facts: path.resolve(args.facts) } : {}) });
const seconds = (Date.now() - started) / 1000;
const findings = result.findings;

const at = (loc, file, line) => loc.file === file && loc.line === line;
const explained = new Set();
const score = (name, items, matches) => {
  const missed = [];
  for (const item of items) {
    const hits = findings.filter((f) => matches(f, item));
    hits.forEach((f) => explained.add(f));
    if (hits.length === 0) missed.push(item);
  }
  return { name, planted: items.length, found: items.length - missed.length, missed };
};
const rows = [
  score('conflicts', truth.conflicts, (f, c) => CONFLICT_RULES.has(f.ruleId) && at(f.locations[0], c.conflicting.file, c.conflicting.line)),
  score('translationErrors', truth.translationErrors, (f, t) =>
    f.ruleId === 'translation-mismatch' && f.locations.some((l) => at(l, t.enFile, t.enLine)) && f.locations.some((l) => at(l, t.zhFile, t.zhLine))),
  score('duplicatedRows', truth.duplicatedRows, (f, r) => f.ruleId === 'duplicate-table-row' && (at(f.locations[0], r.file, r.duplicateLine) || at(f.locations[0], r.file, r.line))),
  score('duplicatedParagraphs', truth.duplicatedParagraphs, (f, p) => f.ruleId === 'duplicate-paragraph' && f.severity !== 'info' && at(f.locations[0], p.file, p.duplicateLine)),
];
// A wrong figure of a translation that is also a catalogue fact contradicts the other documents
// too: the truth calls that the same planted fault, so a cross-document finding on it is no false alarm.
const translated = new Set(truth.translationErrors.map((t) => `${t.enFile}:${t.enLine}`));
const sameFault = (f) => CONFLICT_RULES.has(f.ruleId) && translated.has(`${f.locations[0].file}:${f.locations[0].line}`);
const falseAlarms = findings.filter((f) => f.severity !== 'info' && !explained.has(f) && !sameFault(f));
const planted = rows.reduce((n, r) => n + r.planted, 0);
const found = rows.reduce((n, r) => n + r.found, 0);

console.log(`corpus ${corpus}: ${result.documents.length} documents scanned in ${seconds.toFixed(1)} s, ${findings.length} findings`);
for (const r of rows) console.log(`  ${r.name.padEnd(22)} ${String(r.found).padStart(4)} / ${String(r.planted).padEnd(4)} found`);
const share = planted ? (100 * found) / planted : 100;
console.log(`  ${'planted items found'.padEnd(22)} ${share.toFixed(1)}% (target >= 95%)`);
console.log(`  ${'false alarms'.padEnd(22)} ${falseAlarms.length} error/warning findings not planted (target <= 5)`);
const byRule = {};
for (const f of falseAlarms) byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
if (falseAlarms.length) console.log(`  false alarms by rule: ${JSON.stringify(byRule)}`);
if (args.verbose) {
  for (const r of rows) for (const m of r.missed) console.log(`MISSED ${r.name}: ${JSON.stringify(m).slice(0, 400)}`);
  for (const f of falseAlarms) console.log(`FALSE ${f.ruleId} ${f.locations[0].file}:${f.locations[0].line} ${f.message}`);
}
process.exitCode = share >= 95 && falseAlarms.length <= 5 ? 0 : 1;

function generate(docs) {
  if (!fs.existsSync(GENERATOR)) {
    fail(`no corpus given and no generator at ${GENERATOR}. Get the factcheck bench (shared/bench/make-corpus.mjs) next to this repository, or run: npm run eval:corpus -- --corpus DIR (with DIR/../<name>.truth.json)`);
  }
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-eval-'));
  const dir = path.join(base, `corpus${docs}`);
  execFileSync(process.execPath, [GENERATOR, '--out', dir, '--docs', String(docs)], { stdio: ['ignore', 'inherit', 'inherit'] });
  return dir;
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--corpus') out.corpus = argv[++i];
    else if (a === '--docs') out.docs = Number(argv[++i]);
    else if (a === '--facts') out.facts = argv[++i];
    else if (a === '--verbose') out.verbose = true;
    else fail(`unknown argument ${a} (expected --corpus DIR, --docs N, --facts FILE, --verbose)`);
  }
  return out;
}

function fail(message) {
  console.error(`eval:corpus: ${message}`);
  process.exit(2);
}
