import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentDocument } from '../src/segment/segment-document.js';
import { sourceFromBytes } from '../src/load/read-source.js';
import type { Document } from '../src/model/document.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = path.join(ROOT, 'bin', 'factcheck.js');

/** A document built from a string, as the loader would build it from a file of that name. */
export function docFrom(name: string, text: string): Document {
  return segmentDocument(sourceFromBytes(name, new TextEncoder().encode(text)));
}

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI as a real process (the suite builds dist/ first, see global-setup). */
export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}): RunResult {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    env: { ...cleanEnv(), ...options.env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** The test runner's environment without the variables that decide colour. */
function cleanEnv(): Record<string, string | undefined> {
  const env = { ...process.env };
  delete env.NO_COLOR;
  delete env.FORCE_COLOR;
  return env;
}
