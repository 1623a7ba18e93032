import type { Claim } from '../../model/claim.js';
import type { DocumentResult } from '../../model/result.js';
import type { RuleReport } from '../rule.js';
import { alignTranslations } from '../pairing/translations.js';
import { conflictReports, corroborationReport } from './conflict-reports.js';
import { classify, ClaimGroups } from './groups.js';
import { translationReports } from './translation-reports.js';

/** Every cross-document report, by rule id. */
export type CrossCheckReports = ReadonlyMap<string, readonly RuleReport[]>;

const memo = new WeakMap<readonly DocumentResult[], CrossCheckReports>();

/**
 * Compares the figures of all documents once, for all the cross-checking rules: translations
 * first (a figure wrong in a translation is reported there, once), then every other figure by
 * subject, attribute and period, across documents and reference figures.
 */
export function crossCheck(documents: readonly DocumentResult[]): CrossCheckReports {
  const cached = memo.get(documents);
  if (cached) return cached;
  const out = new Map<string, RuleReport[]>();
  const add = (rule: string, r: RuleReport) => {
    const list = out.get(rule);
    if (list) list.push(r);
    else out.set(rule, [r]);
  };
  // The flagged claims are the documents' own claim objects: no need to name them by id.
  const flagged = new Set<Claim>();
  const sourceOfFile = new Map<string, string>();
  for (const t of alignTranslations(documents)) {
    const { reports, flagged: wrong } = translationReports(t);
    for (const r of reports) add('translation-mismatch', r);
    for (const c of wrong) flagged.add(c);
    if (!t.bilingual) sourceOfFile.set(t.target.file, t.source.file);
  }
  const trustedFiles = new Set(documents.filter((d) => d.trusted).map((d) => d.file));
  const isTrusted = (c: Claim) => trustedFiles.has(c.file);
  const sourceOf = (c: Claim) => sourceOfFile.get(c.file) ?? c.file;
  const grouped = new ClaimGroups(sourceOf);
  for (const d of documents) for (const c of d.claims) if (!flagged.has(c)) grouped.add(c);
  for (const group of grouped.groups) {
    // A figure stated once has nothing to conflict with and no one to corroborate it.
    if (group.length < 2) continue;
    const classes = classify(group, sourceOf, isTrusted);
    if (!classes) continue;
    for (const { rule, report } of conflictReports(classes, sourceOf)) add(rule, report);
    const corroborated = corroborationReport(classes);
    if (corroborated) add('corroborated', corroborated);
  }
  memo.set(documents, out);
  return out;
}
