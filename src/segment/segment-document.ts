import type { Document, Segment, Sentence } from '../model/document.js';
import type { Lang } from '../model/lang.js';
import type { Source } from '../load/read-source.js';
import { LineIndex } from '../text/line-index.js';
import { splitBlocks } from './blocks.js';
import { chooseLanguage, countScripts, dominantLanguage } from './language.js';
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
  const segments: Segment[] = blocks.map((block, index) => {
    const prose = PROSE.has(block.kind);
    const pieces = !prose ? [] : block.cells ? block.cells.filter((c) => c.end > c.start) : splitSentences(text, block.content.start, block.content.end);
    const sentences: Sentence[] = pieces.map((span) => ({ span, lang: forced ?? chooseLanguage(text, span.start, span.end) }));
    const lang = forced && prose ? forced : prose
      ? dominantLanguage(sentences.map((s) => ({ lang: s.lang, weight: weightOf(text, s.span.start, s.span.end) })))
      : 'und';
    return { index, ...block, lang, sentences };
  });
  const lang = forced ?? dominantLanguage(segments.map((s) => ({ lang: s.lang, weight: weightOf(text, s.content.start, s.content.end) })));
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

function weightOf(text: string, start: number, end: number): number {
  const c = countScripts(text, start, end);
  return c.han + c.latin / 3 + c.kana + c.hangul;
}
