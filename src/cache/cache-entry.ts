import type { Claim } from '../model/claim.js';
import type { DocumentResult } from '../model/result.js';
import { PackedBlocks } from '../pipeline/packed-blocks.js';
import { extend } from '../util/extend.js';
import { packedBlocksOf, storeBlocks, storePackedBlocks, type ExcerptReader } from '../pipeline/stored-blocks.js';

/**
 * One document's analysis as a line of the cache file, about half the size of its plain JSON:
 * its claims do not repeat the document's name (`"file":0`), its paragraph digests are the packed
 * integers in base64, and their excerpts are not kept (read again from the file, as a scan
 * without the cache does). Fields keep their order, so the result read back serialises exactly
 * as the one written.
 */
export function encodeEntry(result: DocumentResult): string {
  const compact: Record<string, unknown> = {};
  // `for…in`, not Object.entries: reading `blocks` would build a digest object per paragraph.
  for (const key in result) {
    if (key === 'claims') compact[key] = result.claims.map((c) => (c.file === result.file ? extend(c, { file: 0 }) : c));
    else if (key === 'blocks') compact[key] = packedBlocksOf(result)?.toData() ?? result.blocks;
    else compact[key] = result[key as keyof DocumentResult];
  }
  return JSON.stringify(compact);
}

/** The result `encodeEntry` wrote; `reread` reads its excerpts when shown. Throws on a damaged line. */
export function decodeEntry(line: string, reread: ExcerptReader): DocumentResult {
  const result = JSON.parse(line) as Omit<DocumentResult, 'blocks'> & { blocks: unknown };
  for (const claim of result.claims as unknown as { file: Claim['file'] | 0 }[]) if (claim.file === 0) claim.file = result.file;
  if (Array.isArray(result.blocks)) return storeBlocks(result as DocumentResult);
  const packed = PackedBlocks.fromData(result.blocks);
  if (!packed) throw new Error('damaged paragraph digests');
  return storePackedBlocks(result, packed, reread);
}
