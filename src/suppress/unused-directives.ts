import { stamp, type RuleSetting } from '../check/run-rules.js';
import { unusedDisableDirective } from '../check/rules/unused-disable-directive.js';
import type { Finding } from '../model/finding.js';
import type { Suppressions } from './suppressions.js';

/**
 * One info finding per directive that silenced nothing, or per named rule that it did not need
 * (as ESLint's `--report-unused-disable-directives`): stale suppressions hide regressions.
 */
export function unusedDirectiveFindings(suppressions: Suppressions, knownRules: ReadonlySet<string>, setting: RuleSetting): Finding[] {
  if (setting === 'off') return [];
  const out: Finding[] = [];
  const seen = new Map<string, number>();
  for (const { file, digest, used } of suppressions.all()) {
    const name = digest.kind === 'front-matter' ? 'front matter "factcheck.disable"' : `factcheck-${digest.kind}`;
    let message: string | undefined;
    if (digest.invalid) message = `Invalid suppression: ${digest.invalid}; it silences nothing.`;
    else {
      const unknown = digest.rules.filter((r) => !knownRules.has(r));
      const idle = digest.rules.filter((r) => knownRules.has(r) && !used.has(r));
      const parts: string[] = [];
      if (unknown.length) parts.push(`names unknown rule${unknown.length > 1 ? 's' : ''} ${quote(unknown)}`);
      if (digest.rules.length === 0 && used.size === 0) parts.push('silenced no finding');
      else if (idle.length) parts.push(`silenced no finding of ${quote(idle)}`);
      if (parts.length) message = `Unused ${name} directive: it ${parts.join(' and ')}.`;
    }
    if (!message) continue;
    const key = `${file}\u0000${digest.location.text}`;
    const nth = (seen.get(key) ?? 0) + 1;
    seen.set(key, nth);
    out.push(
      stamp(unusedDisableDirective, setting, {
        message,
        locations: [digest.location],
        fingerprintParts: [file, digest.location.text, String(nth)],
      }),
    );
  }
  return out;
}

function quote(ids: readonly string[]): string {
  return ids.map((r) => `"${r}"`).join(', ');
}
