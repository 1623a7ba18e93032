import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import type { Rule } from '../check/rule.js';
import { ConfigError } from './errors.js';
import { CONFIG_SCHEMA } from './schema.js';
import type { FactcheckConfig } from './types.js';

let compiled: ValidateFunction | undefined;
const ajv = new Ajv({ allErrors: false, strictTuples: false });

/**
 * Checks a parsed config against the published schema, then its rule ids against the rules that
 * exist and each rule's options against the rule's own options schema. Throws a one-line
 * `ConfigError` naming `source` and the key at fault.
 */
export function validateConfig(data: unknown, source: string, rules: readonly Rule[]): FactcheckConfig {
  compiled ??= ajv.compile(CONFIG_SCHEMA);
  if (!compiled(data)) throw new ConfigError(`${source}: ${describe(compiled.errors ?? [])}`);
  const config = data as FactcheckConfig;
  for (const [id, entry] of Object.entries(config.rules ?? {})) {
    const rule = rules.find((r) => r.meta.id === id);
    if (!rule) throw new ConfigError(`${source}: unknown rule "${id}" in "rules" (run "factcheck rules" for the list)`);
    if (Array.isArray(entry) && entry.length === 2) checkRuleOptions(rule, entry[1], source);
  }
  return config;
}

function checkRuleOptions(rule: Rule, options: unknown, source: string): void {
  const schema = rule.meta.optionsSchema;
  if (!schema) {
    if (Object.keys(options as object).length > 0) throw new ConfigError(`${source}: rule "${rule.meta.id}" takes no options`);
    return;
  }
  const validate = ajv.compile(schema);
  if (!validate(options)) {
    throw new ConfigError(`${source}: options of rule "${rule.meta.id}": ${describe(validate.errors ?? [], `rules.${rule.meta.id}[1]`)}`);
  }
}

/** Plain words for the patterns of the schema, by the key they constrain. */
const PATTERN_HINTS: readonly [RegExp, string][] = [
  [/^overrides\[\d+\]\.lang$/, 'must be a language code such as zh or en'],
  [/^extensions\[\d+\]$/, 'must be an extension with its dot, such as .md'],
];

/** One readable line for the first schema violation. */
function describe(errors: readonly ErrorObject[], prefix = ''): string {
  const e = errors[0];
  if (!e) return 'invalid configuration';
  const at = keyPath(e.instancePath, prefix);
  const rulesEntry = /^rules\.([^.[]+)/.exec(at);
  if (rulesEntry && !prefix && e.keyword !== 'pattern') {
    return `"${at.split('[')[0]}" must be error, warning, info, off, or [severity, {options}]`;
  }
  switch (e.keyword) {
    case 'additionalProperties':
      return `unknown key "${String(e.params.additionalProperty)}"${at ? ` in "${at}"` : ''}`;
    case 'propertyNames':
    case 'pattern':
      if (e.propertyName !== undefined || e.keyword === 'propertyNames') {
        return at === 'rules'
          ? `unknown rule "${String(e.propertyName ?? '')}" in "rules" (rule ids are lower-case; run "factcheck rules" for the list)`
          : `invalid key "${String(e.propertyName ?? '')}" in "${at}"`;
      }
      return `"${at}" ${PATTERN_HINTS.find(([re]) => re.test(at))?.[1] ?? e.message ?? 'is invalid'}`;
    case 'required':
      return `"${at || 'config'}" needs the key "${String(e.params.missingProperty)}"`;
    case 'enum':
      return `"${at}" must be one of ${(e.params.allowedValues as unknown[]).join(', ')}`;
    default:
      if (!at && e.keyword === 'type') return 'the config must be a mapping of keys to values';
      return `"${at || 'config'}" ${e.message ?? 'is invalid'}`;
  }
}

/** `/overrides/0/lang` → `overrides[0].lang`. */
function keyPath(pointer: string, prefix: string): string {
  let out = prefix;
  for (const raw of pointer.split('/').slice(1)) {
    const part = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  }
  return out;
}
