import type { Claim } from '../../model/claim.js';
import type { DocumentResult } from '../../model/result.js';
import { alignUnits, type Alignment } from './align.js';
import { findPairs } from './find-pairs.js';
import { unitsOf } from './units.js';

/** Two sides that say the same thing: two files of a pair, or the two languages of one document. */
export interface TranslationSides {
  readonly source: { readonly file: string; readonly claims: readonly Claim[] };
  readonly target: { readonly file: string; readonly claims: readonly Claim[] };
  readonly bilingual: boolean;
  readonly alignment: Alignment;
}

/** A bilingual document counts as a translation only if this share of its smaller side's figures align. */
const BILINGUAL_MIN_SHARE = 0.5;

/**
 * Every translation in the corpus, aligned: the pairs of files (see `findPairs`) and the
 * bilingual documents whose Chinese and English passages state the same figures.
 */
export function alignTranslations(documents: readonly DocumentResult[]): TranslationSides[] {
  const out: TranslationSides[] = [];
  const paired = new Set<string>();
  for (const { source, target } of findPairs(documents)) {
    paired.add(source.file).add(target.file);
    out.push({
      source: { file: source.file, claims: source.claims },
      target: { file: target.file, claims: target.claims },
      bilingual: false,
      alignment: alignUnits(unitsOf(source.claims), unitsOf(target.claims)),
    });
  }
  for (const doc of documents) {
    if (paired.has(doc.file) || doc.trusted) continue;
    const zh = doc.claims.filter((c) => c.lang === 'zh');
    const en = doc.claims.filter((c) => c.lang === 'en');
    if (zh.length === 0 || en.length === 0) continue;
    const alignment = alignUnits(unitsOf(zh), unitsOf(en));
    const smaller = Math.min(zh.length, en.length);
    if (alignment.matched < Math.max(1, smaller * BILINGUAL_MIN_SHARE)) continue;
    out.push({ source: { file: doc.file, claims: zh }, target: { file: doc.file, claims: en }, bilingual: true, alignment });
  }
  return out;
}
