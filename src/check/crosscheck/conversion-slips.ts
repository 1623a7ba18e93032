import type { Claim } from '../../model/claim.js';
import type { RuleReport } from '../rule.js';
import { locationOf, normalised, sideOf, timesApart } from '../compare/describe.js';
import { claimId } from '../../extract/claim-id.js';
import { CONVERSION_BAND, UNITS_PER_USD } from '../../vocab/exchange-rates.js';

const RULE = 'magnitude-slip';

/**
 * An amount whose stated conversion is a power of ten off the rough rate of its two currencies:
 * `RMB15 billion (about US$209 million)` converts RMB1.5 billion, `15亿元` read as `15 billion`. The
 * writer converted the amount as the source states it, so the amount is reported first, then its
 * conversion. Only a power of ten (10, a thousand, ten thousand) past the rates' wide band: any other
 * gap is a rate of another day. A warning: which of the two slipped the text does not say.
 */
export function conversionSlips(claims: readonly Claim[]): { rule: string; report: RuleReport }[] {
  const out: { rule: string; report: RuleReport }[] = [];
  let byId: Map<string, Claim> | undefined;
  for (const c of claims) {
    // (An exchange rate's sides, `€1 = ¥7.82，HK$1 = ¥0.913`, are no amount and its conversion.)
    if (c.conversionOf === undefined || c.value === null || c.value <= 0 || c.value === 1 || c.exchangeRate) continue;
    byId ??= new Map(claims.map((o) => [claimId(o), o]));
    const original = byId.get(c.conversionOf);
    if (!original || original.value === null || original.value <= 0 || original.value === 1 || original.exchangeRate) continue;
    const ro = UNITS_PER_USD[original.currency ?? ''];
    const rc = UNITS_PER_USD[c.currency ?? ''];
    if (!ro || !rc) continue;
    const implied = (original.value / ro) / (c.value / rc);
    const power = Math.round(Math.log10(implied));
    if (power === 0 || !SLIP_POWERS.has(Math.abs(power)) || Math.abs(implied / 10 ** power - 1) > CONVERSION_BAND) continue;
    out.push({
      rule: RULE,
      report: {
        severity: 'warning',
        message: `${sideOf(original)} is converted as ${sideOf(c)}: ${timesApart(power)} from the rate of the two currencies; the amount or its conversion is likely wrong.`,
        locations: [locationOf(original, `states ${normalised(original)}`), locationOf(c, `converts it as ${normalised(c)}`)],
        fingerprintParts: ['conversion', original.file, normalised(original), normalised(c)],
        ...(original.subject ? { subject: original.subject.id } : {}),
      },
    });
  }
  return out;
}

/** The powers of ten a slip of scale words makes: 亿/billion, million/billion, 万/亿. */
const SLIP_POWERS: ReadonlySet<number> = new Set([1, 3, 4]);
