import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/load/collect-files.js';
import { analyzeFiles, type AnalysisProgress } from '../../src/pipeline/analyze-files.js';
import { checkShards } from '../../src/pipeline/check-shards.js';
import { scan } from '../../src/pipeline/scan.js';
import { shardDocumentLine, shardHeaderLine } from '../../src/pipeline/shard.js';
import { ROOT } from '../helpers.js';

describe('analyzeFiles', () => {
  it('yields one result per file in file order, reporting progress after each', async () => {
    const { files } = await collectFiles(['fixtures/shards'], { cwd: ROOT });
    const progress: AnalysisProgress[] = [];
    const results = [];
    for await (const r of analyzeFiles(files, { onProgress: (p) => progress.push(p) })) results.push(r);
    expect(results.map((r) => r.file)).toEqual(files.map((f) => f.name));
    expect(progress.map((p) => p.files)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(progress.at(-1)).toMatchObject({ totalFiles: 6 });
    expect(progress.at(-1)!.bytes).toBeGreaterThan(2000);
  });
});

describe('checkShards', () => {
  it('reads documents back from claims JSONL and finds what scan finds', async () => {
    const scanned = await scan(['fixtures/shards'], { cwd: ROOT });
    const half = Math.floor(scanned.documents.length / 2);
    const shard = (docs: typeof scanned.documents) => Readable.from([shardHeaderLine() + docs.map(shardDocumentLine).join('')]);
    const checked = await checkShards([
      { name: 'b.jsonl', stream: shard(scanned.documents.slice(half)) },
      { name: 'a.jsonl', stream: shard(scanned.documents.slice(0, half)) },
    ]);
    expect(checked.findings).toEqual(scanned.findings);
    expect(checked.documents).toEqual(scanned.documents);
  });
});
