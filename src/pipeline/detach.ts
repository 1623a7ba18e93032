import type { DocumentResult } from '../model/result.js';

/**
 * Makes a result share no string with its document's text, in place. V8 makes `text.slice()` of
 * 13 or more characters a view that keeps the whole text alive, so a claim's `text` or a block's
 * excerpt would pin every document of an archive in memory. Walks every field, so fields that
 * later stages add are covered too. File names and short strings are shared instead: results
 * that crossed from a worker thread (whose strings are copies already) hold one copy per claim
 * otherwise.
 */
export function detached(result: DocumentResult, strings: Interner = new Interner(), fromWorker = false): DocumentResult {
  walk(result, strings, !fromWorker);
  return result;
}

/** One shared copy of each equal string. */
export class Interner {
  private readonly strings = new Map<string, string>();
  get(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    this.strings.set(s, s);
    return s;
  }
}

/**
 * Short strings (languages, kinds, units, qualifiers, many claim texts) repeat across claims; a
 * result that crossed from a worker holds a copy of each. Sharing them saves about a third of a
 * claim's memory.
 */
const MAX_INTERNED_LENGTH = 12;

/** Below this length V8 copies a slice instead of pointing into its parent. */
const MIN_SLICED_LENGTH = 13;

function walk(value: object, strings: Interner, copyLong: boolean): void {
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    const v = record[key];
    if (typeof v === 'string') {
      if (key === 'file' || v.length <= MAX_INTERNED_LENGTH) record[key] = strings.get(v);
      else if (copyLong && v.length >= MIN_SLICED_LENGTH) record[key] = flatCopy(v);
    } else if (typeof v === 'object' && v !== null) {
      walk(v, strings, copyLong);
    }
  }
}

/** A string with its own characters: concatenation then slicing makes V8 copy them. */
function flatCopy(s: string): string {
  return ` ${s}`.slice(1);
}
