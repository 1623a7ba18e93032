import { TRADITIONAL_SPELLINGS } from './traditional.js';

const HAN_RUN = /\p{Script=Han}+/gu;

/**
 * 营收 → 營收, 分钟 → 分鐘, 数据中心 → 數據中心 and 資料中心: the ways Traditional Chinese writes a
 * vocabulary word (Taiwan, Taiwan's own words, Hong Kong), without the word itself and repeats.
 */
export function traditionalOf(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const spelled = word.replace(HAN_RUN, (run) => TRADITIONAL_SPELLINGS[run]?.[i] ?? run);
    out.add(spelled);
    // 成交額占比 beside 成交額佔比: Hong Kong and Taiwan papers write 占 as often as 佔.
    if (spelled.includes('佔')) out.add(spelled.replace(/佔/g, '占'));
  }
  out.delete(word);
  return [...out];
}

/** The words, each followed by its Traditional spellings. */
export function withTraditional(words: readonly string[]): string[] {
  const out = new Set<string>();
  for (const w of words) {
    out.add(w);
    for (const t of traditionalOf(w)) out.add(t);
  }
  return [...out];
}

/** A vocabulary table whose words are keys, with their Traditional spellings as keys of the same value. */
export function withTraditionalKeys<V>(table: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  const out: Record<string, V> = { ...table };
  for (const [word, value] of Object.entries(table)) for (const t of traditionalOf(word)) if (!(t in out)) out[t] = value;
  return out;
}
