import { withTraditional } from './spellings.js';

/** The first cell of a table's total row (`| 合计 | 1.58 |`, `| Total | 52.4 |`): the rows above it are its parts. */
export const TOTAL_ROW_LABELS: readonly string[] = [...withTraditional(['合计', '总计', '共计', '总量', '全部合计']), 'Total', 'total', 'Sum', 'Grand total'];

/** The first cell of a row that breaks down the row above it (`| 其中：线上 |`, `| of which |`): no part of the same whole. */
export const SUB_ROW_LABELS: readonly string[] = [...withTraditional(['其中', '含']), 'of which', 'Of which', 'incl.', 'including', 'Including', '- ', '—'];

/** Rows whose figure a total leaves out (`| 储能 | 36万千瓦 |` beside wind and solar: storage generates nothing). */
export const NOT_SUMMED_ROW_WORDS: readonly string[] = [...withTraditional(['储能']), 'storage'];

/** Column headings of figures that do not add up: averages, prices, rates, changes (`| ARPU |`, `| 平均售价 |`, `| YoY change |`). */
export const NOT_ADDED_COLUMN_WORDS: readonly string[] = [
  ...withTraditional(['平均', '均价', '单价', '价格', '人均', '率', '同比', '环比', '增速', '增长', '占比', '比重', '%']),
  'average', 'avg', 'ARPU', 'ARPM', 'ASP', 'per ', 'price', 'rate', 'ratio', 'margin', 'YoY', 'QoQ', 'change', 'growth', 'share', '(pp)', 'pp',
];
