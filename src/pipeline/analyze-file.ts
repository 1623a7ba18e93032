import type { SourceFile } from '../load/collect-files.js';
import { languageFor, type LanguageOverride } from '../load/language-overrides.js';
import { readBytesSync, sourceFromBytes, type ReadOptions } from '../load/read-source.js';
import type { DocumentResult } from '../model/result.js';
import { analysisKey, analysisSettings } from './analyze-cached.js';
import { analyzeSource } from './analyze-document.js';
import type { ScanOptions } from './scan.js';

/** What the per-file stages need: plain data, so it can be sent to a worker thread. */
export interface FileAnalysisOptions extends ReadOptions, Pick<ScanOptions, 'rules' | 'ruleOptions' | 'aliases' | 'inferCompanies'> {
  /** Per-pattern settings (a forced language) from the config's `overrides`. */
  readonly overrides?: readonly LanguageOverride[];
  /**
   * `compared`: a result keeps only the claims a cross-document check may read, and counts the
   * rest (`withComparedClaims`); `all` (the default) keeps every claim.
   */
  readonly keepClaims?: 'all' | 'compared';
}

/** A file to analyse, with the key of its cached analysis when the cache has one. */
export interface FileTask {
  readonly file: SourceFile;
  readonly cachedKey?: string;
  /** Compute the cache key (a cache is in use). */
  readonly keyed?: boolean;
}

/**
 * One file's outcome: its analysis, or `cached` when its key matched `cachedKey` (the caller
 * takes the cached result); `key` when a cache is in use; the bytes read, for progress figures.
 */
export interface AnalysedFile {
  readonly result?: DocumentResult;
  readonly cached?: boolean;
  readonly key?: string;
  readonly bytes: number;
}

/** Reads and analyses files with fixed options. Never throws for a bad file: it becomes a `load-error` finding. */
export function fileAnalyzer(options: FileAnalysisOptions): (task: FileTask) => AnalysedFile {
  const { base, settings } = analysisSettings(options);
  const analyzeOptions = options.keepClaims === 'compared' ? { ...base, keepClaims: options.keepClaims } : base;
  return ({ file, cachedKey, keyed }) => {
    const lang = languageFor(file.absolute, options.overrides);
    const fileOptions = lang ? { ...analyzeOptions, lang } : analyzeOptions;
    const read = readBytesSync(file, options);
    if ('failed' in read) return { result: analyzeSource(read.failed, fileOptions), bytes: 0 };
    const key = keyed ? analysisKey(file.name, read.bytes, settings, lang) : undefined;
    if (key !== undefined && key === cachedKey) return { cached: true, key, bytes: read.bytes.length };
    const source = sourceFromBytes(file.name, read.bytes);
    const result = analyzeSource(source, fileOptions);
    // A file that cannot be decoded is reported, not cached, as one that cannot be read.
    return { result, bytes: read.bytes.length, ...(key !== undefined && source.encoding !== 'unknown' ? { key } : {}) };
  };
}
