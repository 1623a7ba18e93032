import type { Rule } from '../rule.js';
import { duplicateParagraph } from './duplicate-paragraph.js';
import { duplicateTableRow } from './duplicate-table-row.js';
import { internalError, invalidEncoding, invalidFrontMatter, loadError } from './load-problems.js';
import { unusedDisableDirective } from './unused-disable-directive.js';

/** Every rule factcheck knows, in the order `factcheck rules` lists them. */
export const RULES: readonly Rule[] = [loadError, invalidEncoding, invalidFrontMatter, internalError, duplicateTableRow, duplicateParagraph, unusedDisableDirective];

export function findRule(id: string): Rule | undefined {
  return RULES.find((r) => r.meta.id === id);
}
