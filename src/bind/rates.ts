import { RATE_MEASURES } from '../vocab/attributes.js';

const RATES: ReadonlySet<string> = new Set(RATE_MEASURES);

/** Whether the attribute measures a rate (`load-factor`, `gross-margin`), whose changes are written in points. */
export function isRate(attribute: string): boolean {
  return RATES.has(attribute);
}

/** A change whose measure is itself a rate (`growth:load-factor`, `change:gross-margin`), which moves in points. */
export function isChangeOfRate(attribute: string | undefined): boolean {
  if (!attribute) return false;
  const [change, measure] = attribute.split(':');
  return (change === 'growth' || change === 'change') && measure !== undefined && RATES.has(measure);
}
