import type { RawClaim } from '../raw-claim.js';
import { extend } from '../../util/extend.js';

/** Between items of one list: a separator, maybe a name and brackets, no digits and no sentence end. */
const LIST_GAP = /^[^0-9０-９。！？!?]{0,24}$/u;
const SEPARATOR = /[、,，;；/]|\b(?:and|or)\b|[和及与與或]/u;
/** A gap of separators alone (`、`, `, `, ` and `, `和`): no word that says what the item before counts. */
const SEPARATOR_ONLY = /^(?:[\s、,，;；/]|\band\b|\bor\b|[和及与與或])*$/u;

/**
 * In a list of figures only the first or the last item often says what is counted:
 * `Nano(300 亿参数)、Super(1000 亿)、Ultra(5000 亿)`, `（300亿、1000亿、5000亿参数）`,
 * `Nano (30B parameters), Super (100B), and Ultra (500B)`. The scaled numbers of such a list
 * take the kind, unit and currency of the one item that has them.
 */
export function carryListUnits(s: string, base: number, claims: RawClaim[]): RawClaim[] {
  const out = claims.slice();
  let i = 0;
  while (i < out.length) {
    let j = i;
    while (j + 1 < out.length && isListGap(s.slice(out[j]!.end - base, out[j + 1]!.start - base))) j++;
    if (j > i) carry(s, base, out, i, j);
    i = j + 1;
  }
  return out;
}

function isListGap(gap: string): boolean {
  // `1,人民币140亿元`: a comma glued to both sides is a thousands separator gone wrong, not a list.
  if (gap === ',' || !LIST_GAP.test(gap)) return false;
  const separator = SEPARATOR.exec(gap);
  // `sold 68 million new shares, raising 186 million yuan`: a word right after the first figure says what it counts.
  return separator !== null && !OWN_NOUN.test(gap.slice(0, separator.index));
}
const OWN_NOUN = /\p{L}{2}/u;

function carry(s: string, base: number, claims: RawClaim[], from: number, to: number): void {
  const items = claims.slice(from, to + 1);
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const source = [first, last].find((c) => c.kind !== 'number' && c.kind !== 'date' && (c.unit !== undefined || c.currency !== undefined));
  if (!source) return;
  // Only items written at the same scale (30B, 100B, 500B; 300亿, 1000亿) are one list of one thing.
  const sameScale = (c: RawClaim): boolean => (c.scale ?? 1) !== 1 && c.scale === source.scale;
  const numbers = items.filter((c) => c.kind === 'number' && !c.bare && sameScale(c));
  // 300、1000和5000亿参数: bare items before a scaled last item share its scale too, when only
  // separators stand between them (`46 stores and $1.5 billion` counts stores).
  const bareBeforeScaledLast =
    source === last &&
    items.slice(0, -1).every((c) => c.kind === 'number' && c.bare) &&
    (last.scale ?? 1) !== 1 &&
    items.slice(1).every((c, k) => SEPARATOR_ONLY.test(s.slice(items[k]!.end - base, c.start - base)));
  if (numbers.length + (bareBeforeScaledLast ? items.length - 1 : 0) === 0) return;
  for (let k = from; k <= to; k++) {
    const c = claims[k]!;
    if (c === source || c.kind !== 'number' || c.value === null) continue;
    if (c.bare ? !bareBeforeScaledLast : !sameScale(c)) continue;
    const value = c.bare ? Number((c.value * (source.scale ?? 1)).toPrecision(12)) : c.value;
    claims[k] = extend(c, {
      kind: source.kind,
      value,
      bare: false,
      ...(source.unit !== undefined ? { unit: source.unit } : {}),
      ...(source.currency !== undefined ? { currency: source.currency } : {}),
    });
  }
}
