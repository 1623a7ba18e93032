#!/usr/bin/env node
// Runs a Node script in this process and writes its peak RSS (bytes) to $BENCH_RSS_FILE on exit:
// the benchmark's fallback where /usr/bin/time is missing. Worker threads count, as they share it.
//   BENCH_RSS_FILE=out node scripts/measure-rss.mjs SCRIPT ARGS...
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [script, ...args] = process.argv.slice(2);
process.argv = [process.argv[0], path.resolve(script), ...args];
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024)));
await import(pathToFileURL(path.resolve(script)).href);
