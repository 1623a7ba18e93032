#!/usr/bin/env node
// The I/O floor for any Node implementation of factcheck: walk a folder, read every article,
// decode it as UTF-8 and run one simple regex over it. `npm run bench` compares factcheck with it.
//   node scripts/floor.mjs DIR
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const EXTENSIONS = new Set(['.txt', '.md', '.markdown']);
const decoder = new TextDecoder('utf-8');
let files = 0;
let bytes = 0;
let numbers = 0;

function walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
      const data = readFileSync(full);
      const text = decoder.decode(data);
      for (const _ of text.matchAll(/\d+/g)) numbers++;
      files++;
      bytes += data.length;
    }
  }
}

walk(process.argv[2] ?? '.');
process.stdout.write(`${files} files, ${bytes} bytes, ${numbers} digit runs\n`);
