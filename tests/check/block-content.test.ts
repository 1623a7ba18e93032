import { describe, expect, it } from 'vitest';
import { normalisedContent } from '../../src/check/block-content.js';
import { docFrom } from '../helpers.js';

/** The normalised content of each paragraph of a Markdown document. */
function contents(text: string): string[] {
  const doc = docFrom('a.md', text);
  return doc.segments.filter((s) => s.kind === 'paragraph').map((s) => normalisedContent(doc, s));
}

describe('normalisedContent', () => {
  it('folds every run of white space to one space, whatever its characters, and trims', () => {
    expect(contents('Revenue  rose\t17%\u00a0to $57\u3000billion.  \nIt said so \t again.')).toEqual(['Revenue rose 17% to $57 billion. It said so again.']);
    expect(contents('英伟达 营收\r\n增长 17%。')).toEqual(['英伟达 营收 增长 17%。']);
  });

  it('keeps single spaces as they are and drops HTML comments', () => {
    expect(contents('One plain sentence with single spaces.')).toEqual(['One plain sentence with single spaces.']);
    expect(contents('Revenue <!-- factcheck-disable-line --> rose 17%.<!-- note -->')).toEqual(['Revenue rose 17%.']);
  });
});
