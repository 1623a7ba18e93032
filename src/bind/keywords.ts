import { alternation } from '../extract/pattern.js';
import { withTraditional } from '../vocab/spellings.js';

/** A keyword found in the text, with the ids it stands for. */
export interface KeywordHit {
  readonly ids: readonly string[];
  readonly start: number;
  readonly end: number;
}

/** What a Latin keyword must not touch: Latin letters (`share` is not in `timeshare`), while Chinese text may (数据中心GPU市场). */
const LETTER = /\p{Script=Latin}/u;

/**
 * Finds vocabulary words in text: Latin words case-insensitively and only as whole words (list
 * each inflection: `share` never matches `shares` or `timeshare`), Chinese words anywhere, in
 * Simplified or Traditional spelling (营收, 營收).
 */
export class KeywordMatcher {
  private readonly ids = new Map<string, string[]>();
  private readonly pattern: RegExp;

  constructor(entries: Iterable<readonly [id: string, words: readonly string[]]>) {
    for (const [id, words] of entries) {
      for (const w of withTraditional(words)) {
        const key = w.toLowerCase();
        const list = this.ids.get(key);
        if (!list) this.ids.set(key, [id]);
        else if (!list.includes(id)) list.push(id);
      }
    }
    this.pattern = new RegExp(alternation(this.ids.keys()), 'gi');
  }

  /** The last stretch read: the binder asks about the same sentence once for each of its figures. */
  private last: { text: string; start: number; end: number; hits: readonly KeywordHit[] } | undefined;

  find(text: string, start: number, end: number): readonly KeywordHit[] {
    const last = this.last;
    if (last && last.text === text && last.start === start && last.end === end) return last.hits;
    const hits = this.scan(text, start, end);
    this.last = { text, start, end, hits };
    return hits;
  }

  private scan(text: string, start: number, end: number): KeywordHit[] {
    const out: KeywordHit[] = [];
    const slice = text.slice(start, end);
    this.pattern.lastIndex = 0;
    for (let m = this.pattern.exec(slice); m; m = this.pattern.exec(slice)) {
      const word = m[0];
      const latin = /^[A-Za-z]/.test(word);
      const after = slice[m.index + word.length];
      if (latin && ((m.index > 0 && LETTER.test(slice[m.index - 1]!)) || (/[A-Za-z]$/.test(word) && after !== undefined && LETTER.test(after)))) {
        this.pattern.lastIndex = m.index + 1;
        continue;
      }
      out.push({ ids: this.ids.get(word.toLowerCase())!, start: start + m.index, end: start + m.index + word.length });
    }
    return out;
  }
}
