import type { Finding } from '../model/finding.js';
import type { Report } from './report.js';
import { summaryText } from './summary.js';

/**
 * `--format compact`: `path:line:col: severity message [rule]`, one finding per line (grep- and
 * problem-matcher-friendly), then the summary line.
 */
export function formatCompact(report: Report): string {
  const lines = report.findings.map(compactLine);
  lines.push(summaryText(report));
  return lines.join('\n') + '\n';
}

/** `path:line:col: severity message [rule]` for one finding. */
export function compactLine(f: Finding): string {
  const at = f.locations[0]!;
  return `${at.file}:${at.line}:${at.column}: ${f.severity} ${oneLine(f.message)} [${f.ruleId}]`;
}

/** A message on one line, so every line of the output is one finding. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}
