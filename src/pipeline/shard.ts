import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { DocumentResult } from '../model/result.js';
import { VERSION } from '../version.js';
import { Interner, shareStrings } from './detach.js';
import { storeBlocks } from './stored-blocks.js';

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
  return `${JSON.stringify({ type: 'document', ...document })}\n`;
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
    const stream = typeof input === 'string' ? createReadStream(input) : 'stream' in input ? input.stream : createReadStream(input.path);
    let lineNumber = 0;
    let sawHeader = false;
    try {
      for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
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
        yield storeBlocks(shareStrings(toDocument(record, where), names));
      }
    } catch (err) {
      if (err instanceof ShardFormatError) throw err;
      const e = err as NodeJS.ErrnoException;
      throw new ShardFormatError(`${name}: cannot be read: ${e.code === 'ENOENT' ? 'no such file' : (e.code ?? e.message)}`);
    }
    if (!sawHeader) throw new ShardFormatError(`${name}: empty; expected the output of "factcheck claims --format jsonl"`);
  }
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
  return document as unknown as DocumentResult;
}
