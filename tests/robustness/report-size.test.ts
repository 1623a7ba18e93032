import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import type { DocumentResult } from '../../src/model/result.js';
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { buildReport } from '../../src/report/report.js';

/** A report with `n` warnings on one document, as a hostile file of repeated rows produces. */
function hugeReport(n: number) {
  const document: DocumentResult = { file: 'rows.md', lang: 'zh', encoding: 'utf-8', claims: [], findings: [], blocks: [] };
  const findings: Finding[] = [];
  for (let i = 0; i < n; i++) {
    const at = { file: 'rows.md', line: i + 2, column: 1, endLine: i + 2, endColumn: 12, start: i * 12, end: i * 12 + 11, text: '| 1亿 | 2亿 |' };
    findings.push({
      ruleId: 'duplicate-table-row',
      severity: 'warning',
      message: 'Table row repeats line 1 of the same table.',
      fingerprint: String(i).padStart(32, '0'),
      locations: [at, { ...at, line: 1, start: 0, end: 11, label: 'first occurrence' }],
    });
  }
  return buildReport({ documents: [document], findings });
}

describe('report size: every format handles a report far larger than a real one', () => {
  // More findings than a spread call (`push(...list)`) can pass as arguments. The line-based
  // formats build arrays of lines; json and sarif are one JSON.stringify of mapped arrays.
  it('renders 130,000 findings in the line-based formats without overflowing the stack', () => {
    const report = hugeReport(130_000);
    for (const name of ['compact', 'jsonl', 'github']) {
      const out = REPORT_FORMATS[name]!(report, { chalk: new Chalk({ level: 0 }) });
      expect(out.length).toBeGreaterThan(130_000);
    }
  }, 120_000);

  it('renders a 401-row table in chunks of 200 rows instead of one quadratic layout', () => {
    const out = REPORT_FORMATS.table!(hugeReport(401), { chalk: new Chalk({ level: 0 }) });
    expect(out.match(/Line:Col/g)).toHaveLength(3);
    expect(out).toContain('402:1');
  });
});
