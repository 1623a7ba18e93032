import { cacheKey, settingsHash, type DocumentCache } from '../cache/document-cache.js';
import { excerptAt } from '../check/locate.js';
import { RULES } from '../check/rules/index.js';
import { sourceFromInput, type ReadOptions } from '../load/read-source.js';
import type { Lang } from '../model/lang.js';
import type { DocumentResult } from '../model/result.js';
import { ownCopy } from '../text/own-copy.js';
import { analyzeSource, type AnalyzeOptions } from './analyze-document.js';
import { detachFromText, Interner } from './detach.js';
import type { ScanOptions } from './scan.js';
import { storeBlocks } from './stored-blocks.js';

type AnalysisSettings = Pick<ScanOptions, 'rules' | 'ruleOptions' | 'aliases' | 'inferCompanies'>;

/** The per-document analysis options of a scan, and the hash of them that cache keys include. */
export function analysisSettings(options: AnalysisSettings): { base: AnalyzeOptions; settings: string } {
  const base: AnalyzeOptions = {
    rules: RULES,
    ...(options.rules ? { severities: options.rules } : {}),
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
    ...(options.inferCompanies === false ? { inferCompanies: false } : {}),
  };
  const settings = [options.rules ?? null, options.ruleOptions ?? null, options.aliases ?? null];
  return { base, settings: settingsHash(options.inferCompanies === false ? [...settings, { inferCompanies: false }] : settings) };
}

/**
 * The cache key of one document's analysis: its bytes and name, the settings and the forced
 * language. Decoding and the front matter are functions of the bytes, so a hit needs neither.
 */
export function analysisKey(name: string, bytes: Uint8Array, settings: string, lang: Lang | undefined): string {
  return cacheKey(name, bytes, `${settings}:${lang ?? ''}`);
}

/**
 * The analysis of a document given as bytes (standard input), through the cache when there is
 * one. The key covers every input of `analyzeSource`, so a hit returns exactly what a fresh
 * analysis would.
 */
export function analyzeInput(
  input: { readonly name: string; readonly bytes: Uint8Array; readonly absolute: string; readonly lang: Lang | undefined },
  options: AnalysisSettings & ReadOptions,
  cache: DocumentCache | undefined,
): DocumentResult {
  const { base, settings } = analysisSettings(options);
  const source = sourceFromInput(input.name, input.bytes, options);
  const key = cache && source.encoding !== 'unknown' ? analysisKey(input.name, input.bytes, settings, input.lang) : undefined;
  const hit = key !== undefined ? cache!.get(input.absolute, key, (spans) => spans.map((span) => ownCopy(excerptAt(source.text, span)))) : undefined;
  if (hit) return hit;
  const result = storeBlocks(detachFromText(analyzeSource(source, input.lang ? { ...base, lang: input.lang } : base), new Interner()));
  if (key !== undefined) cache!.set(input.absolute, key, result);
  return result;
}
