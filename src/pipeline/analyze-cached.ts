import { cacheKey, settingsHash, type DocumentCache } from '../cache/document-cache.js';
import { RULES } from '../check/rules/index.js';
import type { Source } from '../load/read-source.js';
import type { Lang } from '../model/lang.js';
import type { DocumentResult } from '../model/result.js';
import { analyzeSource, type AnalyzeOptions } from './analyze-document.js';
import type { ScanOptions } from './scan.js';

/**
 * The per-document analysis of a scan, through the cache when there is one. The key covers every
 * input of `analyzeSource`, so a hit returns exactly what a fresh analysis would.
 */
export function analyzeWithCache(options: ScanOptions, cache: DocumentCache | undefined): (source: Source, absolute: string, lang: Lang | undefined) => DocumentResult {
  const base: AnalyzeOptions = {
    rules: RULES,
    ...(options.rules ? { severities: options.rules } : {}),
    ...(options.ruleOptions ? { ruleOptions: options.ruleOptions } : {}),
    ...(options.aliases ? { aliases: options.aliases } : {}),
  };
  const settings = cache ? settingsHash([options.rules ?? null, options.ruleOptions ?? null, options.aliases ?? null]) : '';
  return (source, absolute, lang) => {
    const analyzeOptions = lang ? { ...base, lang } : base;
    if (!cache || source.encoding === 'unknown') return analyzeSource(source, analyzeOptions);
    const key = cacheKey(source, `${settings}:${lang ?? ''}`);
    const hit = cache.get(absolute, key);
    if (hit) return hit;
    const result = analyzeSource(source, analyzeOptions);
    cache.set(absolute, key, result);
    return result;
  };
}
