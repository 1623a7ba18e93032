import { describe, expect, it } from 'vitest';
import { withComparedClaims } from '../../src/check/crosscheck/compared-claims.js';
import { scan } from '../../src/pipeline/scan.js';
import { runCli } from '../helpers.js';
import { tempProject } from '../temp-project.js';
import { analyse } from '../check/crosscheck-helpers.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { RULES } from '../../src/check/rules/index.js';
import { ROOT } from '../helpers.js';
import path from 'node:path';

const ENGLISH = [
  'Nvidia reported third-quarter 2025 revenue of $57 billion.',
  'The market grew 12% last year, and about 300 people attended the launch on December 2.',
].join('\n\n');

describe('withComparedClaims: what a scan that only reports findings keeps of a document', () => {
  it('keeps the claims compared across documents and counts all of them', () => {
    const whole = analyse('news.md', ENGLISH);
    const kept = withComparedClaims(whole);
    expect(whole.claims.length).toBeGreaterThan(kept.claims.length);
    expect(kept.claimCount).toBe(whole.claims.length);
    expect(kept.claims.map((c) => c.text)).toEqual(['$57 billion']);
    expect(kept.claims[0]).toBe(whole.claims[0]);
  });

  it('drops the unread numerals, which only the alignment of a translation reads', () => {
    const whole = analyse('news.md', `${ENGLISH}\n\nThe H20 sells in 3 sizes.`);
    expect(Object.keys(whole.unreadNumerals ?? {})).not.toHaveLength(0);
    expect(withComparedClaims(whole).unreadNumerals).toBeUndefined();
  });

  it('is what analyzeSource gives with keepClaims: compared, which skips the unread numerals of a document that cannot be a translation', () => {
    for (const [name, text] of [
      ['news.md', ENGLISH],
      ['news.en.md', ENGLISH],
      ['mixed.md', `${ENGLISH}\n\n英伟达2025年第三季度营收为570亿美元。\n\n市场去年增长了12%，约300人出席了12月2日的发布会。`],
    ] as const) {
      const source = sourceFromBytes(name, new TextEncoder().encode(text));
      const direct = analyzeSource(source, { rules: RULES, keepClaims: 'compared' });
      expect(withComparedClaims(direct), name).toEqual(withComparedClaims(analyse(name, text)));
      expect(direct.unreadNumerals === undefined, name).toBe(name === 'news.md');
    }
  });

  it('keeps every claim of a document that may be a translation or holds two languages', () => {
    for (const doc of [
      analyse('news.en.md', ENGLISH),
      analyse('news.md', `---\ntranslation: other.md\n---\n\n${ENGLISH}`),
      analyse('news.md', `${ENGLISH}\n\n英伟达2025年第三季度营收为570亿美元。\n\n市场去年增长了12%，约300人出席了12月2日的发布会。`),
    ]) {
      expect(withComparedClaims(doc)).toBe(doc);
    }
  });
});

describe('scan with keepClaims: compared', () => {
  // Only the Chinese side names its translation; the English side looks like any article, so its
  // uncompared claims are dropped at first and must come back for the translation check.
  const dir = tempProject({
    'cn/report.md': '---\ntranslation: ../en/report.md\n---\n\n公司第三季度营收为2400亿元，员工约3万人。\n',
    'en/report.md': 'Third-quarter revenue was $240 billion, and the company has about 30,000 staff.\n',
    'other/note.md': ENGLISH,
  });

  it('reports exactly what a scan keeping every claim reports, and counts the same claims', async () => {
    const all = await scan(['.'], { cwd: dir });
    const compared = await scan(['.'], { cwd: dir, keepClaims: 'compared' });
    expect(all.findings.map((f) => f.ruleId)).toContain('translation-mismatch');
    expect(compared.findings).toEqual(all.findings);
    const counts = (r: typeof all) => r.documents.map((d) => [d.file, d.claimCount ?? d.claims.length]);
    expect(counts(compared)).toEqual(counts(all));
    const byFile = new Map(compared.documents.map((d) => [d.file, d]));
    expect(byFile.get('en/report.md')!.claimCount).toBeUndefined();
    expect(byFile.get('en/report.md')!.claims).toHaveLength(all.documents.find((d) => d.file === 'en/report.md')!.claims.length);
    expect(byFile.get('other/note.md')!.claimCount).toBeGreaterThan(byFile.get('other/note.md')!.claims.length);
  });

  it('is what the CLI scan does: the JSON report counts every claim the claims command lists', () => {
    const report = JSON.parse(runCli(['scan', '.', '--format', 'json'], { cwd: dir }).stdout) as { summary: { claims: number }; findings: { ruleId: string }[] };
    const listed = JSON.parse(runCli(['claims', '.', '--format', 'json'], { cwd: dir }).stdout) as { claims: unknown[] };
    expect(report.summary.claims).toBe(listed.claims.length);
    expect(report.findings.map((f) => f.ruleId)).toContain('translation-mismatch');
  });

  it('reports the same with a cache, which keeps whole analyses, written and then read', () => {
    const plain = runCli(['scan', '.', '--format', 'json'], { cwd: dir }).stdout;
    for (let run = 0; run < 2; run++) {
      expect(runCli(['scan', '.', '--format', 'json', '--cache', '--cache-location', '.fc-cache'], { cwd: dir }).stdout).toBe(plain);
    }
  });
});

describe('scan with keepClaims: compared, of outlets that name one company in two languages with no name in common', () => {
  // 沃垣储能 and Wohuan Energy Storage are tied by the figures their articles share, among them
  // figures no check compares (`40GWh`, `100GWh`): a scan that keeps only compared claims must
  // tie them as one that keeps every claim does.
  const dir = path.join(ROOT, 'fixtures/outlets/wohuan');

  it('reports the same findings, the English wire’s 亿/billion slip among them', async () => {
    const all = await scan(['.'], { cwd: dir });
    const compared = await scan(['.'], { cwd: dir, keepClaims: 'compared' });
    const slips = all.findings.filter((f) => f.ruleId === 'magnitude-slip').map((f) => `${f.locations[0]!.file}:${f.locations[0]!.line} ${f.locations[0]!.text}`);
    expect(slips).toEqual(['asia-power-wire.txt:11 12.7 billion yuan']);
    expect(compared.findings).toEqual(all.findings);
    expect(compared.documents.find((d) => d.file === 'chuneng-qianshao.md')!.story?.company).toBe('沃垣');
  });
});
