import path from 'node:path';
import ignore from 'ignore';
import type { Lang } from '../model/lang.js';

/** Config `overrides`: settings for the documents matching gitignore-style patterns. */
export interface LanguageOverride {
  /** Absolute folder the patterns are relative to (the config file's). */
  readonly base: string;
  readonly files: readonly string[];
  /** Language every sentence of the matching documents is read as. */
  readonly lang?: Lang;
}

/** The language forced on a document by the last override whose patterns match it. */
export function languageFor(absolute: string, overrides: readonly LanguageOverride[] | undefined): Lang | undefined {
  let lang: Lang | undefined;
  for (const o of overrides ?? []) {
    if (!o.lang) continue;
    const rel = path.relative(o.base, absolute);
    if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) continue;
    if (ignore().add([...o.files]).ignores(rel.split(path.sep).join('/'))) lang = o.lang;
  }
  return lang;
}
