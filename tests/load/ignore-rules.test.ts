import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveConfig } from '../../src/config/resolve.js';
import { scan } from '../../src/pipeline/scan.js';
import { runCli } from '../helpers.js';
import { tempProject } from '../temp-project.js';

const TEXT = '英伟达以约200亿美元与Groq达成合作。\n';

/** The documents a scan picks up with the ignore settings of `request`. */
async function scanned(dir: string, paths: string[], request: Parameters<typeof resolveConfig>[0] | Record<string, never> = {}) {
  const cwd = 'cwd' in request ? request.cwd : dir;
  const { options } = resolveConfig({ ...request, cwd });
  const result = await scan(paths, { cwd, ...options });
  return { files: result.documents.map((d) => d.file), notes: result.notes, unmatched: result.unmatched };
}

describe('ignore files and patterns', () => {
  const project = () =>
    tempProject({
      '.factcheckignore': '# drafts are not published\ndrafts/\n*.tmp.md\n!keep.tmp.md\n',
      '.gitignore': 'build/\n',
      'articles/a.md': TEXT,
      'articles/old.tmp.md': TEXT,
      'articles/keep.tmp.md': TEXT,
      'drafts/b.md': TEXT,
      'build/c.md': TEXT,
    });

  it('applies .factcheckignore with gitignore semantics (folders, globs, negation)', async () => {
    const dir = project();
    expect((await scanned(dir, ['.'])).files).toEqual(['articles/a.md', 'articles/keep.tmp.md', 'build/c.md']);
  });

  it('finds .factcheckignore in a parent folder, its patterns relative to that folder', async () => {
    const dir = project();
    const r = await scanned(dir, ['.'], { cwd: path.join(dir, 'articles') });
    expect(r.files).toEqual(['a.md', 'keep.tmp.md']);
  });

  it('reads --ignore-path files instead of .factcheckignore, repeatable', async () => {
    const dir = project();
    expect((await scanned(dir, ['.'], { cwd: dir, ignorePaths: ['.gitignore'] })).files).toEqual([
      'articles/a.md',
      'articles/keep.tmp.md',
      'articles/old.tmp.md',
      'drafts/b.md',
    ]);
    expect((await scanned(dir, ['.'], { cwd: dir, ignorePaths: ['.gitignore', '.factcheckignore'] })).files).toEqual(['articles/a.md', 'articles/keep.tmp.md']);
  });

  it('adds --ignore-pattern and config "ignores"; --no-ignore turns every ignore rule off', async () => {
    const dir = project();
    expect((await scanned(dir, ['articles'], { cwd: dir, ignorePatterns: ['a.md'] })).files).toEqual(['articles/keep.tmp.md']);
    expect((await scanned(dir, ['.'], { cwd: dir, ignore: false, ignorePatterns: ['a.md'] })).files).toHaveLength(5);
  });

  it('notes an explicitly named ignored file instead of scanning it', async () => {
    const dir = project();
    const r = await scanned(dir, ['drafts/b.md', 'articles/a.md']);
    expect(r.files).toEqual(['articles/a.md']);
    expect(r.notes).toEqual(['drafts/b.md is ignored (.factcheckignore); use --no-ignore to scan it']);
    expect(r.unmatched).toEqual([]);
  });
});

describe('ignore rules and stdin', () => {
  it('a stdin document whose --stdin-filename is ignored is not scanned, with a note', async () => {
    const dir = tempProject({ '.factcheckignore': 'drafts/\n' });
    const { options } = resolveConfig({ cwd: dir });
    const bytes = new TextEncoder().encode(TEXT);
    const ignored = await scan([], { cwd: dir, ...options, stdin: { name: 'drafts/new.md', bytes }, against: [] });
    expect(ignored.documents).toEqual([]);
    expect(ignored.ignored).toEqual(['drafts/new.md']);
    expect(ignored.notes).toEqual(['drafts/new.md (stdin) is ignored (.factcheckignore); use --no-ignore to scan it']);
    const kept = await scan([], { cwd: dir, ...options, stdin: { name: './news/new.md', bytes }, against: [] });
    expect(kept.documents.map((d) => d.file)).toEqual(['news/new.md']);
  });
});

describe('ignore from the command line (real process)', () => {
  it('an ignored file named explicitly gives a note on stderr, no finding, and exit code 0', () => {
    const dir = tempProject({ '.factcheckignore': 'drafts/\n', 'drafts/b.md': TEXT, '.factcheckrc.yaml': 'ignores: ["*.bak.md"]\n', 'x.bak.md': TEXT });
    const r = runCli(['scan', 'drafts/b.md', 'x.bak.md', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.stderr).toBe(
      'factcheck: note: drafts/b.md is ignored (.factcheckignore); use --no-ignore to scan it\n' +
        'factcheck: note: x.bak.md is ignored (config "ignores"); use --no-ignore to scan it\n',
    );
    expect(runCli(['scan', 'drafts/b.md', '--no-ignore', '--format', 'json'], { cwd: dir }).stderr).toBe('');
  });

  it('a missing --ignore-path file is a usage error', () => {
    const dir = tempProject({ 'a.md': TEXT });
    const r = runCli(['scan', 'a.md', '--ignore-path', '.nope'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--ignore-path .nope: cannot read the ignore file');
  });
});
