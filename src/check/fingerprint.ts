import crypto from 'node:crypto';

/** A stable identity for a finding: the rule and the content parts, hashed (32 hex digits). */
export function fingerprint(ruleId: string, parts: readonly string[]): string {
  return hexDigest('sha256', JSON.stringify([ruleId, ...parts])).slice(0, 32);
}

/** A short hash of a block's content, for grouping repeats. */
export function contentHash(text: string): string {
  return hexDigest('sha1', text).slice(0, 20);
}

// One-shot `crypto.hash` (Node 20.12+) is several times cheaper than a Hash object per call, and
// a scan hashes every paragraph; older Node 20 releases fall back to `createHash`.
const oneShot = (crypto as { hash?: (algorithm: string, data: string, encoding: 'hex') => string }).hash;

function hexDigest(algorithm: string, data: string): string {
  return oneShot ? oneShot(algorithm, data, 'hex') : crypto.createHash(algorithm).update(data).digest('hex');
}
