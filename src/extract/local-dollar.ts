import { LOCAL_DOLLAR_CUES, TRADITIONAL_MARKERS } from '../vocab/currencies.js';

const TRADITIONAL = new Map(TRADITIONAL_MARKERS.map(([t]) => [t.charCodeAt(0), 1]));
const SIMPLIFIED = new Map(TRADITIONAL_MARKERS.map(([, s]) => [s.charCodeAt(0), 1]));
/** Of a long text, the start tells its script as well as the whole. */
const SCRIPT_SAMPLE = 20_000;
/** The fewest markers a text must show to be taken as written in traditional characters. */
const MIN_MARKERS = 3;
/** Markers of simplified characters, and none of traditional ones, that settle it before the sample ends. */
const CLEARLY_SIMPLIFIED = 20;

/**
 * The dollar a bare `元` stands for in `text` (`TWD`, `HKD`), or none: an article written in
 * traditional characters that names Taiwan's or Hong Kong's currency or places, the one it names
 * more. Any other article's `元` is the renminbi.
 */
export function localDollarOf(text: string): 'TWD' | 'HKD' | undefined {
  let traditional = 0;
  let simplified = 0;
  const end = Math.min(text.length, SCRIPT_SAMPLE);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x4e00) continue;
    if (TRADITIONAL.has(c)) traditional++;
    else if (SIMPLIFIED.has(c) && ++simplified >= CLEARLY_SIMPLIFIED && traditional === 0) return undefined;
  }
  if (traditional < MIN_MARKERS || traditional <= simplified) return undefined;
  const taiwan = countOf(text, LOCAL_DOLLAR_CUES.TWD);
  const hongKong = countOf(text, LOCAL_DOLLAR_CUES.HKD);
  if (taiwan === 0 && hongKong === 0) return undefined;
  return taiwan >= hongKong ? 'TWD' : 'HKD';
}

function countOf(text: string, words: readonly string[]): number {
  let n = 0;
  for (const w of words) for (let at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length)) n++;
  return n;
}
