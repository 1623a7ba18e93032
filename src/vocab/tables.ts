import { withTraditional } from './spellings.js';

/** The first cell of a table's total row (`| 合计 | 1.58 |`, `| Total | 52.4 |`): the rows above it are its parts. */
export const TOTAL_ROW_LABELS: readonly string[] = [...withTraditional(['合计', '总计', '共计', '总量', '全部合计']), 'Total', 'total', 'Sum', 'Grand total'];

/** A year's row below its quarters, halves or months (`| 全年 | 61.3 |`): a total of those rows only, all of them. */
export const YEAR_TOTAL_ROW_LABELS: readonly string[] = [...withTraditional(['全年', '全年合计', '年度合计']), 'Full year', 'Full-year', 'full year', 'FY'];

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
