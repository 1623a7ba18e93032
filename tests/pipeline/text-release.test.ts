import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

const DOCUMENTS = 40;
/** Characters of filler per document: 40 documents of Han text hold 16 MB as V8 strings. */
const FILLER_CHARS = 200_000;
/** The same documents with a tenth of the filler: what a scan keeps whatever the texts' length. */
const SHORT_FILLER_CHARS = 20_000;

/**
 * One document with what the tool remembers across documents: a Latin-script paragraph that
 * franc is asked about, a long Chinese numeral, an entity name of more than 12 characters (the
 * length from which V8 makes a slice a view on its parent), then a long stretch of plain text.
 */
function article(n: number, fillerChars: number): string {
  const filler = '这一段文字只是填充内容没有任何数字也没有任何需要核对的说法'.repeat(Math.ceil(fillerChars / 29)).slice(0, fillerChars);
  return [
    `Die Firma Nummer ${n} meldete einen Umsatz von ${n + 5} Milliarden Euro im dritten Quartal des Jahres.`,
    `公司第${n}号去年营收为一千二百三十四万五千六百七十${n % 10}元。`,
    `Hyperion Robotics Unit ${n} said revenue rose ${n % 50}% to $${n + 1} billion in 2025.`,
    filler,
  ].join('\n\n');
}

/** The heap a scan of the documents leaves behind, in a process of its own. */
function keptAfterScan(fillerChars: number): { documents: number; claims: number; kept: number } {
  const dir = tempDir('factcheck-release-');
  for (let n = 0; n < DOCUMENTS; n++) writeFileSync(path.join(dir, `doc-${n}.md`), article(n, fillerChars));
  const script = `
    const { scan } = await import('./dist/index.js');
    globalThis.gc();
    const before = process.memoryUsage().heapUsed;
    const result = await scan([${JSON.stringify(dir)}], { concurrency: 'off' });
    globalThis.gc();
    const kept = process.memoryUsage().heapUsed - before;
    console.log(JSON.stringify({ documents: result.documents.length, claims: result.documents.reduce((n, d) => n + d.claims.length, 0), kept }));`;
  const r = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  return JSON.parse(r.stdout) as { documents: number; claims: number; kept: number };
}

describe('a scan keeps no document text', () => {
  // Every result, cache and interned name outlives its document: one slice of 13 or more
  // characters kept anywhere keeps that document's whole text in memory for the run.
  it('keeps as much memory after a scan of long texts as after one of short texts', () => {
    const long = keptAfterScan(FILLER_CHARS);
    const short = keptAfterScan(SHORT_FILLER_CHARS);
    expect([long.documents, short.documents]).toEqual([DOCUMENTS, DOCUMENTS]);
    expect(long.claims).toBeGreaterThanOrEqual(DOCUMENTS * 4);
    expect(long.claims).toBe(short.claims);
    // The long texts take 2 bytes per character (16 MB), 14.4 MB more than the short ones. What a
    // scan keeps (results, caches, the modules' lazily built tables and compiled patterns, about
    // 5 MB) does not depend on the texts' length; a cache keyed by slices kept 18 MB more.
    const moreText = DOCUMENTS * (FILLER_CHARS - SHORT_FILLER_CHARS) * 2;
    expect(long.kept - short.kept).toBeLessThan(moreText / 10);
  });
});
