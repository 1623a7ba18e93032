import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';

// What the sample articles must come out as (issue: subjects and cross-checking).
describe('cross-checking the seeds', async () => {
  const { findings, documents } = await scan(['seeds/']);
  const claims = documents.flatMap((d) => d.claims);

  it('finds no conflict anywhere in the seeds, and still the repeated table row of 000', () => {
    expect(findings.filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.locations[0]!.file, f.locations[0]!.line])).toEqual([
      ['duplicate-table-row', 'seeds/000_d5714ceddf0fc169.txt', 95],
    ]);
  });

  it('corroborates Nemotron 3 Nano/Super/Ultra = 30B/100B/500B, and the family\'s release on December 15, 2025, between the halves of 001', () => {
    const corroborated = findings.filter((f) => f.ruleId === 'corroborated' && f.locations[0]!.file.includes('001_'));
    const bySubject = Object.fromEntries(corroborated.map((f) => [f.subject, f.locations.map((l) => l.value)]));
    expect(bySubject).toEqual({
      // `2025 年 12 月 15 日，英伟达发布…`: the day the sentence opens with is the release's.
      'nemotron-3': ['2025-12-15', '2025-12-15'],
      'nemotron-3-nano': [3e10, 3e10],
      'nemotron-3-super': [1e11, 1e11],
      'nemotron-3-ultra': [5e11, 5e11],
    });
  });

  it('keeps the xAI investment of 004 and the Groq deal of 002 apart', () => {
    const groq = claims.find((c) => c.file.includes('002_') && c.text === '约200亿美元')!;
    expect(groq.subject?.id).toBe('groq+nvidia');
    const keys = new Set(claims.filter((c) => c.file.includes('004_') && c.kind === 'money').map((c) => `${c.subject?.id}|${c.attribute}`));
    expect(keys.has(`${groq.subject!.id}|${groq.attribute}`)).toBe(false);
  });
});
