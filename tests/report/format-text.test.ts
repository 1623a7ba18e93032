import { createRequire } from 'node:module';
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { formatTable } from '../../src/report/format-table.js';
import { formatCompact } from '../../src/report/format-compact.js';
import { formatJsonl } from '../../src/report/format-jsonl.js';
import { fixtureReport, finding, location, reportOf } from './report-fixture.js';

describe('compact output', () => {
  it('prints path:line:col: severity message [rule], one finding per line, even for a multi-line message', () => {
    const out = formatCompact(reportOf([finding('warning', [location('a b.md', 12)], { message: 'First line.\n  Second line.' })]));
    expect(out).toBe('a b.md:12:3: warning First line. Second line. [duplicate-paragraph]\n1 finding (0 errors, 1 warning, 0 info) in 0 documents, 0 claims\n');
  });
});

describe('JSON Lines output', () => {
  it('has one finding object per line, in report order, and a summary last', async () => {
    const report = await fixtureReport();
    const lines = formatJsonl(report).trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toHaveLength(report.findings.length + 1);
    expect(lines.slice(0, -1).map((l) => [l.type, l.ruleId, l.fingerprint])).toEqual(report.findings.map((f) => ['finding', f.ruleId, f.fingerprint]));
    expect(lines.at(-1)).toEqual({ type: 'summary', schemaVersion: 1, tool: report.tool, ...report.summary });
    for (const l of lines.slice(0, -1)) expect(l.url).toMatch(/\/docs\/rules\/[a-z-]+\.md$/);
  });

  it('is only the summary line when there is nothing to report', () => {
    const lines = formatJsonl(reportOf([])).split('\n');
    expect(lines).toHaveLength(2);
    expect(JSON.parse(lines[0]!)).toMatchObject({ type: 'summary', findings: { error: 0, warning: 0, info: 0 } });
  });
});

describe('table output', () => {
  it('never hands cli-table3 a whole long cell to measure for each of its lines (cubic in CJK text)', () => {
    const utils = createRequire(import.meta.url)('cli-table3/src/utils.js') as { truncate: (s: string, n: number, c?: string) => string };
    const truncate = utils.truncate;
    let longest = 0;
    utils.truncate = (s, n, c) => {
      longest = Math.max(longest, s.length);
      return truncate(s, n, c);
    };
    try {
      const message = 'Revenue of 英伟达 in 2025财年: 1305亿美元 here, 1350亿美元 in 另一篇文章. '.repeat(30);
      const related = Array.from({ length: 10 }, (_, i) => location(`b${i}.md`, i + 1));
      const out = formatTable(reportOf([finding('error', [location('a.md', 3), ...related], { message })]), new Chalk({ level: 0 }));
      expect(out).toContain('1305亿美元');
      expect(out).toContain('↔ b9.md:10:3');
      // The drawn lines are at most a column wide; the whole message is 1,800 characters.
      expect(longest).toBeLessThan(200);
    } finally {
      utils.truncate = truncate;
    }
  });
});
