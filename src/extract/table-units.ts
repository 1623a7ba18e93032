import type { Document, Segment } from '../model/document.js';
import type { Span } from '../model/span.js';
import { cellAt, tableHeaderOf } from '../segment/table-headers.js';
import { parseChineseNumeral } from './zh/parse-numeral.js';
import { DATE_HEADER_WORDS, HUNDRED_MILLION_CURRENCIES, LABEL_SCALE_PLURALS, UNIT_LABEL_OPENERS, YEAR_HEADERS } from '../vocab/units.js';
import { alternation } from './pattern.js';
import type { RawClaim } from './raw-claim.js';
import { NAMED_RENMINBI } from './local-dollar.js';

/** Reads the figures of a short text (the extraction's matchers). */
export type ReadFigures = (text: string) => readonly RawClaim[];

/** The label in brackets that closes a header cell: `营收（亿元）`, `Revenue ($bn)`, `毛利率 (%)`, `（单位：万辆）`. */
const LABEL = new RegExp(`[（(][ \\t]*(?:(?:${alternation(UNIT_LABEL_OPENERS)})[ \\t]*)?([^（）()]{1,32}?)[ \\t]*[）)][ \\t]*$`, 'u');
/** A currency sign or code that opens a label (`$bn`, `US$ million`, `RMB bn`): the figure goes after it. */
const CURRENCY_FIRST = /^((?:US|HK|NT|[ACS])?[$€£¥￥]|[A-Z]{3}(?=[ \t]))[ \t]*/;
const CURRENCY_NAME_FIRST = /^(新台幣|新台币|新臺幣|人民币|人民幣|港币|港幣)[ \t]*([^ \t].*)$/u;
const CURRENCY_NAME_LAST = /^([^ \t].*?)[ \t]*(新台幣|新台币|新臺幣|人民币|人民幣|港币|港幣)$/u;
const PLURAL_SCALE = new RegExp(`\\b(${alternation(Object.keys(LABEL_SCALE_PLURALS))})\\b`, 'gi');
const DIGIT = /[0-9０-９]/;
/** What a figure read short of its label must not have cut into (`7.6百|分点`). */
const PART_OF_WORD = /^分/u;
/** `('000 TEU)`, `(000s)`: thousands. */
const THOUSANDS = /^(?:'000|’000|000s|000)(?=$|[ \t])/;
const DATE_HEADER = new RegExp(`^[ \\t]*(?:${alternation(YEAR_HEADERS)})[ \\t]*$|${alternation(DATE_HEADER_WORDS)}`, 'iu');

const POINTS_LABEL = /^个?百分点$|^個?百分點$/u;
/** A label that is a year or a date (`2025年`, `2025`, `FY2025`, `3月`): no unit. */
const DATED_LABEL = /^(?:FY[ \t]?)?(?:19|20)\d{2}(?:年|[ \t]|$)|^\d{1,2}月/u;
/** `NT$100m`, `100m yuan`, `RMB 100 million`: hundreds of millions, with a currency before or after. */
const HUNDRED_MILLION = /^(?:(NT\$|US\$|HK\$|RMB|\$)[ \t]*)?100[ \t]?(?:m|mn|million)(?:[ \t]+(yuan|RMB|NT dollars|U\.?S\. dollars|dollars|HK dollars))?$/i;
/** `(10,000)`, `(10,000 passengers)`: tens of thousands. */
const TEN_THOUSAND = /^10,?000(?:[ \t]+([A-Za-z][A-Za-z -]*))?$/;

/** Whether a label in brackets is 亿 or 万 as a translation writes it (`100 million yuan`, `RMB 100m`, `10,000 units`). */
export function isChineseScaleLabel(label: string): boolean {
  return HUNDRED_MILLION.test(label) || TEN_THOUSAND.test(label);
}

/** How to write a figure in a label's unit: the texts to try, with the figure in its place. */
type Label = (figure: string) => readonly string[];

const COLUMN_LABELS = new WeakMap<Segment, readonly (Label | undefined)[]>();
const ROW_LABELS = new WeakMap<Segment, Label | undefined>();

/**
 * A table states the unit of its figures once, in a label of the column's header or of the row's
 * first cell (`| 总营收（亿元） | 228.5 |`, `| Company | Revenue ($bn) |`): a cell that holds only a
 * number (`228.5`, also one the extraction leaves alone, as `2025` could be a year) is read as
 * if the label followed it (`228.5亿元`: 2.285e10 CNY), the column's label first. The claim
 * keeps its span, the cell's text.
 */
export function withTableUnits(doc: Document, row: Segment, cell: Span, found: RawClaim[], read: ReadFigures): RawClaim[] {
  const cells = row.cells;
  if (!cells || cells.length < 2 || !row.table || row.table.header || row.table.delimiter) return found;
  if (found.length > 1 || (found.length === 1 && !coversBare(found[0]!, cell))) return found;
  const text = doc.text.slice(cell.start, cell.end);
  if (!DIGIT.test(text)) return found;
  const column = cellAt(cells, cell.start);
  if (column <= 0 || cells[column]!.end !== cell.end) return found;
  // A column's bracket may say something else (`Q1 FY2026 (ended Sept. 28)`): the row's label is tried next.
  const reading = readInFirst([columnLabels(doc, row)[column], rowLabel(doc, row)], text, read);
  if (reading) return [{ ...reading, start: cell.start, end: cell.end }];
  // | Groq | 1600 | under 员工人数: a number that could be a year is one only in a column of dates.
  if (found.length === 0 && YEAR_LIKE.test(text) && !isDateColumn(doc, row, column)) {
    return [{ start: cell.start, end: cell.end, kind: 'number', value: parseChineseNumeral(text)!.value, qualifier: 'exact', scale: 1, bare: true }];
  }
  return found;
}

const YEAR_LIKE = /^[12１２][0-9０-９]{3}$/;

/** Whether the column's header speaks of dates or years (`年份`, `发布日期`, `Year`, `Release date`), or there is none. */
function isDateColumn(doc: Document, row: Segment, column: number): boolean {
  const cell = tableHeaderOf(doc, row)?.cells?.[column];
  return !cell || DATE_HEADER.test(doc.text.slice(cell.start, cell.end));
}

/** A number alone in its cell, with no unit, currency or scale word of its own (`228.5`, `90,977`). */
function coversBare(raw: RawClaim, cell: Span): boolean {
  return isBareNumber(raw) && raw.start === cell.start && raw.end === cell.end;
}

function isBareNumber(raw: RawClaim): boolean {
  return raw.kind === 'number' && raw.unit === undefined && raw.currency === undefined && (raw.scale ?? 1) === 1;
}

function readInFirst(labels: readonly (Label | undefined)[], figure: string, read: ReadFigures): RawClaim | undefined {
  for (const label of labels) {
    const reading = label && readIn(label, figure, read);
    if (reading) return reading;
  }
  return undefined;
}

/** The one figure the cell's text makes with the label, if the two read as one figure that says more than a number. */
function readIn(label: Label, figure: string, read: ReadFigures): RawClaim | undefined {
  for (const text of label(figure)) {
    const found = read(text);
    const one = found.length === 1 ? found[0]! : undefined;
    // `48.3萬個標準箱`: the figure may end before a noun of the label the extraction reads no unit in.
    if (one && one.start === 0 && (one.end === text.length || (one.end > figure.length && one.value !== null && !PART_OF_WORD.test(text.slice(one.end)))) && !isBareNumber(one)) return one;
  }
  return undefined;
}

function columnLabels(doc: Document, row: Segment): readonly (Label | undefined)[] {
  const header = tableHeaderOf(doc, row);
  if (!header?.cells) return [];
  let labels = COLUMN_LABELS.get(header);
  if (!labels) COLUMN_LABELS.set(header, (labels = header.cells.map((c) => labelOf(doc.text.slice(c.start, c.end)))));
  return labels;
}

function rowLabel(doc: Document, row: Segment): Label | undefined {
  if (!ROW_LABELS.has(row)) ROW_LABELS.set(row, labelOf(doc.text.slice(row.cells![0]!.start, row.cells![0]!.end)));
  return ROW_LABELS.get(row);
}

/** Whether the labels a cell is read with name the renminbi (`收入（億元人民幣）`): its bare 元 is then no local dollar. */
export function labelsNameRenminbi(doc: Document, row: Segment, cell: Span): boolean {
  const cells = row.cells;
  if (!cells || !row.table || row.table.header) return false;
  const header = tableHeaderOf(doc, row)?.cells?.[cellAt(cells, cell.start)];
  return [cells[0], header].some((c) => c !== undefined && NAMED_RENMINBI.test(doc.text.slice(c.start, c.end)));
}

/** The label closing a cell (`亿元` of `营收（亿元）`), as the ways to write a figure in its unit. */
export function labelOf(cell: string): Label | undefined {
  const label = LABEL.exec(cell)?.[1];
  if (!label) return undefined;
  // `（期末，万个）`, `(thousand, 8-inch equivalent)`: a label of several parts, one of them the unit; the whole first.
  const parts = label.split(LABEL_PARTS);
  if (parts.length === 1) return labelOfText(label);
  const labels = [label, ...parts].map((p) => labelOfText(p.trim())).filter((l) => l !== undefined);
  return labels.length === 0 ? undefined : (figure) => labels.flatMap((l) => l(figure));
}
const LABEL_PARTS = /[,，;；]/u;

function labelOfText(text: string): Label | undefined {
  const label = text.replace(PLURAL_SCALE, (w) => LABEL_SCALE_PLURALS[w.toLowerCase()] ?? w).replace(THOUSANDS, 'thousand');
  // `| T1（2025年） |`: a year or a date in brackets says when, not in what unit.
  if (!label || DATED_LABEL.test(label)) return undefined;
  // `提升（百分点）`: points, as `7.6个百分点` writes them.
  if (POINTS_LABEL.test(label)) return (figure) => [`${figure}个百分点`];
  // `Revenue (NT$100m)`, `(100m yuan)`: a translation's hundreds of millions are the 億 of its source.
  const hundredMillion = HUNDRED_MILLION.exec(label);
  if (hundredMillion) {
    const currency = HUNDRED_MILLION_CURRENCIES[(hundredMillion[1] ?? hundredMillion[2] ?? '').toLowerCase()] ?? '';
    return (figure) => [currency.startsWith('新') ? `${currency}${figure}億元` : `${figure}亿${currency}`];
  }
  // `Passengers (10,000)`: tens of thousands, the 万 of its source.
  const tenThousand = TEN_THOUSAND.exec(label);
  if (tenThousand) return (figure) => [`${figure}万${tenThousand[1] ? ` ${tenThousand[1]}` : ''}`, `${figure}万`];
  // `營收（新台幣億元）`: a currency named before the scale goes before the figure (`新台幣482.6億元`).
  const named = CURRENCY_NAME_FIRST.exec(label);
  if (named) return (figure) => [`${named[1]}${figure}${named[2]}`];
  // `收入（億元人民幣）`: so does one named after it, which a Hong Kong paper's bare 元 would not say.
  const namedLast = CURRENCY_NAME_LAST.exec(label);
  if (namedLast) return (figure) => [`${namedLast[2]}${figure}${namedLast[1]}`];
  const sign = CURRENCY_FIRST.exec(label);
  if (!sign) return (figure) => [`${figure}${label}`, `${figure} ${label}`];
  const rest = label.slice(sign[0].length);
  const gap = /[A-Z]$/.test(sign[1]!) ? ' ' : '';
  return (figure) => [`${sign[1]}${gap}${figure}${rest ? ` ${rest}` : ''}`];
}
