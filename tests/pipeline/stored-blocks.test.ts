import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkShards } from '../../src/pipeline/check-shards.js';
import { shardDocumentLine, shardHeaderLine } from '../../src/pipeline/shard.js';
import { collectFiles } from '../../src/load/collect-files.js';
import { readSourceSync } from '../../src/load/read-source.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { RULES } from '../../src/check/rules/index.js';
import { analyzeFiles } from '../../src/pipeline/analyze-files.js';
import { scan } from '../../src/pipeline/scan.js';
import { storeBlocks } from '../../src/pipeline/stored-blocks.js';
import { excerptAt } from '../../src/check/locate.js';
import type { Span } from '../../src/model/span.js';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

async function analysed(name: string) {
  const { files } = await collectFiles([name], { cwd: ROOT });
  const file = files[0]!;
  const fresh = () => analyzeSource(readSourceSync(file), { rules: RULES });
  return { file, fresh };
}

describe('storeBlocks', () => {
  it('serialises exactly as the digests it replaces, excerpts kept', async () => {
    const { fresh } = await analysed('fixtures/duplicates/copied-a.txt');
    const original = JSON.stringify(fresh());
    const stored = storeBlocks(fresh());
    expect(stored.blocks.length).toBeGreaterThan(1);
    expect(JSON.stringify(stored)).toBe(original);
  });

  it('reads excerpts again only when one is shown, once for all the blocks of a document', async () => {
    const { file, fresh } = await analysed('fixtures/duplicates/copied-a.txt');
    const original = fresh();
    const reads: (readonly Span[])[] = [];
    const stored = storeBlocks(fresh(), (spans) => {
      reads.push(spans);
      const { text } = readSourceSync(file);
      return spans.map((s) => excerptAt(text, s));
    });
    // Positions come without reading anything.
    expect(stored.blocks.map((b) => b.location.start)).toEqual(original.blocks.map((b) => b.location.start));
    expect(reads).toHaveLength(0);
    expect(stored.blocks.map((b) => ({ ...b.location }))).toEqual(original.blocks.map((b) => b.location));
    expect(reads).toHaveLength(1);
    expect(JSON.stringify(stored)).toBe(JSON.stringify(original));
  });

  it('packs hashes exactly (leading zeros, high bits) and leaves hand-made digests as they are', () => {
    const digest = (hash: string, segment: number) => ({
      segment,
      kind: 'paragraph' as const,
      lang: segment % 2 ? 'en' : 'zh',
      hash,
      chars: 40 + segment,
      location: { file: 'a.md', start: segment * 100, end: segment * 100 + 50, line: segment + 1, column: 1, endLine: segment + 1, endColumn: 51, text: `paragraph ${segment}` },
    });
    const result = (hashes: string[]) => ({ file: 'a.md', lang: 'zh', encoding: 'utf-8', claims: [], findings: [], blocks: hashes.map(digest) });
    const hashes = ['00000000000000000001', 'ffffffffffffffffffff', '80000000deadbeef0abc'];
    const expected = JSON.stringify(result(hashes));
    const stored = storeBlocks(result(hashes));
    expect(stored.blocks.map((b) => b.hash)).toEqual(hashes);
    // The repeated-paragraph check groups by the hash's first 52 bits, read from the packed integers.
    expect(stored.blocks.map((b) => (b as { hashKey?: number }).hashKey)).toEqual(hashes.map((h) => parseInt(h.slice(0, 13), 16)));
    expect(stored.blocks.map((b) => [b.kind, b.lang, b.segment, b.chars])).toEqual(hashes.map((_, i) => ['paragraph', i % 2 ? 'en' : 'zh', i, 40 + i]));
    expect(JSON.stringify(stored)).toBe(expected);
    // A claims file may carry any hash: such a document keeps its digests unpacked.
    const odd = result(['not-a-content-hash']);
    expect(storeBlocks(odd).blocks[0]).toBe(odd.blocks[0]);
  });

  it('gives a scan the same repeated-paragraph findings, excerpts included, as the document analysis', async () => {
    const { findings } = await scan(['fixtures/duplicates'], { cwd: ROOT });
    const copies = findings.filter((f) => f.ruleId === 'duplicate-paragraph' && f.severity === 'info');
    expect(copies.length).toBeGreaterThan(0);
    for (const f of copies) {
      for (const l of f.locations) {
        const { text } = readSourceSync({ absolute: `${ROOT}/${l.file}`, name: l.file });
        expect(l.text).toBe(excerptAt(text, l));
        expect(l.text.length).toBeGreaterThan(20);
      }
    }
  });

  it('leaves results of analyzeFiles serialising as the analysis did', async () => {
    const { files } = await collectFiles(['fixtures/duplicates'], { cwd: ROOT });
    const expected = files.map((f) => JSON.stringify(analyzeSource(readSourceSync(f), { rules: RULES })));
    const got: string[] = [];
    for await (const r of analyzeFiles(files)) got.push(JSON.stringify(r));
    expect(got).toEqual(expected);
  });
});

describe('checkShards reading excerpts again from a claims file', () => {
  for (const lineBreak of ['\n', '\r\n']) {
    it(`finds what scan finds, excerpts included, with ${JSON.stringify(lineBreak)} line breaks`, async () => {
      const scanned = await scan(['fixtures/duplicates', 'fixtures/shards'], { cwd: ROOT });
      const dir = tempDir('factcheck-shard-');
      const file = path.join(dir, 'all.jsonl');
      writeFileSync(file, (shardHeaderLine() + scanned.documents.map(shardDocumentLine).join('')).replace(/\n/g, lineBreak));
      const checked = await checkShards([file]);
      expect(checked.findings.some((f) => f.ruleId === 'duplicate-paragraph' && f.severity === 'info')).toBe(true);
      expect(checked.findings).toEqual(scanned.findings);
      expect(checked.documents.map((d) => JSON.stringify(d))).toEqual(scanned.documents.map((d) => JSON.stringify(d)));
    });
  }
});
