import { createHash } from 'node:crypto';
import { closeSync, existsSync, fstatSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { endianness } from 'node:os';
import path from 'node:path';
import type { Finding } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import type { ExcerptReader } from '../pipeline/stored-blocks.js';
import { decodeEntry, encodeEntry } from './cache-entry.js';
import { toolFingerprint } from './tool-fingerprint.js';
import { makeDirectories } from '../util/make-directories.js';
import { summaryOf, type DocumentSummary } from '../pipeline/document-summary.js';

/** Where the cache lives when `--cache-location` is not given, relative to the working directory. */
export const DEFAULT_CACHE_LOCATION = 'node_modules/.cache/factcheck/';
const CACHE_FILE_NAME = 'cache.json';
const FORMAT = 2;
/** The index name of the cross-document findings: no document's absolute path is empty. */
const CHECKS_NAME = '';

/** Where one document's analysis is in the cache file. */
interface Entry {
  readonly key: string;
  /** Byte offset and length of its line. */
  readonly start: number;
  readonly length: number;
}

/** A document's entry, with what a report says of the document (see `hitSummary`). */
interface DocumentEntry extends Entry {
  readonly summary: DocumentSummary;
}

/**
 * Per-document analyses keyed by content: the file's bytes, its name, the tool's own code and the
 * analysis settings. Never modification times, which a CI checkout resets. The cross-document
 * findings of the last run are kept too, keyed by the analyses they were checked from: a run in
 * which no document changed reuses them, any change runs the checks again.
 *
 * The file is read by positions, never whole: a header line (format, tool, byte order), one
 * line of JSON per document (`cache-entry.ts`), one for the cross-document findings, an index
 * line (document path, or '' for the findings → key, offset, length, and a document's summary:
 * language, encoding, number of claims) and, last, the index line's offset. Opening reads the
 * index alone; an analysis is read and parsed when its document is met unchanged (or, with
 * `hitSummary`, only if the checks have to run); new analyses are written to the next file as
 * they come. So a warm run parses only what it uses, and the cache never has to fit in memory as
 * one string (an archive of 20,000 documents makes a cache of some 240 MB).
 */
export class DocumentCache {
  /** Documents' entries in the next file: this run's new analyses, those copied from the old file (`keepEntries`). */
  private readonly written = new Map<string, DocumentEntry>();
  /** The cross-document findings' entry in the next file, stored or copied. */
  private writtenChecks: Entry | undefined;
  /** Documents whose entry in the old file this run used (hits). */
  private readonly reused = new Set<string>();
  /** Documents this run analysed (misses), with their keys. */
  private readonly fresh = new Map<string, string>();
  /** Whether the entries kept from the old file are in the next one (`keepEntries`). */
  private keptCopied = false;
  private next: { fd: number; size: number; tmp: string } | undefined;
  private failure: string | undefined;
  misses = 0;
  /** Whether this run took its cross-document findings from the cache. */
  checksReused = false;

  private constructor(
    readonly file: string,
    /** The open cache file, while there is one to read from. */
    private fd: number | undefined,
    /** The old file's entries: its documents', and its cross-document findings'. */
    private readonly old: ReadonlyMap<string, DocumentEntry>,
    private readonly oldChecks: Entry | undefined,
  ) {}

  /** Opens the cache at `location` (a folder, ending in `/` or existing, or a file). Never throws. */
  static async open(location: string, cwd: string): Promise<{ cache: DocumentCache; note?: string }> {
    const resolved = path.resolve(cwd, location);
    const isDir = /[\\/]$/.test(location) || (existsSync(resolved) && statSync(resolved).isDirectory());
    const file = isDir ? path.join(resolved, CACHE_FILE_NAME) : resolved;
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch {
      return { cache: new DocumentCache(file, undefined, new Map(), undefined) };
    }
    try {
      const { documents, checks } = readIndex(fd);
      return { cache: new DocumentCache(file, fd, documents, checks) };
    } catch (err) {
      closeSync(fd);
      // Another format or another build of factcheck: rebuilt silently, as a changed document is.
      if (err instanceof StaleCache) return { cache: new DocumentCache(file, undefined, new Map(), undefined) };
      return { cache: new DocumentCache(file, undefined, new Map(), undefined), note: `the cache ${location} was unreadable and is rebuilt` };
    }
  }

  /** Documents whose cached analysis this run used. */
  get hits(): number {
    return this.reused.size;
  }

  /** The key of the analysis the cache file holds for a document, without counting a hit or miss. */
  previousKey(absolute: string): string | undefined {
    return this.old.get(absolute)?.key;
  }

  /**
   * The cached analysis of a document whose key is `key` (a hit), or undefined, also when the
   * entry cannot be read back. `reread` gives the excerpts of its paragraphs, which the cache
   * does not keep.
   */
  get(absolute: string, key: string, reread: ExcerptReader): DocumentResult | undefined {
    const entry = this.old.get(absolute);
    if (entry?.key !== key || this.fd === undefined) return undefined;
    const result = this.readEntry(entry, reread);
    if (result) this.reused.add(absolute);
    return result;
  }

  /**
   * A hit that reads nothing: the summary the index keeps of a document whose key is `key`. Its
   * analysis is read only if `read` is called (when the cross-document findings cannot be reused).
   */
  hitSummary(absolute: string, key: string): DocumentSummary | undefined {
    const entry = this.old.get(absolute);
    if (entry?.key !== key || this.fd === undefined) return undefined;
    this.reused.add(absolute);
    return entry.summary;
  }

  /** The analysis of a document `hitSummary` gave a hit for; undefined if it cannot be read back (it is no hit then). */
  read(absolute: string, reread: ExcerptReader): DocumentResult | undefined {
    const entry = this.old.get(absolute);
    const result = entry && this.fd !== undefined ? this.readEntry(entry, reread) : undefined;
    if (!result) this.reused.delete(absolute);
    return result;
  }

  /**
   * Records a fresh analysis (a miss: every document analysed rather than read back is set once).
   * It is written out at once, so the cache holds no result in memory.
   */
  set(absolute: string, key: string, result: DocumentResult): void {
    this.misses++;
    this.reused.delete(absolute);
    this.fresh.set(absolute, key);
    const entry = this.writeLine(key, [encodeEntry(result)]);
    if (entry) this.written.set(absolute, { ...entry, summary: summaryOf(result) });
  }

  /** Appends one entry's line, given in pieces, to the next file; undefined if it cannot be written. */
  private writeLine(key: string, pieces: Iterable<string>): Entry | undefined {
    if (this.failure) return undefined;
    try {
      const next = (this.next ??= this.startNext());
      const start = next.size;
      for (const piece of pieces) {
        const bytes = Buffer.from(piece, 'utf8');
        writeAll(next.fd, bytes);
        next.size += bytes.length;
      }
      writeAll(next.fd, NEWLINE);
      next.size += NEWLINE.length;
      return { key, start, length: next.size - start };
    } catch (err) {
      this.failure = `cannot write the cache ${this.file}: ${describe(err)}`;
      return undefined;
    }
  }

  /**
   * The keys of the analyses this run used, read back or fresh, one per document; sorted, so that
   * they name the set of documents whatever the order they came in.
   */
  usedKeys(): string[] {
    const keys: string[] = [];
    for (const abs of this.reused) keys.push(this.old.get(abs)!.key);
    for (const key of this.fresh.values()) keys.push(key);
    return keys.sort();
  }

  /** The cross-document findings stored under `key` (see `checksKey`), if the last run stored them. */
  checks(key: string): Finding[] | undefined {
    const entry = this.oldChecks;
    if (entry?.key !== key || this.fd === undefined) return undefined;
    try {
      const findings = JSON.parse(this.readLine(entry)) as unknown;
      if (!Array.isArray(findings)) return undefined;
      this.checksReused = true;
      return findings as Finding[];
    } catch {
      return undefined;
    }
  }

  /**
   * Stores the cross-document findings of this run under `key`, for the next. Written a few
   * hundred at a time: as one string, those of 20,000 documents (some 16 MB of JSON) would be
   * held twice, as text and as bytes, on top of every document's result.
   */
  setChecks(key: string, findings: readonly Finding[]): void {
    this.checksReused = false;
    this.writtenChecks = this.writeLine(key, jsonArrayPieces(findings));
  }

  /**
   * Copies the entries the next file keeps from the old one (hits, documents this run did not
   * name that still exist, the findings if `checks` gave them), when there is to be a next file:
   * a document was analysed or is gone, or findings were stored. Called after `checks` and before
   * the cross-document checks run, so that the copy's buffer and the checks' structures are never
   * alive at once; `save` does it otherwise.
   */
  keepEntries(): void {
    if (this.keptCopied || this.failure) return;
    // Entries of documents this run neither analysed nor read back, whose files are gone.
    const gone = new Set<string>();
    for (const abs of this.old.keys()) if (!this.written.has(abs) && !this.reused.has(abs) && !existsSync(abs)) gone.add(abs);
    if (this.written.size === 0 && gone.size === 0 && this.writtenChecks === undefined) return;
    try {
      this.next ??= this.startNext();
      this.copyKept(this.next, gone);
      this.keptCopied = true;
    } catch (err) {
      this.failure = `cannot write the cache ${this.file}: ${describe(err)}`;
    }
  }

  /**
   * Writes the cache for the next run: this run's entries and those kept (`keepEntries`). An
   * unchanged cache is not rewritten. Returns a note on failure. Closes the cache.
   */
  async save(): Promise<string | undefined> {
    try {
      this.keepEntries();
      if (!this.failure && this.keptCopied) this.finishNext();
      return this.failure;
    } finally {
      this.close();
    }
  }

  /** Closes the cache file without saving (`save` closes it too). */
  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    if (this.next) {
      closeSync(this.next.fd);
      rmQuietly(this.next.tmp);
      this.next = undefined;
    }
  }

  private readEntry(entry: Entry, reread: ExcerptReader): DocumentResult | undefined {
    try {
      return decodeEntry(this.readLine(entry), reread);
    } catch {
      return undefined;
    }
  }

  /** An entry's line of the old file, without its newline. */
  private readLine(entry: Entry): string {
    const line = readAt(this.fd!, entry.start, entry.length);
    return line.toString('utf8', 0, line.length - 1);
  }

  private startNext(): { fd: number; size: number; tmp: string } {
    makeDirectories(path.dirname(this.file));
    const tmp = `${this.file}.${process.pid}.tmp`;
    const fd = openSync(tmp, 'w');
    const header = Buffer.from(`${JSON.stringify({ format: FORMAT, tool: toolFingerprint(), byteOrder: endianness() })}\n`, 'utf8');
    writeAll(fd, header);
    return { fd, size: header.length, tmp };
  }

  /**
   * Copies the entries kept from the old file (hits, documents this run did not name that are
   * not `gone`, reused findings) to the next one. Adjacent entries are copied as one run, a read
   * and a write for up to `MAX_RUN` bytes: one article changed in an archive rewrites the rest in
   * a few large copies, not two system calls per document.
   */
  private copyKept(next: { fd: number; size: number }, gone: ReadonlySet<string>): void {
    let run: { from: number; to: number; length: number } | undefined;
    // One buffer for every run: a fresh one per run left up to MAX_RUN bytes each for the
    // collector, some 40 MB at the peak of a run over 20,000 documents.
    let buffer: Buffer | undefined;
    const flush = () => {
      if (!run) return;
      if (!buffer || buffer.length < run.length) buffer = Buffer.allocUnsafe(Math.max(run.length, Math.min(MAX_RUN, 1 << 20)));
      writeAll(next.fd, readAt(this.fd!, run.from, run.length, buffer));
      next.size += run.length;
      run = undefined;
    };
    /** Adds an entry to the run (a new one if it is not adjacent); returns its place in the next file. */
    const keep = (entry: Entry): Entry => {
      if (run && (run.from + run.length !== entry.start || run.length + entry.length > MAX_RUN)) flush();
      run ??= { from: entry.start, to: next.size, length: 0 };
      const kept = { key: entry.key, start: run.to + run.length, length: entry.length };
      run.length += entry.length;
      return kept;
    };
    for (const [abs, entry] of this.old) if (!this.written.has(abs) && !gone.has(abs)) this.written.set(abs, { ...keep(entry), summary: entry.summary });
    if (this.checksReused && this.oldChecks && !this.writtenChecks) this.writtenChecks = keep(this.oldChecks);
    flush();
  }

  /** Writes the index after the entries and puts the file in place. */
  private finishNext(): void {
    let next: { fd: number; size: number; tmp: string } | undefined;
    try {
      next = this.next ??= this.startNext();
      const index: Record<string, IndexEntry> = {};
      for (const [abs, e] of this.written) index[abs] = [e.key, e.start, e.length, e.summary.lang, e.summary.encoding, e.summary.claims];
      if (this.writtenChecks) index[CHECKS_NAME] = [this.writtenChecks.key, this.writtenChecks.start, this.writtenChecks.length];
      writeAll(next.fd, Buffer.from(`${JSON.stringify(index)}\n${next.size}\n`, 'utf8'));
      this.next = undefined;
      closeSync(next.fd);
      // Closed before the rename, which replaces an open file nowhere but on POSIX.
      this.close();
      renameSync(next.tmp, this.file);
    } catch (err) {
      this.failure = `cannot write the cache ${this.file}: ${describe(err)}`;
      if (next && !this.next) rmQuietly(next.tmp);
    }
  }
}

/** The key of one document's analysis: its bytes, its name, the settings and the tool. */
export function cacheKey(name: string, bytes: Uint8Array, settingsHash: string): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify([FORMAT, toolFingerprint(), settingsHash, name]));
  hash.update('\u0000');
  hash.update(bytes);
  return hash.digest('hex');
}

/**
 * The key of the cross-document findings: the analyses checked (`usedKeys`, which cover the tool,
 * the documents' names and bytes and the analysis settings) and what else the checks read.
 */
export function checksKey(usedKeys: readonly string[], other: unknown): string {
  return createHash('sha256').update(JSON.stringify([FORMAT, toolFingerprint(), other, usedKeys])).digest('hex');
}

/** Hash of the settings that change a per-document analysis (severities, rule options, aliases, language). */
export function settingsHash(settings: unknown): string {
  return createHash('sha256').update(JSON.stringify(settings)).digest('hex').slice(0, 32);
}

const NEWLINE = Buffer.from('\n');
/** Findings stringified per piece of `jsonArrayPieces`. */
const FINDINGS_PER_PIECE = 256;

/** `JSON.stringify(items)` in pieces of a few hundred items each. */
function* jsonArrayPieces(items: readonly unknown[]): Generator<string> {
  for (let i = 0; i < items.length; i += FINDINGS_PER_PIECE) {
    const batch = JSON.stringify(items.slice(i, i + FINDINGS_PER_PIECE));
    yield `${i === 0 ? '[' : ','}${batch.slice(1, -1)}`;
  }
  yield items.length === 0 ? '[]' : ']';
}

/** The most bytes of adjacent entries copied at once. */
const MAX_RUN = 8 * 1024 * 1024;

/** An index line's entry: key, offset, length, then a document's summary (language, encoding, claims). */
type IndexEntry = [string, number, number, DocumentResult['lang']?, string?, number?];

/** A cache of another format or another build of the tool. */
class StaleCache extends Error {}

/** Reads the header and the index; throws `StaleCache` for another format or build, anything else for a damaged file. */
function readIndex(fd: number): { documents: Map<string, DocumentEntry>; checks: Entry | undefined } {
  const size = fstatSync(fd).size;
  const start = readAt(fd, 0, Math.min(size, 4096)).toString('utf8');
  // Every format so far begins so; an older one may be a single line of any length.
  const format = /^\{"format":(\d+),/.exec(start)?.[1];
  if (format !== undefined && Number(format) !== FORMAT) throw new StaleCache();
  const firstLine = start.split('\n', 1)[0]!;
  const header = JSON.parse(firstLine) as { format?: unknown; tool?: unknown; byteOrder?: unknown };
  if (header.format !== FORMAT) throw new Error('not a cache file');
  // Paragraph digests are integers in the writer's byte order (`PackedData`).
  if (header.tool !== toolFingerprint() || header.byteOrder !== endianness()) throw new StaleCache();
  // The last line: the index line's offset (digits only, so a short read from the end finds it).
  const tail = readAt(fd, Math.max(0, size - 32), Math.min(size, 32)).toString('latin1');
  const indexStart = Number(/(\d+)\n$/.exec(tail)?.[1]);
  if (!Number.isSafeInteger(indexStart) || indexStart <= firstLine.length || indexStart >= size) throw new Error('no index');
  const indexText = readAt(fd, indexStart, size - indexStart).toString('utf8');
  const raw = JSON.parse(indexText.slice(0, indexText.indexOf('\n'))) as Record<string, IndexEntry>;
  const documents = new Map<string, DocumentEntry>();
  let checks: Entry | undefined;
  for (const [name, [key, start, length, lang, encoding, claims]] of Object.entries(raw)) {
    if (typeof key !== 'string' || !(start >= 0 && length > 0 && start + length <= indexStart)) throw new Error('bad index');
    if (name === CHECKS_NAME) checks = { key, start, length };
    else if (typeof lang === 'string' && typeof encoding === 'string' && Number.isSafeInteger(claims)) documents.set(name, { key, start, length, summary: { lang, encoding, claims: claims! } });
    else throw new Error('bad index');
  }
  return { documents, checks };
}

/** `length` bytes at `position`, read into `into` (from its start) when given. */
function readAt(fd: number, position: number, length: number, into?: Buffer): Buffer {
  const buffer = into ? into.subarray(0, length) : Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new Error('the cache file is shorter than its index says');
    done += n;
  }
  return buffer;
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function rmQuietly(file: string): void {
  try {
    unlinkSync(file);
  } catch {
    // Already gone, or never made.
  }
}

function describe(err: unknown): string {
  return (err as NodeJS.ErrnoException).code ?? (err as Error).message;
}
