import type { Span } from '../../model/span.js';

/**
 * Stretches whose digits are never figures: URLs, e-mail addresses, file names, hashtags and
 * mentions, phone numbers, times of day, footnote marks, list markers and stock codes. Every alternative
 * starts with a fixed character or a lookbehind, so the scan stays linear.
 */
const MASK = new RegExp(
  [
    '(?:https?|ftp)://[^\\s<>"\'）)\\]]+',
    '(?<![\\w.])www\\.[^\\s<>"\']+',
    '(?<![\\w.+-])[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+',
    '(?<![\\w.-])[\\w-]+(?:\\.[\\w-]+)*\\.(?:pdf|png|jpe?g|gif|svg|webp|md|txt|docx?|xlsx?|pptx?|csv|json|zip|tar|gz|html?|js|ts|py|exe|mp4|mp3|mov|wav)\\b',
    '(?<![\\w&])[#＃][^\\s#＃,，。.!！?？;；:：]+',
    '(?<![\\w@])@[A-Za-z0-9_]+',
    '(?<![\\d+])\\+\\d{1,3}(?:[ -]?\\(?\\d{1,4}\\)?){2,4}(?![\\d])',
    '(?<!\\d)\\(\\d{3}\\)[ ]?\\d{3}-\\d{4}(?!\\d)',
    '(?<![\\d-])\\d{3,4}-\\d{3,4}-\\d{4}(?![\\d-])',
    '(?<!\\d)1[3-9]\\d{9}(?!\\d)',
    '(?:电话|電話|[Tt]el\\.?|[Pp]hone)[:：]?[ ]?[\\d()+ -]{6,}',
    '(?<![\\d:])\\d{1,2}:\\d{2}(?::\\d{2})?(?:[ ]?[apAP]\\.?[mM]\\.?)?(?![\\d:])',
    '(?<![\\d.])\\d{1,2}[ ]?[apAP]\\.[mM]\\.',
    '(?<![\\d.])\\d{1,2}[ ]?(?:am|pm|AM|PM)\\b',
    '(?:上午|下午|晚上|凌晨|早上|中午|傍晚|清晨|深夜)[0-9一二三四五六七八九十两]{1,3}[点點时時](?:[0-9一二三四五六七八九十半]{1,3}分?)?',
    '(?<![0-9])[0-9]{1,2}[点點时時][0-9]{1,2}分',
    // `1至11月`, `1-11月`, and `11、12月`: the first month of a run or a list of months, no figure of its own.
    '(?<![0-9.])[0-9]{1,2}[ ]?[至到~～–—、-][ ]?(?=[0-9]{1,2}[ ]?月)',
    '\\[\\^?\\d{1,3}\\]',
    '(?<=[\\p{L}\\p{P}])\\^\\d{1,3}',
    '[（(]\\d{1,2}[)）]',
    // Stock codes: 688719.SH, 9988.HK, (HKEX: 2015), 股票代码：300750.
    '(?<![\\w.])\\d{4,6}\\.(?:SH|SZ|BJ|SS|HK|TW|KS|KQ|T)(?![A-Za-z])',
    '(?:HKEX|HKG|SEHK|SHA|SHE|SSE|SZSE|TWSE|TYO|KRX)[:：][ ]?\\d{4,6}(?!\\d)',
    '(?:股票|证券|證券|股份)代[码碼][:：为為]?[ ]?\\d{4,6}(?!\\d)',
    // `（沪市代码：601637）`, `(Shanghai: 601637)`, `(Shenzhen: 002594)`: a code after its exchange's name.
    '(?:沪市|深市|滬市|港股)代[码碼][:：][ ]?\\d{4,6}(?!\\d)',
    '(?<=[（(])(?:Shanghai|Shenzhen|Hong Kong|Beijing|Taipei|Tokyo|Seoul)[:：][ ]?\\d{4,6}(?!\\d)',
    // `一年期定期存款`, `三年期和五年期`: the term a deposit or a loan is named by, not a length of time stated.
    '(?<![0-9一二两兩三四五六七八九十])[0-9一二两兩三四五六七八九十]{1,3}(?:年|个月|個月)期(?![间間内內末初])',
  ].join('|'),
  'gu',
);

/** What every masked stretch contains; most sentences have none of it and skip the scan. */
const MAY_MASK = /年期|月期|[:/@#＃^[（(]|[0-9][ -][0-9(]|[0-9][至到~～–—、]|[0-9]{7}|[点點时時]|电话|電話|[Tt]el|[Pp]hone|\.[A-Za-z]|[0-9][ ]?[apAP]\.?[mM]|代[码碼]/u;

/** Masked stretches of s, as offsets into s. */
export function maskedSpans(s: string): Span[] {
  const out: Span[] = [];
  if (!MAY_MASK.test(s)) return out;
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = MASK;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m[0].length === 0) { re.lastIndex++; continue; }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}
