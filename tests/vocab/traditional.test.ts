import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HAN_RUN, TRADITIONAL_SOURCES } from '../../scripts/traditional-sources.mjs';
import { traditionalOf, withTraditional, withTraditionalKeys } from '../../src/vocab/spellings.js';
import { TRADITIONAL_SPELLINGS } from '../../src/vocab/traditional.js';

describe('Traditional spellings of the vocabulary', () => {
  it('list every Chinese word of the vocabulary files (else run node scripts/gen-traditional.mjs)', () => {
    const runs = new Set<string>();
    for (const f of TRADITIONAL_SOURCES) for (const m of readFileSync(`src/vocab/${f}`, 'utf8').matchAll(HAN_RUN)) runs.add(m[0]);
    expect([...runs].filter((r) => !(r in TRADITIONAL_SPELLINGS))).toEqual([]);
    expect(Object.keys(TRADITIONAL_SPELLINGS).filter((r) => !runs.has(r))).toEqual([]);
  });

  it('are converted word by word, as Taiwan and Hong Kong write them', () => {
    expect(traditionalOf('营收')).toEqual(['營收']);
    // Word by word, not character by character: 钟 alone would be 鍾.
    expect(traditionalOf('分钟')).toEqual(['分鐘']);
    expect(traditionalOf('公里')).toEqual([]);
    // Taiwan's own word besides the converted one.
    expect(traditionalOf('数据中心')).toEqual(['數據中心', '資料中心']);
    expect(traditionalOf('AI加速器')).toEqual([]);
    expect(traditionalOf('云计算')).toContain('雲計算');
    // 佔 and 占 are both written.
    expect(traditionalOf('成交额占比')).toEqual(['成交額佔比', '成交額占比']);
  });

  it('are added to word lists and tables, the Simplified words kept', () => {
    expect(withTraditional(['营收', '估值', 'revenue'])).toEqual(['营收', '營收', '估值', 'revenue']);
    expect(withTraditionalKeys({ 员工: 'employee', staff: 'employee' })).toEqual({ 员工: 'employee', staff: 'employee', 員工: 'employee' });
  });
});
