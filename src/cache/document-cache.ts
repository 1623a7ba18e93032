import { createHash } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Source } from '../load/read-source.js';
import type { DocumentResult } from '../model/result.js';
import { toolFingerprint } from './tool-fingerprint.js';

/** Where the cache lives when `--cache-location` is not given, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/factcheck/';
const CACHE_FILE_NAME = 'cache.json';
const FORMAT = 1;

interface CacheFile {
  readonly format: number;
  readonly tool: string;
  /** Absolute document path → its key and analysis. */
  readonly entries: Record<string, { readonly key: string; readonly result: DocumentResult }>;
}

/**
 * Per-document analyses keyed by content: the decoded text and everything else the per-document
 * stages read, the tool's own code and the analysis settings. Never modification times, which a
 * CI checkout resets. Cross-document checks are not cached: they always run on the results.
 */
export class DocumentCache {
  private readonly fresh = new Map<string, { key: string; result: DocumentResult }>();
  /** Whether anything was added; an unchanged cache is not rewritten. */
  private dirty = false;
  hits = 0;
  misses = 0;

  private constructor(
    readonly file: string,
    private readonly old: CacheFile['entries'],
  ) {}

  /** Opens the cache at `location` (a folder, ending in `/` or existing, or a file). Never throws. */
  static async open(location: string, cwd: string): Promise<{ cache: DocumentCache; note?: string }> {
    const resolved = path.resolve(cwd, location);
    const isDir = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
    const file = isDir ? path.join(resolved, CACHE_FILE_NAME) : resolved;
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return { cache: new DocumentCache(file, {}) };
    }
    try {
      const data = JSON.parse(text) as CacheFile;
      const usable = data.format === FORMAT && data.tool === toolFingerprint() && typeof data.entries === 'object';
      return { cache: new DocumentCache(file, usable ? data.entries : {}) };
    } catch {
      return { cache: new DocumentCache(file, {}), note: `the cache ${location} was unreadable and is rebuilt` };
    }
  }

  get(absolute: string, key: string): DocumentResult | undefined {
    const entry = this.old[absolute];
    if (entry?.key === key) {
      this.hits++;
      this.fresh.set(absolute, entry);
      return entry.result;
    }
    this.misses++;
    return undefined;
  }

  set(absolute: string, key: string, result: DocumentResult): void {
    this.fresh.set(absolute, { key, result });
    this.dirty = true;
  }

  /** Writes this run's entries, keeping those of other documents that still exist. Returns a note on failure. */
  async save(): Promise<string | undefined> {
    const entries: CacheFile['entries'] = {};
    for (const [abs, entry] of Object.entries(this.old)) {
      if (this.fresh.has(abs)) continue;
      if (existsSync(abs)) entries[abs] = entry;
      else this.dirty = true;
    }
    if (!this.dirty) return undefined;
    for (const [abs, entry] of this.fresh) entries[abs] = entry;
    const data: CacheFile = { format: FORMAT, tool: toolFingerprint(), entries };
    try {
      await mkdir(path.dirname(this.file), { recursive: true });
      const tmp = `${this.file}.${process.pid}.tmp`;
      await writeFile(tmp, JSON.stringify(data));
      await rename(tmp, this.file);
      return undefined;
    } catch (err) {
      return `cannot write the cache ${this.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`;
    }
  }
}

/** The key of one document's analysis: its content, its settings and the tool. */
export function cacheKey(source: Source, settingsHash: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([FORMAT, toolFingerprint(), settingsHash, source.path, source.encoding, source.referenceDate ?? null, source.problems]));
  hash.update('\u0000');
  hash.update(source.text);
  return hash.digest('hex');
}

/** Hash of the settings that change a per-document analysis (severities, rule options, aliases, language). */
export function settingsHash(settings: unknown): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 32);
}
