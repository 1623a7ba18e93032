import type { SegmentKind } from '../model/document.js';
import type { Span } from '../model/span.js';
import { monthMentions, yearMentions } from './common/year-mentions.js';
import type { MatchContext, MonthMention, YearMention } from './raw-claim.js';

/**
 * The context of the sentences of one paragraph. The years and months it states are looked for
 * only when a date written without them asks (resolve-year): most paragraphs have no such date,
 * and scanning every one for them cost about a twentieth of the extraction.
 */
export class ParagraphContext implements MatchContext {
  private foundYears: readonly YearMention[] | undefined;
  private foundMonths: readonly MonthMention[] | undefined;

  constructor(
    private readonly text: string,
    readonly paragraph: Span,
    readonly segmentKind: SegmentKind,
    readonly referenceDate: string | undefined,
  ) {}

  get years(): readonly YearMention[] {
    return (this.foundYears ??= yearMentions(this.text, this.paragraph.start, this.paragraph.end));
  }

  get months(): readonly MonthMention[] {
    return (this.foundMonths ??= monthMentions(this.text, this.paragraph.start, this.paragraph.end));
  }
}
