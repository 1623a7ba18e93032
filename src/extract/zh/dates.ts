import { HOLIDAYS } from '../../vocab/holidays.js';
import { ZH_RELATIVE_YEARS } from '../../vocab/months.js';
import { alternation } from '../pattern.js';
import type { Matcher, RawClaim } from '../raw-claim.js';
import { formatDate, referenceParts, resolveYear } from '../common/resolve-year.js';
import { parseChineseNumeral } from './parse-numeral.js';

const SP = '[ \\t]?';
const YEAR = `(?:([0-9０-９]{4})|([〇○零一二三四五六七八九]{4}))${SP}年`;
const REL_YEAR = `(${alternation(Object.keys(ZH_RELATIVE_YEARS))})`;
const MONTH = `([0-9０-９]{1,2}|十[一二]?|[一二三四五六七八九])${SP}月(?!份?[以之]?[前后後内內])`;
const DAY = `([0-9０-９]{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])${SP}[日号號]`;
const ZH_HOLIDAYS = Object.keys(HOLIDAYS).filter((k) => !/^[a-z]/.test(k));
const HOLIDAY = `(${alternation(ZH_HOLIDAYS)})`;
/** 2025年12月15日, 2025 年 12 月, 二〇二五年十二月十五日, 去年11月, 1月6日, 2025年平安夜. */
const ZH_DATE = new RegExp(
  `(?<![0-9０-９])(?:(?:${YEAR}|${REL_YEAR})(?:${SP}(?:${MONTH}(?:${SP}${DAY})?|${HOLIDAY}))?|${MONTH}(?:${SP}${DAY})?|${HOLIDAY})`,
  'gu',
);

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : parseChineseNumeral(s)?.value);

/** Every Chinese date has one of these characters; most sentences skip the scan. */
const MAY_DATE = /[年月节節夜]|元旦|国庆|國慶/u;

/** Chinese dates, full or partial; the missing year comes from the context (see resolveYear). */
export const matchChineseDates: Matcher = (text, start, end, ctx, s) => {
  const out: RawClaim[] = [];
  if (!MAY_DATE.test(s)) return out;
  // One shared pattern, rewound: matchers are never re-entered, and compiling per sentence costs more than the scan.
  const re = ZH_DATE;
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    const [whole, arabicYear, zhYear, rel, month1, day1, holiday1, month2, day2, holiday2] = m;
    const holiday = holiday1 ?? holiday2;
    const [mm, dd] = holiday ? HOLIDAYS[holiday]!.split('-').map(Number) : [num(month1 ?? month2), num(day1 ?? day2)];
    let year = num(arabicYear ?? zhYear);
    if (rel !== undefined) {
      const ref = referenceParts(ctx);
      if (!ref) { if (mm === undefined) continue; year = undefined; } else year = ref.year + ZH_RELATIVE_YEARS[rel]!;
    } else if (year === undefined) {
      year = resolveYear(ctx, start + m.index, start, end, mm ?? 1);
    }
    if (year !== undefined && (year < 1000 || year > 2999)) continue;
    const date = formatDate(year, mm, dd);
    if (!date) continue;
    out.push({ start: start + m.index, end: start + m.index + whole.length, kind: 'date', value: null, date, qualifier: 'exact' });
  }
  return out;
};
