/** Words that may stand capitalised before a figure without naming a product (In 2025, About 300). */
const COMMON_CAPITALISED = new Set([
  'In', 'On', 'At', 'The', 'About', 'Only', 'Over', 'Nearly', 'Some', 'By', 'Of', 'For', 'From', 'With', 'To', 'And', 'But',
  'Just', 'All', 'Top', 'Around', 'Almost', 'Roughly', 'Since', 'Until', 'Under', 'Up', 'After', 'Before', 'Between', 'Than',
  'Page', 'Step', 'Chapter', 'Figure', 'Table', 'Section', 'Phase', 'Day', 'Week', 'Level', 'Tier', 'Grade', 'Class',
]);
const NAME_BEFORE = /(?:^|[^A-Za-z0-9])([A-Z][A-Za-z0-9]*|[a-z]+[A-Z][A-Za-z0-9]*)(?:[ \t\u00a0]|[-‐][ \t]?)?$/;
/** Han characters that may follow a bare figure; any other one glued to it makes the number part of a name. */
const NAME_AFTER = /^(?![的、和与與及至到或为為是在了起等多余餘左上下以万萬亿億千百十前后後内內中里裏间間年月日号號天周])\p{Script=Han}/u;
const LABEL_AFTER = /^[ \t]?[(（:：]/;
const LETTER_BEFORE = /\p{L}$/u;
const STAGE_BEFORE = /(?<![A-Za-z])(?:phase|stage|tier|level|grade|class)[ \t]?$/i;
const LIST_MARK_AFTER = /^[.、．)）](?![0-9０-９])/;
const BLOCK_PREFIX = /^[\s*_>#|(（]*$/;

/** `双` or `雙` right before a shopping festival's day (`双11`, `双十一`, `雙12`). */
const DOUBLE = '双'.charCodeAt(0);
const DOUBLE_TRADITIONAL = '雙'.charCodeAt(0);
const FESTIVAL_DAYS: ReadonlySet<string> = new Set(['11', '12', '１１', '１２', '十一', '十二']);

/** Whether the number at [start, end) names a shopping festival (`双11`, `双十一`, `雙12`), not a figure. */
export function isShoppingFestival(s: string, start: number, end: number): boolean {
  // Read for every figure: one character looked at before any string is cut.
  const before = s.charCodeAt(start - 1);
  return (before === DOUBLE || before === DOUBLE_TRADITIONAL) && FESTIVAL_DAYS.has(s.slice(start, end));
}

/**
 * Whether a bare number (no unit, currency, percent or scale of its own) reads as a product or
 * model version (Nemotron 3, Llama 3.1, Colossus 2), a label (选择1 (…)), a list marker or
 * heading number at the start of a block, or a glued code (2d, 5G): none of them is a figure.
 */
export function isNotAFigure(s: string, start: number, end: number): boolean {
  const before = s.slice(Math.max(0, start - 24), start);
  const after = s.slice(end, end + 3);
  if (/^[A-Za-z]/.test(after) || /^[.．][0-9]/.test(after)) return true;
  // 36氪, 58同城: a bare number glued to a Han character that cannot follow a figure is a name.
  if (NAME_AFTER.test(after)) return true;
  // 豆包大模型2.0, Gemini 2.0: a whole number written with `.0` right after a name is a version.
  if (/[.．]0$/.test(s.slice(start, end)) && /[\p{L}][ \t]?$/u.test(before)) return true;
  const name = NAME_BEFORE.exec(before);
  if (name && !COMMON_CAPITALISED.has(name[1]!)) return true;
  if (LETTER_BEFORE.test(before) && LABEL_AFTER.test(after)) return true;
  // `a phase 3 study`, `Phase III`, `Level 4 driving`: the number of a stage is its name.
  if (STAGE_BEFORE.test(before)) return true;
  if (start <= 8 && BLOCK_PREFIX.test(s.slice(0, start)) && LIST_MARK_AFTER.test(after)) return true;
  return false;
}

/** A 4-digit integer that is most likely a calendar year (left to the date matchers). */
export function isYearLike(value: number, digits: string): boolean {
  return /^[0-9０-９]{4}$/.test(digits) && value >= 1000 && value <= 2999;
}

/** True when the name right before a `405B` is a model (Llama 3.1 405B): the figure is a parameter count. */
export function followsModelName(s: string, start: number): boolean {
  return NAME_BEFORE.test(s.slice(Math.max(0, start - 24), start)) || /[A-Za-z][A-Za-z0-9.]*[ -][0-9.]+[ \t]$/.test(s.slice(Math.max(0, start - 24), start));
}
