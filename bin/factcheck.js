#!/usr/bin/env node
import { applyHeapSettings } from '../dist/cli/heap-settings.js';

// Before the tool is loaded, so that the settings hold from the first allocation.
applyHeapSettings();
const { main } = await import('../dist/cli/main.js');

process.exitCode = await main(process.argv.slice(2));
