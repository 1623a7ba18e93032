/** Chinese: 90%的员工 → 员工; the noun stops at a verb, particle or punctuation. */
const ZH_SHARE = /^的([^\s，。、；：,.;:!?！？“”"'‘’()（）《》【】\d０-９的]{1,12})/u;
const ZH_STOP = /[并將将已在是都被为為和与與从從来來会會使由向把对對于於了也可能还還仍将已经及等]/u;
/** English: 90% of staff, a third of the tokens → staff, tokens. */
const EN_SHARE = /^ of (?:the |its |their |all |our |his |her |those |these )?([A-Za-z][A-Za-z-]*)/;

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
  return en ? en[1] : undefined;
}
