/** Frequent English function words: their presence settles a Latin-script sentence as English. */
export const ENGLISH_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'to', 'in', 'is', 'that', 'for', 'with', 'on', 'as', 'by', 'it', 'its', 'was', 'are',
  'from', 'at', 'this', 'be', 'has', 'have', 'an', 'which', 'will', 'but', 'not', 'or', 'their', 'than',
  'more', 'about', 'after', 'said', 'says', 'would', 'been', 'were', 'they', 'into', 'up', 'over',
]);

/**
 * Frequent English words that are not words of the other Latin-script languages we meet (no
 * `in`, `was`, `will`, `also`, `over`: German and Dutch have them). One of these in a sentence
 * without accented letters settles it as English: franc, on short news sentences full of names
 * and figures, often guesses French, Catalan or Norwegian instead.
 */
export const ENGLISH_MARKER_WORDS: ReadonlySet<string> = new Set([
  'the', 'and', 'of', 'that', 'with', 'which', 'would', 'their', 'than', 'about', 'after', 'said', 'says',
  'been', 'were', 'they', 'into', 'from', 'this', 'have', 'has', 'its', 'to', 'is', 'are', 'by', 'it',
  'year', 'years', 'billion', 'million', 'trillion', 'percent', 'while', 'despite', 'according', 'new',
  'last', 'first', 'company', 'companies', 'people', 'because', 'could', 'should', 'when', 'what', 'who',
  'announced', 'reported', 'expected', 'including', 'revenue', 'growth', 'market', 'share', 'shares',
  // the possessive of "Tesla's", "AI’s", split off as a word of its own
  's',
]);

/** franc's ISO 639-3 codes → the ISO 639-1 codes of our output, for the languages a newsroom meets. */
export const FRANC_TO_ISO1: Readonly<Record<string, string>> = {
  eng: 'en', cmn: 'zh', zho: 'zh', yue: 'zh', jpn: 'ja', kor: 'ko', fra: 'fr', deu: 'de', spa: 'es',
  por: 'pt', ita: 'it', nld: 'nl', rus: 'ru', vie: 'vi', ind: 'id', msa: 'ms', tur: 'tr', pol: 'pl',
  swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', ces: 'cs', ron: 'ro', hun: 'hu', tgl: 'tl', sco: 'en',
};
