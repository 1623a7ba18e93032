import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import AjvDraft04 from 'ajv-draft-04';
import { describe, expect, it } from 'vitest';
import { formatSarif, relativeUri } from '../../src/report/format-sarif.js';
import type { Report } from '../../src/report/report.js';
import { finding, fixtureReport, location, reportOf } from './report-fixture.js';

// The official SARIF 2.1.0 schema (draft-04), as shipped by Microsoft's @microsoft/jest-sarif package.
const require = createRequire(import.meta.url);
const SCHEMA_PATH = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
// The schema's `language` pattern is not valid with the `u` flag; ajv's formats plug-in is not a
// dependency, so the three formats the schema uses are checked here.
const ajv = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false });
ajv.addFormat('uri', (s: string) => URL.canParse(s));
ajv.addFormat('uri-reference', (s: string) => /^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/.test(s));
ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
const validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')));

interface SarifRegion { startLine: number; startColumn: number; endLine: number; endColumn: number }
interface SarifPhysical { artifactLocation: { uri: string; uriBaseId: string }; region: SarifRegion }
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: SarifPhysical }[];
  relatedLocations?: { id: number; physicalLocation: SarifPhysical; message: { text: string } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifLog {
  version: string;
  runs: { tool: { driver: { rules: { id: string; helpUri: string }[] } }; columnKind: string; originalUriBaseIds: object; results: SarifResult[] }[];
}

function sarifOf(report: Report): SarifLog {
  const log = JSON.parse(formatSarif(report)) as SarifLog;
  if (!validate(log)) throw new Error(`invalid SARIF: ${JSON.stringify(validate.errors, null, 2)}`);
  return log;
}

describe('SARIF output', () => {
  it('validates against the SARIF 2.1.0 schema for a real scan', async () => {
    const log = sarifOf(await fixtureReport());
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0]!.results.length).toBe(7);
  });

  it('validates when there are no findings, and still has a results array', () => {
    const log = sarifOf(reportOf([]));
    expect(log.runs[0]!.results).toEqual([]);
  });

  it('catches an invalid log (the validator is live)', () => {
    expect(validate({ version: '2.1.0', runs: [{ results: [] }] })).toBe(false);
    const log = JSON.parse(formatSarif(reportOf([finding('warning', [location('a.md', 1)])]))) as SarifLog;
    expect(validate(log)).toBe(true);
    log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri = 'a b.md';
    expect(validate(log)).toBe(false);
  });

  it('lists every rule with a version-pinned docs helpUri, and results point into that list', async () => {
    const run = sarifOf(await fixtureReport()).runs[0]!;
    for (const rule of run.tool.driver.rules) {
      expect(rule.helpUri).toMatch(new RegExp(`^https://github\\.com/factcheck-dev/factcheck/blob/v\\d+\\.\\d+\\.\\d+.*/docs/rules/${rule.id}\\.md$`));
    }
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('gives every result a physical location, relative to %SRCROOT%, with columns in UTF-16 code units', async () => {
    const run = sarifOf(await fixtureReport()).runs[0]!;
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds).toHaveProperty('%SRCROOT%');
    for (const r of run.results) {
      expect(r.locations).toHaveLength(1);
      const { artifactLocation, region } = r.locations[0]!.physicalLocation;
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation.uri).not.toMatch(/^\/|^file:/);
      expect(region.startLine).toBeGreaterThanOrEqual(1);
    }
  });

  it('puts the other sides of a finding in relatedLocations with ids and message text, and maps severities', () => {
    const report = reportOf([
      finding('error', [location('a.md', 3), location('b.md', 7, { label: 'states 2.0e10 USD' }), location('c.md', 9, { label: 'states 2.0e9 USD' })], {
        relatedCount: 5,
      }),
      finding('info', [location('a.md', 4)]),
    ]);
    const [conflict, note] = sarifOf(report).runs[0]!.results;
    expect(conflict!.level).toBe('error');
    expect(conflict!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('a.md');
    expect(conflict!.relatedLocations!.map((l) => [l.id, l.physicalLocation.artifactLocation.uri, l.physicalLocation.region.startLine, l.message.text])).toEqual([
      [1, 'b.md', 7, 'states 2.0e10 USD'],
      [2, 'c.md', 9, 'states 2.0e9 USD'],
    ]);
    // GitHub shows related locations only when the message links them by id.
    expect(conflict!.message.text).toBe(`${report.findings[0]!.message} See [b.md:7 (states 2.0e10 USD)](1), [c.md:9 (states 2.0e9 USD)](2) and 3 more.`);
    expect(note!.level).toBe('note');
    expect(note).not.toHaveProperty('relatedLocations');
  });

  it('escapes literal brackets in messages so they do not read as embedded links', () => {
    const f = finding('warning', [location('a.md', 3), location('b [draft].md', 4)], { message: 'Figure [1] differs from C:\\[x].' });
    expect(sarifOf(reportOf([f])).runs[0]!.results[0]!.message.text).toBe('Figure \\[1\\] differs from C:\\\\\\[x\\]. See [b \\[draft\\].md:4](1).');
    const alone = finding('info', [location('a.md', 1)], { message: 'No [link] here.' });
    expect(sarifOf(reportOf([alone])).runs[0]!.results[0]!.message.text).toBe('No \\[link\\] here.');
  });

  it('fingerprints by content: moving a finding to another line keeps its partialFingerprints', () => {
    const before = finding('warning', [location('a.md', 3)]);
    const after = { ...before, locations: [location('a.md', 30)] };
    const fp = (f: typeof before) => sarifOf(reportOf([f])).runs[0]!.results[0]!.partialFingerprints;
    expect(fp(after)).toEqual(fp(before));
    expect(fp(before)).toEqual({ 'factcheck/v1': before.fingerprint });
  });

  it('percent-encodes paths into valid relative URI references', () => {
    expect(relativeUri('articles/2025 report #1.md')).toBe('articles/2025%20report%20%231.md');
    expect(relativeUri('c:odd/50%,x?.md')).toBe('c%3Aodd/50%25%2Cx%3F.md');
    expect(relativeUri('新闻/报道.md')).toBe('%E6%96%B0%E9%97%BB/%E6%8A%A5%E9%81%93.md');
    expect(relativeUri('../shared/a.md')).toBe('../shared/a.md');
    const log = sarifOf(reportOf([finding('warning', [location('新闻/2025 report, 50%: #1.md', 2)])]));
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('%E6%96%B0%E9%97%BB/2025%20report%2C%2050%25%3A%20%231.md');
  });
});
