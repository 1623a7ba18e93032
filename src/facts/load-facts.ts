import { readFile } from 'node:fs/promises';
import path from 'node:path';
import yaml from 'js-yaml';
import { EntityMatcher } from '../bind/entity-mentions.js';
import type { Claim, ClaimKind } from '../model/claim.js';
import type { DocumentResult } from '../model/result.js';
import { ATTRIBUTES } from '../vocab/attributes.js';
import { FactsError } from './facts-error.js';
import { parseFigure } from './parse-figure.js';

const KNOWN_KEYS = new Set(['subject', 'attribute', 'period', 'value', 'unit', 'currency', 'source']);
const ATTRIBUTE_IDS = new Set(ATTRIBUTES.map((a) => a.id));
const ENTITIES = new EntityMatcher();

/**
 * Loads a file of reference figures (YAML, safe core schema): a list of entries such as
 *
 *     - subject: Nvidia            # any name of the alias table, or a new id
 *       attribute: revenue         # an attribute id (see docs/cross-checking.md)
 *       period: 2025-Q3            # optional
 *       value: $57 billion         # as an article writes it, or a number with unit/currency
 *       source: Nvidia 10-Q        # optional, shown in messages
 *
 * and returns them as one trusted document whose claims every article is checked against.
 * `file` is reported relative to `cwd`.
 */
export async function loadFacts(file: string, cwd: string = process.cwd(), entities: EntityMatcher = ENTITIES): Promise<DocumentResult> {
  const absolute = path.resolve(cwd, file);
  const name = path.relative(cwd, absolute).split(path.sep).join('/') || file;
  let text: string;
  try {
    text = await readFile(absolute, 'utf8');
  } catch (e) {
    throw new FactsError(`${name}: cannot read the reference figures (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.CORE_SCHEMA, filename: name });
  } catch (e) {
    throw new FactsError(`${name}: invalid YAML: ${(e as Error).message.split('\n')[0]}`);
  }
  const entries = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data['facts']) ? (data['facts'] as unknown[]) : undefined;
  if (!entries) throw new FactsError(`${name}: expected a list of reference figures (or a "facts:" list)`);
  const lines = entryLines(text);
  const claims = entries.map((entry, i) => toClaim(name, entry, i, lines[i] ?? 1, entities));
  return { file: name, lang: 'und', encoding: 'utf-8', claims, findings: [], blocks: [], trusted: true };
}

function toClaim(file: string, entry: unknown, index: number, line: number, entities: EntityMatcher): Claim {
  const where = `${file}: entry ${index + 1} (line ${line})`;
  if (!isRecord(entry)) throw new FactsError(`${where}: expected a mapping with subject, attribute and value`);
  for (const key of Object.keys(entry)) if (!KNOWN_KEYS.has(key)) throw new FactsError(`${where}: unknown key "${key}"`);
  const subjectName = stringOf(entry, 'subject', where, true)!;
  const attribute = stringOf(entry, 'attribute', where, true)!;
  if (!ATTRIBUTE_IDS.has(attribute.split(':')[0]!)) {
    throw new FactsError(`${where}: key "attribute": unknown attribute "${attribute}" (known: ${[...ATTRIBUTE_IDS].join(', ')})`);
  }
  const period = entry['period'] === undefined ? undefined : String(entry['period']);
  const figure = figureOf(entry, where);
  const mention = entities.find(subjectName, 0, subjectName.length).find((m) => m.start === 0 && m.end === subjectName.trim().length);
  return {
    ...figure,
    file,
    start: 0,
    end: 0,
    line,
    column: 1,
    endLine: line,
    endColumn: 1,
    subject: { id: mention?.id ?? subjectName.trim().toLowerCase(), label: subjectName.trim(), confidence: 1 },
    attribute,
    attributeConfidence: 1,
    ...(period ? { period } : {}),
    segment: index,
  };
}

function figureOf(entry: Record<string, unknown>, where: string): Omit<Claim, 'file' | 'start' | 'end' | 'line' | 'column' | 'endLine' | 'endColumn' | 'segment'> {
  const value = entry['value'];
  const currency = stringOf(entry, 'currency', where, false);
  const unit = stringOf(entry, 'unit', where, false);
  if (typeof value === 'number' && Number.isFinite(value)) {
    const kind: ClaimKind = currency ? 'money' : unit === '%' ? 'percent' : unit ? 'count' : 'number';
    return {
      text: String(value),
      lang: 'und',
      kind,
      value,
      qualifier: 'exact',
      ...(currency ? { currency: currency.toUpperCase() } : {}),
      ...(unit && unit !== '%' ? { unit } : {}),
    };
  }
  if (typeof value !== 'string' || value.trim() === '') throw new FactsError(`${where}: key "value": expected a number or a figure such as "$57 billion"`);
  const text = value.trim();
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(text)) return { text, lang: 'und', kind: 'date', value: null, date: text, qualifier: 'exact' };
  const parsed = parseFigure(text);
  if (!parsed) throw new FactsError(`${where}: key "value": cannot read "${text}" as a figure`);
  const { file: _f, start: _s, end: _e, line: _l, column: _c, endLine: _el, endColumn: _ec, segment: _sg, ...rest } = parsed;
  return { ...rest, text };
}

function stringOf(entry: Record<string, unknown>, key: string, where: string, required: boolean): string | undefined {
  const v = entry[key];
  if (v === undefined || v === null) {
    if (required) throw new FactsError(`${where}: missing key "${key}"`);
    return undefined;
  }
  if (typeof v !== 'string' && typeof v !== 'number') throw new FactsError(`${where}: key "${key}": expected text`);
  return String(v);
}

/** Line of each top-level list entry (`- ` at the list's indentation), for locations. */
function entryLines(text: string): number[] {
  const out: number[] = [];
  const lines = text.split(/\r\n|\n|\r/);
  let indent: number | undefined;
  lines.forEach((l, i) => {
    const m = /^(\s*)- /.exec(l);
    if (!m) return;
    indent ??= m[1]!.length;
    if (m[1]!.length === indent) out.push(i + 1);
  });
  return out;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
