import type { Lang } from './lang.js';

/** What a figure measures. See docs/json-output.md for each kind's value convention. */
export type ClaimKind = 'number' | 'count' | 'quantity' | 'money' | 'percent' | 'ratio' | 'date';

/** How the text qualifies the figure (约 → approx, 超过 → moreThan, 3至5 → range …). */
export type Qualifier = 'exact' | 'approx' | 'atLeast' | 'moreThan' | 'atMost' | 'lessThan' | 'range';

/** What a claim is about, filled in by the bind stage. */
export interface Subject {
  /** Canonical entity id (`nvidia`, `nemotron 3 nano`); the alias table maps surface names to it. */
  readonly id: string;
  /** The name as written nearest to the figure. */
  readonly label: string;
  /** 0..1: how sure the binder is. Checks compare only confident bindings. */
  readonly confidence: number;
  /**
   * A company the article introduces (`创业公司深衡智能`, `smartphone maker Vireo`) rather than one
   * of the alias table: its conflicts are reported as info until the table (or the config's
   * `aliases`) lists it.
   */
  readonly inferred?: true;
  /**
   * The sentence names no one: the subject is the only company the article names (see `soleCompany`
   * in bind-claims.ts). Such a figure is compared with other articles' only for a slip that
   * shows (a power of ten, a currency, a direction), never as a mere other value.
   */
  readonly guessed?: true;
}

/**
 * One figure stated by a document, with its exact place and normalised value.
 * `text` is always `documentText.slice(start, end)`. Its id, `file#start-end`, is derived by
 * `claimId` (src/extract/claim-id.ts) rather than stored: an archive's claims are kept in memory.
 */
export interface Claim {
  readonly file: string;
  readonly start: number;
  readonly end: number;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly text: string;
  readonly lang: Lang;
  readonly kind: ClaimKind;
  /** The normalised value (17 for 17%, 3e10 for 300亿); `null` for dates and ranges. */
  readonly value: number | null;
  /** Lower and upper bound, for ranges and approximate wordings (数十亿). */
  readonly min?: number;
  readonly max?: number;
  /** Singular unit id: `parameter`, `gpu`, `TB/s`; `pp` for percentage points. */
  readonly unit?: string;
  /** ISO 4217 code for money. */
  readonly currency?: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, with `XXXX` for a year that cannot be known. */
  readonly date?: string;
  readonly qualifier: Qualifier;
  /** For a percentage, the word for what it is a share of, as written (`员工` in 90%的员工, `staff` in 90% of staff). */
  readonly shareOf?: string;
  /**
   * For a Chinese multiple, set when it is a multiple of a level (`是去年同期的3.3倍`): counted from
   * zero, as English counts; `增长3.3倍` may count from the base up (4.3 times the base).
   */
  readonly ofLevel?: true;
  /** Which way a change moved, where its words or its sign say (`同比下降18.3%`, `-4.1%`, `rose 9.2%`): opposite ways are no one change. */
  readonly direction?: 'up' | 'down';
  /** Stated in a heading (a headline, a section's title): where a heading and the body differ as often, the body prevails. */
  readonly headline?: true;
  readonly subject?: Subject;
  /**
   * What is measured about the subject (`parameters`, `revenue`, `release-date` …); a topic may
   * follow a colon (`market-share:cloud`, `benchmark-score:mmlu-pro`).
   */
  readonly attribute?: string;
  /** 0..1: how sure the binder is of `attribute` (a keyword next to the figure vs. one sentence away). */
  readonly attributeConfidence?: number;
  /**
   * Id of the claim this one converts into another currency (`20亿美元（约合145亿元人民币）`): a
   * stated conversion, bound like the original and never compared as a figure of its own.
   */
  readonly conversionOf?: string;
  /**
   * One side of the exchange rate a sentence converts at (`按1美元兑7.80港元计算`, `at 7.3 yuan to the
   * dollar`): of no subject, attribute or period, and left out of a translation's figures, since
   * a translator may state a rate the original does not.
   */
  readonly exchangeRate?: true;
  /** The period the figure covers (`2025-Q3`, `2024`), when stated. */
  readonly period?: string;
  /** Index of the segment (paragraph, row) the claim sits in; lets checks align translations. */
  readonly segment: number;
  /** Which table of the document (0-based) the claim is a cell of: a table's cells never contradict each other. */
  readonly table?: number;
}
