import type { Qualifier } from '../model/claim.js';
import { withTraditionalKeys } from './spellings.js';

/** Words before a figure that qualify it (English matched case-insensitively, as whole words). */
export const QUALIFIERS_BEFORE: Readonly<Record<string, Qualifier>> = withTraditionalKeys({
  约: 'approx', 約: 'approx', 大约: 'approx', 大約: 'approx', 大概: 'approx', 近: 'approx', 将近: 'approx', 將近: 'approx', 接近: 'approx', 约合: 'approx', 约为: 'approx', 约占: 'approx', 约有: 'approx', 大致: 'approx', 差不多: 'approx', 估计: 'approx',
  超过: 'moreThan', 超過: 'moreThan', 逾: 'moreThan', 超: 'moreThan', 高于: 'moreThan', 多于: 'moreThan', 突破: 'moreThan',
  至少: 'atLeast', 不少于: 'atLeast', 不低于: 'atLeast', 最少: 'atLeast',
  不到: 'lessThan', 不足: 'lessThan', 低于: 'lessThan', 少于: 'lessThan', 未满: 'lessThan',
  多达: 'atMost', 多達: 'atMost', 最多: 'atMost', 高达: 'atMost', 高達: 'atMost', 最高: 'atMost', 不超过: 'atMost', 至多: 'atMost',
  最高可达: 'atMost', 最多可达: 'atMost', 最高达: 'atMost', 最高可获得: 'atMost',
  about: 'approx', around: 'approx', roughly: 'approx', nearly: 'approx', almost: 'approx', approximately: 'approx',
  some: 'approx', approx: 'approx', 'approx.': 'approx', circa: 'approx', 'close to': 'approx', estimated: 'approx', 'an estimated': 'approx',
  'more than': 'moreThan', over: 'moreThan', 'upwards of': 'moreThan', 'in excess of': 'moreThan', above: 'moreThan',
  exceed: 'moreThan', exceeds: 'moreThan', exceeded: 'moreThan', exceeding: 'moreThan', surpass: 'moreThan', surpasses: 'moreThan',
  surpassed: 'moreThan', surpassing: 'moreThan', passed: 'moreThan', topped: 'moreThan', topping: 'moreThan',
  'at least': 'atLeast', 'no less than': 'atLeast', 'no fewer than': 'atLeast', 'a minimum of': 'atLeast',
  'less than': 'lessThan', under: 'lessThan', 'fewer than': 'lessThan', below: 'lessThan', 'just under': 'lessThan',
  'up to': 'atMost', 'as much as': 'atMost', 'as many as': 'atMost', 'no more than': 'atMost', 'at most': 'atMost', 'a maximum of': 'atMost',
});

/** Words after a figure that qualify it. */
export const QUALIFIERS_AFTER: Readonly<Record<string, Qualifier>> = withTraditionalKeys({
  左右: 'approx', 上下: 'approx', 前后: 'approx', 以上: 'atLeast', 多: 'moreThan', 余: 'moreThan', 餘: 'moreThan', 有余: 'moreThan',
  以下: 'atMost', 以内: 'atMost', 以內: 'atMost', 'or more': 'atLeast', 'or so': 'approx', 'plus': 'moreThan', '+': 'moreThan',
  '-plus': 'moreThan', '-odd': 'approx',
});

/** Connectors between the two ends of a range (3-5年, 3至5, between 3 and 5). */
export const RANGE_CONNECTORS: readonly string[] = ['-', '–', '—', '~', '～', '〜', '至', '到', 'to', 'and'];
