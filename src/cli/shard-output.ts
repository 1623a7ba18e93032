import type { DocumentResult } from '../model/result.js';
import { shardDocumentLine, shardHeaderLine } from '../pipeline/shard.js';
import type { CliIo } from './io.js';

/** Writes documents as claims JSONL, the input of `factcheck check`. */
export function writeShard(io: CliIo, documents: readonly DocumentResult[]): void {
  io.stdout.write(shardHeaderLine());
  for (const document of documents) io.stdout.write(shardDocumentLine(document));
}
