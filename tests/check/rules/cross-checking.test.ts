import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkDocuments, scan } from '../../../src/pipeline/scan.js';
import type { Claim } from '../../../src/model/claim.js';
import type { DocumentResult } from '../../../src/model/result.js';
import { analyse, complaints, findingsOf } from '../crosscheck-helpers.js';

const FIXTURES = 'fixtures/crosscheck';
const read = (p: string) => readFileSync(path.join(FIXTURES, p), 'utf8');

describe('cross-document rules on fixtures/crosscheck/conflicts', () => {
  it('reports each minority figure once, with the specific rule, the claim at fault first', async () => {
    const { findings } = await scan([`${FIXTURES}/conflicts`]);
    const errors = complaints(findings);
    expect(errors.map((f) => [f.ruleId, path.basename(f.locations[0]!.file), f.locations[0]!.text])).toEqual([
      ['currency-mismatch', 'alibaba-quarter.md', '2478亿美元'],
      ['magnitude-slip', 'deal-brief.md', '$2 billion'],
    ]);
    const slip = errors[1]!;
    expect(slip.message).toContain('$2 billion → 2.0e9 USD (fixtures/crosscheck/conflicts/deal-brief.md:3) vs');
    expect(slip.message).toContain('×10 apart');
    expect(slip.locations.slice(1).map((l) => path.basename(l.file)).sort()).toEqual(['deal-analysis.md', 'deal-report-cn.md']);
    expect(slip.subject).toBe('groq+nvidia');
  });

  it('never reports conflicting-figure where a specific rule applies, nor two rules for one fault', async () => {
    const { findings } = await scan([`${FIXTURES}/conflicts`]);
    const atFault = complaints(findings).map((f) => `${f.locations[0]!.file}:${f.locations[0]!.start}`);
    expect(new Set(atFault).size).toBe(atFault.length);
    expect(findings.some((f) => f.ruleId === 'conflicting-figure')).toBe(false);
  });

  it('lets no bound that fits several values decide between them, whatever the order of the files', () => {
    // 超过300亿元 agrees with both 1000亿 and 1900亿: two sources state 1900亿, one 1000亿.
    const bounds = Object.fromEntries([1, 2, 3, 4].map((i) => [`s${i}.txt`, `第${i}篇。公司预计小米2025年全年研发投入将超过300亿元。`]));
    for (const first of ['0c.txt', 'z.txt']) {
      const findings = findingsOf({ [first]: '2025年，小米在研发上投入了1000亿元。', 'a.txt': '2025年，小米在研发上投入了1900亿元。', 'b.txt': '小米2025年的研发投入为1900亿元。', ...bounds });
      const reported = complaints(findings);
      expect(reported, first).toHaveLength(1);
      expect(reported[0]!.ruleId).toBe('conflicting-figure');
      expect(reported[0]!.locations.slice(0, 3), first).toMatchObject([{ file: first, text: '1000亿元' }, { text: '1900亿元' }, { text: '1900亿元' }]);
    }
  });

  it('reports values that cannot both be true as conflicting-figure', () => {
    const findings = findingsOf({
      'a.md': 'Tencent currently employs 110,000 people worldwide.\n',
      'b.md': 'Tencent currently employs 110,000 people worldwide, filings show.\n',
      'c.md': 'Tencent has a total workforce of 88,000 employees.\n',
    });
    const [f, ...rest] = complaints(findings);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'conflicting-figure', severity: 'error', subject: 'tencent' });
    expect(f!.locations[0]).toMatchObject({ file: 'c.md', text: '88,000 employees' });
    expect(f!.message).toContain('2 sources state the latter');
  });

  it('reports the document\'s last statement of the minority figure and lists its earlier ones after it', () => {
    const findings = findingsOf({
      'a.md': 'Tencent currently employs 110,000 people worldwide.\n',
      'b.md': 'Tencent currently employs 110,000 people worldwide, filings show.\n',
      'c.md': '| Company | Employees |\n| --- | --- |\n| Tencent | 88,000 |\n| Tencent | 88,000 |\n',
    });
    const [f, ...rest] = complaints(findings).filter((x) => x.ruleId === 'conflicting-figure');
    expect(rest).toEqual([]);
    expect(f!.locations.map((l) => [l.file, l.line, l.text])).toEqual([
      ['c.md', 4, '88,000'],
      ['c.md', 3, '88,000'],
      ['a.md', 1, '110,000 people'],
      ['b.md', 1, '110,000 people'],
    ]);
    expect(f!.locations[1]!.label).toBe('also states 8.8e4');
  });

  it('keeps fingerprints when lines move', () => {
    const base = { 'a.md': 'Tencent currently employs 110,000 people.\n', 'b.md': 'Tencent employs 88,000 people.\n' };
    const moved = { ...base, 'b.md': `# Title\n\nIntro paragraph.\n\n${base['b.md']}` };
    const fp = (files: Record<string, string>) => complaints(findingsOf(files)).map((f) => f.fingerprint);
    expect(fp(moved)).toEqual(fp(base));
    expect(fp(base)).toHaveLength(1);
  });

  it('never compares different attributes, periods or subjects', () => {
    expect(
      complaints(
        findingsOf({
          'a.md': 'Alibaba reported third-quarter 2025 revenue of RMB 247.8 billion.\n',
          'b.md': 'Alibaba reported 2025 revenue of RMB 996.3 billion.\n',
          'c.md': 'Alibaba spent RMB 56 billion on research and development in 2025.\n',
          'd.md': 'Tencent reported third-quarter 2025 revenue of RMB 192.9 billion.\n',
        }),
      ),
    ).toEqual([]);
  });

  it('lets one article tell of several stock moves, but not of two headcounts', () => {
    const moves = findingsOf({ 'a.md': 'Nvidia shares fell 17% on Monday.\n\nBy Friday Nvidia shares rose 5%.\n' });
    expect(complaints(moves)).toEqual([]);
    const staff = findingsOf({ 'a.md': 'Tencent currently employs 110,000 people worldwide.\n\nTencent employs 88,000 people.\n' });
    expect(complaints(staff).map((f) => f.ruleId)).toEqual(['conflicting-figure']);
  });

  it('does not take a size in a model name for a figure about another subject', () => {
    const findings = findingsOf({
      'a.md': 'Gemini 3 Ultra comes with 36 billion parameters.\n',
      'b.md': 'Gemini 3 Ultra comes with 36 billion parameters, Caixin says.\n',
      'c.md': "Gemini 3 Ultra matches open models like Meta's Llama 3.1 405B on benchmarks.\n",
    });
    expect(complaints(findings)).toEqual([]);
  });

  it('lists ten of the prevailing figures in each finding and counts the others, none from the file at fault', () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 24; i++) files[`p${String(i).padStart(2, '0')}.md`] = 'Tencent currently employs 110,000 people worldwide.\n';
    files['q1.md'] = 'Tencent currently employs 88,000 people.\n';
    // A file at fault that also states the prevailing figure: it is not listed against itself.
    files['q2.md'] = 'Tencent currently employs 88,000 people.\n\nTencent currently employs 110,000 people worldwide.\n';
    const found = complaints(findingsOf(files));
    expect(found.map((f) => [f.locations[0]!.file, f.locations.length, f.relatedCount])).toEqual([
      ['q1.md', 11, 25],
      ['q2.md', 11, 24],
    ]);
    for (const f of found) expect(f.locations.slice(1).every((l) => l.file.startsWith('p') && l.text === '110,000 people')).toBe(true);
  });

  it('takes a figure stated with more than 64 different values for a series, not a conflict', () => {
    // Monthly figures whose months are not named: each paragraph states the headcount differently
    // (values ending in 3, ten apart, so no two agree within rounding).
    const rows = (n: number) => Array.from({ length: n }, (_, i) => `Tencent currently employs ${1003 + i * 10} people.`).join('\n\n');
    const errors = (n: number) => complaints(findingsOf({ 'a.md': `${rows(n)}\n`, 'b.md': `${rows(n)}\n` }));
    expect(errors(64)).not.toEqual([]);
    expect(errors(65)).toEqual([]);
  });

  it("never sets one table's cells against each other: its columns and rows lay out different things", () => {
    const table =
      '衡元智能科技有限公司（下称"衡元智能"）发布衡元-3模型。衡元智能公布的评测结果如下。\n\n' +
      '| 评测集 | 衡元-3得分 | 衡元-2得分 |\n|---|---|---|\n| MMLU-Pro | 81.4% | 72.8% |\n| GPQA Diamond | 68.9% | 55.1% |\n| C-Eval | 91.7% | 88.2% |\n';
    expect(findingsOf({ 'a.md': table }).filter((f) => f.ruleId === 'conflicting-figure')).toEqual([]);
  });

  it('reads a fall in words and a negative change in a table as the same change', () => {
    const findings = findingsOf({
      'a.md': '小米2025年第三季度智能手机出货量同比下滑4.1%。\n',
      'b.md': '| 厂商 | 2025年Q3出货量同比变化 |\n| --- | --- |\n| 小米 | -4.1% |\n',
      'c.md': '据统计，小米2025年第三季度出货量同比下滑4.1%。\n',
      'd.md': '| 厂商 | 2025年Q3出货量同比变化 |\n| --- | --- |\n| 小米 | -1.4% |\n',
    });
    expect(complaints(findings).map((f) => [f.ruleId, f.locations[0]!.file, f.locations[0]!.text])).toEqual([['conflicting-figure', 'd.md', '-1.4%']]);
  });

  it('does not compare a figure without a clear subject', () => {
    expect(complaints(findingsOf({ 'a.md': 'Revenue reached $57 billion.\n', 'b.md': 'Revenue reached $5.7 billion.\n' }))).toEqual([]);
  });

  it('reports different dates of one event as date-conflict', () => {
    const dated = (file: string, date: string): DocumentResult => {
      const claim: Claim = {
        file, start: 0, end: 10, line: 1, column: 1, endLine: 1, endColumn: 11, text: date, lang: 'en', kind: 'date',
        value: null, date, qualifier: 'exact', segment: 0, subject: { id: 'grok5', label: 'Grok 5', confidence: 0.9 },
        attribute: 'release-date', attributeConfidence: 0.9,
      };
      return { file, lang: 'en', encoding: 'utf-8', claims: [claim], findings: [], blocks: [] };
    };
    const findings = checkDocuments([dated('a.md', '2025-08-17'), dated('b.md', '2025-08-17'), dated('c.md', '2025-09-17')]);
    expect(complaints(findings)).toMatchObject([{ ruleId: 'date-conflict', locations: [{ file: 'c.md' }, { file: 'a.md' }, { file: 'b.md' }] }]);
  });
});

describe('translation-mismatch', () => {
  it('pairs NAME.zh/NAME.en and reports the translated side first, with the cause', async () => {
    const { findings } = await scan([`${FIXTURES}/pair`]);
    const [f, ...rest] = complaints(findings);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ ruleId: 'translation-mismatch', severity: 'error', cause: 'magnitude' });
    expect(f!.locations.map((l) => [path.basename(l.file), l.line, l.text])).toEqual([
      ['groq-deal.en.md', 3, 'about $2 billion'],
      ['groq-deal.zh.md', 3, '约200亿美元'],
    ]);
    expect(f!.message).toContain('likely 亿/billion slip');
  });

  it('does not report the same wrong figure again across documents', async () => {
    const { findings } = await scan([`${FIXTURES}/pair`, `${FIXTURES}/conflicts/deal-report-cn.md`, `${FIXTURES}/conflicts/deal-analysis.md`]);
    expect(complaints(findings).map((f) => f.ruleId)).toEqual(['translation-mismatch']);
  });

  it('takes a stated conversion for what it is', () => {
    const findings = findingsOf({
      'r.zh.txt': '英伟达2025年第三季度营收为570亿美元（约合4050亿元人民币）。\n',
      'r.en.txt': 'Nvidia reported third-quarter 2025 revenue of $57 billion.\n',
    });
    expect(complaints(findings)).toEqual([]);
  });

  it('pairs a figure with its own currency before one it converts to about as much', () => {
    // ¥87 billion is about $12 billion: within the band of "about $14 billion", which the yuan
    // figure must not take, leaving the slipped digits (78 for 87) paired with the dollars.
    const zh = '知情人士透露，字节跳动预计2026年资本开支将达到人民币870亿元。英伟达以约140亿美金的非排他授权方式与Groq达成合作。\n';
    const en = 'People familiar with the matter said ByteDance expects capital expenditure of RMB 78 billion in 2026. Nvidia struck a non-exclusive licensing deal with Groq worth about $14 billion.\n';
    expect(complaints(findingsOf({ 'q/a.zh.txt': zh, 'q/a.en.txt': en }))).toMatchObject([
      { ruleId: 'translation-mismatch', cause: 'value', locations: [{ file: 'q/a.en.txt', text: 'RMB 78 billion' }, { file: 'q/a.zh.txt', text: '人民币870亿元' }] },
    ]);
  });

  it('pairs through the front matter and catches a swapped currency', () => {
    const findings = findingsOf({
      'cn/report.md': '---\ntranslation: ../en/report.md\n---\n\n小米2025年第三季度营收为2400亿元。\n',
      'en/report.md': '---\ntranslation: ../cn/report.md\n---\n\nXiaomi reported third-quarter 2025 revenue of $240 billion.\n',
    });
    expect(complaints(findings)).toMatchObject([{ ruleId: 'translation-mismatch', cause: 'currency', locations: [{ file: 'en/report.md' }, { file: 'cn/report.md' }] }]);
  });

  it('checks a bilingual document half against half', () => {
    const findings = findingsOf({
      'bi.md': [
        '英伟达持有全球AI加速器市场约80%的份额，营收为570亿美元。',
        'Nvidia holds about 80% of the AI accelerator market, with revenue of $5.7 billion.',
        '微软目前在全球拥有22.8万名员工。',
        'Microsoft employs 228,000 people worldwide.',
      ].join('\n\n'),
    });
    expect(complaints(findings)).toMatchObject([{ ruleId: 'translation-mismatch', cause: 'magnitude', locations: [{ text: '$5.7 billion' }, { text: '570亿美元' }] }]);
  });

  it('never takes a figure about a subject the other passage has no figure of for its translation', () => {
    // The two paragraphs share the Nemotron sizes, so they are aligned; the leftover amounts are
    // about different things (an unnamed bet, TSMC's revenue) and must not be paired.
    const findings = findingsOf({
      'bi.txt': [
        '二十二亿美元的豪赌落下，黄仁勋用行动告诉所有人。Nemotron 3分为三个尺寸：Nano（300亿参数）、Super（1000亿）和Ultra（5000亿）。',
        "According to Reuters, TSMC's quarterly revenue came in at $19 billion. Nemotron 3 comes in three sizes: Nano (30B parameters), Super (100B), and Ultra (500B).",
      ].join('\n'),
    });
    expect(complaints(findings)).toEqual([]);
    const slip = findingsOf({
      'bi.txt': [
        '台积电季度营收为190亿美元。Nemotron 3分为三个尺寸：Nano（300亿参数）、Super（1000亿）和Ultra（5000亿）。',
        "TSMC's quarterly revenue came in at $17 billion. Nemotron 3 comes in three sizes: Nano (30B parameters), Super (100B), and Ultra (500B).",
      ].join('\n'),
    });
    expect(complaints(slip)).toMatchObject([{ ruleId: 'translation-mismatch', cause: 'value', locations: [{ text: '$17 billion' }, { text: '190亿美元' }] }]);
  });

  it('does not take an English paragraph that shares only years and a share with a Chinese article for its translation', () => {
    // Two unrelated passages of one article: 13% and the years agree by chance, and 约216% / 22%
    // look like a 亿/billion slip once the two are taken for each other.
    const findings = findingsOf({
      'mixed.md': [
        '博通占据了全球AI加速器市场13%的份额。2024年，国内机器人领域共发生融资事件超过600起，2025年总金额约430亿元人民币，同比增长约216%。2026年，市场规模有望达到350亿美元。',
        'Contract prices for standard DRAM rose 13% in 2024, 8% in 2025 and may rise 22% in 2026. The three memory makers plan to spend a combined $86 billion on capital equipment.',
      ].join('\n\n'),
    });
    expect(complaints(findings)).toEqual([]);
  });

  it('checks a long bilingual document window by window: only the one slip, found deep inside it', () => {
    const pairs = Array.from({ length: 1500 }, (_, i) => [
      `第${i + 1}家公司的营收为${i + 10}亿美元，员工${i + 100}人。`,
      i === 1234 ? `Company ${i + 1} had revenue of $${i + 10} billion and ${i + 100} staff.` : `Company ${i + 1} had revenue of $${(i + 10) / 10} billion and ${i + 100} staff.`,
    ]);
    const findings = complaints(findingsOf({ 'long.md': pairs.flat().join('\n\n') }));
    expect(findings).toMatchObject([{ ruleId: 'translation-mismatch', cause: 'magnitude', locations: [{ text: '$1244 billion' }, { text: '1244亿美元' }] }]);
  });

  it('does not pair the figures of a paragraph holding more than 128 (a table dumped as text)', () => {
    const paragraph = (n: number, lang: 'zh' | 'en') =>
      Array.from({ length: n }, (_, i) =>
        lang === 'zh' ? `第${i + 1}家公司营收${i + 10}亿美元。` : `Company ${i + 1} had revenue of $${i === 7 ? i + 10 : (i + 10) / 10} billion.`,
      ).join(lang === 'zh' ? '' : ' ');
    const mismatches = (n: number) => complaints(findingsOf({ 'x/a.zh.md': `${paragraph(n, 'zh')}\n`, 'x/a.en.md': `${paragraph(n, 'en')}\n` }));
    expect(mismatches(100)).toMatchObject([{ ruleId: 'translation-mismatch', locations: [{ text: '$17 billion' }, {}] }]);
    expect(mismatches(129)).toEqual([]);
  });

  it('aligns a translation whose paragraphs are split differently, without false alarms', () => {
    const zh = ['英伟达营收为570亿美元，净利润为319亿美元。', '谷歌云业务收入同比增长34%。', '微软目前在全球拥有22.8万名员工。'].join('\n');
    const en = ['Nvidia reported revenue of $57 billion.', 'Net income was $31.9 billion.', "Google's cloud revenue grew 34% year over year.", 'Microsoft employs 228,000 people worldwide.'].join('\n');
    expect(complaints(findingsOf({ 'x/a.zh.txt': zh, 'x/a.en.txt': en }))).toEqual([]);
    const altered = en.replace('34%', '43%');
    expect(complaints(findingsOf({ 'x/a.zh.txt': zh, 'x/a.en.txt': altered }))).toMatchObject([
      { ruleId: 'translation-mismatch', cause: 'value', locations: [{ file: 'x/a.en.txt', line: 3 }, { file: 'x/a.zh.txt', line: 2 }] },
    ]);
  });

  it('catches a shifted date, and does not take a bare year for the date', () => {
    const zh = ['英伟达在2025年发布了多款模型。', 'Nemotron 3于2025年12月15日正式发布。'].join('\n');
    const en = ['Nvidia released several models in 2025.', 'Nemotron 3 was released on December 21, 2025.'].join('\n');
    expect(complaints(findingsOf({ 'p/a.zh.txt': zh, 'p/a.en.txt': en }))).toMatchObject([
      { ruleId: 'translation-mismatch', cause: 'date', locations: [{ file: 'p/a.en.txt', line: 2 }, { file: 'p/a.zh.txt', line: 2 }] },
    ]);
  });

  it('catches a wrong year that the next date of the sentence takes on, and reports that one date only', () => {
    // `October` reads its year from the date before it: 2026-10 in English, 2027-10 in Chinese.
    const zh = '微软的新一代数据中心将于2027年8月6日正式投入运营。英伟达称性能提升了129%。OpenAI在10月宣布与博通联合研发推理芯片，计划于2026年量产。\n';
    const en = "Microsoft's next-generation data center is scheduled to go live on 2026-08-06. Nvidia says performance rose 129 percent. In October, OpenAI announced an inference chip co-developed with Broadcom, with mass production planned for 2026.\n";
    expect(complaints(findingsOf({ 'd/a.zh.txt': zh, 'd/a.en.txt': en }))).toMatchObject([
      { ruleId: 'translation-mismatch', cause: 'date', locations: [{ file: 'd/a.en.txt', text: '2026-08-06' }, { file: 'd/a.zh.txt', text: '2027年8月6日' }] },
    ]);
  });

  it('does not call a figure missing when the other side writes a number in words', () => {
    const zh = '英伟达营收为570亿美元，净利润为319亿美元，约五分之一来自中国。\n';
    const en = 'Nvidia reported revenue of $57 billion and net income of $31.9 billion; about a fifth came from China.\n';
    const missingZh = zh.replace('，约五分之一来自中国', '');
    expect(complaints(findingsOf({ 'q/a.zh.txt': zh, 'q/a.en.txt': en }))).toEqual([]);
    expect(complaints(findingsOf({ 'q/a.zh.txt': missingZh, 'q/a.en.txt': en.replace('about a fifth', 'about 20%') }))).toMatchObject([
      { ruleId: 'translation-mismatch', severity: 'warning', cause: 'missing', locations: [{ file: 'q/a.en.txt', text: 'about 20%' }, { file: 'q/a.zh.txt' }] },
    ]);
  });

  it('pairs files by name within one folder only', () => {
    const findings = findingsOf({ 'a/1.zh.txt': '营收为570亿美元。\n', 'b/1.en.txt': 'Revenue was $5.7 billion.\n' });
    expect(complaints(findings)).toEqual([]);
  });
});

describe('corroborated', () => {
  it('lists the same figure stated in both languages of a bilingual document', () => {
    const doc = analyse('bilingual-nemotron.md', read('bilingual-nemotron.md'));
    const info = checkDocuments([doc]).filter((f) => f.ruleId === 'corroborated');
    expect(info.map((f) => f.subject)).toEqual(['nemotron-3-nano', 'nemotron-3-super', 'nemotron-3-ultra']);
    expect(info.every((f) => f.severity === 'info' && f.locations.length === 2)).toBe(true);
  });

  it('fixtures hold only what the tests describe', () => {
    expect(readdirSync(FIXTURES).sort()).toEqual(['bilingual-nemotron.md', 'conflicts', 'facts.yaml', 'pair']);
  });
});
