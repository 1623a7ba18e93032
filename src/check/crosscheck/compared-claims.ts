import type { Claim } from '../../model/claim.js';
import type { DocumentResult } from '../../model/result.js';
import { namesTranslation } from '../pairing/find-pairs.js';
import { bilingualShare } from '../pairing/translations.js';
import { isCompared } from './groups.js';
import { storyOf } from './company-links.js';
import { extend } from '../../util/extend.js';

/**
 * The result with only the claims a cross-document check may read, and `claimCount` set; the
 * result itself when it keeps them all. A check compares a claim with other documents' only
 * under its subject and attribute (`isCompared`); every claim counts only in a translation, and
 * a document is kept whole when it may be one on its own account (`namesTranslation`) or holds
 * both languages (`bilingualShare`). A document that another's `translation:` key names is not
 * known to be a translation until every document is read: `scan` analyses it again then.
 *
 * An archive keeps about a third fewer claims in memory this way (see docs/scale.md).
 */
export function withComparedClaims(result: DocumentResult): DocumentResult {
  if (result.trusted || result.claimCount !== undefined || mayBeTranslation(result)) return result;
  return keepCompared(result);
}

/** `withComparedClaims` for a fresh analysis of a document known not to be a translation. */
export function keepCompared(result: DocumentResult): DocumentResult {
  const compared: Claim[] = [];
  for (const c of result.claims) if (isCompared(c)) compared.push(c);
  // Unread numerals serve only the alignment of translations.
  if (compared.length === result.claims.length && result.unreadNumerals === undefined) return result;
  // A company named in the other language is tied to this one by figures it may not compare.
  const story = result.companies ? storyOf(result) : undefined;
  return extend(result, { claims: compared, claimCount: result.claims.length, unreadNumerals: undefined, ...(story ? { story } : {}) });
}

/**
 * Whether a document may be a side of a translation on its own account: its name carries a
 * language tag or its front matter names the other side, or it holds both languages.
 */
export function mayBeTranslation(result: Pick<DocumentResult, 'file' | 'translationOf' | 'claims'>): boolean {
  return namesTranslation(result) || bilingualShare(result.claims) > 0;
}
