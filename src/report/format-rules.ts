import { VERSION } from '../version.js';
import { SCHEMA_VERSION } from './report.js';
import type { RuleInfo } from './rule-docs.js';

/** `factcheck rules`: id, default severity and description on one line, the docs link under it. */
export function formatRulesTable(rules: readonly RuleInfo[]): string {
  const idWidth = Math.max(...rules.map((r) => r.id.length), 4) + 2;
  const lines = [`${'rule'.padEnd(idWidth)}${'default'.padEnd(9)}description`];
  for (const r of rules) {
    lines.push(`${r.id.padEnd(idWidth)}${r.defaultSeverity.padEnd(9)}${r.description}`, `${' '.repeat(idWidth + 9)}${r.url}`);
  }
  return lines.join('\n') + '\n';
}

/** `factcheck rules --format json`. */
export function formatRulesJson(rules: readonly RuleInfo[]): string {
  const body = {
    schemaVersion: SCHEMA_VERSION,
    tool: { name: 'factcheck', version: VERSION },
    rules: rules.map((r) => ({ id: r.id, defaultSeverity: r.defaultSeverity, description: r.description, url: r.url })),
  };
  return JSON.stringify(body, null, 2) + '\n';
}
