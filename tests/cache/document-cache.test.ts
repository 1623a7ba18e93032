import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';
import { runCli } from '../helpers.js';
import { copyFixture, tempProject } from '../temp-project.js';

describe('document cache', () => {
  it('hits for unchanged documents, misses for changed ones, and never changes the result', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const cache = { location: 'node_modules/.cache/factcheck/' };
    const plain = await scan(['archive'], { cwd: dir });
    const cold = await scan(['archive'], { cwd: dir, cache });
    const warm = await scan(['archive'], { cwd: dir, cache });
    expect(cold.cache).toEqual({ hits: 0, misses: 3, checksReused: false });
    expect(warm.cache).toEqual({ hits: 3, misses: 0, checksReused: true });
    expect(JSON.stringify(warm.findings)).toBe(JSON.stringify(plain.findings));
    expect(JSON.stringify(warm.documents)).toBe(JSON.stringify(plain.documents));

    const file = path.join(dir, 'archive', '2025-12-26-groq-followup.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('分析师认为', '多位分析师认为'));
    expect((await scan(['archive'], { cwd: dir, cache })).cache).toEqual({ hits: 2, misses: 1, checksReused: false });
    // Settings that change a document's analysis are part of the key.
    expect((await scan(['archive'], { cwd: dir, cache, rules: { 'duplicate-paragraph': 'error' } })).cache).toEqual({ hits: 0, misses: 3, checksReused: false });
  });

  it('gives byte-identical output with and without --cache, cold and warm (real process)', () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const plain = runCli(['scan', 'archive', '--format', 'json'], { cwd: dir });
    const cold = runCli(['scan', 'archive', '--format', 'json', '--cache'], { cwd: dir });
    const warm = runCli(['scan', 'archive', '--format', 'json', '--cache'], { cwd: dir });
    expect(plain.stdout).toContain('duplicate-paragraph');
    expect(plain.stdout).toContain('unused-disable-directive');
    expect(cold.stdout).toBe(plain.stdout);
    expect(warm.stdout).toBe(plain.stdout);
    expect(warm.stderr).toBe('');
    expect(headerOf(path.join(dir, 'node_modules', '.cache', 'factcheck', 'cache.json')).format).toBe(2);
  });

  it('rebuilds an unreadable cache file with a note, and takes a file as --cache-location', () => {
    const dir = tempProject({ 'my.cache': '{ not json' });
    copyFixture('archive', dir);
    const plain = runCli(['scan', 'archive', '--format', 'json'], { cwd: dir });
    const r = runCli(['scan', 'archive', '--format', 'json', '--cache', '--cache-location', 'my.cache'], { cwd: dir });
    expect(r.stdout).toBe(plain.stdout);
    expect(r.stderr).toBe('factcheck: note: the cache my.cache was unreadable and is rebuilt\n');
    expect(headerOf(path.join(dir, 'my.cache')).format).toBe(2);
    expect(runCli(['scan', 'archive', '--cache', '--cache-strategy', 'metadata'], { cwd: dir }).code).toBe(2);
  });
});

describe('document cache file', () => {
  it.runIf(existsSync('/proc/self'))('reports a cache it cannot write under /proc and scans on (Node 20 mkdir -p would hang there)', () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const plain = runCli(['scan', 'archive', '--format', 'json'], { cwd: dir });
    const r = runCli(['scan', 'archive', '--format', 'json', '--cache', '--cache-location', '/proc/factcheck-nope/'], { cwd: dir });
    expect(r.stdout).toBe(plain.stdout);
    expect(r.code).toBe(plain.code);
    expect(r.stderr).toBe('factcheck: note: cannot write the cache /proc/factcheck-nope/cache.json: ENOENT\n');
  });

  const cacheFile = (dir: string) => path.join(dir, 'node_modules', '.cache', 'factcheck', 'cache.json');
  const cache = { location: 'node_modules/.cache/factcheck/' };

  it('keeps the entries of documents a run did not name, and drops those of deleted documents', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    await scan(['archive'], { cwd: dir, cache });
    // A run over one document leaves the other two in the cache.
    expect((await scan(['archive/2025-12-24-nvidia-groq.md'], { cwd: dir, cache })).cache).toEqual({ hits: 1, misses: 0, checksReused: false });
    writeFileSync(path.join(dir, 'archive', '2025-12-24-nvidia-groq.md'), '# Changed\n\nNvidia paid $20 billion.\n');
    expect((await scan(['archive/2025-12-24-nvidia-groq.md'], { cwd: dir, cache })).cache).toEqual({ hits: 0, misses: 1, checksReused: false });
    expect((await scan(['archive'], { cwd: dir, cache })).cache).toEqual({ hits: 3, misses: 0, checksReused: false });
    rmSync(path.join(dir, 'archive', '2025-12-30-year-review.txt'));
    await scan(['archive/2025-12-24-nvidia-groq.md'], { cwd: dir, cache });
    expect(readFileSync(cacheFile(dir), 'utf8')).not.toContain('2025-12-30-year-review.txt');
    expect(readFileSync(cacheFile(dir), 'utf8')).toContain('2025-12-26-groq-followup.md');
    // The entries copied from the old file are read back at their new places.
    writeFileSync(path.join(dir, 'archive', 'new.md'), '# New\n\nGroq raised $750 million.\n');
    expect((await scan(['archive'], { cwd: dir, cache })).cache).toEqual({ hits: 2, misses: 1, checksReused: false });
    expect((await scan(['archive'], { cwd: dir, cache })).cache).toEqual({ hits: 3, misses: 0, checksReused: true });
  });

  it('rewrites the cache around a changed and a deleted document, every other entry intact', async () => {
    const docs: Record<string, string> = {};
    for (let i = 0; i < 30; i++) docs[`news/${String(i).padStart(2, '0')}.md`] = `# Report ${i}\n\nNvidia's revenue rose ${i + 10}% to $${i + 30} billion in 2025.\n`;
    const dir = tempProject(docs);
    await scan(['news'], { cwd: dir, cache });
    writeFileSync(path.join(dir, 'news', '10.md'), '# Report 10\n\nNvidia said revenue rose 99%.\n');
    rmSync(path.join(dir, 'news', '20.md'));
    expect((await scan(['news'], { cwd: dir, cache })).cache).toEqual({ hits: 28, misses: 1, checksReused: false });
    const warm = await scan(['news'], { cwd: dir, cache });
    expect(warm.cache).toEqual({ hits: 29, misses: 0, checksReused: true });
    const plain = await scan(['news'], { cwd: dir });
    expect(JSON.stringify(warm.documents)).toBe(JSON.stringify(plain.documents));
    expect(JSON.stringify(warm.findings)).toBe(JSON.stringify(plain.findings));
  });

  /** The archive fixture in a fresh project, its scan without a cache, and a cache one scan filled. */
  const warmedArchive = async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const plain = await scan(['archive'], { cwd: dir });
    await scan(['archive'], { cwd: dir, cache });
    return { dir, plain };
  };

  it('keeps no paragraph text, and reads excerpts again from the file on a hit', async () => {
    const { dir, plain } = await warmedArchive();
    const repeated = plain.findings.find((f) => f.ruleId === 'duplicate-paragraph')!;
    const excerpt = repeated.locations[0]!.text;
    expect(excerpt.length).toBeGreaterThan(40);
    // The stored cross-document findings show it, as the report does; no document's entry does.
    const { documents, checks } = entryLines(cacheFile(dir));
    expect(documents).toHaveLength(3);
    for (const line of documents) expect(line).not.toContain(excerpt);
    expect(checks).toContain(excerpt);
    const warm = await scan(['archive'], { cwd: dir, cache });
    expect(warm.cache).toEqual({ hits: 3, misses: 0, checksReused: true });
    expect(JSON.stringify(warm.findings)).toBe(JSON.stringify(plain.findings));
  });

  it('analyses a document again when its entry is damaged, with the same result', async () => {
    const { dir, plain } = await warmedArchive();
    const text = readFileSync(cacheFile(dir), 'utf8');
    // Damage the first entry's line without changing the file's length or the index.
    const lines = text.split('\n');
    lines[1] = '#'.repeat(Buffer.byteLength(lines[1]!));
    writeFileSync(cacheFile(dir), lines.join('\n'));
    const r = await scan(['archive'], { cwd: dir, cache });
    expect(r.cache).toEqual({ hits: 2, misses: 1, checksReused: true });
    expect(JSON.stringify(r.documents)).toBe(JSON.stringify(plain.documents));
    expect(r.notes).toEqual([]);
    // The damaged entry was replaced; the findings, reused, were copied once into the new file.
    const { documents, checks, unlisted } = entryLines(cacheFile(dir));
    expect([documents.length, unlisted]).toEqual([3, 0]);
    expect(checks).toContain('duplicate-paragraph');
    expect((await scan(['archive'], { cwd: dir, cache })).cache).toEqual({ hits: 3, misses: 0, checksReused: true });
  });

  it("keepClaims 'none' (the CLI's scan): a run that reuses the findings reads no analysis, one that checks reads them all", async () => {
    const { dir, plain } = await warmedArchive();
    const summaries = { cwd: dir, cache, keepClaims: 'none' as const };
    const expected = JSON.stringify(plain.findings);
    const listed = plain.documents.map((d) => ({ file: d.file, lang: d.lang, encoding: d.encoding, claims: [], claimCount: d.claims.length, findings: [], blocks: [] }));
    // Every document entry damaged, the index and the findings' line intact: nothing reads them.
    const text = readFileSync(cacheFile(dir), 'utf8');
    const lines = text.split('\n');
    for (const entry of entryLines(cacheFile(dir)).documents) {
      const line = entry.trimEnd();
      expect(lines.indexOf(line)).toBeGreaterThan(0);
      lines[lines.indexOf(line)] = '#'.repeat(Buffer.byteLength(line));
    }
    writeFileSync(cacheFile(dir), lines.join('\n'));
    const warm = await scan(['archive'], summaries);
    expect(warm.cache).toEqual({ hits: 3, misses: 0, checksReused: true });
    expect(JSON.stringify(warm.findings)).toBe(expected);
    expect(warm.documents).toEqual(listed);

    // Reference figures (read by the checks alone): the checks run, so every analysis is read,
    // and the damaged ones are made again.
    const facts = path.join(dir, 'facts.yaml');
    writeFileSync(facts, '- subject: Groq\n  attribute: valuation\n  value: $6.9 billion\n  source: filing\n');
    const checked = await scan(['archive'], { ...summaries, facts });
    expect(checked.cache).toEqual({ hits: 0, misses: 3, checksReused: false });
    expect(JSON.stringify(checked.findings)).toBe(JSON.stringify((await scan(['archive'], { cwd: dir, facts })).findings));
    expect(checked.documents).toEqual(listed);
    expect((await scan(['archive'], { ...summaries, facts })).cache).toEqual({ hits: 3, misses: 0, checksReused: true });
    // Summaries without the cross-document checks too.
    expect((await scan(['archive'], { ...summaries, crossCheck: false })).documents).toEqual(listed);
  });

  it('rebuilds a cache of an older format silently', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    mkdirpWrite(cacheFile(dir), JSON.stringify({ format: 1, tool: 'factcheck', entries: {} }));
    const r = await scan(['archive'], { cwd: dir, cache });
    expect(r.notes).toEqual([]);
    expect(r.cache).toEqual({ hits: 0, misses: 3, checksReused: false });
    expect(headerOf(cacheFile(dir)).format).toBe(2);
  });

  it('gives the same output warm with worker threads and for a document on stdin', () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const draft = readFileSync(path.join(dir, 'archive', '2025-12-26-groq-followup.md'));
    const stdinArgs = ['scan', '--stdin', '--stdin-filename', 'drafts/followup.md', 'archive', '--format', 'json'];
    const plain = runCli(['scan', 'archive', '--format', 'json'], { cwd: dir });
    const plainStdin = runCli(stdinArgs, { cwd: dir, input: draft });
    for (let run = 0; run < 2; run++) {
      expect(runCli(['scan', 'archive', '--format', 'json', '--cache', '--concurrency', '2'], { cwd: dir }).stdout).toBe(plain.stdout);
      expect(runCli([...stdinArgs, '--cache'], { cwd: dir, input: draft }).stdout).toBe(plainStdin.stdout);
    }
    expect(plainStdin.stdout).toContain('drafts/followup.md');
    expect(statSync(cacheFile(dir)).size).toBeGreaterThan(0);
  });

  it('serves the archive of --against from the cache', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const options = { cwd: dir, cache, against: ['archive'] };
    const plain = await scan(['archive/2025-12-26-groq-followup.md'], { cwd: dir, against: ['archive'] });
    expect((await scan(['archive/2025-12-26-groq-followup.md'], options)).cache).toEqual({ hits: 0, misses: 3, checksReused: false });
    const warm = await scan(['archive/2025-12-26-groq-followup.md'], options);
    expect(warm.cache).toEqual({ hits: 3, misses: 0, checksReused: true });
    expect(JSON.stringify(warm.findings)).toBe(JSON.stringify(plain.findings));
    expect(warm.archiveDocuments).toBe(2);
  });

  it('serves a focused run with the findings of a whole scan, or of a run with the same focus', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const followup = 'archive/2025-12-26-groq-followup.md';
    const review = 'archive/2025-12-30-year-review.txt';
    const focused = async (file: string, withCache: boolean) => {
      const r = await scan([file], { cwd: dir, against: ['archive'], ...(withCache ? { cache } : {}) });
      return { stats: r.cache, findings: JSON.stringify(r.findings) };
    };
    await scan(['archive'], { cwd: dir, cache });
    const expected = (await focused(followup, false)).findings;
    expect(expected).toContain('"ruleId":"duplicate-paragraph"');
    expect(await focused(followup, true)).toEqual({ stats: { hits: 3, misses: 0, checksReused: true }, findings: expected });

    // An archive article edited: checked again for the focus only, and kept for that focus.
    const edited = path.join(dir, review);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('年内最大', '年内规模最大'));
    const afterEdit = (await focused(followup, false)).findings;
    expect(await focused(followup, true)).toEqual({ stats: { hits: 2, misses: 1, checksReused: false }, findings: afterEdit });
    expect(await focused(followup, true)).toEqual({ stats: { hits: 3, misses: 0, checksReused: true }, findings: afterEdit });
    // Another focus is not served by them.
    expect(await focused(review, true)).toEqual({ stats: { hits: 3, misses: 0, checksReused: false }, findings: (await focused(review, false)).findings });
  });

  it('reuses the cross-document findings while no document changes, and checks again after any change', async () => {
    const dir = tempProject({});
    copyFixture('crosscheck/conflicts', dir, 'conflicts');
    const facts = path.join(dir, 'facts.yaml');
    const alibabaRevenue = (value: string) => `- subject: Alibaba\n  attribute: revenue\n  period: 2025-Q3\n  value: ${value}\n  source: filing\n`;
    writeFileSync(facts, alibabaRevenue('RMB 247.8 billion'));
    const plain = async () => JSON.stringify((await scan(['conflicts'], { cwd: dir, facts })).findings);
    const cached = async () => {
      const r = await scan(['conflicts'], { cwd: dir, facts, cache });
      return { stats: r.cache, findings: JSON.stringify(r.findings) };
    };
    const expected = await plain();
    expect(expected).toContain('"ruleId":"magnitude-slip"');
    expect(await cached()).toEqual({ stats: { hits: 0, misses: 5, checksReused: false }, findings: expected });
    expect(await cached()).toEqual({ stats: { hits: 5, misses: 0, checksReused: true }, findings: expected });

    // Other reference figures: the same analyses, checked again.
    writeFileSync(facts, alibabaRevenue('RMB 274.8 billion'));
    const withOtherFacts = await plain();
    expect(withOtherFacts).not.toBe(expected);
    expect(await cached()).toEqual({ stats: { hits: 5, misses: 0, checksReused: false }, findings: withOtherFacts });
    expect(await cached()).toEqual({ stats: { hits: 5, misses: 0, checksReused: true }, findings: withOtherFacts });

    // A document edited, or one more document.
    const brief = path.join(dir, 'conflicts', 'deal-brief.md');
    writeFileSync(brief, `${readFileSync(brief, 'utf8')}\nGroq had 3,000 employees.\n`);
    expect(await cached()).toEqual({ stats: { hits: 4, misses: 1, checksReused: false }, findings: await plain() });
    // The old findings were not copied into the new file beside the new ones.
    expect(entryLines(path.join(dir, 'node_modules', '.cache', 'factcheck', 'cache.json')).unlisted).toBe(0);
    writeFileSync(path.join(dir, 'conflicts', 'late.md'), '# Late\n\nNvidia agreed to pay $2 billion for Groq.\n');
    expect(await cached()).toEqual({ stats: { hits: 5, misses: 1, checksReused: false }, findings: await plain() });
    expect(await cached()).toEqual({ stats: { hits: 6, misses: 0, checksReused: true }, findings: await plain() });
  });

  it('checks again every run when a document has no analysis in the cache (it cannot be decoded)', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    copyFixture('robustness/binary/photo.png.md', dir, 'archive/photo.png.md');
    const plain = await scan(['archive'], { cwd: dir });
    expect(plain.findings.some((f) => f.ruleId === 'load-error')).toBe(true);
    for (let run = 0; run < 2; run++) {
      const r = await scan(['archive'], { cwd: dir, cache });
      expect(r.cache).toEqual({ hits: 3 * run, misses: 3 - 3 * run, checksReused: false });
      expect(JSON.stringify(r.findings)).toBe(JSON.stringify(plain.findings));
    }
  });

  it('caches a document read from stdin under its name', async () => {
    const dir = tempProject({});
    copyFixture('archive', dir);
    const stdin = { name: 'drafts/followup.md', bytes: readFileSync(path.join(dir, 'archive', '2025-12-26-groq-followup.md')) };
    expect((await scan(['archive'], { cwd: dir, cache, stdin })).cache).toEqual({ hits: 0, misses: 4, checksReused: false });
    expect((await scan(['archive'], { cwd: dir, cache, stdin })).cache).toEqual({ hits: 4, misses: 0, checksReused: true });
    const edited = { ...stdin, bytes: Buffer.concat([stdin.bytes, Buffer.from('\nOne more line.\n')]) };
    expect((await scan(['archive'], { cwd: dir, cache, stdin: edited })).cache).toEqual({ hits: 3, misses: 1, checksReused: false });
  });
});

function mkdirpWrite(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function headerOf(file: string): { format: number } {
  return JSON.parse(readFileSync(file, 'utf8').split('\n', 1)[0]!) as { format: number };
}

/**
 * The lines of a cache file's entries: the documents', that of the cross-document findings
 * (indexed under ''), and how many bytes between the header and the index no entry covers.
 */
function entryLines(file: string): { documents: string[]; checks: string | undefined; unlisted: number } {
  const bytes = readFileSync(file);
  const lines = bytes.toString('utf8').trimEnd().split('\n');
  const index = JSON.parse(lines[lines.length - 2]!) as Record<string, [string, number, number]>;
  const at = ([, start, length]: [string, number, number]) => bytes.subarray(start, start + length).toString('utf8');
  const entriesEnd = Number(lines[lines.length - 1]);
  const headerEnd = bytes.indexOf('\n') + 1;
  const listed = Object.values(index).reduce((sum, [, , length]) => sum + length, 0);
  return {
    documents: Object.entries(index).filter(([name]) => name !== '').map(([, entry]) => at(entry)),
    checks: index[''] && at(index['']),
    unlisted: entriesEnd - headerEnd - listed,
  };
}
