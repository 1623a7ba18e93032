import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { Claim } from '../model/claim.js';
import type { Finding, Severity } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import { findingDocsUrl, type Report } from './report.js';
import { summaryText } from './summary.js';
import { skipCellDebugPreview } from './table-cell-patch.js';

skipCellDebugPreview();

/** `--format table`: one table per file, severity coloured, then a summary line. */
export function formatTable(report: Report, chalk: ChalkInstance): string {
  const paint: Record<Severity, (s: string) => string> = { error: chalk.red, warning: chalk.yellow, info: chalk.blue };
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const file = f.locations[0]!.file;
    const list = byFile.get(file);
    if (list) list.push(f);
    else byFile.set(file, [f]);
  }
  const parts: string[] = [];
  for (const [file, findings] of byFile) {
    const rows: string[][] = [];
    for (const f of findings) {
      const at = f.locations[0]!;
      const related = f.locations.slice(1).map((l) => chalk.dim(`  ↔ ${l.file}:${l.line}:${l.column}${l.label ? ` (${l.label})` : ''}`));
      if (f.relatedCount !== undefined && f.relatedCount > f.locations.length - 1) {
        related.push(chalk.dim(`  … and ${f.relatedCount - (f.locations.length - 1)} more`));
      }
      rows.push([`${at.line}:${at.column}`, paint[f.severity](f.severity), [f.message, ...related].join('\n'), chalk.dim(f.ruleId)]);
    }
    parts.push(chalk.underline(file), renderTable(chalk, ['Line:Col', 'Severity', 'Finding', 'Rule'], rows), '');
  }
  parts.push(summaryLine(report, chalk, paint), ...docsFooter(report, chalk));
  return parts.join('\n') + '\n';
}

function summaryLine(report: Report, chalk: ChalkInstance, paint: Record<Severity, (s: string) => string>): string {
  const { findings } = report.summary;
  const mark = findings.error > 0 ? chalk.red('✖') : findings.warning > 0 ? chalk.yellow('⚠') : chalk.green('✔');
  return `${mark} ${summaryText(report, paint)}`;
}

/** One docs link per rule that has findings: where to read why it fired and what to do. */
function docsFooter(report: Report, chalk: ChalkInstance): string[] {
  const ids = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  if (ids.length === 0) return [];
  const width = Math.max(...ids.map((id) => id.length));
  return ['', chalk.dim('Rule docs:'), ...ids.map((id) => chalk.dim(`  ${id.padEnd(width)}  ${findingDocsUrl(report, id)}`))];
}

/** `factcheck claims --format table`: one row per claim. */
export function formatClaimsTable(documents: readonly DocumentResult[], chalk: ChalkInstance): string {
  const parts: string[] = [];
  let total = 0;
  for (const doc of documents) {
    if (doc.claims.length === 0) continue;
    const rows = doc.claims.map((c) => [`${c.line}:${c.column}`, c.text, c.kind, describeValue(c), c.qualifier, subjectCell(c, chalk)]);
    parts.push(chalk.underline(doc.file), renderTable(chalk, ['Line:Col', 'Text', 'Kind', 'Value', 'Qualifier', 'Subject'], rows), '');
    total += doc.claims.length;
  }
  parts.push(`${total} claim${total === 1 ? '' : 's'} in ${documents.length} document${documents.length === 1 ? '' : 's'}`);
  return parts.join('\n') + '\n';
}

/**
 * A claim's subject; a company found in the text rather than in the alias table says so (its
 * conflicts are info), and so does one only guessed for a sentence that names no one.
 */
function subjectCell(c: Claim, chalk: ChalkInstance): string {
  if (!c.subject) return '';
  if (c.subject.guessed) return `${c.subject.label} ${chalk.dim('(guessed)')}`;
  return c.subject.inferred ? `${c.subject.label} ${chalk.dim('(inferred)')}` : c.subject.label;
}

/** A claim's normalised value as people read it: `2e9 USD`, `33.33 %`, `2025-12-15`. */
export function describeValue(c: Claim): string {
  if (c.date) return c.date;
  const unit = c.currency ?? (c.kind === 'percent' ? (c.unit === 'pp' ? 'pp' : '%') : c.kind === 'ratio' ? '×' : c.unit);
  const v = c.value !== null ? formatNumber(c.value) : c.min !== undefined ? `${formatNumber(c.min)}–${formatNumber(c.max!)}` : '?';
  return unit ? `${v} ${unit}` : v;
}

export function formatNumber(v: number): string {
  if (Math.abs(v) >= 1e6) return v.toExponential().replace(/\.?0+e/, 'e').replace('e+', 'e');
  return String(Number(v.toPrecision(10)));
}

/**
 * cli-table3 lays a table out in time quadratic in its row count (every cell is checked against
 * every earlier row for spans), so a file with 100,000 claims would hang the terminal output.
 * Long tables are therefore printed as consecutive tables of at most this many rows.
 */
const MAX_ROWS_PER_TABLE = 200;

function renderTable(chalk: ChalkInstance, head: string[], rows: readonly string[][]): string {
  const out: string[] = [];
  for (let i = 0; i < rows.length || i === 0; i += MAX_ROWS_PER_TABLE) {
    const table = newTable(chalk, head);
    for (const row of rows.slice(i, i + MAX_ROWS_PER_TABLE)) table.push(row);
    out.push(table.toString());
  }
  return out.join('\n');
}

function newTable(chalk: ChalkInstance, head: string[]): Table.Table {
  // cli-table3 paints heads red and borders grey unless told otherwise; colour is ours to decide.
  return new Table({ head: head.map((h) => chalk.bold(h)), style: { head: [], border: [] }, wordWrap: true, colWidths: widthsFor(head.length) });
}

function widthsFor(columns: number): (number | null)[] {
  return columns === 4 ? [10, 10, 70, 24] : [];
}
