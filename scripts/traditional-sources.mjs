// Shared by scripts/gen-traditional.mjs and the test that keeps src/vocab/traditional.ts current.

/** The vocabulary files whose Chinese words also match in Traditional spelling. */
export const TRADITIONAL_SOURCES = ['aliases.ts', 'attributes.ts', 'context-words.ts', 'currencies.ts', 'holidays.ts', 'months.ts', 'name-cues.ts', 'periods.ts', 'qualifiers.ts', 'units.ts', 'markets.ts', 'places.ts', 'tables.ts', 'dateline.ts'];

/** A run of Chinese characters: the unit the spellings are listed by. */
export const HAN_RUN = /\p{Script=Han}+/gu;
