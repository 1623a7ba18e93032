import { statSync, type Stats } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { FrontMatter } from '../model/document.js';
import type { Severity } from '../model/finding.js';
import { decode } from './decode.js';
import { readFileBytes } from './read-file.js';
import { datelineOf } from './dateline.js';
import { parseFrontMatter, referenceDateOf } from './front-matter.js';
import type { SourceFile } from './collect-files.js';

/** A problem met while reading a file; it becomes a finding on that file. */
export interface LoadProblem {
  readonly ruleId: 'load-error' | 'invalid-encoding' | 'invalid-front-matter';
  readonly severity: Severity;
  readonly message: string;
  /** Offset into the decoded text the problem points at (0 when it concerns the whole file). */
  readonly offset: number;
}

/** A file's decoded text and front matter, before segmentation. */
export interface Source {
  readonly path: string;
  readonly text: string;
  readonly encoding: string;
  readonly frontMatter?: FrontMatter;
  readonly referenceDate?: string;
  readonly problems: readonly LoadProblem[];
  /** Size of the bytes read (0 when nothing could be read), for throughput figures. */
  readonly byteLength?: number;
}

export interface ReadOptions {
  /** Files larger than this many bytes are reported and skipped. */
  readonly maxFileSize?: number;
}

export const DEFAULT_MAX_FILE_SIZE = 64 * 1024 * 1024;

/** Reads one file. Never throws: an unreadable file becomes a source with a `load-error` problem. */
export async function readSource(file: SourceFile, options: ReadOptions = {}): Promise<Source> {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (file.problem) return failed(file.name, file.problem.reason, file.problem.severity);
  try {
    const refused = refusal(file, await stat(file.absolute), max);
    return refused ?? fromFileBytes(file, await readFile(file.absolute), max);
  } catch (err) {
    return failed(file.name, `cannot be read: ${describeIoError(err)}`);
  }
}

/**
 * `readSource` without the thread-pool round trips of async I/O, for worker threads and batch
 * runs where nothing else waits on the event loop. Never throws.
 */
export function readSourceSync(file: SourceFile, options: ReadOptions = {}): Source {
  const read = readBytesSync(file, options);
  return 'bytes' in read ? sourceFromBytes(file.name, read.bytes) : read.failed;
}

/**
 * A file's bytes, not yet decoded, or the source of a file that cannot be read (as
 * `readSourceSync` gives it). The bytes are valid only until the next read: decode or hash them,
 * never keep them. Never throws.
 */
export function readBytesSync(file: SourceFile, options: ReadOptions = {}): { readonly bytes: Uint8Array } | { readonly failed: Source } {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  if (file.problem) return { failed: failed(file.name, file.problem.reason, file.problem.severity) };
  try {
    const info = statSync(file.absolute);
    const refused = refusal(file, info, max);
    if (refused) return { failed: refused };
    const bytes = readFileBytes(file.absolute, info.size);
    const refusedNow = grownTooLarge(file, bytes, max);
    return refusedNow ? { failed: refusedNow } : { bytes };
  } catch (err) {
    return { failed: failed(file.name, `cannot be read: ${describeIoError(err)}`) };
  }
}

/**
 * A file's decoded text alone, as `readSourceSync` reads it but without parsing the front matter
 * (offsets are the same): for reading excerpts again. Empty when it cannot be read any more.
 */
export function readTextSync(file: SourceFile, options: ReadOptions = {}): string {
  try {
    const info = file.problem ? undefined : statSync(file.absolute);
    if (!info || refusal(file, info, options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) return '';
    const decoded = decode(readFileBytes(file.absolute, info.size));
    return decoded.ok ? decoded.decoded.text : '';
  } catch {
    return '';
  }
}

/** Why a file is not read at all, judged from its stat, if it is not. */
function refusal(file: SourceFile, info: Stats, max: number): Source | undefined {
  if (info.isDirectory()) return failed(file.name, 'is a directory, not a document');
  // Reading a FIFO or a device could block forever or never end.
  if (!info.isFile()) return failed(file.name, 'is not a regular file (a pipe, socket or device); not read');
  if (info.size > max) return tooLarge(file.name, info.size, max);
  return undefined;
}

function fromFileBytes(file: SourceFile, bytes: Uint8Array, max: number): Source {
  return grownTooLarge(file, bytes, max) ?? sourceFromBytes(file.name, bytes);
}

/** The file may have grown past the limit since it was stat-ed. */
function grownTooLarge(file: SourceFile, bytes: Uint8Array, max: number): Source | undefined {
  return bytes.length > max ? tooLarge(file.name, bytes.length, max) : undefined;
}

/** A document read from standard input: the same size limit as files, then `sourceFromBytes`. */
export function sourceFromInput(name: string, bytes: Uint8Array, options: ReadOptions = {}): Source {
  const max = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
  return bytes.length > max ? tooLarge(name, bytes.length, max) : sourceFromBytes(name, bytes);
}

function tooLarge(name: string, size: number, max: number): Source {
  return failed(name, `is ${size} bytes, over the ${max}-byte limit (--max-file-size); not scanned`);
}

/** Decodes bytes and parses the front matter. Used for files and for stdin. */
export function sourceFromBytes(name: string, bytes: Uint8Array): Source {
  const result = decode(bytes);
  if (!result.ok) return failed(name, `cannot be decoded: ${result.reason}`);
  const { text, encoding, replaced } = result.decoded;
  const problems: LoadProblem[] = [];
  if (replaced) {
    const more = replaced.count > 1 ? ` (and ${replaced.count - 1} more)` : '';
    problems.push({
      ruleId: 'invalid-encoding',
      severity: 'warning',
      message: `${name}: invalid ${encoding} byte sequence at byte ${replaced.byteOffset}${more}; replaced with U+FFFD, the rest scanned`,
      offset: replaced.textOffset,
    });
  }
  const frontMatter = parseFrontMatter(text);
  if (frontMatter?.error) {
    problems.push({
      ruleId: 'invalid-front-matter',
      severity: 'warning',
      message: `${name}: front matter ignored: ${frontMatter.error.message}; the body is still scanned`,
      offset: frontMatter.error.offset,
    });
  }
  // Front matter that could not be read is ignored whole: its `date:` line is no dateline either.
  const referenceDate = frontMatter?.error ? undefined : frontMatter ? (referenceDateOf(frontMatter.data) ?? datelineOf(text, frontMatter.span.end)) : datelineOf(text, 0);
  return { path: name, text, encoding, frontMatter, referenceDate, problems, byteLength: bytes.length };
}

function failed(name: string, reason: string, severity: Severity = 'error'): Source {
  return {
    path: name,
    text: '',
    encoding: 'unknown',
    problems: [{ ruleId: 'load-error', severity, message: `${name} ${reason}`, offset: 0 }],
  };
}

function describeIoError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  switch (e.code) {
    case 'ENOENT':
      return 'no such file (a dangling link?)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a directory';
    default:
      return e.code ?? String(e.message ?? err);
  }
}
