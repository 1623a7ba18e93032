import { describe, expect, it } from 'vitest';
import { latinSpelling, pinyinSpellings } from '../../src/text/pinyin.js';

describe('pinyin spellings of company names', () => {
  it('spells a Chinese name without tones or spaces, every reading of a character read several ways', () => {
    expect(pinyinSpellings('星衍')).toEqual(['xingyan']);
    expect(pinyinSpellings('驰远')).toEqual(['chiyuan']);
    expect(pinyinSpellings('擎川')).toEqual(['qingchuan']);
    expect(pinyinSpellings('银行')).toContain('yinhang');
    expect(pinyinSpellings('银行')).toContain('yinxing');
    // Traditional characters have readings too.
    expect(pinyinSpellings('馳遠')).toEqual(['chiyuan']);
  });

  it('spells nothing for a name that is not all Chinese, and at most sixteen ways', () => {
    expect(pinyinSpellings('星衍AI')).toEqual([]);
    expect(pinyinSpellings('行行行行行行').length).toBeLessThanOrEqual(16);
  });

  it('reads an English name as its letters, and no other name', () => {
    expect(latinSpelling('Xingyan AI')).toBe('xingyanai');
    expect(latinSpelling("Qingchuan")).toBe('qingchuan');
    expect(latinSpelling('星衍')).toBeUndefined();
  });
});
