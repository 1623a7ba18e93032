import type { Claim } from './claim.js';
import type { SegmentKind } from './document.js';
import type { Finding, Location } from './finding.js';
import type { Lang } from './lang.js';

/** A block kept for cross-document checks once the document's text is dropped. */
export interface BlockDigest {
  readonly segment: number;
  readonly kind: SegmentKind;
  readonly lang: Lang;
  /** Hash of the block's normalised content. */
  readonly hash: string;
  /** Length of the normalised content, in characters. */
  readonly chars: number;
  readonly location: Location;
}

/**
 * Everything later stages need from one document, without its text: a scan of a large archive
 * keeps one of these per document, so memory grows with the claims, not with the text.
 */
export interface DocumentResult {
  readonly file: string;
  readonly lang: Lang;
  readonly encoding: string;
  readonly referenceDate?: string;
  readonly claims: readonly Claim[];
  /**
   * Set when `claims` holds only the claims a cross-document check may compare (a scan that
   * reports findings keeps no others, see `keepClaims`): how many the document states in all.
   */
  readonly claimCount?: number;
  /** Findings that concern this document alone (load problems, repeated rows and paragraphs). */
  readonly findings: readonly Finding[];
  /** Paragraphs long enough to be compared with other documents' paragraphs. */
  readonly blocks: readonly BlockDigest[];
  /**
   * The document this one translates or is translated by, from the front matter's
   * `translation:` key, as a path relative to the working directory (like `file`).
   */
  readonly translationOf?: string;
  /** The front matter says this document is the translation of `translationOf` (`translation_of:`, `original:`). */
  readonly translated?: true;
  /**
   * Per segment index, how many numbers its text states that no claim covers (numbers written in
   * words, or in forms not read); segments without any are left out. Lets a translation check
   * tell a figure left out from a figure worded differently.
   */
  readonly unreadNumerals?: Readonly<Record<number, number>>;
  /**
   * A set of reference figures (`--facts`), not an article: its claims are taken as true, and
   * every article's figures are checked against them.
   */
  readonly trusted?: boolean;
  /** Inline `factcheck-disable…` directives and front-matter `factcheck.disable`, when there are any. */
  readonly directives?: readonly DirectiveDigest[];
  /**
   * The companies the article introduces that the alias table does not know (see `discoverNames`),
   * with every name it gives each: documents that share a name, or gloss one in the other
   * language (`Xingtu Satellite (星途卫星)`), are about the same company.
   */
  readonly companies?: readonly CompanyNames[];
  /**
   * Set when `claims` holds only the claims compared (`claimCount` is set) and the article has a
   * main company among `companies`: that company and the figures, from every claim, by which it
   * is tied to a company named in the other language (see `linkCompanies`).
   */
  readonly story?: StoryFigures;
}

/** A company an article is mainly about, and keys of the figures it states (kind, currency or unit, value). */
export interface StoryFigures {
  readonly company: string;
  readonly figures: readonly string[];
}

/** A company an article introduces: the id its claims' subjects carry, and its names there. */
export interface CompanyNames {
  readonly id: string;
  readonly names: readonly string[];
}

/** A part of a document where some rules are silenced. */
export interface SuppressedRegion {
  readonly start: number;
  readonly end: number;
  /** Rule ids silenced; empty means every rule except those in `except`. */
  readonly rules: readonly string[];
  readonly except?: readonly string[];
}

/**
 * An inline suppression (`<!-- factcheck-disable … -->` and its forms, or front matter
 * `factcheck: {disable: […]}`), kept without text so cross-document checks can honour it and
 * unused ones can be reported after them.
 */
export interface DirectiveDigest {
  /** The form written; `enable` appears only for an invalid (unclosed) enable comment. */
  readonly kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-block' | 'disable-file' | 'front-matter';
  /** Rule ids it names; empty means all rules. */
  readonly rules: readonly string[];
  /** The text after `--`, when given. */
  readonly reason?: string;
  /** Why the directive cannot be applied (it then silences nothing and is reported). */
  readonly invalid?: string;
  /** Where the directive is written. */
  readonly location: Location;
  readonly regions: readonly SuppressedRegion[];
  /** Rule ids whose findings it silenced in the per-document checks. */
  readonly used: readonly string[];
}
