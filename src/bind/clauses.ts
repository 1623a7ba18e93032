import type { Span } from '../model/span.js';
import { isAsciiDigit, isHan, isUpperAscii } from '../segment/script.js';

/** The ideographic space that divides a headline's two statements (`…純利增18.9%　斥58億元…`). */
export const STATEMENT_DIVIDER = 0x3000;
/**
 * Whether the character at `i` divides a headline's two statements: the ideographic space, or a
 * plain space between Chinese words (`…同比增长7.2% 外贸航线增至213条`), not one that spaces out a
 * word's characters (`7.6个 百 分 点`).
 */
export function isStatementDivider(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c === STATEMENT_DIVIDER) return true;
  if (c !== 32) return false;
  const before = text.charCodeAt(i - 1);
  return (isHan(before) || before === 37) && text.charCodeAt(i - 2) !== 32 && isHan(text.charCodeAt(i + 1)) && isHan(text.charCodeAt(i + 2));
}

/** ，；：、;:— and that space */
const CLAUSE_MARKS: ReadonlySet<number> = new Set([0xff0c, 0xff1b, 0xff1a, 0x3001, 59, 58, 0x2014, STATEMENT_DIVIDER]);

/**
 * Splits a sentence into clauses at commas, semicolons, colons and enumeration marks, and at a
 * full stop before a capitalised word that the sentence splitter kept (`reaches 330B. More than`).
 * A Latin comma between digits (`160,000`) is part of a number, not a clause mark.
 */
export function splitClauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let clauseStart = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text.charCodeAt(i);
    const mark =
      (c === 44 && !(isAsciiDigit(text.charCodeAt(i - 1)) && isAsciiDigit(text.charCodeAt(i + 1)))) ||
      (c === 46 && text.charCodeAt(i + 1) === 32 && isUpperAscii(text.charCodeAt(i + 2))) ||
      CLAUSE_MARKS.has(c) ||
      (c === 32 && isStatementDivider(text, i));
    if (!mark) continue;
    if (i > clauseStart) out.push({ start: clauseStart, end: i });
    clauseStart = i + 1;
  }
  if (span.end > clauseStart) out.push({ start: clauseStart, end: span.end });
  return out;
}

/** The clause that holds `offset`, or the whole sentence when none does. */
export function clauseAt(clauses: readonly Span[], offset: number, sentence: Span): Span {
  return clauses.find((c) => c.start <= offset && offset < c.end) ?? sentence;
}
