import type { Claim } from '../../model/claim.js';
import type { Document, Segment } from '../../model/document.js';
import type { RuleReport } from '../rule.js';
import { roundingOf } from '../compare/interval.js';
import { locationOf, normalised } from '../compare/describe.js';
import { alternation } from '../../extract/pattern.js';
import { HALF_WORDS, PERIOD_TOTAL_WORDS, QUARTER_WORDS } from '../../vocab/periods.js';
import { EN_MONTHS } from '../../vocab/months.js';
import { NOT_ADDED_COLUMN_WORDS, NOT_SUMMED_ROW_WORDS, SUB_ROW_LABELS, TOTAL_ROW_LABELS, YEAR_TOTAL_ROW_LABELS } from '../../vocab/tables.js';

/** How the rule that reports a total its table's rows contradict is named. */
const RULE = 'conflicting-figure';
/** A table's parts above a total: two at least, and few enough to be a breakdown rather than a log. */
const MIN_PARTS = 2;
const MAX_PARTS = 40;

const TOTAL_LABEL = new RegExp(`^(?:${alternation(TOTAL_ROW_LABELS)})(?![A-Za-z])`, 'iu');
const YEAR_TOTAL_LABEL = new RegExp(`^(?:${alternation(YEAR_TOTAL_ROW_LABELS)})(?![A-Za-z])`, 'iu');
/**
 * The first cell of a row of one part of a year (`一季度`, `2025年一季度`, `Q1`, `1Q`, `上半年`, `1月`, `March`),
 * in the words the periods are read by: the rows a year's row adds up.
 */
const PART_OF_YEAR_LABEL = new RegExp(
  `^(?:(?:FY)?(?:19|20)\\d{2}(?:年度?)?[ \\t]*)?(?:(?:${alternation([...Object.keys(QUARTER_WORDS), ...Object.keys(HALF_WORDS), ...Object.keys(EN_MONTHS), '1Q', '2Q', '3Q', '4Q'])})(?![A-Za-z])|(?:1[0-2]|[1-9]|[一二三四五六七八九十]{1,2})月)`,
  'iu',
);
/** `| 一季度合计 |`, `| Q1 total |`: a part of a year's total, of the months above it. */
const PERIOD_TOTAL_END = new RegExp(`(?:${alternation(PERIOD_TOTAL_WORDS)})$`, 'u');
const SUB_LABEL = new RegExp(`^(?:${alternation(SUB_ROW_LABELS)})`, 'iu');
const NOT_SUMMED = new RegExp(alternation(NOT_SUMMED_ROW_WORDS), 'iu');
const NOT_ADDED_COLUMN = new RegExp(alternation(NOT_ADDED_COLUMN_WORDS), 'iu');

/**
 * A table's total row that its own rows above do not add up to (`| 华东 | 0.62 |` … `| 西部 | 0.10 |`
 * then `| 合计 | 1.58 |`, where the rows give 1.50), allowing for the rounding of every cell: one
 * of the rows or the total is likely wrong. Read column by column, only where every row above, up
 * to the header or the total before, states one figure of the same kind and unit in that column,
 * none a rate of growth or a share, and no row is a part of another (`其中`, `of which`). A year's
 * row (`| 全年 |`) is the total of the four quarters, two halves or twelve months above it, and a part of a
 * year's total row (`| 一季度合计 |`) of the parts of a year above it.
 */
export function totalSlipsInTables(document: Document, claims: readonly Claim[]): { rule: string; report: RuleReport }[] {
  const out: { rule: string; report: RuleReport }[] = [];
  // The figures of each table row, by segment: tables are few, and most articles have none.
  const byRow = new Map<number, Claim[]>();
  for (const c of claims) {
    if (c.table === undefined) continue;
    const list = byRow.get(c.segment);
    if (list) list.push(c);
    else byRow.set(c.segment, [c]);
  }
  if (byRow.size === 0) return out;
  let parts: Segment[] = [];
  let table = -1;
  let header: Segment | undefined;
  // A breakdown of a row (`其中：瑞安达`) or a row repeated by mistake: the rows are no parts of one whole.
  let broken = false;
  const contents = new Set<string>();
  for (const segment of document.segments) {
    if (segment.kind !== 'table-row' || !segment.table || !segment.cells) continue;
    if (segment.table.id !== table) [table, parts, header, broken] = [segment.table.id, [], undefined, false];
    if (segment.table.header) header = segment;
    if (segment.table.header || segment.table.delimiter) continue;
    const label = cellText(document, segment, 0);
    if (SUB_LABEL.test(label)) broken = true;
    if (!isTotalRow(document, label, parts)) {
      const content = document.text.slice(segment.span.start, segment.span.end).replace(/\s+/g, '');
      if (parts.length === 0) contents.clear();
      if (contents.has(content)) broken = true;
      contents.add(content);
      parts.push(segment);
      continue;
    }
    let labels: string[] | undefined;
    if (!broken && parts.length >= MIN_PARTS && parts.length <= MAX_PARTS) {
      for (let column = 1; column < segment.cells.length; column++) {
        // A column of averages, prices, rates or changes does not add up (`| ARPU |`, `| 同比 |`).
        if (header && NOT_ADDED_COLUMN.test(cellText(document, header, column))) continue;
        const slip = columnSlip(byRow, parts, labels ??= parts.map((row) => cellText(document, row, 0)), segment, column);
        if (slip) out.push(slip);
      }
    }
    parts = [];
  }
  return out;
}

/** A total row of the rows above it: by its words (`合计`), or a year's (`全年`) or a quarter's (`一季度合计`) below its parts. */
function isTotalRow(document: Document, label: string, parts: readonly Segment[]): boolean {
  return TOTAL_LABEL.test(label) || (YEAR_TOTAL_LABEL.test(label) && isWholeYear(document, parts)) || (isPeriodTotal(label) && allPartsOfYear(document, parts));
}

/** Rows of the four quarters, the two halves or the twelve months of a year, which a `全年` row adds up. */
function isWholeYear(document: Document, parts: readonly Segment[]): boolean {
  return PARTS_OF_A_YEAR.has(parts.length) && allPartsOfYear(document, parts);
}

/** Rows each of a part of a year (`| 1月 |`, `| Q3 |`), two at least. */
function allPartsOfYear(document: Document, parts: readonly Segment[]): boolean {
  return parts.length >= MIN_PARTS && parts.every((row) => PART_OF_YEAR_LABEL.test(cellText(document, row, 0)));
}

/** `| 一季度合计 |`, `| H1 total |`: a part of a year, then a word of its total. */
function isPeriodTotal(label: string): boolean {
  return PART_OF_YEAR_LABEL.test(label) && PERIOD_TOTAL_END.test(label);
}
const PARTS_OF_A_YEAR: ReadonlySet<number> = new Set([2, 4, 12]);

function cellText(document: Document, row: Segment, column: number): string {
  const cell = row.cells?.[column];
  return cell ? document.text.slice(cell.start, cell.end).trim() : '';
}

function columnSlip(
  byRow: ReadonlyMap<number, Claim[]>,
  parts: readonly Segment[],
  labels: readonly string[],
  totalRow: Segment,
  column: number,
): { rule: string; report: RuleReport } | undefined {
  const total = cellFigure(byRow, totalRow, column);
  if (!total) return undefined;
  const figures: Claim[] = [];
  for (const row of parts) {
    const figure = cellFigure(byRow, row, column);
    if (!figure || figure.kind !== total.kind || figure.unit !== total.unit || figure.currency !== total.currency) return undefined;
    figures.push(figure);
  }
  const adds = (rows: readonly Claim[]) => {
    let sum = 0;
    let slack = roundingOf(total.value!);
    for (const f of rows) {
      sum += f.value!;
      slack += roundingOf(f.value!);
    }
    return { sum, matches: Math.abs(sum - total.value!) <= slack * 1.01 };
  };
  const { sum, matches } = adds(figures);
  if (matches) return undefined;
  // `| 储能 | 36万千瓦 |` beside wind and solar: storage may be no part of what a plant generates (but a battery maker's
  // `| Energy storage batteries |` is part of its revenue).
  const summed = figures.filter((_, k) => !NOT_SUMMED.test(labels[k]!));
  if (summed.length < figures.length && adds(summed).matches) return undefined;
  const digits = Math.max(...figures.map((f) => decimalsOf(f.text)), decimalsOf(total.text));
  const stated = (sum * unitOf(total)).toFixed(digits);
  return {
    rule: RULE,
    report: {
      message: `${total.text} as the total of ${figures.length} rows that add up to ${stated}: ${figures.map((f) => f.text).join(' + ')}; the total or one of the rows is likely wrong.`,
      locations: [locationOf(total, `states ${normalised(total)}`), ...figures.map((f) => locationOf(f, `states ${normalised(f)}`))],
      fingerprintParts: ['table-total', total.file, normalised(total), stated],
      ...(total.subject ? { subject: total.subject.id } : {}),
      // Arithmetic the reader can redo, but a table may leave a row out (`其他`): worth a look, not a verdict.
      severity: 'warning',
    },
  };
}

/** The one exact figure of an amount in a row's cell, if it has one: no rate, share or date. */
function cellFigure(byRow: ReadonlyMap<number, Claim[]>, row: Segment, column: number): Claim | undefined {
  const cell = row.cells![column];
  if (!cell) return undefined;
  let found: Claim | undefined;
  for (const c of byRow.get(row.index) ?? []) {
    if (c.start < cell.start || c.end > cell.end) continue;
    if (found) return undefined;
    found = c;
  }
  if (!found || found.value === null || found.value < 0 || found.qualifier !== 'exact' || found.kind === 'percent' || found.kind === 'date' || found.kind === 'ratio') return undefined;
  // `+1.1`, `-3.2`: a change, which adds up to no total.
  if (/^[+＋\-−–]/.test(found.text)) return undefined;
  return found;
}

/** Digits after the decimal point as written (`0.62` → 2), for the sum as the table would write it. */
function decimalsOf(text: string): number {
  const m = /[.．](\d+)/.exec(text);
  return m ? m[1]!.length : 0;
}

/** The factor from the number written in the total's cell to its value (`1.58` under `（亿件）` is 1.58e8). */
function unitOf(total: Claim): number {
  const written = Number(/[\d.,]+/.exec(total.text)?.[0]?.replace(/,/g, ''));
  return written > 0 && total.value ? written / total.value : 1;
}
