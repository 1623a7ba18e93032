#!/usr/bin/env node
// Bundles the compiled command line (dist/cli/main.js) and the worker threads' entry
// (dist/pipeline/analyze-worker.js) with their dependencies into dist/bundle/, for bin/factcheck.js.
//
// Why: Node loads an ES module graph file by file. The tool is about 175 modules and, with
// commander, ajv, cli-table3 and franc, some 250 files; loading them was most of what a run on one
// article costs (`factcheck --version` took 0.57 s, now 0.26 s; `node -e 0` takes 0.08 s), and a
// worker thread paid it again. One module per entry, sharing one chunk, is read and compiled in one go. The library keeps the
// per-file build (dist/index.js): a program that embeds it bundles it as it likes.
//
// Run by `npm run build` after tsc; reads dist/, so it needs tsc's output.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'dist/bundle');

rmSync(OUT, { recursive: true, force: true });
await build({
  absWorkingDir: ROOT,
  entryPoints: ['dist/cli/main.js', 'dist/pipeline/analyze-worker.js'],
  outdir: OUT,
  // The worker pool starts `./analyze-worker.js` next to the module that holds it: the shared chunk.
  entryNames: '[name]',
  chunkNames: '[name]-[hash]',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // The CommonJS dependencies (commander, ajv, cli-table3) call require() for Node's own modules.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  logLevel: 'warning',
  legalComments: 'inline',
});
