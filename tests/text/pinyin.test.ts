import { describe, expect, it } from 'vitest';
import { latinSpelling, pinyinSpellings, wadeGiles } from '../../src/text/pinyin.js';

describe('pinyin spellings of company names', () => {
  it('spells a Chinese name without tones or spaces, every reading of a character read several ways', () => {
    expect(pinyinSpellings('星衍')).toEqual(['xingyan', 'hsingyen']);
    expect(pinyinSpellings('驰远')).toEqual(['chiyuan', 'chihyuan']);
    expect(pinyinSpellings('擎川')).toEqual(['qingchuan', 'chingchuan']);
    expect(pinyinSpellings('银行')).toContain('yinhang');
    expect(pinyinSpellings('银行')).toContain('yinxing');
    // Traditional characters have readings too.
    expect(pinyinSpellings('馳遠')).toEqual(['chiyuan', 'chihyuan']);
  });

  it('spells a name in Wade-Giles too, as Taiwan’s companies go by it', () => {
    expect(pinyinSpellings('鼎鈞')).toContain('tingchun');
    expect(pinyinSpellings('新竹')).toContain('hsinchu');
    expect(pinyinSpellings('中華')).toContain('chunghua');
    expect(wadeGiles('zhi')).toBe('chih');
    expect(wadeGiles('si')).toBe('ssu');
    expect(wadeGiles('ge')).toBe('ko');
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
