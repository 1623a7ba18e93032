/** English abbreviations whose final period does not end a sentence (lower case, no dot). */
export const ENGLISH_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'inc', 'corp', 'co', 'ltd', 'vs', 'etc', 'no', 'approx', 'est',
  'e.g', 'i.e', 'jr', 'sr', 'gov', 'gen', 'sen', 'rep', 'dept', 'fig', 'vol',
]);
