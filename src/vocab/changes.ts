import { withTraditional } from './spellings.js';

/**
 * The words of a change written with the two levels it moved between, for the check that sets
 * the rate against them (`由2024年的8.6亿元增至2025年的11.2亿元，同比增长36.5%`, `rose to 2.36
 * million from 1.82 million a year earlier, an increase of about 38%`).
 */

/** Before the level a change starts from: `由`, `从`. */
export const CHANGE_FROM_ZH: readonly string[] = withTraditional(['由', '从']);
/** Between the two levels, before `至`/`到`: the verb of the change. */
export const LEVEL_CHANGE_VERBS_ZH: readonly string[] = withTraditional([
  '增长', '增加', '增', '上升', '升', '提升', '提高', '攀升', '跃升', '扩大', '上涨', '涨',
  '下降', '降', '减少', '减', '回落', '下滑', '萎缩', '缩减', '下跌', '跌',
]);
/** Between the later level and its rate: the rate's words (`，同比增长`, `，增幅为`, `，按年增長`). */
export const CHANGE_RATE_WORDS_ZH: readonly string[] = withTraditional([
  '同比增长', '同比增加', '同比上升', '同比提升', '同比下降', '同比减少', '同比下滑', '按年增长', '按年上升', '按年下降', '按年减少',
  '年增', '较上年增长', '较上年下降', '比上年增长', '比上年下降', '增长', '增加', '上升', '提升', '下降', '减少', '下滑',
  '增幅', '增幅为', '增幅达', '降幅', '降幅为', '降幅达', '涨幅', '涨幅为', '跌幅', '跌幅为',
]);
/** Between the later level and its rate in English: the change named, before the rate (`, an increase of`, `, up`). */
export const CHANGE_RATE_WORDS_EN: readonly string[] = [
  'up', 'down', 'an increase of', 'a rise of', 'a gain of', 'a jump of', 'growth of', 'a decline of', 'a drop of', 'a fall of',
  'a decrease of', 'increasing', 'rising', 'falling', 'declining', 'or',
];
