import { withTraditional } from './spellings.js';

/**
 * Pairs of Chinese characters that any sentence of the business press may hold near a figure:
 * they say nothing of what the figure is (see `contextOf`).
 */
export const CONTEXT_STOP_BIGRAMS: readonly string[] = withTraditional([
  '公司', '集团', '亿元', '万元', '美元', '港元', '欧元', '人民', '民币', '同比', '环比', '增长', '下降', '其中', '以上', '以下', '左右', '约为', '达到',
  '为止', '截至', '表示', '认为', '目前', '今年', '去年', '明年', '预计', '相关', '负责', '责人', '记者', '报道', '数据', '显示', '根据', '此外', '同时',
  '已经', '可以', '将会', '进行', '通过', '以及', '对于', '来说', '这一', '一个', '这个', '我们', '他们', '没有', '不是', '还是', '就是', '也是', '因为',
  '所以', '但是', '如果', '其他', '方面', '整体', '合计', '共计', '累计', '分别', '较上', '上年', '年同', '同期', '季度', '上半', '半年', '全年', '年度',
  // 个百分点 and the verbs of a change, which any rate's sentence may hold.
  '个百', '百分', '分点', '提高', '提升', '上升', '增加', '减少', '降低', '下滑',
]);

/**
 * Particles and prepositions: a pair of characters with one in it runs across two words (`年的`, `将有`).
 * Not `向`, which ends as many words (`横向经费`, `纵向`, `方向`) as it opens phrases (`向客户交付`).
 */
export const CONTEXT_FUNCTION_CHARACTERS = '的了是在和与及为将对而或也都就从到把被让于之其该每各有';

/** English words of four letters or more that any sentence may hold near a figure (see `contextOf`). */
export const CONTEXT_STOP_WORDS: readonly string[] = [
  'that', 'this', 'with', 'from', 'which', 'would', 'their', 'than', 'about', 'after', 'said', 'says', 'been', 'were', 'they', 'into', 'have', 'will',
  'also', 'more', 'less', 'over', 'under', 'some', 'such', 'when', 'what', 'while', 'there', 'these', 'those', 'other', 'could', 'should', 'still',
  'company', 'companies', 'year', 'years', 'quarter', 'percent', 'according', 'including', 'compared', 'around', 'nearly', 'roughly', 'almost',
  'since', 'last', 'next', 'first', 'second', 'third', 'fourth', 'earlier', 'later', 'before', 'only', 'just', 'even', 'much', 'many', 'most', 'each',
  'both', 'every', 'whether', 'because', 'where', 'here', 'then', 'them', 'does', 'into', 'onto', 'upon', 'within', 'without', 'between', 'among',
];

/**
 * Words that say what span of time a figure counts (`月产能12万片` … `年产能约120万片`): two figures
 * of different spans are two measures, about ten times apart when one is a month's and one a year's.
 */
export const TIME_BASIS_WORDS: Readonly<Record<string, readonly string[]>> = {
  day: [...withTraditional(['日均', '每日', '每天', '单日', '日产', '日销']), 'per day', 'a day', 'daily'],
  week: [...withTraditional(['周均', '每周', '单周']), 'per week', 'a week', 'weekly'],
  month: [...withTraditional(['月均', '每月', '单月', '月产', '月销', '月度', '当月']), 'per month', 'a month', 'monthly'],
  quarter: [...withTraditional(['季均', '每季', '单季', '季度']), 'per quarter', 'a quarter', 'quarterly'],
  year: [...withTraditional(['年均', '每年', '全年', '年产', '年销', '年度']), 'per year', 'a year', 'annual', 'annually', 'yearly'],
};
