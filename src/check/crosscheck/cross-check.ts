import type { Claim } from '../../model/claim.js';
import type { DocumentResult } from '../../model/result.js';
import type { RuleReport } from '../rule.js';
import { alignTranslations, translationPairs } from '../pairing/translations.js';
import { conflictReports, corroborationReport } from './conflict-reports.js';
import { backedWithoutPeriod, classify, ClaimGroups, statedForYearBefore } from './groups.js';
import { translationReports } from './translation-reports.js';
import { linkCompanies } from './company-links.js';
import { undatedPeriods } from './undated-periods.js';

/** Every cross-document report, by rule id. */
export type CrossCheckReports = ReadonlyMap<string, readonly RuleReport[]>;

const memo = new WeakMap<readonly DocumentResult[], { readonly focus: ReadonlySet<string> | undefined; readonly reports: CrossCheckReports }>();

/**
 * Compares the figures of all documents once, for all the cross-checking rules: translations
 * first (a figure wrong in a translation is reported there, once), then every other figure by
 * subject, attribute and period, across documents and reference figures.
 *
 * With `focus` (the files whose findings are wanted), only the groups holding one of their
 * figures are compared, and only the translations those groups or files take part in are
 * aligned: every report that touches them, as without `focus`, and some that do not (a
 * translation's reports on both its files), which the caller drops.
 */
export function crossCheck(documents: readonly DocumentResult[], focus?: ReadonlySet<string>): CrossCheckReports {
  const cached = memo.get(documents);
  if (cached && cached.focus === focus) return cached.reports;
  const out = new Map<string, RuleReport[]>();
  const add = (rule: string, r: RuleReport) => {
    const list = out.get(rule);
    if (list) list.push(r);
    else out.set(rule, [r]);
  };
  const pairs = translationPairs(documents);
  // A translation speaks for its source: the two files are one source of a figure.
  const sourceOfFile = new Map(pairs.map((p) => [p.target.file, p.source.file]));
  const sourceOf = (c: Claim) => sourceOfFile.get(c.file) ?? c.file;
  const trustedFiles = new Set(documents.filter((d) => d.trusted).map((d) => d.file));
  const isTrusted = (c: Claim) => trustedFiles.has(c.file);

  const companyOf = linkCompanies(documents);
  const periodOf = undatedPeriods(documents, companyOf);
  const focused = focus ? focusedGroups(documents, sourceOf, companyOf, periodOf, focus) : undefined;
  // The flagged claims are the documents' own claim objects: no need to name them by id.
  const flagged = new Set<Claim>();
  for (const t of alignTranslations(documents, pairs, focused?.involves)) {
    const { reports, flagged: wrong } = translationReports(t);
    for (const r of reports) add('translation-mismatch', r);
    for (const c of wrong) flagged.add(c);
  }
  const grouped = focused?.grouped ?? allGroups(documents, sourceOf, companyOf, periodOf, flagged);
  const compared = focused ? focused.groups.map((g) => g.filter((c) => !flagged.has(c))) : grouped.groups;
  // Asked only to break a tie between two classes: is a value the year before's (`2025年研发投入9.8亿元`, 2024's)?
  const misdatedClaims = new Map<Claim, boolean>();
  const misdated = (c: Claim) => misdatedClaims.get(c) ?? misdatedClaims.set(c, statedForYearBefore(grouped, c)).get(c)!;
  // …and how many sources that name no period back a value.
  const backers = new Map<Claim, number>();
  const backed = (c: Claim) => backers.get(c) ?? backers.set(c, backedWithoutPeriod(grouped, c, sourceOf)).get(c)!;
  for (const group of compared) {
    // A figure stated once has nothing to conflict with and no one to corroborate it.
    if (group.length < 2) continue;
    const classes = classify(group, sourceOf, isTrusted);
    if (!classes) continue;
    // Labelled with the period they were compared in: an undated article's `XXXX-Q3` is the others' `2025-Q3`.
    for (const { rule, report } of conflictReports(classes, sourceOf, periodOf, { misdated, backed })) add(rule, report);
    const corroborated = corroborationReport(classes, periodOf);
    if (corroborated) add('corroborated', corroborated);
  }
  memo.set(documents, { focus, reports: out });
  return out;
}

/** The comparison groups of every claim that no translation flagged, in the order of their first claims. */
function allGroups(
  documents: readonly DocumentResult[],
  sourceOf: (c: Claim) => string,
  companyOf: (id: string) => string,
  periodOf: (c: Claim) => string | undefined,
  flagged: ReadonlySet<Claim>,
): ClaimGroups {
  const grouped = new ClaimGroups(sourceOf, companyOf, periodOf);
  for (const d of documents) for (const c of d.claims) if (!flagged.has(c)) grouped.add(c);
  return grouped;
}

/**
 * The groups that hold a figure of the `focus` files, before translations flag any (which only
 * takes claims out of a group: a group's key is its claims' own), and the files whose
 * translations may flag one of their claims: those files and the `focus` itself.
 */
function focusedGroups(
  documents: readonly DocumentResult[],
  sourceOf: (c: Claim) => string,
  companyOf: (id: string) => string,
  periodOf: (c: Claim) => string | undefined,
  focus: ReadonlySet<string>,
): { grouped: ClaimGroups; groups: Claim[][]; involves: (file: string) => boolean } {
  const grouped = new ClaimGroups(sourceOf, companyOf, periodOf);
  const touched = new Set<Claim[]>();
  for (const d of documents) {
    const inFocus = focus.has(d.file);
    for (const c of d.claims) {
      const group = grouped.add(c);
      if (group && inFocus) touched.add(group);
    }
  }
  const involved = new Set(focus);
  for (const group of touched) for (const c of group) involved.add(c.file);
  return { grouped, groups: grouped.groups.filter((g) => touched.has(g)), involves: (file) => involved.has(file) };
}
