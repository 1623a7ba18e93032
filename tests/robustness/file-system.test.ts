import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { collectFiles } from '../../src/load/collect-files.js';
import { readSource } from '../../src/load/read-source.js';
import { scan } from '../../src/pipeline/scan.js';
import { runCli } from '../helpers.js';
import { tempDir } from './support.js';

const ARTICLE = '英伟达以约200亿美元与Groq达成合作。\n';

/** A folder `articles/` with one article, next to an `outside/` folder the scan was not asked to read. */
function tree(): { root: string; articles: string } {
  const root = tempDir();
  const articles = path.join(root, 'articles');
  mkdirSync(path.join(articles, 'sub'), { recursive: true });
  mkdirSync(path.join(root, 'outside'));
  writeFileSync(path.join(articles, 'a.md'), ARTICLE);
  writeFileSync(path.join(articles, 'sub', 'b.md'), '营收达到570亿美元。\n');
  writeFileSync(path.join(root, 'outside', 'secret.md'), '机密：利润为9亿元。\n');
  return { root, articles };
}

const names = async (paths: string[], cwd: string) => (await collectFiles(paths, { cwd })).files.map((f) => [f.name, f.problem?.severity ?? 'ok']);

describe('file system: links, loops, odd names and repeated paths', () => {
  it('follows a link to a file or folder inside the scanned tree, scanning each real file once', async () => {
    const { root, articles } = tree();
    symlinkSync(path.join(articles, 'a.md'), path.join(articles, 'z-link.md'));
    symlinkSync(path.join(articles, 'sub'), path.join(articles, 'y-sub-link'));
    // The real file and the link name the same document: it is scanned once, under the first name.
    expect(await names(['articles'], root)).toEqual([
      ['articles/a.md', 'ok'],
      ['articles/sub/b.md', 'ok'],
    ]);
  });

  it('names a file by a path without links when it has one, and walks a folder once however many links lead to it', async () => {
    const { root, articles } = tree();
    for (const name of ['a-link', 'b-link', 'c-link']) symlinkSync(path.join(articles, 'sub'), path.join(articles, name));
    symlinkSync(path.join(articles, 'sub', 'b.md'), path.join(articles, '0-first.md'));
    expect(await names(['articles'], root)).toEqual([
      ['articles/a.md', 'ok'],
      ['articles/sub/b.md', 'ok'],
    ]);
  });

  it('does not follow a link out of the scanned folders, and reports it as a warning', async () => {
    const { root, articles } = tree();
    symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(articles, 'leak.md'));
    symlinkSync(path.join(root, 'outside'), path.join(articles, 'leak-dir'));
    const result = await scan(['articles'], { cwd: root });
    expect(result.documents.map((d) => d.file)).toEqual(['articles/a.md', 'articles/leak-dir', 'articles/leak.md', 'articles/sub/b.md']);
    const leaks = result.findings.filter((f) => f.ruleId === 'load-error');
    expect(leaks.map((f) => [f.locations[0]!.file, f.severity, f.message])).toEqual([
      ['articles/leak-dir', 'warning', 'articles/leak-dir is a link to a path outside the folders being scanned; not followed'],
      ['articles/leak.md', 'warning', 'articles/leak.md is a link to a path outside the folders being scanned; not followed'],
    ]);
    // Nothing from outside/ was read.
    expect(result.documents.flatMap((d) => d.claims).map((c) => c.text)).not.toContain('9亿元');
  });

  it('follows such a link when its target folder is scanned too (the file is named by its own path)', async () => {
    const { root, articles } = tree();
    symlinkSync(path.join(root, 'outside', 'secret.md'), path.join(articles, 'leak.md'));
    expect(await names(['articles', 'outside'], root)).toEqual([
      ['articles/a.md', 'ok'],
      ['articles/sub/b.md', 'ok'],
      ['outside/secret.md', 'ok'],
    ]);
    expect(await names(['articles', path.join(root, 'outside', 'secret.md')], root)).toEqual([
      ['articles/a.md', 'ok'],
      ['articles/leak.md', 'warning'],
      ['articles/sub/b.md', 'ok'],
      ['outside/secret.md', 'ok'],
    ]);
  });

  it('stops at symlink loops and reports a self-referencing or dangling link named like a document', async () => {
    const { root, articles } = tree();
    symlinkSync(articles, path.join(articles, 'sub', 'loop'));
    symlinkSync('..', path.join(articles, 'sub', 'up'));
    symlinkSync('self.md', path.join(articles, 'self.md'));
    symlinkSync(path.join(root, 'gone.md'), path.join(articles, 'dangling.md'));
    const result = await scan(['articles'], { cwd: root });
    expect(result.documents.map((d) => d.file)).toEqual(['articles/a.md', 'articles/dangling.md', 'articles/self.md', 'articles/sub/b.md']);
    const errors = result.findings.filter((f) => f.ruleId === 'load-error').map((f) => [f.locations[0]!.file, f.severity, f.message]);
    expect(errors).toEqual([
      ['articles/dangling.md', 'error', 'articles/dangling.md cannot be read: no such file (a dangling link?)'],
      ['articles/self.md', 'error', 'articles/self.md cannot be read: too many levels of symbolic links'],
    ]);
  });

  it('reports a directory named like a document as unreadable instead of crashing', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x.md'));
    const source = await readSource({ absolute: path.join(dir, 'x.md'), name: 'x.md' });
    expect(source.problems).toEqual([{ ruleId: 'load-error', severity: 'error', message: 'x.md is a directory, not a document', offset: 0 }]);
  });

  it('does not block on a named pipe called like a document', async () => {
    const dir = tempDir();
    execFileSync('mkfifo', [path.join(dir, 'pipe.md')]);
    writeFileSync(path.join(dir, 'a.md'), ARTICLE);
    const result = await scan(['.'], { cwd: dir });
    expect(result.findings.map((f) => [f.locations[0]!.file, f.message])).toEqual([
      ['pipe.md', 'pipe.md is not a regular file (a pipe, socket or device); not read'],
    ]);
    expect(result.documents.find((d) => d.file === 'a.md')!.claims).toHaveLength(1);
  });

  it('reads names with spaces and non-ASCII characters, and reports them exactly', async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '新闻 稿件'));
    writeFileSync(path.join(dir, '新闻 稿件', '英伟达 (最终版).md'), ARTICLE);
    writeFileSync(path.join(dir, 'Café report #2.txt'), 'Revenue rose 62% to $57 billion.\n');
    const r = runCli(['claims', '.', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).claims.map((c: { file: string }) => c.file)).toEqual(['Café report #2.txt', 'Café report #2.txt', '新闻 稿件/英伟达 (最终版).md']);
  });

  it('scans a path given twice (or as a folder and a file in it) once', async () => {
    const { root } = tree();
    expect(await names(['articles/a.md', './articles/a.md', 'articles', path.join(root, 'articles', 'a.md')], root)).toEqual([
      ['articles/a.md', 'ok'],
      ['articles/sub/b.md', 'ok'],
    ]);
    const r = runCli(['scan', 'articles', 'articles/a.md', 'articles', '--format', 'json'], { cwd: root });
    expect(JSON.parse(r.stdout).summary.documents).toBe(2);
  });

  it('gives the same result whatever the order of the arguments', async () => {
    const { root, articles } = tree();
    symlinkSync(path.join(articles, 'sub'), path.join(articles, 'sub-link'));
    const a = await names(['articles/sub-link', 'articles'], root);
    const b = await names(['articles', 'articles/sub-link'], root);
    expect(a).toEqual(b);
  });

  it('exits 2 with a clear message for a folder that holds no documents', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'empty'));
    writeFileSync(path.join(dir, 'notes.docx'), 'not a document type we read');
    const r = runCli(['scan', '.'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('factcheck: no documents found for "." (looked for .txt, .md, .markdown)\n');
  });
});
