import type { Finding } from '../model/finding.js';
import type { SuppressionEntry, SuppressionsData } from './suppressions-file.js';

/** Findings no baseline may hide: a file that could not be read must always be seen. */
const NEVER_SUPPRESSED: ReadonlySet<string> = new Set(['load-error']);

export interface UnusedSuppression {
  readonly file: string;
  readonly fingerprint: string;
  readonly rule: string;
  /** How many of the entry's `count` matched no finding. */
  readonly unused: number;
}

export interface AppliedBaseline {
  /** The findings left to report. */
  readonly findings: Finding[];
  readonly suppressedCount: number;
  /** Entries of the scanned files that no finding matched any more (ESLint's "unpruned suppressions"). */
  readonly unused: readonly UnusedSuppression[];
}

/**
 * Removes the findings the baseline covers. An entry covers up to `count` findings with its
 * fingerprint in its file; more than that are new and reported. Only entries of `scannedFiles` can be
 * unused: a run over part of the archive says nothing about the rest.
 */
export function applyBaseline(findings: readonly Finding[], data: SuppressionsData, scannedFiles: ReadonlySet<string>): AppliedBaseline {
  const remaining = new Map<string, number>();
  const kept: Finding[] = [];
  let suppressedCount = 0;
  for (const f of findings) {
    const file = f.locations[0]!.file;
    const entry = data.suppressions[file]?.[f.fingerprint];
    const key = `${file}\u0000${f.fingerprint}`;
    const left = remaining.get(key) ?? entry?.count ?? 0;
    if (entry && entry.rule === f.ruleId && left > 0 && !NEVER_SUPPRESSED.has(f.ruleId)) {
      remaining.set(key, left - 1);
      suppressedCount++;
    } else kept.push(f);
  }
  const unused: UnusedSuppression[] = [];
  for (const [file, entries] of Object.entries(data.suppressions)) {
    if (!scannedFiles.has(file)) continue;
    for (const [fingerprint, entry] of Object.entries(entries)) {
      const left = remaining.get(`${file}\u0000${fingerprint}`) ?? entry.count;
      if (left > 0) unused.push({ file, fingerprint, rule: entry.rule, unused: left });
    }
  }
  return { findings: kept, suppressedCount, unused };
}

/**
 * Adds the current findings to the baseline (`--suppress-all`, or only `rules` for
 * `--suppress-rule`). An entry's count becomes the number of findings it now matches, never less
 * than it was.
 */
export function recordBaseline(findings: readonly Finding[], data: SuppressionsData, rules?: ReadonlySet<string>): SuppressionsData {
  const counts = new Map<string, { file: string; fingerprint: string; rule: string; count: number }>();
  for (const f of findings) {
    if (NEVER_SUPPRESSED.has(f.ruleId) || (rules && !rules.has(f.ruleId))) continue;
    const file = f.locations[0]!.file;
    const key = `${file}\u0000${f.fingerprint}`;
    const c = counts.get(key) ?? { file, fingerprint: f.fingerprint, rule: f.ruleId, count: 0 };
    c.count++;
    counts.set(key, c);
  }
  const out = clone(data);
  for (const c of counts.values()) {
    const entries = (out[c.file] ??= {});
    const before = entries[c.fingerprint];
    entries[c.fingerprint] = { rule: c.rule, count: Math.max(c.count, before?.rule === c.rule ? before.count : 0) };
  }
  return { version: 1, suppressions: out };
}

/** Removes what no finding matched (`--prune-suppressions`): emptied entries and files disappear. */
export function pruneBaseline(data: SuppressionsData, unused: readonly UnusedSuppression[]): SuppressionsData {
  const out = clone(data);
  for (const u of unused) {
    const entries = out[u.file];
    const entry = entries?.[u.fingerprint];
    if (!entries || !entry) continue;
    if (entry.count - u.unused > 0) entries[u.fingerprint] = { rule: entry.rule, count: entry.count - u.unused };
    else delete entries[u.fingerprint];
    if (Object.keys(entries).length === 0) delete out[u.file];
  }
  return { version: 1, suppressions: out };
}

function clone(data: SuppressionsData): Record<string, Record<string, SuppressionEntry>> {
  const out: Record<string, Record<string, SuppressionEntry>> = {};
  for (const [file, entries] of Object.entries(data.suppressions)) out[file] = { ...entries };
  return out;
}
