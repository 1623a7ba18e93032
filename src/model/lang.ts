/** ISO 639-1 code of a segment's language; `und` when the text does not tell. */
export type Lang = 'zh' | 'en' | 'und' | (string & {});
