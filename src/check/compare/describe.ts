import { claimPlace } from '../locate.js';
import type { Claim } from '../../model/claim.js';
import type { Location } from '../../model/finding.js';
import { extend } from '../../util/extend.js';

const QUALIFIER_MARKS: Readonly<Record<string, string>> = {
  approx: '≈', moreThan: '>', atLeast: '≥', lessThan: '<', atMost: '≤', exact: '', range: '',
};

/** A normalised value as messages show it: `2.0e10 USD`, `29.6%`, `3.0e10 parameter`, `2025-12-15`. */
export function normalised(c: Claim): string {
  if (c.kind === 'date') return c.date ?? c.text;
  const mark = QUALIFIER_MARKS[c.qualifier] ?? '';
  const number = c.min !== undefined && c.max !== undefined && c.value === null ? `${num(c.min)}–${num(c.max)}` : num(c.value ?? 0);
  if (c.kind === 'percent') return `${mark}${number}${c.unit === 'pp' ? ' pp' : '%'}`;
  if (c.kind === 'ratio') return `${mark}×${number}`;
  const unit = c.currency ?? c.unit;
  return `${mark}${number}${unit ? ` ${unit}` : ''}`;
}

/** Plain numbers stay plain below 10 000; larger ones in exponent form with their significant digits. */
function num(v: number): string {
  if (Math.abs(v) < 10000) return String(Number(v.toPrecision(6)));
  const digits = significantDigits(v, 6);
  return v.toExponential(Math.max(1, Math.min(5, digits.length - 1))).replace('e+', 'e');
}

/** The significant digits of a value to `precision` places, without sign, point or padding zeros: `984` for 9.84e9. */
export function significantDigits(v: number, precision: number): string {
  return Math.abs(v).toPrecision(precision).replace(/e.*$/, '').replace('.', '').replace(/^0+/, '').replace(/0+$/, '');
}

/** `约200亿美元 → ≈2.0e10 USD (groq-deal-cn.md:9)` */
export function sideOf(c: Claim): string {
  return `${c.text} → ${normalised(c)} (${c.file}:${c.line})`;
}

/** A claim as a finding location. */
export function locationOf(c: Claim, label?: string): Location {
  return extend(claimPlace(c), {
    value: c.kind === 'date' ? (c.date ?? null) : c.value,
    ...(c.currency ?? c.unit ? { unit: c.currency ?? c.unit } : {}),
    ...(label ? { label } : {}),
  });
}

/** Why two values a power of ten apart were probably written: the scale words that slip. */
export function slipCause(a: Claim, b: Claim, power: number): string {
  const p = Math.abs(power);
  const langs = new Set([a.lang, b.lang]);
  if (p === 4) return 'likely 万/亿 slip';
  if (p === 1 && langs.has('zh') && langs.has('en')) return 'likely 亿/billion slip';
  if (p === 1) return 'likely a misplaced digit or decimal point';
  if (p === 3) return 'likely million/billion (or 千/万) slip';
  if (p === 2) return 'likely 百万/亿 slip';
  return `likely a scale word slip`;
}

/** Scale slips that happen: 亿/billion (10), million/billion or 千/万 (1000), 万/亿 (10⁴). */
export const SLIP_POWERS: ReadonlySet<number> = new Set([1, 3, 4]);

export function timesApart(power: number): string {
  const p = Math.abs(power);
  return p === 1 ? '×10 apart' : `×10^${p} apart`;
}
