/**
 * Words that state a number in prose. Used only to notice numbers the extractor did not read
 * (so that a translation is not blamed for leaving out a figure it wrote in words).
 */
export const EN_NUMBER_WORDS: readonly string[] = [
  'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety', 'hundred', 'thousand', 'million', 'billion',
  'trillion', 'half', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths', 'tenth', 'dozen', 'double', 'twice',
  'triple', 'tripled', 'doubled', 'percent',
];

/** Characters that write Chinese numerals (一千五百亿, 百分之八十四, 三分之一). */
export const ZH_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿半倍';
