import { expect } from 'vitest';
import { extractClaims } from '../../src/extract/extract-claims.js';
import type { Claim } from '../../src/model/claim.js';
import { docFrom } from '../helpers.js';

/** What one claim must read as; only the fields given are compared. */
export type Expected = Partial<Pick<Claim, 'kind' | 'value' | 'min' | 'max' | 'unit' | 'currency' | 'date' | 'qualifier' | 'shareOf'>>;

/**
 * A row of a case table: a sentence with each expected claim marked ⟦like this⟧, and what each
 * marked claim must read as, in order. A sentence without marks must yield no claim at all.
 */
export interface Case {
  readonly sentence: string;
  readonly expect: readonly Expected[];
  /** Front matter date for partial and relative dates. */
  readonly date?: string;
}

/** Several surface forms of one figure: every sentence has one mark and reads as `expect`. */
export function forms(expectOne: Expected, sentences: readonly string[], date?: string): Case[] {
  return sentences.map((sentence) => ({ sentence, expect: [expectOne], ...(date ? { date } : {}) }));
}

/** The sentences, none of which may yield a claim. */
export function none(sentences: readonly string[]): Case[] {
  return sentences.map((sentence) => ({ sentence, expect: [] }));
}

/** Extracts from the unmarked sentence and checks spans (text and offset) and readings. */
export function checkCase(c: Case): void {
  const marks: { start: number; text: string }[] = [];
  let plain = '';
  for (const part of c.sentence.split(/(⟦[^⟧]*⟧)/u)) {
    if (part.startsWith('⟦')) {
      marks.push({ start: plain.length, text: part.slice(1, -1) });
      plain += part.slice(1, -1);
    } else plain += part;
  }
  const header = c.date ? `---\ndate: ${c.date}\n---\n` : '';
  const doc = docFrom('case.md', header + plain);
  const claims = extractClaims(doc);
  expect(claims.every((k) => k.text === doc.text.slice(k.start, k.end))).toBe(true);
  const want = marks.map((m, i) => ({ text: m.text, start: m.start, ...c.expect[i] }));
  const got = claims.map((k, i) => ({ text: k.text, start: k.start - header.length, ...project(k, want[i] ?? { kind: k.kind, value: k.value }) }));
  expect(got).toEqual(want);
}

function project(claim: Claim, fields: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(fields)) if (key !== 'text' && key !== 'start') out[key] = (claim as unknown as Record<string, unknown>)[key];
  return out;
}
