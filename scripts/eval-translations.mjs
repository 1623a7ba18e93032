#!/usr/bin/env node
// Checks translation checking the way newsrooms test it: every clean translation pair of a generated
// corpus is copied into its own folder (ID/a.zh.EXT, ID/a.en.EXT) and scanned side by side (false
// alarms per 50 pairs), then the same pairs with exactly one English figure altered (×10, changed
// digits, swapped currency, shifted date, changed percentage) are scanned (share caught with a
// location on the altered English line and one in the Chinese file).
//
//   npm run eval:translations -- --corpus DIR      DIR from make-corpus.mjs (truth in DIR/../<name>.truth.json)
//   npm run eval:translations -- --corpus DIR --verbose [--keep]   list misses and false alarms; keep the pairs
//
// Uses dist/ (npm run build first). Files that are not UTF-8 are left out (they are copied as text).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const corpusArg = argv[argv.indexOf('--corpus') + 1];
if (!argv.includes('--corpus') || !corpusArg) fail('usage: npm run eval:translations -- --corpus DIR [--verbose]');
const corpus = path.resolve(corpusArg);
const verbose = argv.includes('--verbose');
const truthFile = path.join(path.dirname(corpus), `${path.basename(corpus)}.truth.json`);
if (!fs.existsSync(truthFile)) fail(`no ground truth at ${truthFile}`);
const truth = JSON.parse(fs.readFileSync(truthFile, 'utf8'));
const { scan } = await import(path.join(ROOT, 'dist/index.js'));

const wrong = new Set(truth.translationErrors.map((t) => t.enFile));
const encoding = new Map(truth.files.map((f) => [f.file, f.encoding]));
const pairs = truth.files
  .map((f) => f.file)
  .filter((f) => /\.en\.(txt|md)$/.test(f) && !wrong.has(f))
  .map((en) => ({ en, zh: en.replace('.en.', '.zh.') }))
  .filter((p) => encoding.get(p.en) === 'utf-8' && encoding.get(p.zh) === 'utf-8');

const MONEY = /(?:US)?\$(\d+(?:\.\d+)?) (billion|million)/;
const ALTERATIONS = {
  x10: [MONEY, (_m, n, s) => `$${Number(n) * 10} ${s}`],
  digits: [MONEY, (_m, n, s) => `$${Number((Number(n) * 1.37).toPrecision(2))} ${s}`],
  currency: [MONEY, (_m, n, s) => `RMB ${n} ${s}`],
  date: [/(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})/, (_m, mo, d, y) => `${mo} ${Number(d) > 20 ? Number(d) - 5 : Number(d) + 5}, ${y}`],
  percent: [/(\d+(?:\.\d+)?)%/, (_m, n) => `${Number(n) + 7}%`],
};
const kinds = Object.keys(ALTERATIONS);
const base = fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-translations-'));
let seed = 7;
const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const planted = [];
pairs.forEach((p, k) => {
  for (const variant of ['clean', 'altered']) {
    const dir = path.join(base, variant, String(k));
    fs.mkdirSync(dir, { recursive: true });
    fs.copyFileSync(path.join(corpus, p.zh), path.join(dir, `a.zh${path.extname(p.zh)}`));
    let text = fs.readFileSync(path.join(corpus, p.en), 'utf8');
    if (variant === 'altered') {
      const kind = kinds[k % kinds.length];
      const [pattern, replace] = ALTERATIONS[kind];
      const lines = text.split('\n');
      const candidates = lines.map((l, i) => i).filter((i) => pattern.test(lines[i]));
      if (candidates.length > 0) {
        const i = candidates[Math.floor(random() * candidates.length)];
        lines[i] = lines[i].replace(pattern, replace);
        text = lines.join('\n');
        planted.push({ id: String(k), kind, line: i + 1 });
      }
    }
    fs.writeFileSync(path.join(dir, `a.en${path.extname(p.en)}`), text);
  }
});

const clean = await scan(['.'], { cwd: path.join(base, 'clean') });
const alarms = clean.findings.filter((f) => f.severity !== 'info');
console.log(`clean pairs: ${pairs.length}, error/warning findings: ${alarms.length} (${((50 * alarms.length) / pairs.length).toFixed(2)} per 50 pairs; target <= 1)`);
if (verbose) for (const f of alarms) console.log(`  FALSE ${f.ruleId} ${f.locations[0].file}:${f.locations[0].line} ${f.message}`);

const altered = await scan(['.'], { cwd: path.join(base, 'altered') });
const byKind = {};
let caught = 0;
for (const p of planted) {
  const hit = altered.findings.some(
    (f) => f.ruleId === 'translation-mismatch' && f.locations.some((l) => l.file.startsWith(`${p.id}/a.en`) && l.line === p.line) && f.locations.some((l) => l.file.startsWith(`${p.id}/a.zh`)),
  );
  byKind[p.kind] ??= { caught: 0, altered: 0 };
  byKind[p.kind].altered++;
  if (hit) {
    caught++;
    byKind[p.kind].caught++;
  } else if (verbose) console.log(`  MISSED ${p.kind} ${p.id}/a.en:${p.line}`);
}
console.log(`altered pairs: ${caught} / ${planted.length} caught (${((100 * caught) / Math.max(1, planted.length)).toFixed(1)}%; target >= 90%)`);
for (const [kind, n] of Object.entries(byKind)) console.log(`  ${kind.padEnd(9)} ${n.caught} / ${n.altered}`);
if (argv.includes('--keep')) console.log(`pairs kept in ${base}`);
else fs.rmSync(base, { recursive: true, force: true });

function fail(message) {
  console.error(`eval:translations: ${message}`);
  process.exit(2);
}
