import type { Rule } from '../rule.js';
import { conflictingFigure } from './conflicting-figure.js';
import { corroborated } from './corroborated.js';
import { currencyMismatch } from './currency-mismatch.js';
import { dateConflict } from './date-conflict.js';
import { duplicateParagraph } from './duplicate-paragraph.js';
import { magnitudeSlip } from './magnitude-slip.js';
import { translationMismatch } from './translation-mismatch.js';
import { duplicateTableRow } from './duplicate-table-row.js';
import { internalError, invalidEncoding, invalidFrontMatter, loadError } from './load-problems.js';
import { unusedDisableDirective } from './unused-disable-directive.js';

/** Every rule factcheck knows, in the order `factcheck rules` lists them. */
export const RULES: readonly Rule[] = [
  loadError,
  invalidEncoding,
  invalidFrontMatter,
  internalError,
  duplicateTableRow,
  duplicateParagraph,
  conflictingFigure,
  magnitudeSlip,
  currencyMismatch,
  dateConflict,
  translationMismatch,
  corroborated,
  unusedDisableDirective,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
