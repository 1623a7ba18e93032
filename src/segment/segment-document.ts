import type { Document, Segment, Sentence } from '../model/document.js';
import type { Lang } from '../model/lang.js';
import type { Source } from '../load/read-source.js';
import { LineIndex } from '../text/line-index.js';
import { splitBlocks } from './blocks.js';
import { countScriptsInto, LanguageTally, languageOfCounts, weightOfCounts, type ScriptCounts } from './language.js';
import { splitSentences } from './sentences.js';

/** Kinds of block whose text is prose that may state figures. */
const PROSE: ReadonlySet<string> = new Set(['paragraph', 'heading', 'table-row', 'list-item']);

export interface SegmentOptions {
  /** A language the config forces on this document (`overrides: [{files, lang}]`): every sentence is read as it. */
  readonly lang?: Lang;
}

/** Builds a `Document`: blocks with their sentences and languages, and the line index. */
export function segmentDocument(source: Source, options: SegmentOptions = {}): Document {
  const forced = options.lang;
  const { text } = source;
  const bodyStart = source.frontMatter && !source.frontMatter.error ? source.frontMatter.span.end : 0;
  const oneParagraphPerLine = !/\.(md|markdown)$/i.test(source.path);
  const blocks = splitBlocks(text, bodyStart, { oneParagraphPerLine });
  const documentTally = new LanguageTally();
  const segmentTally = new LanguageTally();
  const counts: ScriptCounts = { han: 0, latin: 0, kana: 0, hangul: 0 };
  const segments: Segment[] = blocks.map((block, index) => {
    // Object.assign, not a literal with a spread: segments then share hidden classes (see extend).
    if (!PROSE.has(block.kind)) return Object.assign({ index }, block, { lang: 'und' as Lang, sentences: [] });
    const pieces = block.cells ? block.cells.filter((c) => c.end > c.start) : splitSentences(text, block.content.start, block.content.end);
    // Each sentence's letters are counted once: for its language, its weight, and (summed) the
    // segment's weight, since sentences cover every letter of the segment's content.
    const total: ScriptCounts = { han: 0, latin: 0, kana: 0, hangul: 0 };
    const sentences: Sentence[] = [];
    segmentTally.clear();
    for (const span of pieces) {
      countScriptsInto(counts, text, span.start, span.end);
      const sentenceLang = forced ?? languageOfCounts(counts, text, span.start, span.end);
      sentences.push({ span, lang: sentenceLang });
      segmentTally.add(sentenceLang, weightOfCounts(counts));
      total.han += counts.han;
      total.latin += counts.latin;
      total.kana += counts.kana;
      total.hangul += counts.hangul;
    }
    const lang = forced ?? segmentTally.dominant();
    documentTally.add(lang, weightOfCounts(total));
    return Object.assign({ index }, block, { lang, sentences });
  });
  const lang = forced ?? documentTally.dominant();
  return {
    path: source.path,
    text,
    encoding: source.encoding,
    frontMatter: source.frontMatter,
    referenceDate: source.referenceDate,
    lang,
    segments,
    lineIndex: new LineIndex(text),
  };
}
