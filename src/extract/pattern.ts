/** Builds an alternation from vocabulary keys, longest first so that 万亿 wins over 万. */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'))
    .join('|');
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
