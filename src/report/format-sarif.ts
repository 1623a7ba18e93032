import type { Finding, Location, Severity } from '../model/finding.js';
import type { Report } from './report.js';
import { HOMEPAGE_URL } from './rule-docs.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
/** Paths in the report are relative to the directory factcheck ran in; SARIF consumers resolve them against it. */
const SRCROOT = '%SRCROOT%';
/** Names the fingerprint scheme, so a future change of scheme cannot be mistaken for moved findings. */
const FINGERPRINT_KEY = 'factcheck/v1';

const LEVEL: Readonly<Record<Severity, 'error' | 'warning' | 'note'>> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * `--format sarif`: a SARIF 2.1.0 log for code-scanning tools. Every result has a physical location
 * (GitHub rejects a whole upload otherwise): the claim at fault is `locations[0]`, the places it
 * contradicts or repeats are `relatedLocations`. Fingerprints come from content, never from lines.
 */
export function formatSarif(report: Report): string {
  const ruleIndex = new Map(report.rules.map((r, i) => [r.id, i]));
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: HOMEPAGE_URL,
            rules: report.rules.map((r) => ({
              id: r.id,
              name: ruleName(r.id),
              shortDescription: { text: r.description },
              helpUri: r.url,
              help: { text: `${r.description} See ${r.url}` },
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
            })),
          },
        },
        originalUriBaseIds: { [SRCROOT]: { description: { text: 'The directory factcheck was run in; every path is relative to it.' } } },
        columnKind: 'utf16CodeUnits',
        results: report.findings.map((f) => result(f, ruleIndex.get(f.ruleId))),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function result(f: Finding, ruleIndex: number | undefined): Record<string, unknown> {
  const [primary, ...related] = f.locations;
  if (!primary) throw new Error(`finding ${f.ruleId} (${f.fingerprint}) has no location`);
  const more = f.relatedCount !== undefined ? f.relatedCount - related.length : 0;
  return {
    ruleId: f.ruleId,
    ...(ruleIndex !== undefined ? { ruleIndex } : {}),
    level: LEVEL[f.severity],
    message: { text: messageText(f.message, related, more) },
    locations: [{ physicalLocation: physicalLocation(primary) }],
    ...(related.length > 0
      ? { relatedLocations: related.map((l, i) => ({ id: i + 1, physicalLocation: physicalLocation(l), message: { text: relatedText(l) } })) }
      : {}),
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    ...(f.subject !== undefined || f.cause !== undefined
      ? { properties: { ...(f.subject !== undefined ? { subject: f.subject } : {}), ...(f.cause !== undefined ? { cause: f.cause } : {}) } }
      : {}),
  };
}

function physicalLocation(l: Location): Record<string, unknown> {
  return {
    artifactLocation: { uri: relativeUri(l.file), uriBaseId: SRCROOT },
    region: {
      startLine: l.line,
      startColumn: l.column,
      endLine: l.endLine,
      endColumn: l.endColumn,
      ...(l.text ? { snippet: { text: l.text } } : {}),
    },
  };
}

/**
 * The message, then an embedded link to each related location: GitHub code scanning shows related
 * locations only when the message links them. Literal brackets are escaped so they do not read as links.
 */
function messageText(message: string, related: readonly Location[], more: number): string {
  if (related.length === 0) return escapeBrackets(message);
  const links = related.map((l, i) => `[${escapeBrackets(`${l.file}:${l.line}${l.label ? ` (${l.label})` : ''}`)}](${i + 1})`);
  const rest = more > 0 ? ` and ${more} more` : '';
  return `${escapeBrackets(message)} See ${links.join(', ')}${rest}.`;
}

function escapeBrackets(text: string): string {
  return text.replace(/\\(?=[[\]])/g, '\\\\').replace(/[[\]]/g, '\\$&');
}

/** What a related place says: its label ("first occurrence", "states 2.0e9 USD") or else its text. */
function relatedText(l: Location): string {
  return l.label ?? (l.text || `${l.file}:${l.line}`);
}

/**
 * A relative URI reference for a POSIX path: each segment percent-encoded, so spaces, `#`, `?`, `%`
 * and a `:` in the first segment (which would read as a scheme) survive.
 */
export function relativeUri(file: string): string {
  return file.split('/').map(encodeURIComponent).join('/');
}

/** `duplicate-table-row` → `DuplicateTableRow`: SARIF's readable rule name. */
function ruleName(id: string): string {
  return id.replace(/(^|-)([a-z0-9])/g, (_m, _dash: string, c: string) => c.toUpperCase());
}
