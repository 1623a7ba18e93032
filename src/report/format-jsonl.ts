import { findingJson } from './format-json.js';
import { findingDocsUrl, SCHEMA_VERSION, type Report } from './report.js';

/**
 * `--format jsonl`: one `{"type":"finding",…}` object per line (the JSON report's finding fields),
 * then one `{"type":"summary",…}` line, so `jq`/`grep` can filter findings without parsing the whole report.
 */
export function formatJsonl(report: Report): string {
  const lines = report.findings.map((f) => JSON.stringify({ type: 'finding', ...findingJson(f, findingDocsUrl(report, f.ruleId)) }));
  lines.push(JSON.stringify({ type: 'summary', schemaVersion: SCHEMA_VERSION, tool: report.tool, ...report.summary }));
  return lines.join('\n') + '\n';
}
