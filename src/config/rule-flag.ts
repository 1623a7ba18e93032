import yaml from 'js-yaml';
import type { Rule } from '../check/rule.js';
import { ConfigError } from './errors.js';
import type { RuleEntry } from './types.js';
import { validateConfig } from './validate.js';

/**
 * Parses `--rule` values: ESLint's `'id: severity'` (the value may be any YAML flow value, so
 * `'id: [warning, {tolerance: 0.02}]'` works) or the shorter `id=severity`. Later flags win.
 */
export function parseRuleFlags(values: readonly string[], rules: readonly Rule[]): Record<string, RuleEntry> {
  const out: Record<string, RuleEntry> = {};
  for (const value of values) {
    const eq = /^\s*([a-z][a-z0-9-]*)\s*=\s*([a-z]+)\s*$/.exec(value);
    let parsed: unknown;
    if (eq) parsed = { [eq[1]!]: eq[2] };
    else {
      try {
        parsed = yaml.load(value, { schema: yaml.CORE_SCHEMA });
      } catch {
        throw new ConfigError(`--rule "${value}": expected "rule-id: severity" or "rule-id=severity"`);
      }
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
      throw new ConfigError(`--rule "${value}": expected "rule-id: severity" or "rule-id=severity"`);
    }
    const checked = validateConfig({ rules: parsed }, `--rule "${value}"`, rules);
    Object.assign(out, checked.rules);
  }
  return out;
}
