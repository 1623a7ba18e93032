import type { RuleSetting } from '../check/run-rules.js';

/** A rule's entry in a config file: a severity, or ESLint's `[severity, {options}]` form. */
export type RuleEntry = RuleSetting | readonly [RuleSetting] | readonly [RuleSetting, Readonly<Record<string, unknown>>];

/** Settings that apply to the documents matching `files` (gitignore-style patterns). */
export interface ConfigOverride {
  readonly files: readonly string[];
  /** ISO 639-1 code every sentence of the matching documents is read as. */
  readonly lang?: string;
}

/** The content of `.factcheckrc.{yaml,yml,json}` or `package.json#factcheck`: data only. */
export interface FactcheckConfig {
  readonly $schema?: string;
  readonly rules?: Readonly<Record<string, RuleEntry>>;
  /** Canonical subject name → other names it is written as; extends the built-in alias table. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** `false`: only the alias table names subjects (default true: companies an article introduces too). */
  readonly inferCompanies?: boolean;
  /** File extensions (with the dot) picked up when walking folders. */
  readonly extensions?: readonly string[];
  /** gitignore-style patterns, relative to the config file's folder. */
  readonly ignores?: readonly string[];
  readonly overrides?: readonly ConfigOverride[];
  /** Files larger than this many bytes are reported (`load-error`) and not scanned. */
  readonly maxFileSize?: number;
  /** Path of a facts file (reference figures), relative to the config file's folder. */
  readonly facts?: string;
}
