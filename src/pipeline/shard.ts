import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Claim } from '../model/claim.js';
import type { DocumentResult } from '../model/result.js';
import { claimId } from '../extract/claim-id.js';
import { VERSION } from '../version.js';
import { Interner, shareStrings } from './detach.js';
import { storeBlocks, type ExcerptReader } from './stored-blocks.js';

/**
 * The claims JSONL format (`factcheck claims --format jsonl`): a header line, then one line per
 * document holding its whole `DocumentResult` — claims, per-document findings and paragraph
 * digests — which is everything the cross-document checks need. Shards written on many machines
 * are checked together by `factcheck check`.
 */
export const SHARD_SCHEMA_VERSION = 1;

export interface ShardHeader {
  readonly type: 'header';
  readonly schemaVersion: number;
  readonly tool: { readonly name: 'factcheck'; readonly version: string };
}

export function shardHeaderLine(): string {
  const header: ShardHeader = { type: 'header', schemaVersion: SHARD_SCHEMA_VERSION, tool: { name: 'factcheck', version: VERSION } };
  return `${JSON.stringify(header)}\n`;
}

export function shardDocumentLine(document: DocumentResult): string {
  return `${JSON.stringify({ type: 'document', ...document, claims: document.claims.map(withId) })}\n`;
}

/** A claim as the claims outputs write it: its id first, then its fields. */
function withId(claim: Claim): Record<string, unknown> {
  return { id: claimId(claim), ...claim };
}

/** A claim read back: the id is derived again when needed, not kept (see `claimId`). */
function withoutId(claim: Claim & { readonly id?: unknown }): Claim {
  const { id: _id, ...rest } = claim;
  return rest;
}

const NOT_CLAIMS = 'not a factcheck claims file; expected the output of "factcheck claims --format jsonl"';

/** A claims file that cannot be read back: names the file and line. */
export class ShardFormatError extends Error {
  override readonly name = 'ShardFormatError';
}

/** A claims file to read: a path, or a path or stream (stdin) with the name to report. */
export type ShardInput = string | { readonly name: string; readonly path: string } | { readonly name: string; readonly stream: Readable };

/**
 * Reads documents back from claims JSONL files, in the order given. Throws `ShardFormatError`
 * for a file that is not factcheck claims JSONL, comes from a newer schema, or is cut short.
 */
export async function* readDocumentResults(inputs: readonly ShardInput[]): AsyncGenerator<DocumentResult> {
  const names = new Interner();
  for (const input of inputs) {
    const name = typeof input === 'string' ? input : input.name;
    const file = typeof input === 'string' ? input : 'path' in input ? input.path : undefined;
    const lines = file !== undefined ? linesOf(createReadStream(file)) : streamLines(input as { stream: Readable });
    let lineNumber = 0;
    let sawHeader = false;
    try {
      for await (const { line, offset, length } of lines) {
        lineNumber++;
        if (line.trim() === '') continue;
        const where = `${name}:${lineNumber}`;
        const record = parseLine(line, where, sawHeader);
        // A header may come again: shards joined with `cat` are one valid input.
        if (!sawHeader || record.type === 'header') {
          checkHeader(record, where);
          sawHeader = true;
          continue;
        }
        // From a file, paragraph excerpts are read again from its line when a finding shows them.
        yield storeBlocks(shareStrings(toDocument(record, where), names), file !== undefined ? rereadLine(file, offset, length) : undefined);
      }
    } catch (err) {
      if (err instanceof ShardFormatError) throw err;
      const e = err as NodeJS.ErrnoException;
      throw new ShardFormatError(`${name}: cannot be read: ${e.code === 'ENOENT' ? 'no such file' : (e.code ?? e.message)}`);
    }
    if (!sawHeader) throw new ShardFormatError(`${name}: empty; expected the output of "factcheck claims --format jsonl"`);
  }
}

interface Line {
  readonly line: string;
  /** Where the line's bytes start in the file, and how many there are (without the line break). */
  readonly offset: number;
  readonly length: number;
}

/** The lines of a file with their byte offsets (`\n` or `\r\n` line breaks). */
async function* linesOf(stream: Readable): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let offset = 0;
  const line = (bytes: Buffer): Line => {
    const text = bytes.toString('utf8');
    return { line: text.endsWith('\r') ? text.slice(0, -1) : text, offset, length: bytes.length };
  };
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    let start = 0;
    for (let nl = chunk.indexOf(10); nl !== -1; nl = chunk.indexOf(10, start)) {
      const bytes = pending.length > 0 ? Buffer.concat([...pending, chunk.subarray(start, nl)]) : chunk.subarray(start, nl);
      yield line(bytes);
      offset += bytes.length + 1;
      pending = [];
      start = nl + 1;
    }
    if (start < chunk.length) pending.push(chunk.subarray(start));
  }
  if (pending.length > 0) yield line(Buffer.concat(pending));
}

/** Lines of a stream that cannot be read again (stdin): no offsets. */
async function* streamLines(input: { readonly stream: Readable }): AsyncGenerator<Line> {
  for await (const line of createInterface({ input: input.stream, crlfDelay: Infinity })) yield { line, offset: -1, length: 0 };
}

/** The excerpts of a document's blocks, read again from its line of a claims file. */
function rereadLine(file: string, offset: number, length: number): ExcerptReader {
  return () => {
    const bytes = Buffer.alloc(length);
    const fd = openSync(file, 'r');
    try {
      readSync(fd, bytes, 0, length, offset);
    } finally {
      closeSync(fd);
    }
    const record = JSON.parse(bytes.toString('utf8')) as { blocks?: { location?: { text?: unknown } }[] };
    return (record.blocks ?? []).map((b) => (typeof b.location?.text === 'string' ? b.location.text : ''));
  };
}

function parseLine(line: string, where: string, afterHeader: boolean): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    throw new ShardFormatError(afterHeader ? `${where}: not JSON (is the file cut short?)` : `${where}: ${NOT_CLAIMS}`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new ShardFormatError(`${where}: expected a JSON object`);
  return value as Record<string, unknown>;
}

function checkHeader(record: Record<string, unknown>, where: string): void {
  const tool = record.tool as { name?: unknown } | undefined;
  if (record.type !== 'header' || tool?.name !== 'factcheck') {
    throw new ShardFormatError(`${where}: ${NOT_CLAIMS}`);
  }
  if (record.schemaVersion !== SHARD_SCHEMA_VERSION) {
    throw new ShardFormatError(`${where}: claims schema version ${String(record.schemaVersion)} is not supported (this factcheck reads version ${SHARD_SCHEMA_VERSION})`);
  }
}

function toDocument(record: Record<string, unknown>, where: string): DocumentResult {
  const { type, ...document } = record;
  if (type !== 'document') throw new ShardFormatError(`${where}: unexpected line of type ${JSON.stringify(type)}`);
  if (typeof document.file !== 'string' || typeof document.lang !== 'string' || typeof document.encoding !== 'string') {
    throw new ShardFormatError(`${where}: document line without file, lang or encoding`);
  }
  for (const list of ['claims', 'findings', 'blocks']) {
    if (!Array.isArray(document[list])) throw new ShardFormatError(`${where}: document line without a "${list}" array`);
  }
  const result = document as unknown as DocumentResult;
  (result as { claims: readonly Claim[] }).claims = result.claims.map(withoutId);
  return result;
}
