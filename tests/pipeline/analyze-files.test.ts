import path from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
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

describe('analyzeFiles on several threads', () => {
  it('gives a file that cannot be stat-ed any more a load error, from the main thread or a worker', async () => {
    const { files } = await collectFiles(['fixtures/shards'], { cwd: ROOT });
    // Its folder is a file: stat fails with ENOTDIR, not ENOENT.
    const gone = { absolute: path.join(ROOT, 'package.json', 'article.md'), name: 'package.json/article.md' };
    const all = [...files, gone, ...files.map((f) => ({ ...f, name: `again/${f.name}` }))];
    // Worker threads run the compiled pipeline (the global setup builds it).
    const compiled = (await import(pathToFileURL(path.join(ROOT, 'dist', 'pipeline', 'analyze-files.js')).href)) as { analyzeFiles: typeof analyzeFiles };
    const results = [];
    for await (const r of compiled.analyzeFiles(all, { concurrency: 2 })) results.push(r);
    expect(results.map((r) => r.file)).toEqual(all.map((f) => f.name));
    const failed = results[files.length]!;
    expect(failed.findings.map((f) => f.ruleId)).toEqual(['load-error']);
    expect(failed.findings[0]!.message).toContain('cannot be read');
    expect(results.filter((r) => r.claims.length > 0)).toHaveLength(2 * files.length);
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
