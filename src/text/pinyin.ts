import { PINYIN_READINGS } from '../vocab/pinyin.js';
import { isHan } from '../segment/script.js';

/** How many spellings of one name are tried: a name of several characters read several ways. */
const MAX_SPELLINGS = 16;

let readings: Map<string, string[]> | undefined;

/** The toneless readings of each character, built once, when first asked. */
function readingsOf(c: string): readonly string[] | undefined {
  if (!readings) {
    readings = new Map();
    for (const [reading, chars] of Object.entries(PINYIN_READINGS)) {
      for (const ch of chars) {
        const list = readings.get(ch);
        if (list) list.push(reading);
        else readings.set(ch, [reading]);
      }
    }
  }
  return readings.get(c);
}

/**
 * A pinyin syllable as Wade-Giles writes it without apostrophes or umlauts (`ding` → `ting`, `jun` →
 * `chun`, `zhong` → `chung`, `xin` → `hsin`): Taiwan's companies go by such names (`鼎鈞`, `Tingchun`).
 */
export function wadeGiles(syllable: string): string {
  const whole = WG_WHOLE[syllable];
  if (whole) return whole;
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcswy]?)(.*)$/.exec(syllable)!;
  const initial = WG_INITIALS[m[1]!] ?? m[1]!;
  let final = m[2]!;
  if (final === 'i' && (m[1] === 'zh' || m[1] === 'ch' || m[1] === 'sh' || m[1] === 'r')) final = 'ih';
  else if (final === 'i' && (m[1] === 'z' || m[1] === 'c')) final = 'u';
  else if (final === 'i' && m[1] === 's') return 'ssu';
  else final = final.replace(/^iong$/, 'iung').replace(/ong$/, 'ung').replace(/^ian$/, 'ien').replace(/^ie$/, 'ieh').replace(/^ue$/, 'ueh').replace(/^ui$/, 'uei');
  if ((m[1] === 'g' || m[1] === 'k' || m[1] === 'h') && final === 'e') final = 'o';
  return initial + final;
}

const WG_INITIALS: Readonly<Record<string, string>> = {
  b: 'p', d: 't', g: 'k', j: 'ch', q: 'ch', x: 'hs', zh: 'ch', r: 'j', z: 'ts', c: 'ts',
};
const WG_WHOLE: Readonly<Record<string, string>> = {
  you: 'yu', yan: 'yen', ye: 'yeh', yi: 'i', yong: 'yung', yue: 'yueh', er: 'erh', ri: 'jih',
};

/**
 * The ways a Chinese name is spelt in pinyin without tones or spaces (`星衍` → `xingyan`; `银行`
 * → `yinxing`, `yinhang`, …, at most `MAX_SPELLINGS`), and in Wade-Giles from each character's first
 * reading (`hsingyen`; `鼎鈞` → `tingchun`), or none when a character has no reading known (or the
 * name is not all Chinese).
 */
export function pinyinSpellings(name: string): string[] {
  let spellings = [''];
  let wg = '';
  for (const c of name) {
    if (!isHan(c.charCodeAt(0))) return [];
    const rs = readingsOf(c);
    if (!rs) return [];
    const next: string[] = [];
    for (const s of spellings) for (const r of rs) if (next.length < MAX_SPELLINGS) next.push(s + r);
    spellings = next;
    // Taiwan's Wade-Giles (`鼎鈞` → `tingchun`): one more spelling of the whole name, in that system throughout.
    wg += wadeGiles(rs[0]!);
  }
  return wg && spellings.length < MAX_SPELLINGS && !spellings.includes(wg) ? [...spellings, wg] : spellings;
}

/** A Latin name as its pinyin would be written: its letters, lower case (`Xingyan AI` → `xingyanai`); none for other names. */
export function latinSpelling(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return undefined;
  return name.toLowerCase().replace(/[^a-z]/g, '');
}

/** How many letters a pinyin syllable has at most (`zhuang`). */
const MAX_SYLLABLE = 6;
let syllables: Set<string> | undefined;

/**
 * Whether a word reads as pinyin syllables run together (`Tianheng`, `Haoqi`, `Xinghe`), as a
 * mainland company's name is written in English; `Saltmere`, `Corvane`, `Northgale` do not.
 */
export function isPinyinWord(word: string): boolean {
  syllables ??= new Set(Object.keys(PINYIN_READINGS));
  const w = word.toLowerCase();
  if (!/^[a-z]+$/.test(w)) return false;
  const reach = new Array<boolean>(w.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < w.length; i++) {
    if (!reach[i]) continue;
    for (let n = 1; n <= MAX_SYLLABLE && i + n <= w.length; n++) if (syllables.has(w.slice(i, i + n))) reach[i + n] = true;
  }
  return reach[w.length]!;
}
