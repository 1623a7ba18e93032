import type { Claim } from '../model/claim.js';

/**
 * A claim's id, `file#start-end`: stable, sortable, and what the claims outputs print. Derived
 * rather than stored: a scan keeps every claim of an archive until the cross-document checks,
 * and a stored id of 70 to 90 characters was a sixth of that memory. Within one document the
 * offsets alone tell claims apart (`spanKey`). Reference figures (`--facts`) all stand at offset
 * 0, so their ids are not distinct; nothing outputs or compares them by id.
 */
export function claimId(claim: Pick<Claim, 'file' | 'start' | 'end'>): string {
  return `${claim.file}#${spanKey(claim)}`;
}

/** `start-end`: tells the claims of one document apart. */
export function spanKey(claim: Pick<Claim, 'start' | 'end'>): string {
  return `${claim.start}-${claim.end}`;
}
