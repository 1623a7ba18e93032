import { describe, expect, it } from 'vitest';
import { findingsOf } from '../crosscheck-helpers.js';
import type { Finding } from '../../../src/model/finding.js';

/** The translation findings of a set of files: rule, cause, places. */
const mismatches = (files: Record<string, string>): string[] =>
  findingsOf(files)
    .filter((f: Finding) => f.ruleId === 'translation-mismatch')
    .map((f) => `${f.cause} ${f.locations.map((l) => `${l.file}:${l.text}`).join(' vs ')}`);

const ZH = '2025年，星驰汽车累计交付约28.7万辆，完成了28万辆的年度目标。公司预计2025年全年营业收入将超过520亿元。\n';
const EN_SLIP = 'In 2025, Xingchi Auto delivered about 287,000 vehicles, meeting its annual target of 280,000 vehicles. The company expects its full-year 2025 revenue to exceed 5.2 billion yuan.\n';

describe('which files translate each other', () => {
  it('pairs NAME_zh / NAME_en and NAME-zh / NAME-en files, as newsrooms name them', () => {
    for (const [zh, en] of [['report_zh.md', 'report_en.md'], ['report-zh-CN.txt', 'report-en.txt']]) {
      expect(mismatches({ [zh!]: ZH, [en!]: EN_SLIP }), zh).toEqual([`magnitude ${en}:exceed 5.2 billion yuan vs ${zh}:超过520亿元`]);
    }
  });

  it('pairs files of one name in folders named by language', () => {
    expect(mismatches({ 'zh/xingchi.md': ZH, 'en/xingchi.md': EN_SLIP })).toEqual(['magnitude en/xingchi.md:exceed 5.2 billion yuan vs zh/xingchi.md:超过520亿元']);
  });

  it('reads translation_of, original and source keys that name a document, and no other value', () => {
    const en = (key: string, value: string) => `---\n${key}: ${value}\n---\n\n${EN_SLIP}`;
    expect(mismatches({ 'a.md': ZH, 'b.md': en('translation_of', 'a.md') })).toHaveLength(1);
    expect(mismatches({ 'cn/a.md': ZH, 'en/b.md': en('original', '../cn/a.md') })).toHaveLength(1);
    // A news source, or a web page, is no file of the scan.
    expect(mismatches({ 'a.md': ZH, 'b.md': en('source', 'Jiangzhou Daily') })).toEqual([]);
    expect(mismatches({ 'a.md': ZH, 'b.md': en('original', 'https://example.com/a.md') })).toEqual([]);
  });

  it('leaves alone files whose name ends in a word that only looks like a language code', () => {
    expect(mismatches({ 'deal-us.md': ZH, 'deal-my.md': EN_SLIP })).toEqual([]);
  });
});

describe('a translation of a company the alias table does not know', () => {
  it('takes its two names (星驰汽车, Stellar Auto) for one company where the figures they share agree', () => {
    const zh = `新能源车企星驰汽车公布了2025年交付数据。${ZH}`;
    const en = `Electric vehicle maker Stellar Auto released its 2025 delivery figures. ${EN_SLIP.replace('Xingchi Auto', 'Stellar Auto')}`;
    const findings = findingsOf({ 'a.zh.md': zh, 'a.en.md': en }).filter((f) => f.ruleId === 'translation-mismatch');
    // Before, the figure was missing from each side: the two names were two strangers.
    expect(findings.map((f) => [f.cause, f.severity])).toEqual([['magnitude', 'error']]);
  });

  it('takes a multiple of growth and its percentage for one figure (增长近1.2倍, up nearly 120%)', () => {
    const zh = '2025年，星驰汽车累计交付约28.7万辆，同比增长近1.2倍，完成了28万辆的年度目标。\n';
    const en = 'In 2025, Xingchi Auto delivered about 287,000 vehicles, an increase of nearly 120% year on year, meeting its annual target of 280,000 vehicles.\n';
    expect(mismatches({ 'a.zh.md': zh, 'a.en.md': en })).toEqual([]);
    const tripled = 'In 2025, Xingchi Auto delivered about 287,000 vehicles, an increase of nearly 160% year on year, meeting its annual target of 280,000 vehicles.\n';
    expect(mismatches({ 'a.zh.md': zh, 'a.en.md': tripled })).toEqual(['missing a.en.md:nearly 160% vs a.zh.md:2025年']);
  });
});

describe('a company named in pinyin in English articles', () => {
  const zh = '新能源车企驰远汽车发布2025年第三季度财报。驰远汽车第三季度营收为248.6亿元，同比增长36.8%。\n';
  const zh2 = '驰远汽车11月18日晚间发布财报。驰远汽车2025年第三季度实现营收248.6亿元。\n';
  const en = (revenue: string) => `Electric-car maker Chiyuan Motors reported results on Tuesday. Chiyuan Motors said third-quarter 2025 revenue was ${revenue}.\n`;

  it('is compared with its Chinese name (驰远 = Chiyuan) across articles', () => {
    const findings = findingsOf({ 'a.md': zh, 'b.md': zh2, 'c.md': en('2.486 billion yuan') }).filter((f) => f.ruleId !== 'corroborated');
    expect(findings.map((f) => [f.ruleId, f.locations[0]!.file, f.locations[0]!.text])).toEqual([['magnitude-slip', 'c.md', '2.486 billion yuan']]);
    expect(findingsOf({ 'a.md': zh, 'b.md': zh2, 'c.md': en('24.86 billion yuan') }).filter((f) => f.ruleId !== 'corroborated')).toEqual([]);
  });

  it('is not taken for another company whose name is spelt otherwise', () => {
    const other = 'Electric-car maker Chiyan Motors reported results on Tuesday. Chiyan Motors said third-quarter 2025 revenue was 2.486 billion yuan.\n';
    expect(findingsOf({ 'a.md': zh, 'b.md': zh2, 'c.md': other }).filter((f) => f.ruleId !== 'corroborated')).toEqual([]);
  });
});
