import { EN_MONTHS } from '../vocab/months.js';
import { BYLINE_WORDS, DATELINE_LABELS, ZH_DATELINE_ENDS } from '../vocab/dateline.js';
import { alternation } from '../extract/pattern.js';
import { isCalendarDate } from './front-matter.js';

/** How many lines from the top of the body a dateline may stand on (headline, byline, editor, date). */
const MAX_LINES = 8;
/** A dateline is short: a longer line is a headline or a paragraph that happens to hold a date. */
const MAX_LENGTH = 48;

const LABEL = new RegExp(`^(?:${alternation(DATELINE_LABELS)})[ \\t]*[:：]?[ \\t]*|^[A-Z][A-Z.' -]{1,24},[ \\t]+`, 'i');
/** A time and zone, or a weekday, after the date: `10:32`, `10:32 AM ET`, `星期三`, `(周三)`. */
const AFTER = /(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5})?|[ \t]*[（(]?(?:星期|周|週)[一二三四五六日天][）)]?)$/;
const ZH = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/;
/** A paper's name and `讯`/`电`/`消息`, maybe a reporter's byline in brackets, then the full date (`北岭商报讯 2025年11月4日`, `【港航财经讯】2026年2月11日`). */
const LEAD_DATELINE = new RegExp(
  `^[【\\[]?[^，。,.\\d]{0,16}?(?:${alternation(ZH_DATELINE_ENDS)})[】\\]]?[ \t]*(?:[（(][^（）()\\d]{0,20}[)）])?[ \t]*(\\d{4})年(\\d{1,2})月(\\d{1,2})日`,
  'u',
);
/** The same with the date inside the brackets, before `讯` (`【东岸商报 2026年5月1日讯】`, `【港灣商報 2026年5月6日訊】`). */
const BRACKETED_DATELINE = new RegExp(
  `^[【\\[][^，。,.\\d【】\\[\\]]{0,16}?[ \t]*(\\d{4})年(\\d{1,2})月(\\d{1,2})日[ \t]*(?:${alternation(ZH_DATELINE_ENDS)})?[】\\]]`,
  'u',
);
/** How far into a long first line such a dateline may run. */
const LEAD_REACH = 60;
/** The outlet and dash a wire's dateline ends with: `SHANGHAI, Oct. 29, 2025 (Asia Energy Wire) —`. */
const SOURCE_AFTER = /[ \t]*(?:[（(][^()（）]{1,30}[)）])?[ \t]*[—–-]+$|[ \t]*[（(][^()（）]{1,30}[)）]$/;
const BYLINE_DATE = new RegExp(`(?:${alternation(BYLINE_WORDS)})[^\\d]{0,24}?[ \\t]+(\\d{4})年(\\d{1,2})月(\\d{1,2})日$`);
const NUMERIC = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const WEEKDAY = '(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\\.?,?[ \\t]+)?';
const MONTH_FIRST = new RegExp(`^${WEEKDAY}([A-Za-z]+)\\.?[ \\t]+(\\d{1,2}),?[ \\t]+(\\d{4})$`);
const DAY_FIRST = new RegExp(`^${WEEKDAY}(\\d{1,2})[ \\t]+([A-Za-z]+)\\.?,?[ \\t]+(\\d{4})$`);

/**
 * The date a plain-text article gives on a line of its own near its top, as `YYYY-MM-DD`: the
 * dateline under a headline and byline (`2025年7月9日`, `Oct. 23, 2025`, `NEW YORK, Sept 23, 2025`,
 * `发布时间：2025-07-09 10:32`).
 * It stands in for the front matter's `date` where there is none, so that `去年`, `next year` and a
 * date without its year (`1月6日`) are read against it.
 */
export function datelineOf(text: string, from: number): string | undefined {
  let lines = 0;
  let start = from;
  while (start < text.length && lines < MAX_LINES) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '') continue;
    lines++;
    if (line.length > MAX_LENGTH) {
      // `北岭商报讯 2025年11月4日（记者 林书瑶）总部位于…`: a paper's dateline that opens the first paragraph.
      const lead = LEAD_DATELINE.exec(line.slice(0, LEAD_REACH)) ?? BRACKETED_DATELINE.exec(line.slice(0, LEAD_REACH));
      if (lead) return calendarDate(lead[1]!, Number(lead[2]), Number(lead[3]));
      continue;
    }
    const bracketed = BRACKETED_DATELINE.exec(line);
    const date = bracketed ? calendarDate(bracketed[1]!, Number(bracketed[2]), Number(bracketed[3])) : (dateOfLine(line.replace(LABEL, '').replace(SOURCE_AFTER, '').replace(AFTER, '')) ?? bylineDate(line) ?? mastheadDate(line));
    if (date) return date;
  }
  return undefined;
}

/** A paper's masthead: its name, the date and the page, spaced apart (`申江财经日报  2026年4月2日  第A07版  汽车`). */
const MASTHEAD_DATE = /(?:^|[ \t\u3000])(\d{4})年(\d{1,2})月(\d{1,2})日(?=$|[ \t\u3000])/;
/** Sentence punctuation: a line holding it is a sentence, not a masthead. */
const SENTENCE_MARK = /[，。；！？,;!?]/;

function mastheadDate(line: string): string | undefined {
  if (SENTENCE_MARK.test(line)) return undefined;
  const m = MASTHEAD_DATE.exec(line);
  return m ? calendarDate(m[1]!, Number(m[2]), Number(m[3])) : undefined;
}

/** A byline that ends with its date (`华证时报记者 林晓 常州报道 2025年10月29日`). */
function bylineDate(line: string): string | undefined {
  const m = BYLINE_DATE.exec(line);
  return m ? calendarDate(m[1]!, Number(m[2]), Number(m[3])) : undefined;
}

function dateOfLine(line: string): string | undefined {
  let m = ZH.exec(line) ?? NUMERIC.exec(line);
  if (m) return calendarDate(m[1]!, Number(m[2]), Number(m[3]));
  m = MONTH_FIRST.exec(line);
  if (m) return calendarDate(m[3]!, EN_MONTHS[m[1]!.toLowerCase()], Number(m[2]));
  m = DAY_FIRST.exec(line);
  if (m) return calendarDate(m[3]!, EN_MONTHS[m[2]!.toLowerCase()], Number(m[1]));
  return undefined;
}

function calendarDate(year: string, month: number | undefined, day: number): string | undefined {
  if (!month || !isCalendarDate(Number(year), month, day)) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
