import path from 'node:path';
import type { Finding, Location, Severity } from '../../src/model/finding.js';
import { scan } from '../../src/pipeline/scan.js';
import { buildReport, type Report } from '../../src/report/report.js';
import { VERSION } from '../../src/version.js';
import { ROOT } from '../helpers.js';

/** The report of a real scan of fixtures/formats/: an error, warnings, an info, related places. */
export async function fixtureReport(options: { quiet?: boolean } = {}): Promise<Report> {
  return buildReport(await scan([path.join('fixtures', 'formats')], { cwd: ROOT }), options);
}

/** Golden files hold `<version>` where the tool's version goes, so a release does not rewrite them. */
export function withoutVersion(text: string): string {
  return text.replaceAll(VERSION, '<version>');
}

export function location(file: string, line: number, extra: Partial<Location> = {}): Location {
  return { file, line, column: 3, endLine: line, endColumn: 9, start: line * 100 + 2, end: line * 100 + 8, text: '20亿美元', ...extra };
}

let counter = 0;

/** A finding built by hand, for cases no fixture article produces (odd paths, many findings). */
export function finding(severity: Severity, locations: readonly Location[], extra: Partial<Finding> = {}): Finding {
  counter++;
  return {
    ruleId: 'duplicate-paragraph',
    severity,
    message: `Finding number ${counter}.`,
    fingerprint: counter.toString(16).padStart(32, '0'),
    locations,
    ...extra,
  };
}

export function reportOf(findings: readonly Finding[]): Report {
  return buildReport({ documents: [], findings });
}
