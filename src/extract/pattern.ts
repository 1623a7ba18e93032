/** Builds an alternation from vocabulary keys, longest first so that 万亿 wins over 万. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
}

/**
 * `alternation`, where typeset text may space out the Chinese characters of a word (`个 百 分 点`):
 * up to three spaces or tabs between two Han characters. Read the match with `unspaced`.
 */
export function spacedAlternation(words: Iterable<string>): string {
  return alternation(words)
    .split('|')
    .map((w) => w.replace(/(?<=\p{Script=Han})(?=\p{Script=Han})/gu, '[ \\t]{0,3}'))
    .join('|');
}

/** A match of `spacedAlternation` as the vocabulary writes it. */
export function unspaced(match: string): string {
  return /\p{Script=Han}[ \t]/u.test(match) ? match.replace(/(?<=\p{Script=Han})[ \t]+(?=\p{Script=Han})/gu, '') : match;
}

/**
 * Every match of a global pattern that cannot match the empty string, as `matchAll` gives them,
 * but on the shared pattern: `matchAll` copies the pattern on every call, which costs more than a
 * short scan. The pattern is rewound before and after.
 */
export function execAll(pattern: RegExp, text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) out.push(m);
  pattern.lastIndex = 0;
  return out;
}

/** Digits alone (`12.86`, `38.62`): a figure whose unit, if any, is stated somewhere else. */
export const DIGITS_ONLY = /^[-+]?[0-9０-９][0-9０-９.,．，]*$/u;
