import { withTraditional } from './spellings.js';

/** The first cell of a table's total row (`| 合计 | 1.58 |`, `| Total | 52.4 |`): the rows above it are its parts. */
export const TOTAL_ROW_LABELS: readonly string[] = [...withTraditional(['合计', '总计', '共计', '总量', '全部合计']), 'Total', 'total', 'Sum', 'Grand total'];

/** A year's row below its quarters, halves or months (`| 全年 | 61.3 |`): a total of those rows only, all of them. */
export const YEAR_TOTAL_ROW_LABELS: readonly string[] = [...withTraditional(['全年', '全年合计', '年度合计']), 'Full year', 'Full-year', 'full year', 'FY'];
/** The first cell of a row of one part of a year (`一季度`, `2025年一季度`, `Q1`, `上半年`, `1月`), the rows a year's row adds up. */
export const PART_OF_YEAR_ROW_LABEL = /^(?:(?:FY)?(?:19|20)\d{2}(?:年度?)?[ \t]*)?(?:第?[一二三四1-4１-４]季(?:度)?|[1-4]Q|Q[1-4]|[上下]半年|H[12]|(?:1[0-2]|[1-9])月|[一二三四五六七八九十]{1,2}月|(?:first|second|third|fourth)[ -]quarter|(?:first|second)[ -]half|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t|tember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z]))/iu;

/** The first cell of a row that breaks down the row above it (`| 其中：线上 |`, `| of which |`): no part of the same whole. */
export const SUB_ROW_LABELS: readonly string[] = [...withTraditional(['其中', '含']), 'of which', 'Of which', 'incl.', 'including', 'Including', '- ', '—'];

/** Rows whose figure a total leaves out (`| 储能 | 36万千瓦 |` beside wind and solar: storage generates nothing). */
export const NOT_SUMMED_ROW_WORDS: readonly string[] = [...withTraditional(['储能']), 'storage'];

/** Column headings of figures that do not add up: averages, prices, rates, changes (`| ARPU |`, `| 平均售价 |`, `| YoY change |`). */
export const NOT_ADDED_COLUMN_WORDS: readonly string[] = [
  ...withTraditional(['平均', '均价', '单价', '价格', '人均', '率', '同比', '环比', '增速', '增长', '占比', '比重', '%']),
  'average', 'avg', 'ARPU', 'ARPM', 'ASP', 'per ', 'price', 'rate', 'ratio', 'margin', 'YoY', 'QoQ', 'change', 'growth', 'share', '(pp)', 'pp',
];

/** Words that make what a share is of a whole, not another part (`占公司矿产铜总产量的48.3%`, `32.5% of total revenue`). */
export const SHARE_OF_TOTAL_WORDS: readonly string[] = [
  ...withTraditional(['总', '全部', '整体', '合计', '全公司', '全集团', '集团', '公司']),
  'total', 'overall', 'combined', 'all of', "the company's", "the group's", 'group',
];
/** …and those that make it the company's own whole (`占公司…总产量`, `of the group's total`). */
export const OWN_WHOLE_WORDS: readonly string[] = [...withTraditional(['公司', '集团', '本集团', '该行', '本行']), "the company's", "the group's", 'its total', 'its '];
