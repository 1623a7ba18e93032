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
 * The ways a Chinese name is spelt in pinyin without tones or spaces (`星衍` → `xingyan`; `银行`
 * → `yinxing`, `yinhang`, …, at most `MAX_SPELLINGS`), or none when a character has no reading
 * known (or the name is not all Chinese).
 */
export function pinyinSpellings(name: string): string[] {
  let spellings = [''];
  for (const c of name) {
    if (!isHan(c.charCodeAt(0))) return [];
    const rs = readingsOf(c);
    if (!rs) return [];
    const next: string[] = [];
    for (const s of spellings) for (const r of rs) if (next.length < MAX_SPELLINGS) next.push(s + r);
    spellings = next;
  }
  return spellings;
}

/** A Latin name as its pinyin would be written: its letters, lower case (`Xingyan AI` → `xingyanai`); none for other names. */
export function latinSpelling(name: string): string | undefined {
  if (!/^[A-Za-z][A-Za-z .'-]*$/.test(name)) return undefined;
  return name.toLowerCase().replace(/[^a-z]/g, '');
}
