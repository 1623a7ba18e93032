/**
 * Finds names of a fixed table in text, as a regex alternation of the names sorted longest first
 * would (`/A|B|…/g`, leftmost, then longest, matched case-sensitively by UTF-16 unit), but without
 * trying every name at every position: names are indexed by their first character, and a bitmap
 * of first characters skips the rest of the text in one lookup per character. A scan of a
 * document's sentences with a table of hundreds of names costs about as much as reading it.
 */
export class NameScanner {
  private readonly first = new Uint8Array(0x10000);
  /** Names by first UTF-16 unit, longest first. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of new Set(names)) {
      if (name.length === 0) continue;
      const c = name.charCodeAt(0);
      this.first[c] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(name);
      else this.byFirst.set(c, [name]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
  }

  /** The longest name that starts at `at` and ends by `end`, if any. */
  nameAt(text: string, at: number, end: number): string | undefined {
    if (this.first[text.charCodeAt(at)] === 0) return undefined;
    for (const name of this.byFirst.get(text.charCodeAt(at))!) {
      if (name.length <= end - at && text.startsWith(name, at)) return name;
    }
    return undefined;
  }

  /** The first position in `[from, end)` where a name of the table may start. */
  nextCandidate(text: string, from: number, end: number): number {
    const first = this.first;
    let i = from;
    while (i < end && first[text.charCodeAt(i)] === 0) i++;
    return i;
  }
}
