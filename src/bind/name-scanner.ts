/**
 * Finds names of a fixed table in text, as a regex alternation of the names sorted longest first
 * would (`/A|B|…/g`, leftmost, then longest, matched case-sensitively by UTF-16 unit), but without
 * trying every name at every position: names are indexed by their first character, and bitmaps
 * of first characters and of first pairs of characters skip the rest of the text in a lookup or
 * two per character (names start with characters as common as 中, 大 or 美: 中芯国际, 大众汽车,
 * 美光). A scan of a document's sentences with a table of hundreds of names costs about as much as
 * reading it.
 */
export class NameScanner {
  /** 1: a name starts with this unit; 2: a name of one unit is this unit (no pair to check). */
  private readonly first = new Uint8Array(0x10000);
  /** Hashed first two units of the names: a zero means no name starts with that pair. */
  private readonly pairs = new Uint8Array(PAIR_SLOTS);
  /** Names by first UTF-16 unit, longest first. */
  private readonly byFirst = new Map<number, string[]>();

  constructor(names: Iterable<string>) {
    for (const name of new Set(names)) {
      if (name.length === 0) continue;
      const c = name.charCodeAt(0);
      if (name.length === 1) this.first[c] = 2;
      else {
        if (this.first[c] === 0) this.first[c] = 1;
        this.pairs[pairSlot(c, name.charCodeAt(1))] = 1;
      }
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
    const { first, pairs } = this;
    for (let i = from; i < end; i++) {
      const f = first[text.charCodeAt(i)];
      if (f === 2 || (f === 1 && pairs[pairSlot(text.charCodeAt(i), text.charCodeAt(i + 1))] === 1)) return i;
    }
    return end;
  }
}

const PAIR_SLOTS = 1 << 16;

/** Where a pair of UTF-16 units sits in the pair bitmap (a collision only costs a useless look). */
function pairSlot(a: number, b: number): number {
  return ((a * 31) ^ b) & (PAIR_SLOTS - 1);
}
