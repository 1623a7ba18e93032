/** Chinese: 90%的员工 → 员工; the noun stops at a verb, particle or punctuation. */
const ZH_SHARE = /^的([^\s，。、；：,.;:!?！？“”"'‘’()（）《》【】\d０-９的]{1,12})/u;
const ZH_STOP = /[并將将已在是都被为為和与與从從来來会會使由向把对對于於了也还還仍及等]|時(?![间間候代])|时(?![间間候代])|可能|已经|已經|参与|參與|参加|參加|加入|表示|认为|認為|选择|選擇|使用|来自|來自|支持|拥有|擁有|持有|属于|屬於|位于|位於|完成|同意|反对|反對|希望|计划|計劃|获得|獲得/u;
/** English: 90% of staff, a third of the tokens → staff, tokens. */
const EN_SHARE = /^ of (?:the |its |their |all |our |his |her |those |these |global |total |world )?([A-Za-z][A-Za-z-]*(?:(?:'s|’s)? [A-Za-z][A-Za-z-]*){0,2})/;
/** Words that end the noun phrase (prepositions, verbs, conjunctions). */
const EN_STOP = new Set(['of', 'in', 'to', 'for', 'on', 'at', 'by', 'from', 'with', 'and', 'or', 'but', 'was', 'were', 'is', 'are', 'will', 'would', 'have', 'has', 'had', 'that', 'which', 'who', 'sent', 'said', 'say', 'says', 'than', 'as', 'up', 'down',
  'joined', 'join', 'use', 'used', 'using', 'own', 'owned', 'hold', 'held', 'agreed', 'agree', 'chose', 'voted', 'expect', 'expected',
  'work', 'worked', 'live', 'lived', 'come', 'came', 'went', 'received', 'reported', 'supported', 'support', 'opposed', 'plan', 'planned']);

/** The word for what a percentage is a share of, read right after the figure. */
export function shareOfAfter(text: string, pos: number): string | undefined {
  const after = text.slice(pos, pos + 40);
  const zh = ZH_SHARE.exec(after);
  if (zh) {
    const stop = ZH_STOP.exec(zh[1]!);
    const noun = stop ? zh[1]!.slice(0, stop.index) : zh[1]!;
    return noun.length > 0 ? noun : undefined;
  }
  const en = EN_SHARE.exec(after);
  if (!en) return undefined;
  // the company's revenue: the share is of what follows the possessive.
  const phrase = en[1]!.replace(/^.*(?:'s|’s) /, '');
  const words = phrase.split(' ');
  const stop = words.findIndex((w) => EN_STOP.has(w.toLowerCase()));
  const noun = (stop < 0 ? words : words.slice(0, stop)).join(' ');
  return noun.length > 0 ? noun : undefined;
}
