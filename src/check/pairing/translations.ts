import type { Claim } from '../../model/claim.js';
import type { DocumentResult } from '../../model/result.js';
import { alignUnits, matchableCount, type Alignment } from './align.js';
import { findPairs, type TranslationPair } from './find-pairs.js';
import { unitsOf } from './units.js';

export interface Side {
  readonly file: string;
  readonly claims: readonly Claim[];
  /** Numbers per segment that no claim covers (see `unreadNumerals`). */
  readonly unread: Readonly<Record<number, number>>;
}

/** Two sides that say the same thing: two files of a pair, or the two languages of one document. */
export interface TranslationSides {
  readonly source: Side;
  readonly target: Side;
  readonly bilingual: boolean;
  /** Which side is the translation was guessed (Chinese first), neither file saying so. */
  readonly guessedDirection?: true;
  readonly alignment: Alignment;
}

/**
 * Files named as translations of each other (`NAME_zh.md`, `NAME_en.md`) that share fewer of their
 * figures than this are two articles on one story, told by two outlets: their figures are
 * compared as other documents' are, not paired passage by passage. Counted without bare years and
 * small counts (`14次` beside a bare `14`), as the alignment matches them: 71 translations of the
 * helper-written sets share 0.89 to 1 of the shorter side's figures; two outlets' articles on one
 * event 0.58 to 0.73, the most where one quotes the press release the other translates.
 */
const MIN_TRANSLATED_SHARE = 0.8;
/** …judged only when the shorter side states this many figures: a short text's share says little. */
const MIN_FIGURES_JUDGED = 20;

/** The pairs of `findPairs` that are translations: those named so and sharing too few figures left out. */
export function translationPairs(documents: readonly DocumentResult[]): TranslationPair[] {
  return findPairs(documents).filter((p) => !p.byName || translates(p));
}

function translates(pair: TranslationPair): boolean {
  // A document read back from the cache without its claims is taken at its name (see restoreTranslations in scan.ts).
  if (pair.source.claimCount !== undefined || pair.target.claimCount !== undefined) return true;
  const { alignment, figures } = alignPair(pair.source, pair.target);
  return figures < MIN_FIGURES_JUDGED || alignment.matched >= figures * MIN_TRANSLATED_SHARE;
}

/** Alignments made, by source and target: a pair is aligned once to judge it and to check it. */
const ALIGNED = new WeakMap<DocumentResult, WeakMap<DocumentResult, { alignment: Alignment; figures: number }>>();

/** The alignment of a pair of files, and the figures of its shorter side. */
function alignPair(source: DocumentResult, target: DocumentResult): { alignment: Alignment; figures: number } {
  let bySource = ALIGNED.get(source);
  if (!bySource) ALIGNED.set(source, (bySource = new WeakMap()));
  let aligned = bySource.get(target);
  if (!aligned) {
    const sourceUnits = unitsOf(source.claims);
    const targetUnits = unitsOf(target.claims);
    aligned = { alignment: alignUnits(sourceUnits, targetUnits), figures: Math.min(matchableCount(sourceUnits), matchableCount(targetUnits)) };
    bySource.set(target, aligned);
  }
  return aligned;
}

/**
 * A document counts as bilingual only if its smaller language states at least this share of the
 * larger one's figures, and this share of them (two at least) align: an English article that
 * quotes a Chinese paragraph is not a translation of itself.
 */
const BILINGUAL_MIN_SHARE = 0.5;

/**
 * Every translation in the corpus, aligned: the pairs of files (see `findPairs`) and the
 * bilingual documents whose Chinese and English passages state the same figures. With
 * `involves`, only the translations with a side in a file it accepts (aligning is most of the
 * cost).
 */
export function alignTranslations(
  documents: readonly DocumentResult[],
  pairs: readonly TranslationPair[] = translationPairs(documents),
  involves: (file: string) => boolean = () => true,
): TranslationSides[] {
  const out: TranslationSides[] = [];
  const paired = new Set<string>();
  for (const { source, target, byName } of pairs) {
    paired.add(source.file).add(target.file);
    if (!involves(source.file) && !involves(target.file)) continue;
    out.push({
      source: { file: source.file, claims: source.claims, unread: source.unreadNumerals ?? {} },
      target: { file: target.file, claims: target.claims, unread: target.unreadNumerals ?? {} },
      bilingual: false,
      alignment: alignPair(source, target).alignment,
      ...(byName && !source.translated && !target.translated ? { guessedDirection: true as const } : {}),
    });
  }
  for (const doc of documents) {
    // A document whose claims were trimmed was found to hold one language on all of them (`keepCompared`):
    // the share of what is left says nothing.
    if (paired.has(doc.file) || doc.trusted || doc.claimCount !== undefined || !involves(doc.file)) continue;
    const smaller = bilingualShare(doc.claims);
    if (smaller === 0) continue;
    const zh = doc.claims.filter((c) => c.lang === 'zh');
    const en = doc.claims.filter((c) => c.lang !== 'zh' && c.lang !== 'und');
    const alignment = alignUnits(unitsOf(zh), unitsOf(en), { bilingual: true });
    if (alignment.matched < Math.max(2, smaller * BILINGUAL_MIN_SHARE)) continue;
    const unread = doc.unreadNumerals ?? {};
    out.push({ source: { file: doc.file, claims: zh, unread }, target: { file: doc.file, claims: en, unread }, bilingual: true, alignment });
  }
  return out;
}

/**
 * How many figures the smaller language of a document states, when it states enough of the larger
 * one's to be a translation of it (see `BILINGUAL_MIN_SHARE`); 0 otherwise. Short English
 * sentences are sometimes taken for another Latin-script language: every sentence in a Latin
 * script belongs to the other side (not `und`: table cells of bare figures). Counted before any
 * list is made: most documents are in one language.
 */
export function bilingualShare(claims: readonly Claim[]): number {
  let zhCount = 0;
  let otherCount = 0;
  for (const c of claims) {
    if (c.lang === 'zh') zhCount++;
    else if (c.lang !== 'und') otherCount++;
  }
  if (zhCount === 0 || otherCount === 0) return 0;
  const smaller = Math.min(zhCount, otherCount);
  return smaller < BILINGUAL_MIN_SHARE * Math.max(zhCount, otherCount) ? 0 : smaller;
}
