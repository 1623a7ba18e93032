import { withTraditional } from './spellings.js';

/** Labels before an article's own date on its dateline (`发布时间：2025-07-09`, `Published: Oct. 23, 2025`). */
export const DATELINE_LABELS: readonly string[] = [
  ...withTraditional(['发布时间', '发布日期', '发布于', '日期', '时间', '更新时间']),
  'Published', 'Updated', 'Posted', 'Date', 'Published on', 'Updated on', 'Posted on',
];

/** Words of a Chinese byline that may end with the article's date (`华证时报记者 林晓 常州报道 2025年10月29日`). */
export const BYLINE_WORDS: readonly string[] = withTraditional(['报道', '记者', '讯', '电', '综合报道']);

/** What ends a Chinese paper's dateline after its outlet and date (`锐观科技1月15日消息`, `科技前哨报讯（记者…）`, `新华社北京3月19日电`). */
export const ZH_DATELINE_ENDS: readonly string[] = withTraditional(['消息', '讯', '电']);
