import { createHash } from 'node:crypto';

/** A stable identity for a finding: the rule and the content parts, hashed (32 hex digits). */
export function fingerprint(ruleId: string, parts: readonly string[]): string {
  return createHash('sha256').update(JSON.stringify([ruleId, ...parts])).digest('hex').slice(0, 32);
}

/** A short hash of a block's content, for grouping repeats. */
export function contentHash(text: string): string {
  return createHash('sha1').update(text).digest('hex').slice(0, 20);
}
