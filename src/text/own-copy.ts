/**
 * A string with its own characters, flat and one byte per character when it can be. Decoding its
 * UTF-16 code units builds a new sequential string (lone surrogates included) about four times
 * faster than joining its characters; slicing a concatenation would leave a sliced-string header
 * (and a two-byte parent when the document had any non-Latin-1 character) on every claim.
 */
export function ownCopy(s: string): string {
  return Buffer.from(s, 'utf16le').toString('utf16le');
}

/** Below this length V8 copies a slice instead of pointing into its parent. */
export const MIN_SLICED_LENGTH = 13;

/**
 * `s`, or a copy of it when it may be a slice of a larger string. V8 makes `text.slice()` of 13 or
 * more characters a view that keeps the whole text alive: whatever outlives a document (a cache, an
 * interned name, a claim) must not hold one.
 */
export function unpinned(s: string): string {
  return s.length >= MIN_SLICED_LENGTH ? ownCopy(s) : s;
}
