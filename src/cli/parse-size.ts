import { UsageError } from './usage-error.js';

const UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, kib: 1024, m: 1024 ** 2, mb: 1024 ** 2, mib: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3, gib: 1024 ** 3 };

/**
 * Reads a size such as `65536`, `512KB`, `10MB` or `1.5 GB` (binary multiples: 1 KB = 1024
 * bytes, as file managers on most systems count). Anything else is a usage error naming the flag.
 */
export function parseSize(value: string, flag: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? UNITS[m[2]!.toLowerCase()] : undefined;
  const bytes = m && unit ? Math.floor(Number(m[1]) * unit) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes < 1) {
    throw new UsageError(`${flag} expects a size in bytes or with a unit (KB, MB, GB), such as 10MB; got "${value}"`);
  }
  return bytes;
}
