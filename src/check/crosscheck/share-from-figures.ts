import type { Claim } from '../../model/claim.js';
import type { RuleReport } from '../rule.js';
import { locationOf, normalised } from '../compare/describe.js';
import { roundingOf } from '../compare/interval.js';
import { alternation } from '../../extract/pattern.js';
import { BUSINESS_SEGMENTS } from '../../vocab/attributes.js';
import { OWN_WHOLE_WORDS, SHARE_OF_TOTAL_WORDS } from '../../vocab/tables.js';
import { measuresNamedIn, outlookOf } from '../../bind/attribute.js';

const RULE = 'conflicting-figure';
const AMOUNTS: ReadonlySet<string> = new Set(['money', 'quantity', 'count', 'number']);
/** Figures stated as a value, maybe rounded: no bound (`四成以上`, `超过25.6万吨`) and no range. */
const ROUNDED: ReadonlySet<string> = new Set(['exact', 'approx']);
/** `5.62万吨，占公司矿产铜总产量的48.3%`: between an amount and the share it is of a whole, the whole named. */
const SHARE_OF_ZH = /^[ \t]*[，,]?[ \t]*(?:约|約)?(?:占|佔)([^，,。；;\d%]{1,24}?)的?(?:比重|比例|份额|份額)?(?:为|為|达|達|约|約|近)?[ \t]*$/u;
/** `共有门店6820家…加盟门店6512家，占比97.5%`: a share of no whole named, the total stated before. */
const SHARE_OF_TOTAL_BEFORE = /^[ \t]*[，,][ \t]*(?:占比|佔比)(?:为|為|达|達|约|約)?[ \t]*$/u;
/** A share written after an amount, within a few characters: the amount is a part, no total. */
const SHARE_AFTER = /^[^。；;\d]*?(?:占|佔)/u;
const SHARE_AFTER_REACH = 10;
/** `181.6 billion yuan, or 32.5% of total revenue`: the words between the amount and its share… */
const SHARE_BEFORE_EN = /^[ \t]*,?[ \t]*(?:or|accounting[ \t]+for|representing|making[ \t]+up|equal[ \t]+to)[ \t]+(?:about[ \t]+|roughly[ \t]+|nearly[ \t]+|around[ \t]+|some[ \t]+)?$/;
/** …and the whole after it. */
const WHOLE_AFTER_EN = /^[ \t]+of[ \t]+([^,.;:()（）]{3,48})/;
/** Words that make what a share is of a whole rather than another part (`总产量`, `total revenue`, `集团营收`). */
const WHOLE = new RegExp(alternation(SHARE_OF_TOTAL_WORDS), 'iu');
/** A whole that is the company's own. */
const OWN_WHOLE = new RegExp(alternation(OWN_WHOLE_WORDS), 'iu');
/** How much wider a rounded share (`约25.8%`) may be, in points. */
const ROUGH_SHARE_SLACK = 0.5;
const SEGMENT_OF = Object.entries(BUSINESS_SEGMENTS).map(([id, words]) => ({ id, words: new RegExp(alternation(words), 'iu') }));

/**
 * A share that the article's own figures contradict: `卡洛山铜矿产量5.62万吨，占公司矿产铜总产量的48.3%`
 * where the article gives the company's copper output as `12.84万吨` (43.8%). The share is written
 * right after its amount and names a whole (`总产量`, `total revenue`); the article states one value
 * of the amount's measure in the same unit above the amount, of the same subject, done rather than
 * planned (or both planned), for the same period (of the business
 * the whole names, where it names one: `矿产铜` is copper, not zinc); allowing for the rounding of
 * the three, the two figures do not give the share. Several such values, or one that gives the
 * share, and nothing is said. Reported as a warning, as a table's total is.
 */
export function shareSlipsFromFigures(text: string, claims: readonly Claim[]): { rule: string; report: RuleReport }[] {
  const out: { rule: string; report: RuleReport }[] = [];
  for (let k = 0; k < claims.length; k++) {
    const share = claims[k]!;
    if (share.kind !== 'percent' || share.unit === 'pp' || share.value === null || share.value <= 0 || share.value >= 100 || !ROUNDED.has(share.qualifier)) continue;
    const part = k > 0 ? claims[k - 1]! : undefined;
    const whole = part && part.segment === share.segment && AMOUNTS.has(part.kind) ? wholeNamed(text, part, share) : undefined;
    const found = whole !== undefined ? shareOfAmountBefore(text, claims, share, part!, whole) : shareOfNamedMeasures(text, claims, share);
    if (found) out.push(found);
  }
  return out;
}

/** `卡洛山铜矿产量5.62万吨，占公司矿产铜总产量的48.3%`: the share of the amount right before it, in the one total of its whole. */
function shareOfAmountBefore(text: string, claims: readonly Claim[], share: Claim, part: Claim, whole: string): { rule: string; report: RuleReport } | undefined {
  // A share of no whole named is of a total its paragraph stated before the part, of no company named or of the part's.
  const bare = whole === '';
  if (part.value === null || part.value <= 0 || !part.attribute || (!part.subject && !bare) || !ROUNDED.has(part.qualifier) || (!bare && !WHOLE.test(whole))) return undefined;
  // A part whose company is only guessed is the company's where the whole says so (`占公司矿产铜总产量的`), not a
  // market's (`前五家企业合计装车量47.32GWh，约占全部装车量的91.5%`).
  if (part.subject?.guessed && !bare && !OWN_WHOLE.test(whole)) return undefined;
  const measure = baseMeasure(part.attribute);
  const business = SEGMENT_OF.find((s) => s.words.test(whole))?.id;
  const totals = claims.filter(
    (t) =>
      t !== part &&
      t.kind === part.kind &&
      t.value !== null &&
      t.value > part.value! &&
      ROUNDED.has(t.qualifier) &&
      t.table === undefined &&
      (t.unit ?? '') === (part.unit ?? '') &&
      (t.currency ?? '') === (part.currency ?? '') &&
      t.attribute !== undefined &&
      baseMeasure(t.attribute) === measure &&
      // A goal is no total of what was done (`力争完成煤炭运量1.92亿吨`), and another's total is no whole of this part.
      (outlookOf(t.attribute) === t.attribute) === (outlookOf(part.attribute!) === part.attribute) &&
      t.subject?.id === part.subject?.id &&
      // (…and no sibling part with a share of its own: `DRAM營收81.3億元，佔比63.2%；NAND Flash營收47.3億元，佔比36.8%`.)
      (!bare || (t.segment === part.segment && t.start < part.start && !SHARE_AFTER.test(text.slice(t.end, t.end + SHARE_AFTER_REACH)))) &&
      (business === undefined || t.attribute.endsWith(`:${business}`)) &&
      (t.period === undefined || part.period === undefined || t.period === part.period),
  );
  if (new Set(totals.map((t) => t.value)).size !== 1) return undefined;
  const total = totals[0]!;
  return gives(part, total, share) ? undefined : reportOf(share, part, total);
}

function reportOf(share: Claim, part: Claim, total: Claim): { rule: string; report: RuleReport } {
  const implied = ((part.value! / total.value!) * 100).toFixed(1);
  return {
    rule: RULE,
    report: {
      message: `${share.text} as the share of ${part.text} in ${total.text}, which gives ${implied}%; the share or one of the figures is likely wrong.`,
      locations: [locationOf(share, `states ${normalised(share)}`), locationOf(part, `states ${normalised(part)}`), locationOf(total, `states ${normalised(total)}`)],
      fingerprintParts: ['share-of-total', share.file, normalised(share), normalised(part), normalised(total)],
      ...(total.subject ? { subject: total.subject.id } : {}),
      severity: 'warning',
    },
  };
}

/** `出口占钢材销量的比重升至21.4%`: the words of the part and of the whole right before the share. */
const NAMED_SHARE_ZH = /([\p{Script=Han}A-Za-z]{1,8})(?:占|佔)([\p{Script=Han}A-Za-z]{1,12}?)的?(?:比重|比例|份额|份額)?(?:升至|提升至|提高至|降至|下降至|增至|为|為|达到|达|達|是)?(?:约|約|近)?$/u;
/** How far before the share those words are looked for. */
const NAMED_SHARE_REACH = 28;

/**
 * `钢材销量2,712万吨，其中出口486万吨` … `出口占钢材销量的比重升至21.4%`: a share whose part and whole are named
 * by their words, where the article states one amount of each (of the share's company, in one unit and
 * period); allowing for the rounding of the three, the two amounts do not give the share.
 */
function shareOfNamedMeasures(text: string, claims: readonly Claim[], share: Claim): { rule: string; report: RuleReport } | undefined {
  if (!share.subject) return undefined;
  const m = NAMED_SHARE_ZH.exec(text.slice(Math.max(0, share.start - NAMED_SHARE_REACH), share.start));
  if (!m) return undefined;
  const at = share.start - m[0].length;
  const partMeasures = measuresNamedIn(text, at, at + m[1]!.length);
  const wholeStart = at + m[0].indexOf(m[2]!, m[1]!.length);
  const wholeMeasures = measuresNamedIn(text, wholeStart, wholeStart + m[2]!.length);
  if (partMeasures.length === 0 || wholeMeasures.length === 0 || partMeasures.some((id) => wholeMeasures.includes(id))) return undefined;
  const stated = (measures: readonly string[]) => {
    const found = claims.filter((c) => AMOUNTS.has(c.kind) && c.attribute !== undefined && c.value !== null && c.value > 0 && ROUNDED.has(c.qualifier) && c.table === undefined && c.subject?.id === share.subject!.id && measures.includes(baseMeasure(c.attribute)));
    return new Set(found.map((c) => c.value)).size === 1 ? found[0] : undefined;
  };
  const part = stated(partMeasures);
  const total = stated(wholeMeasures);
  if (!part || !total || part.value! >= total.value! || (part.unit ?? '') !== (total.unit ?? '') || (part.currency ?? '') !== (total.currency ?? '') || part.period !== total.period) return undefined;
  return gives(part, total, share) ? undefined : reportOf(share, part, total);
}

/** What the share after an amount says it is of, if the text says so right there. */
function wholeNamed(text: string, part: Claim, share: Claim): string | undefined {
  const between = text.slice(part.end, share.start);
  // `加盟门店6512家，占比97.5%`: of the total its paragraph stated before it.
  if (SHARE_OF_TOTAL_BEFORE.test(between)) return '';
  const zh = SHARE_OF_ZH.exec(between);
  if (zh) return zh[1];
  if (!SHARE_BEFORE_EN.test(between)) return undefined;
  return WHOLE_AFTER_EN.exec(text.slice(share.end, share.end + 56))?.[1];
}

/** `production:copper` → `production`. */
function baseMeasure(attribute: string): string {
  const colon = attribute.indexOf(':');
  return colon < 0 ? attribute : attribute.slice(0, colon);
}

/** Whether the part over the total gives the share, allowing for the rounding of the three. */
function gives(part: Claim, total: Claim, share: Claim): boolean {
  const rp = roundingOf(part.value!);
  const rt = roundingOf(total.value!);
  const rs = roundingOf(share.value!) + (share.qualifier === 'exact' ? 0 : ROUGH_SHARE_SLACK);
  const low = ((part.value! - rp) / (total.value! + rt)) * 100;
  const high = ((part.value! + rp) / (total.value! - rt)) * 100;
  return high >= share.value! - rs && low <= share.value! + rs;
}
