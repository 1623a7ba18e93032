#!/usr/bin/env node
// Scores extraction against case files in the shape of public number-recognition test suites: one
// JSON object per line, a short text and the figures it states.
//
//   npm run eval:extraction -- FILE.jsonl ...            recall and precision per file
//   npm run eval:extraction -- FILE.jsonl --misses       also list every miss and every extra claim
//
// A file's name says what it holds: <lang>-<kind>.jsonl with kind number, percent, currency or date
// (zh-number.jsonl, en-currency.jsonl). A line:
//   {"input": "约有百分之2.4的用户", "ref": "2025-12-01", "results": [{"text": "百分之2.4", "value": "2.4%"}]}
// `value` is the figure as the suite writes it (`2.4%`, `0.2`, `1.2E+15`), `iso` the currency of
// money, `timex` the date of a date (`2025-12-15`, `XXXX-10-02`); a range is `min,max`
// (`1000000000,2000000000`). `ref`, when given, is the document date (front matter), for partial
// and relative dates. Our conventions apply: a fraction read as a percent (0.2 as 20%) and money
// in its main unit count as found.
//
// Uses dist/ (npm run build first).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const files = argv.filter((a) => !a.startsWith('--'));
const listMisses = argv.includes('--misses');
if (files.length === 0) fail('usage: npm run eval:extraction -- FILE.jsonl ... [--misses]');
const { segmentDocument, sourceFromBytes, extractClaims } = await import(path.join(ROOT, 'dist/index.js'));

const total = { expected: 0, found: 0, claims: 0, right: 0 };
for (const file of files) {
  const kind = /(?:^|[-_])(number|percent|currency|date)\.jsonl$/.exec(path.basename(file))?.[1];
  if (!kind) fail(`${file}: the name must end in -number.jsonl, -percent.jsonl, -currency.jsonl or -date.jsonl`);
  const cases = readCases(file);
  const score = { expected: 0, found: 0, claims: 0, right: 0 };
  const misses = [];
  for (const c of cases) {
    const header = c.ref ? `---\ndate: ${String(c.ref).slice(0, 10)}\n---\n` : '';
    const doc = segmentDocument(sourceFromBytes('case.txt', new TextEncoder().encode(header + c.input)));
    const claims = extractClaims(doc);
    const used = new Set();
    for (const want of c.results ?? []) {
      score.expected++;
      const i = claims.findIndex((k, j) => !used.has(j) && reads(kind, want, k));
      if (i >= 0) {
        score.found++;
        used.add(i);
      } else misses.push(`  missed  ${JSON.stringify(c.input)}: ${want.text} = ${want.value ?? want.timex}${want.iso ? ` ${want.iso}` : ''} (read: ${claims.map(brief).join('; ') || 'nothing'})`);
    }
    claims.forEach((k, j) => {
      if (!counted(kind, k)) return;
      score.claims++;
      // A claim on an expected figure that reads it otherwise is a miss, not an extra claim.
      if (used.has(j) || (c.results ?? []).some((w) => w.text && (k.text.includes(w.text) || w.text.includes(k.text)))) score.right++;
      else misses.push(`  extra   ${JSON.stringify(c.input)}: ${brief(k)}`);
    });
  }
  for (const key of Object.keys(total)) total[key] += score[key];
  console.log(`${path.basename(file)}: ${cases.length} cases, recall ${pct(score.found, score.expected)}, precision ${pct(score.right, score.claims)}`);
  if (listMisses) for (const line of misses) console.log(line);
}
if (files.length > 1) console.log(`all: recall ${pct(total.found, total.expected)}, precision ${pct(total.right, total.claims)}`);

function readCases(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (err) {
    fail(`${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
  return text.split('\n').flatMap((line, i) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line)];
    } catch {
      fail(`${file}:${i + 1}: not a JSON object`);
    }
  });
}

/** Whether claim `k` reads the expected figure `want` of a `kind` file. */
function reads(kind, want, k) {
  if (kind === 'date') {
    if (k.kind !== 'date' || !k.date) return false;
    return k.date === want.timex || [want.future, want.past].some((d) => d && k.date === d.slice(0, 10));
  }
  if (kind === 'currency' && (k.kind !== 'money' || (want.iso && k.currency !== want.iso))) return false;
  if (kind === 'percent' && k.kind !== 'percent') return false;
  // A range is written `min,max`.
  const range = String(want.value).split(',');
  if (range.length === 2) return near(k.min, number(range[0])) && near(k.max, number(range[1]));
  const v = number(want.value);
  // A number: as written, or a fraction read as a percent (三分之一 is 33.33…).
  return near(k.value, v) || (kind === 'number' && k.kind === 'percent' && near(k.value, v * 100));
}

/** Claims a file of that kind judges: every claim of a number file, only its own kind otherwise. */
function counted(kind, k) {
  return kind === 'number' || k.kind === { percent: 'percent', currency: 'money', date: 'date' }[kind];
}

function number(value) {
  return value === null || value === undefined ? Number.NaN : Number(String(value).replace(/%$/, '').replace(/,/g, ''));
}

function near(a, b) {
  return typeof a === 'number' && Number.isFinite(b) && Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a), Math.abs(b));
}

function brief(k) {
  const value = k.value ?? k.date ?? `${k.min}..${k.max}`;
  return `${k.text} = ${k.kind} ${value}${k.currency ? ` ${k.currency}` : ''}${k.unit ? ` ${k.unit}` : ''}`;
}

function pct(n, d) {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}% (${n}/${d})`;
}

function fail(message) {
  console.error(`eval:extraction: ${message}`);
  process.exit(2);
}
