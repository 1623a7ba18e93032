import { withTraditionalKeys } from './spellings.js';

/** Fixed-date holidays → `MM-DD`. Lunar holidays are left out: their date changes every year. */
export const HOLIDAYS: Readonly<Record<string, string>> = withTraditionalKeys({
  平安夜: '12-24', 圣诞节: '12-25', 聖誕節: '12-25', 圣诞: '12-25', 元旦: '01-01', 情人节: '02-14', 情人節: '02-14',
  劳动节: '05-01', 勞動節: '05-01', 国庆节: '10-01', 國慶節: '10-01', 国庆: '10-01', 万圣节: '10-31', 萬聖節: '10-31',
  跨年夜: '12-31',
  'christmas eve': '12-24', 'christmas day': '12-25', christmas: '12-25', "new year's day": '01-01',
  "new year's eve": '12-31', "valentine's day": '02-14', halloween: '10-31', 'independence day': '07-04',
});
