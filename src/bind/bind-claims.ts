import type { Claim } from '../model/claim.js';
import type { Document } from '../model/document.js';
import { UNIT_ATTRIBUTES } from '../vocab/attributes.js';

/**
 * Ties each claim to what it measures. This first binder knows only the attribute a unit implies
 * (a parameter count measures parameters); subjects come from the subject binder.
 */
export function bindClaims(_doc: Document, claims: readonly Claim[]): Claim[] {
  return claims.map((c) => {
    const attribute = c.unit ? UNIT_ATTRIBUTES[c.unit] : undefined;
    return attribute && !c.attribute ? { ...c, attribute } : c;
  });
}
