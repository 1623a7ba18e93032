import type { Qualifier } from '../model/claim.js';

/** Words before a figure that qualify it. */
export const QUALIFIERS_BEFORE: Readonly<Record<string, Qualifier>> = {
  约: 'approx', 大约: 'approx', 大概: 'approx', 近: 'approx', 将近: 'approx', 接近: 'approx', 约合: 'approx',
  超过: 'moreThan', 逾: 'moreThan', 超: 'moreThan', 高于: 'moreThan', 至少: 'atLeast', 不少于: 'atLeast',
  不到: 'lessThan', 不足: 'lessThan', 低于: 'lessThan', 多达: 'atMost', 最多: 'atMost', 高达: 'atMost',
  about: 'approx', around: 'approx', roughly: 'approx', nearly: 'approx', almost: 'approx', approximately: 'approx', some: 'approx',
  'more than': 'moreThan', over: 'moreThan', 'at least': 'atLeast', 'less than': 'lessThan', under: 'lessThan',
  'fewer than': 'lessThan', 'up to': 'atMost', 'as much as': 'atMost', 'as many as': 'atMost',
};

/** Words after a figure that qualify it. */
export const QUALIFIERS_AFTER: Readonly<Record<string, Qualifier>> = {
  左右: 'approx', 上下: 'approx', 以上: 'atLeast', 多: 'moreThan', 余: 'moreThan', 以下: 'atMost', 以内: 'atMost',
};
