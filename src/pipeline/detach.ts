import type { Claim, Subject } from '../model/claim.js';
import type { DocumentResult } from '../model/result.js';
import { unpinned } from '../text/own-copy.js';

// Both walks visit every field, so fields that later stages add to results are covered too.

/**
 * Makes a result analysed in this thread share no string with its document's text, in place.
 * V8 makes `text.slice()` of 13 or more characters a view that keeps the whole text alive, so a
 * claim's `text` or a block's excerpt would pin every document of an archive in memory.
 */
export function detachFromText(result: DocumentResult, strings: Interner): DocumentResult {
  // Short strings are shared as in `shareStrings`: slices of fewer than 13 characters are copies.
  walk(result, (key, s) => (shared(key, s) ? strings.get(s) : unpinned(s)));
  return shareSubjects(result, strings);
}

/**
 * Makes a result that was copied in (from a worker thread or a claims file) share its file names
 * and short strings (languages, kinds, units, qualifiers, many claim texts) with the results
 * before it, in place: otherwise each claim holds its own copy of each, a third of its memory.
 */
export function shareStrings(result: DocumentResult, strings: Interner): DocumentResult {
  walk(result, (key, s) => (shared(key, s) ? strings.get(s) : s));
  return shareSubjects(result, strings);
}

/** One shared copy of each equal string, and of each equal subject. */
export class Interner {
  private readonly strings = new Map<string, string>();
  /** Per subject id, its distinct forms (a few labels and confidences each). */
  private readonly subjects = new Map<string, Subject[]>();
  get(s: string): string {
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    // The first copy of a name is kept for the rest of the run: it must not pin its document.
    const own = unpinned(s);
    this.strings.set(own, own);
    return own;
  }
  subject(s: Subject): Subject {
    // Looked up by id, then compared: a key string built and hashed for each claim of an
    // archive took three times as long (61,000 claims, 187 distinct subjects: 32 → 10 ms).
    const forms = this.subjects.get(s.id);
    if (forms === undefined) {
      this.subjects.set(s.id, [s]);
      return s;
    }
    for (const known of forms) if (known.label === s.label && known.confidence === s.confidence && known.inferred === s.inferred && known.guessed === s.guessed) return known;
    forms.push(s);
    return s;
  }
}

const MAX_SHARED_LENGTH = 12;
/**
 * Fields whose values come from a small vocabulary (attribute ids, periods, units, the words a
 * share is of, subject names) whatever their length: one copy each for the whole archive.
 */
const VOCABULARY_KEYS: ReadonlySet<string | number> = new Set(['file', 'attribute', 'period', 'unit', 'currency', 'date', 'shareOf', 'label', 'ruleId']);

function shared(key: string | number, s: string): boolean {
  return s.length <= MAX_SHARED_LENGTH || VOCABULARY_KEYS.has(key);
}

/** Claims copied from a worker thread each bring their own copy of their subject. */
function shareSubjects(result: DocumentResult, strings: Interner): DocumentResult {
  for (const claim of result.claims as Claim[]) {
    if (claim.subject) (claim as { subject: Subject }).subject = strings.subject(claim.subject);
  }
  return result;
}

function walk(value: object, replace: (key: string | number, s: string) => string): void {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (typeof v === 'string') value[i] = replace(i, v);
      else if (typeof v === 'object' && v !== null) walk(v, replace);
    }
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key in record) {
    const v = record[key];
    if (typeof v === 'string') record[key] = replace(key, v);
    else if (typeof v === 'object' && v !== null) walk(v, replace);
  }
}
