import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossCheck } from '../../src/check/crosscheck/cross-check.js';
import { checkDocuments, referenceFacts, scan } from '../../src/pipeline/scan.js';
import type { DocumentResult } from '../../src/model/result.js';
import { copyFixture, tempProject } from '../temp-project.js';

/**
 * Every kind of cross-document finding at once: a translation pair with a mismatch, a bilingual
 * article, conflicts with reference figures, an archive with suppressions (one unused), copies.
 */
async function fixtureCorpus(): Promise<DocumentResult[]> {
  const dir = tempProject({});
  for (const name of ['crosscheck', 'archive', 'duplicates']) copyFixture(name, dir);
  const { documents } = await scan(['crosscheck', 'archive', 'duplicates'], { cwd: dir, crossCheck: false });
  return [...documents, ...(await referenceFacts({ facts: path.join(dir, 'crosscheck', 'facts.yaml') }, dir))];
}

const touching = (findings: ReturnType<typeof checkDocuments>, focus: ReadonlySet<string>) =>
  findings.filter((f) => f.locations.some((l) => focus.has(l.file)));

describe('checks focused on some files (--against, --stdin)', () => {
  it('report exactly the findings of a full check that touch those files', async () => {
    const documents = await fixtureCorpus();
    const all = checkDocuments(documents);
    expect(new Set(all.map((f) => f.ruleId))).toEqual(
      new Set(['duplicate-paragraph', 'duplicate-table-row', 'corroborated', 'magnitude-slip', 'currency-mismatch', 'conflicting-figure', 'translation-mismatch', 'unused-disable-directive']),
    );
    const focuses = [
      ...documents.map((d) => [d.file]),
      ['crosscheck/conflicts/deal-brief.md', 'crosscheck/pair/groq-deal.en.md'],
      ['archive/2025-12-30-year-review.txt', 'duplicates/copied-b.txt', 'crosscheck/bilingual-nemotron.md'],
    ];
    for (const files of focuses) {
      const focus = new Set(files);
      expect(checkDocuments(documents, { focus }), files.join(', ')).toEqual(touching(all, focus));
    }
  });

  it('compare only the groups and translations that concern them', async () => {
    const documents = await fixtureCorpus();
    expect(crossCheck(documents).get('translation-mismatch')).toHaveLength(1);
    // Alibaba's quarter shares no figure with the Groq deal's translation: that pair is not aligned.
    const focused = crossCheck(documents, new Set(['crosscheck/conflicts/alibaba-quarter.md']));
    expect(focused.get('translation-mismatch')).toBeUndefined();
    // Its revenue group only: its currency slip, and the other class of the group, which agrees.
    const reports = (r: ReturnType<typeof crossCheck>) => [...r].flatMap(([rule, list]) => list.map((x) => `${rule} ${x.locations.map((l) => l.file).join(' ')}`));
    expect(reports(focused)).toEqual([
      'currency-mismatch crosscheck/conflicts/alibaba-quarter.md crosscheck/conflicts/alibaba-results.md crosscheck/conflicts/deal-analysis.md',
      'corroborated crosscheck/conflicts/alibaba-results.md crosscheck/conflicts/deal-analysis.md',
    ]);
    expect(reports(crossCheck(documents)).length).toBeGreaterThan(8);
  });
});
