import type { Finding, Severity } from '../model/finding.js';
import { compactLine } from './format-compact.js';
import type { Report } from './report.js';
import { plural } from './summary.js';

type Command = 'error' | 'warning' | 'notice';

const COMMAND: Readonly<Record<Severity, Command>> = { error: 'error', warning: 'warning', info: 'notice' };
const ORDER: readonly Severity[] = ['error', 'warning', 'info'];

/** GitHub shows at most this many annotations of each kind per step; the rest are silently dropped. */
export const GITHUB_ANNOTATION_LIMIT = 10;

/**
 * `--format github`: workflow commands that GitHub Actions turns into annotations, errors first.
 * Annotations past GitHub's per-step limit would vanish, so those findings are printed as plain log
 * lines instead, and a closing notice says how many were not annotated.
 */
export function formatGithub(report: Report): string {
  const bySeverity = new Map<Severity, Finding[]>(ORDER.map((s) => [s, []]));
  for (const f of report.findings) bySeverity.get(f.severity)!.push(f);
  const overflows = ORDER.some((s) => bySeverity.get(s)!.length > GITHUB_ANNOTATION_LIMIT);
  // The closing note is a notice itself: keep a place for it among the notices GitHub shows.
  const limit = (s: Severity): number => (overflows && s === 'info' ? GITHUB_ANNOTATION_LIMIT - 1 : GITHUB_ANNOTATION_LIMIT);

  const lines: string[] = [];
  const unshown: Finding[] = [];
  for (const s of ORDER) {
    const list = bySeverity.get(s)!;
    lines.push(...list.slice(0, limit(s)).map(annotation));
    unshown.push(...list.slice(limit(s)));
  }
  if (unshown.length > 0) {
    lines.push(`${plural(unshown.length, 'more finding')} (GitHub annotates at most ${GITHUB_ANNOTATION_LIMIT} of each kind per step):`);
    lines.push(...unshown.map(compactLine));
    lines.push(`::notice title=factcheck::${escapeData(unshownNote(unshown))}`);
  }
  return lines.length > 0 ? lines.join('\n') + '\n' : '';
}

function annotation(f: Finding): string {
  const at = f.locations[0]!;
  const props: [string, string | number][] = [
    ['file', at.file],
    ['line', at.line],
    ['col', at.column],
    ['endLine', at.endLine],
    ['endColumn', at.endColumn],
    ['title', `factcheck(${f.ruleId})`],
  ];
  const body = props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(',');
  return `::${COMMAND[f.severity]} ${body}::${escapeData(messageWithRelated(f))}`;
}

/** The message, then one line per related place, so the annotation names the other file. */
function messageWithRelated(f: Finding): string {
  const related = f.locations.slice(1).map((l) => `↔ ${l.file}:${l.line}:${l.column}${l.label ? ` (${l.label})` : ''}`);
  const listed = f.locations.length - 1;
  if (f.relatedCount !== undefined && f.relatedCount > listed) related.push(`… and ${f.relatedCount - listed} more`);
  return [f.message, ...related].join('\n');
}

function unshownNote(unshown: readonly Finding[]): string {
  const counts = ORDER.map((s) => [s, unshown.filter((f) => f.severity === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => (s === 'info' ? `${n} info` : plural(n, s)));
  return `${plural(unshown.length, 'finding')} (${counts.join(', ')}) not shown as annotations: GitHub shows at most ${GITHUB_ANNOTATION_LIMIT} per kind in a step. They are listed in this step's log; upload --format sarif to code scanning to see them all.`;
}

/** Escapes a command's message, as GitHub's toolkit does: `%`, CR and LF. */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value: as a message, plus `:` and `,`, which end properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
