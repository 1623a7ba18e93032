import { claimPlace } from '../check/locate.js';
import type { Claim } from '../model/claim.js';
import { claimId } from '../extract/claim-id.js';
import type { Finding, Location } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import { joinChunks, prettyJsonChunks, StreamedArray } from './json-chunks.js';
import { findingDocsUrl, SCHEMA_VERSION, type Report } from './report.js';

/** `--format json` for `scan`: the contract documented in docs/json-output.md. */
export function formatJson(report: Report): string {
  return joinChunks(formatJsonChunks(report));
}

/** `formatJson` in pieces, one document or finding at a time: what the CLI writes. */
export function* formatJsonChunks(report: Report): Generator<string> {
  yield* prettyJsonChunks({
    schemaVersion: SCHEMA_VERSION,
    tool: report.tool,
    summary: report.summary,
    documents: new StreamedArray(report.documents),
    findings: new StreamedArray(mapItems(report.findings, (f) => findingJson(f, findingDocsUrl(report, f.ruleId)))),
  });
  yield '\n';
}

/** A finding with a fixed key order, so output is byte-stable; `url` is its rule's docs page. */
export function findingJson(f: Finding, url?: string): Record<string, unknown> {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    fingerprint: f.fingerprint,
    ...(f.subject !== undefined ? { subject: f.subject } : {}),
    ...(f.cause !== undefined ? { cause: f.cause } : {}),
    locations: f.locations.map(locationJson),
    ...(f.relatedCount !== undefined ? { relatedCount: f.relatedCount } : {}),
    ...(url !== undefined ? { url } : {}),
  };
}

function locationJson(l: Location): Record<string, unknown> {
  return {
    file: l.file,
    line: l.line,
    column: l.column,
    endLine: l.endLine,
    endColumn: l.endColumn,
    start: l.start,
    end: l.end,
    text: l.text,
    ...(l.value !== undefined ? { value: l.value } : {}),
    ...(l.unit !== undefined ? { unit: l.unit } : {}),
    ...(l.label !== undefined ? { label: l.label } : {}),
  };
}

/** `factcheck claims --format json`. */
export function formatClaimsJson(documents: readonly DocumentResult[]): string {
  return joinChunks(formatClaimsJsonChunks(documents));
}

/** `formatClaimsJson` in pieces, one claim at a time. */
export function* formatClaimsJsonChunks(documents: readonly DocumentResult[]): Generator<string> {
  yield* prettyJsonChunks({ schemaVersion: SCHEMA_VERSION, claims: new StreamedArray(allClaims(documents)) });
  yield '\n';
}

function* allClaims(documents: readonly DocumentResult[]): Generator<Record<string, unknown>> {
  for (const d of documents) for (const c of d.claims) yield claimJson(c);
}

function* mapItems<T, U>(items: readonly T[], f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}

/** A claim with a fixed key order. */
export function claimJson(c: Claim): Record<string, unknown> {
  return {
    id: claimId(c),
    ...claimPlace(c),
    lang: c.lang,
    kind: c.kind,
    value: c.value,
    ...(c.min !== undefined ? { min: c.min, max: c.max } : {}),
    ...(c.unit !== undefined ? { unit: c.unit } : {}),
    ...(c.currency !== undefined ? { currency: c.currency } : {}),
    ...(c.date !== undefined ? { date: c.date } : {}),
    qualifier: c.qualifier,
    ...(c.shareOf !== undefined ? { shareOf: c.shareOf } : {}),
    ...(c.subject !== undefined ? { subject: c.subject.id } : {}),
    ...(c.subject?.inferred ? { subjectInferred: true } : {}),
    ...(c.subject?.guessed ? { subjectGuessed: true } : {}),
    ...(c.attribute !== undefined ? { attribute: c.attribute } : {}),
    ...(c.period !== undefined ? { period: c.period } : {}),
  };
}
