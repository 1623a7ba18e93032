import type { Claim } from '../../model/claim.js';
import { significantDigits } from './describe.js';

/** The significant digits of a value: `984` for 9.84e9, `41` for -4.1. */
export function digitsOf(value: number): string {
  return significantDigits(value, 12);
}

/**
 * Whether two exact figures in one currency state the same digits with two neighbouring ones
 * swapped, their first digit in the same place (`46.8%` and `48.6%`, 4.1 and 1.4; not 41 and 1.4),
 * with at least `minDigits` digits: a typist's slip rather than another value.
 */
export function transposed(a: Claim, b: Claim, minDigits: number): boolean {
  if (a.value === null || b.value === null || a.value === 0 || b.value === 0 || a.qualifier !== 'exact' || b.qualifier !== 'exact') return false;
  if ((a.currency ?? '') !== (b.currency ?? '') || !sameOrder(a.value, b.value)) return false;
  const da = digitsOf(a.value);
  const db = digitsOf(b.value);
  return da.length >= minDigits && da.length === db.length && swapped(da, db);
}

function sameOrder(a: number, b: number): boolean {
  return Math.floor(Math.log10(Math.abs(a))) === Math.floor(Math.log10(Math.abs(b)));
}

/** Whether `b` is `a` with two neighbouring digits swapped. */
function swapped(a: string, b: string): boolean {
  for (let k = 0; k + 1 < a.length; k++) {
    if (a[k] === b[k]) continue;
    return a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
  }
  return false;
}
