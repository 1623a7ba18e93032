import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { copyFixture, tempProject } from '../temp-project.js';

const NEW_ARTICLE = `# 英伟达收购Groq？

据知情人士透露，英伟达将以约200亿美元的现金获得Groq推理芯片技术的非独家授权，并吸纳其核心工程团队。

| 项目 | 数值 |
| --- | --- |
| 交易金额 | 约200亿美元 |
| 交易金额 | 约200亿美元 |
`;

interface Report {
  summary: { documents: number };
  findings: { ruleId: string; locations: { file: string; line: number }[] }[];
}

function findingsOf(stdout: string): string[] {
  return (JSON.parse(stdout) as Report).findings.map((f) => `${f.ruleId} ${f.locations.map((l) => `${l.file}:${l.line}`).join(' ')}`);
}

const archive = () => {
  const dir = tempProject({ 'new/2026-01-02-groq.md': NEW_ARTICLE });
  copyFixture('archive', dir, 'articles');
  return dir;
};

describe('checking new articles against an archive (real process)', () => {
  it('--stdin --stdin-filename: the new article is checked against the paths, and only its findings are reported', () => {
    const dir = archive();
    const r = runCli(['scan', '--stdin', '--stdin-filename', 'new.md', 'articles/', '--format', 'json'], { cwd: dir, input: NEW_ARTICLE });
    expect(r.code).toBe(0);
    expect(findingsOf(r.stdout)).toEqual([
      'duplicate-paragraph articles/2025-12-24-nvidia-groq.md:8 articles/2025-12-26-groq-followup.md:8 new.md:3',
      'corroborated articles/2025-12-24-nvidia-groq.md:8 articles/2025-12-26-groq-followup.md:8 new.md:3',
      'duplicate-table-row new.md:8 new.md:7',
    ]);
    expect((JSON.parse(r.stdout) as Report).summary.documents).toBe(1);
  });

  it('stdin named like an archive file replaces that file (an editor buffer)', () => {
    const dir = archive();
    const r = runCli(['scan', '--stdin', '--stdin-filename', 'articles/2025-12-26-groq-followup.md', 'articles/', '--format', 'json'], {
      cwd: dir,
      input: '# Groq交易后续\n\n分析师认为，这笔交易将加强英伟达在推理市场的地位。\n',
    });
    expect(findingsOf(r.stdout)).toEqual([]);
  });

  it('--against: the named files are checked against the archive; archive-only findings are left out', () => {
    const dir = archive();
    const all = findingsOf(runCli(['scan', 'new', 'articles', '--format', 'json'], { cwd: dir }).stdout);
    expect(all.some((f) => f.startsWith('unused-disable-directive articles/'))).toBe(true);
    const r = runCli(['scan', '--changed-only', 'new/2026-01-02-groq.md', '--against', 'articles/', '--format', 'json'], { cwd: dir });
    expect(findingsOf(r.stdout)).toEqual([
      'duplicate-paragraph articles/2025-12-24-nvidia-groq.md:8 articles/2025-12-26-groq-followup.md:8 new/2026-01-02-groq.md:3',
      'corroborated articles/2025-12-24-nvidia-groq.md:8 articles/2025-12-26-groq-followup.md:8 new/2026-01-02-groq.md:3',
      'duplicate-table-row new/2026-01-02-groq.md:8 new/2026-01-02-groq.md:7',
    ]);
    expect(runCli(['scan', 'new/2026-01-02-groq.md', '--against', 'articles/', '--format', 'json'], { cwd: dir }).stdout).toBe(r.stdout);
  });

  it('--changed-only with an empty list of changed files: an empty report, a note, exit code 0', () => {
    const dir = archive();
    const r = runCli(['scan', '--changed-only', '--against', 'articles/', '--format', 'json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('factcheck: note: no changed documents to check\n');
    expect((JSON.parse(r.stdout) as Report).findings).toEqual([]);
  });

  it('usage errors: --changed-only without --against, --stdin with "-", no paths at all', () => {
    const dir = archive();
    for (const args of [['--changed-only', 'new'], ['--stdin', '-'], []]) {
      const r = runCli(['scan', ...args], { cwd: dir, input: '' });
      expect(r.code).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    }
  });
});
