import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { duplicateTableRow } from '../../../src/check/rules/duplicate-table-row.js';
import { runDocumentRules } from '../../../src/check/run-rules.js';
import { docFrom, ROOT } from '../../helpers.js';

function check(name: string, text: string) {
  return runDocumentRules(docFrom(name, text), [], { rules: [duplicateTableRow] });
}

describe('duplicate-table-row', () => {
  const text = readFileSync(path.join(ROOT, 'fixtures/duplicates/quarterly-table.md'), 'utf8');

  it('reports the repeated row at the repeat, with the first occurrence as related location', () => {
    const findings = check('quarterly-table.md', text);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f).toMatchObject({ ruleId: 'duplicate-table-row', severity: 'warning', message: 'Table row repeats line 12 of the same table.' });
    expect(f!.locations.map((l) => [l.line, l.column, l.endLine, l.text, l.label])).toEqual([
      [14, 1, 14, '| 英伟达 | 180亿美元 | 62% |', undefined],
      [12, 1, 12, '| 英伟达 | 180亿美元 | 62% |', 'first occurrence'],
    ]);
  });

  it('ignores empty rows, the delimiter row, rows of other tables and quoted text', () => {
    const findings = check('quarterly-table.md', text);
    expect(findings.map((f) => f.locations[0]!.line)).toEqual([14]);
  });

  it('compares cells, not spacing', () => {
    const findings = check('t.md', '| a | 1亿 |\n|---|---|\n| b | 2亿 |\n|b|   2亿|\n');
    expect(findings.map((f) => f.locations[0]!.line)).toEqual([4]);
  });

  it('keeps the fingerprint when the table moves down the file', () => {
    const moved = check('quarterly-table.md', text.replace('# 三季度财报速览', '# 三季度财报速览\n\n新增的一段导语。'));
    expect(moved[0]!.locations[0]!.line).toBe(16);
    expect(moved[0]!.fingerprint).toBe(check('quarterly-table.md', text)[0]!.fingerprint);
  });
});
