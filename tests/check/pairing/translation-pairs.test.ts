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

  it('pairs EN-NAME / ZH-NAME prefixes and NAME-CN, NAME_CHS for Chinese', () => {
    for (const [zh, en] of [['ZH-report.txt', 'EN-report.txt'], ['report-CN.md', 'report-EN.md'], ['report_CHS.md', 'report_EN.md']]) {
      expect(mismatches({ [zh!]: ZH, [en!]: EN_SLIP }), zh).toEqual([`magnitude ${en}:exceed 5.2 billion yuan vs ${zh}:超过520亿元`]);
    }
    // Only the two languages a Chinese newsroom pairs open a name: `it-` and `de-` are words.
    expect(mismatches({ 'it-report.md': ZH, 'en-report.md': EN_SLIP })).toEqual([]);
  });

  it('pairs NAME.md, untagged, with NAME.en.md beside it: the site’s default language goes untagged', () => {
    expect(mismatches({ 'xingchi.md': ZH, 'xingchi.en.md': EN_SLIP })).toEqual(['magnitude xingchi.en.md:exceed 5.2 billion yuan vs xingchi.md:超过520亿元']);
    // Two articles of one language are no translation of each other.
    expect(mismatches({ 'xingchi.md': EN_SLIP.replace('5.2 billion', '52 billion'), 'xingchi.en.md': EN_SLIP })).toEqual([]);
  });

  it('takes the side whose front matter says it is translated from the other for the translation, Chinese or not', () => {
    const zh = `---\ntranslation_of: press.md\n---\n\n${ZH.replace('520亿元', '5200亿元')}`;
    expect(mismatches({ 'press.md': EN_SLIP.replace('5.2 billion', '52 billion'), 'kx-88231.md': zh })).toEqual([
      'magnitude kx-88231.md:超过5200亿元 vs press.md:exceed 52 billion yuan',
    ]);
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

describe('what a faithful translation may change', () => {
  const pair = (zh: string, en: string) => mismatches({ 'a.zh.md': `${zh}\n`, 'a.en.md': `${en}\n` });

  it('rounds with a scale word (`约为1.5亿` for 148.6 million), as the original’s digits allow', () => {
    expect(pair('流媒体平台Lumora公布，截至2024年12月31日，其全球付费订阅用户约为1.5亿，当季净增980万。', 'Lumora said it ended 2024 with 148.6 million paid subscribers, a net addition of 9.8 million in the quarter.')).toEqual([]);
    expect(pair('流媒体平台Lumora公布，截至2024年12月31日，其全球付费订阅用户约为1.5亿，当季净增980万。', 'Lumora said it ended 2024 with 158.6 million paid subscribers, a net addition of 9.8 million in the quarter.')).toHaveLength(1);
  });

  it('states an energy in another unit (`41 gigawatt-hours` for `4100万千瓦时`) and counts with 块 as a measure word', () => {
    expect(pair('泰瑟利表示，训练在由24,576块加速器组成的集群上进行，耗时71天，估计耗电约4100万千瓦时。', 'Tessaly said training took 71 days on a cluster of 24,576 accelerators and consumed an estimated 41 gigawatt-hours of electricity.')).toEqual([]);
    expect(pair('泰瑟利表示，训练在由24,576块加速器组成的集群上进行，耗时71天，估计耗电约4100万千瓦时。', 'Tessaly said training took 71 days on a cluster of 24,576 accelerators and consumed an estimated 14 gigawatt-hours of electricity.')).toHaveLength(1);
  });

  it('writes an increase of 1.3 times (增长1.3倍) as 2.3 times the base, a discount of 2.5折 as 75% off, and a share in words', () => {
    expect(pair('电动汽车出口18.6万辆，增长1.3倍。', 'Exports of electric vehicles reached 186,000, 2.3 times the year-earlier figure.')).toEqual([]);
    expect(pair('电动汽车出口18.6万辆，增长1.3倍。', 'Exports of electric vehicles reached 186,000, 3.3 times the year-earlier figure.')).toEqual([
      'value a.en.md:3.3 times vs a.zh.md:1.3倍',
    ]);
    expect(pair('输出价格较上一代下降68%，缓存命中的输入再打2.5折。', 'Output is 68% cheaper than before, and cached input is discounted by a further 75%.')).toEqual([]);
    expect(pair('输出价格较上一代下降86%，缓存命中的输入再打2.5折。', 'Output is 68% cheaper than before, and cached input is discounted by a further 75%.')).toEqual([
      'value a.en.md:68% vs a.zh.md:86%',
    ]);
    expect(pair('前五部影片合计占比超过66%。', 'The top five films took about two-thirds of the total.')).toEqual([]);
  });

  it('finds a shifted date in a passage whose figures name no company, beside one that does', () => {
    const zh = '12月26日，由东岚新能源投资建设的临岬海上风电项目首批12台机组成功并网发电。\n\n该项目总投资约142亿元。';
    const en = "The first 12 turbines at Donglan New Energy's Linjia offshore wind farm began feeding power into the grid on December 16.\n\nDonglan New Energy said the project would cost about RMB14.2 billion; Donglan New Energy owns all of it.";
    expect(pair(zh, en)).toEqual([
      'date a.en.md:December 16 vs a.zh.md:12月26日',
    ]);
  });

  it('reads amounts glued to a currency code (RMB3.865 billion, DKK1.2 billion) and voltages', () => {
    expect(pair('前11个月全省跨境电商进出口386.5亿元，增长24.6%。', 'Cross-border e-commerce jumped 24.6% to RMB3.865 billion in the first 11 months.')).toEqual([
      'magnitude a.en.md:RMB3.865 billion vs a.zh.md:386.5亿元',
    ]);
    expect(pair('公司为该项目预留12亿丹麦克朗（约合1.61亿欧元），送出线路为220千伏海缆。', 'The company set aside DKK1.2 billion (about €161 million) for it; the export cable runs at 220 kV.')).toEqual([]);
  });

  it('writes the yuan of an amount in traditional characters as the local dollar (`24.5億元` for NT$2.45 billion)', () => {
    expect(pair('幻星互動表示，《雲海劍歌》上線首月營收達24.5億元。', 'Huanxing Interactive said the game took in NT$2.45 billion in its first month.')).toEqual([]);
    expect(pair('幻星互動表示，《雲海劍歌》上線首月營收達24.5億元。', 'Huanxing Interactive said the game took in US$2.45 billion in its first month.')).toEqual([
      'currency a.en.md:US$2.45 billion vs a.zh.md:24.5億元',
    ]);
  });

  it('rounds with a word of approximation (`近1,500個` for `1,480 units`), and writes a bare 元 of Hong Kong as HK$', () => {
    const zh = '港峰集團表示，期內共售出近1,500個住宅單位；中期股息為每股0.42元，香港業務營收增長。';
    expect(pair(zh, 'Harbourcrest said it sold 1,480 residential units in the period; the interim dividend is HK$0.42 a share.')).toEqual([]);
    expect(pair(zh, 'Harbourcrest said it sold 1,380 residential units in the period; the interim dividend is HK$0.42 a share.')).toHaveLength(1);
  });

  it('reads a multiple stated in a word on either side (翻倍 = doubled, 翻了两番 = quadrupled)', () => {
    expect(pair('公司研发投入同比翻倍，利润翻了两番。', 'Its R&D spending doubled and its profit quadrupled from a year earlier.')).toEqual([]);
    expect(pair('公司研发投入同比翻倍，利润翻了两番。', 'Its R&D spending tripled and its profit quadrupled from a year earlier.')).toEqual(['value a.en.md:tripled vs a.zh.md:翻倍']);
  });

  it('takes no month the translator names as a comparison base for a date of the original', () => {
    expect(pair('公司10月份共运输旅客1,126.4万人次，同比增长9.8%，环比下降3.1%。', 'It carried 11.26 million passengers in October, up 9.8% from a year earlier but down 3.1% from September.')).toEqual([]);
  });

  it('reads `1至11月` as a run of months, no figure `1`', () => {
    expect(pair('1至11月，海川港海铁联运箱量完成152.6万标准箱，同比增长25.1%。', 'Sea-rail volumes reached 1.526 million TEU in the first 11 months, up 25.1% from a year earlier.')).toEqual([]);
  });

  it("adds the exchange rate it converts at, and writes a table's fall as a minus or in words", () => {
    expect(pair('澄州市政府4月7日宣布，将在2025年投入3.5亿元财政资金，支持中小制造企业更新设备。', 'The Chengzhou city government announced on April 7 that it would spend RMB350 million (about US$48 million at an exchange rate of 7.3 yuan to the dollar) in 2025 to help manufacturers replace equipment.')).toEqual([]);
    expect(pair('| 业务板块 | 第二季度收入（亿元） | 同比增长 |\n|---|---|---|\n| 其他 | 8.5 | -3.4% |', '| Segment | Q2 revenue (RMB bn) | YoY |\n|---|---|---|\n| Other | 0.85 | -3.4% |')).toEqual([]);
  });
});
