#!/usr/bin/env node
import { applyHeapSettings } from '../dist/cli/heap-settings.js';

// Before the tool is loaded, so that the settings hold from the first allocation.
applyHeapSettings();
// The bundle of the command line (scripts/bundle.mjs): one module to load rather than hundreds.
const { main } = await import('../dist/bundle/main.js');

process.exitCode = await main(process.argv.slice(2));
