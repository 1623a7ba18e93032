import path from 'node:path';
import type { Document } from '../../model/document.js';

/** The key this tool documents: its value is always read as a path. */
const TRANSLATION_KEY = 'translation';
/**
 * Keys other newsroom tools write for the same link (`translation_of: a.zh.md`, `original:
 * ../zh/a.md`). They also carry other things (`source: Reuters`, `original: https://…`), so
 * their value counts only when it names a document file.
 */
const OTHER_TRANSLATION_KEYS = ['translation_of', 'translationOf', 'translated_from', 'translatedFrom', 'original', 'original_file', 'source_file', 'source'];
const DOCUMENT_PATH = /^(?![a-z][a-z0-9+.-]*:\/\/)[^\n]*\.(?:md|markdown|mdx|txt|text)$/i;

/**
 * The document the front matter names as this one's translation or original (`translation:
 * other.md`, `translation_of: other.md`), as a path like the document's own (relative to the
 * same base, forward slashes); `translated` when the key says this document is the translation
 * (`translation_of:`, `original:`), where `translation:` says only that the two go together.
 */
export function translationOf(doc: Document): { translationOf?: string; translated?: true } {
  const data = doc.frontMatter?.data;
  if (!data) return {};
  let value = data[TRANSLATION_KEY];
  // The other keys say which side this one is: the translation of the document they name.
  let translated = false;
  if (typeof value !== 'string' || value.trim() === '') {
    value = OTHER_TRANSLATION_KEYS.map((key) => data[key]).find((v) => typeof v === 'string' && DOCUMENT_PATH.test(v.trim()));
    translated = true;
  }
  // `author: 编译 孙嘉禾`, `translator: …`: a translation that names no original is still the translated side.
  if (typeof value !== 'string' || value.trim() === '') return hasTranslator(data) ? { translated: true } : {};
  const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(doc.path), value.trim().replace(/\\/g, '/')));
  return translated ? { translationOf: resolved, translated: true } : { translationOf: resolved };
}

/** Keys that name who translated a document, and words of a byline that say it was translated. */
const TRANSLATOR_KEYS = ['translator', 'translated_by', 'translatedBy', '译者', '譯者'];
const BYLINE_KEYS = ['author', 'byline', 'authors', '作者'];
const TRANSLATED_BYLINE = /编译|編譯|翻译|翻譯|译者|譯者|(?:^|[^A-Za-z])translat(?:ed|ion|or)(?![A-Za-z])/i;

function hasTranslator(data: Readonly<Record<string, unknown>>): boolean {
  if (TRANSLATOR_KEYS.some((key) => typeof data[key] === 'string' && (data[key] as string).trim() !== '')) return true;
  return BYLINE_KEYS.some((key) => typeof data[key] === 'string' && TRANSLATED_BYLINE.test(data[key] as string));
}
