import type { Span } from '../model/span.js';

const CLAUSE_MARKS = new Set(['，', '；', '：', '、', ';', ':', '—']);

/**
 * Splits a sentence into clauses at commas, semicolons, colons and enumeration marks, and at a
 * full stop before a capitalised word that the sentence splitter kept (`reaches 330B. More than`).
 * A Latin comma between digits (`160,000`) is part of a number, not a clause mark.
 */
export function splitClauses(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let clauseStart = span.start;
  for (let i = span.start; i < span.end; i++) {
    const c = text[i]!;
    const mark =
      CLAUSE_MARKS.has(c) ||
      (c === ',' && !(isDigit(text[i - 1]) && isDigit(text[i + 1]))) ||
      (c === '.' && text[i + 1] === ' ' && /[A-Z]/.test(text[i + 2] ?? ''));
    if (!mark) continue;
    if (i > clauseStart) out.push({ start: clauseStart, end: i });
    clauseStart = i + 1;
  }
  if (span.end > clauseStart) out.push({ start: clauseStart, end: span.end });
  return out;
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The clause that holds `offset`, or the whole sentence when none does. */
export function clauseAt(clauses: readonly Span[], offset: number, sentence: Span): Span {
  return clauses.find((c) => c.start <= offset && offset < c.end) ?? sentence;
}
