import { readFileSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from './util/package-root.js';

/** The tool's version, from its package.json. */
export const VERSION: string = (JSON.parse(readFileSync(path.join(packageRoot(import.meta.url).root, 'package.json'), 'utf8')) as { version: string }).version;
