import { withTraditional } from './spellings.js';

/** Labels before an article's own date on its dateline (`发布时间：2025-07-09`, `Published: Oct. 23, 2025`). */
export const DATELINE_LABELS: readonly string[] = [
  ...withTraditional(['发布时间', '发布日期', '发布于', '日期', '时间', '更新时间']),
  'Published', 'Updated', 'Posted', 'Date', 'Published on', 'Updated on', 'Posted on',
];
