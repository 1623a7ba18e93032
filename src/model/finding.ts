export type Severity = 'error' | 'warning' | 'info';

/** One place a finding points at. `locations[0]` of a finding is the claim or block at fault. */
export interface Location {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  /** Offsets into the decoded text of `file`. */
  readonly start: number;
  readonly end: number;
  /** The text at that place (a claim's surface form, or the start of a repeated block). */
  readonly text: string;
  readonly value?: number | string | null;
  readonly unit?: string;
  /** Why this place is listed ("first occurrence", "states 2.0e9 USD"). */
  readonly label?: string;
}

/** The one result model shared by every check and every output format. */
export interface Finding {
  readonly ruleId: string;
  readonly severity: Severity;
  readonly message: string;
  /** Content-based identity (rule, files, normalised values; never line numbers): baselines survive edits. */
  readonly fingerprint: string;
  readonly subject?: string;
  /** Primary location first, then the places it contradicts or repeats (at most 10). */
  readonly locations: readonly Location[];
  /** How many related places there are in all, when more than were listed. */
  readonly relatedCount?: number;
  /** For translation mismatches: `magnitude`, `currency`, `date`, `value` or `missing`. */
  readonly cause?: string;
}
