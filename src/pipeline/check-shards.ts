import type { DocumentResult } from '../model/result.js';
import { checkDocuments, referenceFacts, sortDocuments, type ScanOptions, type ScanResult } from './scan.js';
import { readDocumentResults, ShardFormatError, type ShardInput } from './shard.js';

/**
 * The second half of a sharded scan: reads documents from claims JSONL files and runs the
 * cross-document checks over all of them, giving what one `scan` of every document would.
 */
export async function checkShards(
  inputs: readonly ShardInput[],
  options: Pick<ScanOptions, 'rules' | 'ruleOptions' | 'facts' | 'aliases' | 'cwd'> = {},
): Promise<Pick<ScanResult, 'documents' | 'findings'>> {
  const facts = await referenceFacts(options, options.cwd ?? process.cwd());
  const documents: DocumentResult[] = [];
  const seen = new Set<string>();
  for await (const document of readDocumentResults(inputs)) {
    if (seen.has(document.file)) throw new ShardFormatError(`${document.file} appears in more than one claims line; do the shards overlap?`);
    seen.add(document.file);
    documents.push(document);
  }
  sortDocuments(documents);
  return { documents, findings: checkDocuments(facts.length > 0 ? [...documents, ...facts] : documents, options) };
}
