import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { checkDocuments } from '../../src/pipeline/scan.js';
import { RULES } from '../../src/check/rules/index.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import type { DocumentResult } from '../../src/model/result.js';
import type { Finding } from '../../src/model/finding.js';
import type { Claim } from '../../src/model/claim.js';

/** A document analysed as the scan would analyse a file of that name. */
export function analyse(name: string, text: string): DocumentResult {
  return analyzeSource(sourceFromBytes(name, new TextEncoder().encode(text)), { rules: RULES });
}

/** Every finding of a set of documents given as name → text. */
export function findingsOf(files: Record<string, string>): Finding[] {
  return checkDocuments(Object.entries(files).map(([name, text]) => analyse(name, text)));
}

/** Findings other than `corroborated` and the duplicate rules: what the cross-checks complain about. */
export function complaints(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => f.severity !== 'info');
}

/** The claim of `claims` whose text is `text`; fails the test, naming the claims there are, when none is. */
export function claimByText(claims: readonly Claim[], text: string): Claim {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim "${text}" among ${claims.map((x) => x.text).join(' | ')}`);
  return c;
}

/** What the cross-checks say of a set of documents, a line per finding: rule and figures (no corroboration, no duplicate paragraph). */
export function complaintLines(files: Record<string, string>): string[] {
  return findingsOf(files)
    .filter((f) => f.ruleId !== 'corroborated' && f.ruleId !== 'duplicate-paragraph')
    .map((f) => `${f.ruleId} ${f.locations.map((l) => l.text).join(' vs ')}`);
}

/** Subject id (of a sure subject), attribute and period of a figure, as `subject attribute period`. */
export function bindingOf(name: string, text: string, figure: string): string {
  const c = claimByText(analyse(name, text).claims, figure);
  return `${c.subject && c.subject.confidence >= 0.6 ? c.subject.id : '-'} ${c.attribute ?? '-'} ${c.period ?? '-'}`;
}

/** Attribute and subject of a figure, the subject marked `?` when only guessed (`Subject.guessed`), and with `withPeriod` its period. */
export function measuredAs(name: string, text: string, figure: string, withPeriod = false): string {
  const c = claimByText(analyse(name, text).claims, figure);
  const subject = c.subject ? `${c.subject.id}${c.subject.guessed ? '?' : ''}` : '-';
  return `${c.attribute ?? '-'} ${subject}${withPeriod ? ` ${c.period ?? '-'}` : ''}`;
}

/** A funding story under the given headline: its body names one round, of $240 million, and a total of $425 million raised. */
export function brightmoorFunding(headline: string): string {
  return [
    headline,
    '',
    'By Rachel Whitcombe',
    'NEW YORK, Sept 23, 2025',
    '',
    'Battery maker Brightmoor Energy closed a new funding round led by Halvorsen Capital.',
    '',
    'The Series C round raised $240 million and valued Brightmoor at $1.9 billion. The round brings the total Brightmoor has raised to $425 million.',
    '',
  ].join('\n');
}

/** A Markdown article with `date` in its front matter, its paragraphs a blank line apart. */
export function dated(date: string, ...paragraphs: string[]): string {
  return ['---', `date: ${date}`, '---', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
}
