import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { alternation } from '../../src/extract/pattern.js';
import { NameScanner } from '../../src/bind/name-scanner.js';

/** Every name the scanner finds in `text`, leftmost-longest, as a regex alternation finds them. */
function scanAll(scanner: NameScanner, text: string): string[] {
  const out: string[] = [];
  for (let at = scanner.nextCandidate(text, 0, text.length); at < text.length; at = scanner.nextCandidate(text, at, text.length)) {
    const name = scanner.nameAt(text, at, text.length);
    if (name === undefined) at++;
    else {
      out.push(`${at}:${name}`);
      at += name.length;
    }
  }
  return out;
}

describe('NameScanner', () => {
  const names = ['中芯国际', '中芯', '大众汽车', '美光', '美光科技', 'SK海力士', '海力士', 'AMD', 'A', '三星'];
  const scanner = new NameScanner(names);
  const regex = new RegExp(alternation(names), 'g');
  const expected = (text: string) => [...text.matchAll(regex)].map((m) => `${m.index}:${m[0]}`);

  it('finds what a regex alternation finds, though names start with common characters', () => {
    const text = '中国的中芯国际和美国的美光科技；大众汽车、大家、SK海力士与海力士，AMD与A股，三星和三个人。中';
    expect(scanAll(scanner, text)).toEqual(expected(text));
    expect(scanAll(scanner, text)).toContain('3:中芯国际');
  });

  it('agrees with the regex on any text made of pieces of the names', () => {
    const piece = fc.constantFrom(...names, '中', '大', '美', '海', '三', 'S', 'K', '国', '的', ' ', '芯');
    fc.assert(fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('');
      expect(scanAll(scanner, text)).toEqual(expected(text));
    }), { numRuns: 500 });
  });
});
