#!/usr/bin/env node
import { existsSync } from 'node:fs';
import { applyHeapSettings } from '../dist/cli/heap-settings.js';

// Before the tool is loaded, so that the settings hold from the first allocation.
applyHeapSettings();
// The bundle of the command line (scripts/bundle.mjs): one module to load rather than hundreds.
// A build that stopped after tsc has only the per-file modules, which run the same code.
const bundle = new URL('../dist/bundle/main.js', import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : '../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
