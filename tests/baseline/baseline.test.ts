import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';
import { tempProject } from '../temp-project.js';

const ARTICLE = `---
title: 英伟达与Groq达成技术授权协议
date: 2025-12-24
---

# 英伟达与Groq达成技术授权协议

据知情人士透露，英伟达将以约200亿美元的现金获得Groq推理芯片技术的非独家授权。

| 项目 | 数值 |
| --- | --- |
| 交易金额 | 约200亿美元 |
| 交易金额 | 约200亿美元 |

Groq创立于2016年，其LPU芯片主打低延迟推理。
`;

interface Report {
  findings: { ruleId: string; locations: { line: number }[] }[];
}

function scanJson(dir: string, ...flags: string[]): { code: number; report: Report; stderr: string } {
  const r = runCli(['scan', 'articles', '--format', 'json', ...flags], { cwd: dir });
  return { code: r.code, report: JSON.parse(r.stdout) as Report, stderr: r.stderr };
}

function edit(dir: string, change: (text: string) => string): void {
  const file = path.join(dir, 'articles', 'a.md');
  writeFileSync(file, change(readFileSync(file, 'utf8')));
}

describe('baseline (bulk suppressions, real process)', () => {
  it('round trip: suppress, edit elsewhere (still suppressed), change the figure (reported again)', () => {
    const dir = tempProject({ 'articles/a.md': ARTICLE });
    expect(scanJson(dir).report.findings.map((f) => f.ruleId)).toEqual(['duplicate-table-row']);

    const suppressed = scanJson(dir, '--suppress-all');
    expect(suppressed.code).toBe(0);
    expect(suppressed.report.findings).toEqual([]);
    const file = JSON.parse(readFileSync(path.join(dir, 'factcheck-suppressions.json'), 'utf8'));
    expect(Object.keys(file.suppressions)).toEqual(['articles/a.md']);
    expect(Object.values(file.suppressions['articles/a.md'])).toEqual([{ rule: 'duplicate-table-row', count: 1 }]);

    // Lines added above move the finding: a line-keyed baseline would resurrect it.
    edit(dir, (t) => t.replace('# 英伟达与Groq达成技术授权协议\n', '# 英伟达与Groq达成技术授权协议\n\n编者按：本文已更新。\n\n另据报道，交易预计明年完成。\n'));
    const moved = scanJson(dir);
    expect(moved.report.findings).toEqual([]);
    expect(moved.code).toBe(0);

    // The repeated row now states a different figure: a new finding, reported again.
    edit(dir, (t) => t.replaceAll('| 交易金额 | 约200亿美元 |', '| 交易金额 | 约250亿美元 |'));
    const changed = scanJson(dir, '--pass-on-unpruned-suppressions');
    expect(changed.report.findings.map((f) => `${f.ruleId}:${f.locations[0]!.line}`)).toEqual(['duplicate-table-row:17']);
  });

  it('stale suppressions: exit 2 with a message, unless --pass-on-unpruned-suppressions; --prune-suppressions removes them', () => {
    const dir = tempProject({ 'articles/a.md': ARTICLE });
    scanJson(dir, '--suppress-all');
    edit(dir, (t) => t.replace('| 交易金额 | 约200亿美元 |\n| 交易金额', '| 交易金额 | 约200亿美元 |\n| 员工人数'));
    const stale = scanJson(dir);
    expect(stale.code).toBe(2);
    expect(stale.report.findings).toEqual([]);
    expect(stale.stderr).toBe(
      'factcheck: 1 suppression in factcheck-suppressions.json no longer matches a finding; remove it with --prune-suppressions, or pass --pass-on-unpruned-suppressions\n',
    );
    expect(scanJson(dir, '--pass-on-unpruned-suppressions').code).toBe(0);
    const pruned = scanJson(dir, '--prune-suppressions');
    expect(pruned.code).toBe(0);
    expect(pruned.stderr).toContain('removed 1 stale suppression from factcheck-suppressions.json');
    expect(JSON.parse(readFileSync(path.join(dir, 'factcheck-suppressions.json'), 'utf8'))).toEqual({ version: 1, suppressions: {} });
    expect(scanJson(dir).code).toBe(0);
  });

  it('--suppress-rule records only that rule; --suppressions-location moves the file', () => {
    const dir = tempProject({ 'articles/a.md': ARTICLE + '\n<!-- factcheck-disable-line -->\n' });
    const r = scanJson(dir, '--suppress-rule', 'unused-disable-directive', '--suppressions-location', 'ci/baseline.json');
    expect(r.report.findings.map((f) => f.ruleId)).toEqual(['duplicate-table-row']);
    const file = JSON.parse(readFileSync(path.join(dir, 'ci', 'baseline.json'), 'utf8'));
    expect(Object.values(file.suppressions['articles/a.md']).map((e) => (e as { rule: string }).rule)).toEqual(['unused-disable-directive']);
  });

  it('a malformed suppressions file or an unknown --suppress-rule is a usage error', () => {
    const dir = tempProject({ 'articles/a.md': ARTICLE, 'factcheck-suppressions.json': '{"version": 2}' });
    const bad = runCli(['scan', 'articles'], { cwd: dir });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('factcheck: factcheck-suppressions.json: unsupported "version" 2 (expected 1)\n');
    const rule = runCli(['scan', 'articles', '--suppress-rule', 'nope', '--suppressions-location', 'x.json'], { cwd: dir });
    expect(rule.code).toBe(2);
    expect(rule.stderr).toContain('unknown rule "nope"');
  });
});
