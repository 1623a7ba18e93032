// Adversarial documents and the invariants every analysed document must keep. Shared by the
// unit suite (tests/robustness/fuzz.test.ts, fixed seed and run count) and `npm run fuzz`
// (scripts/fuzz.mjs, any seed and run count). The pipeline is passed in, so the suite runs it
// from src/ and the script from the built dist/.
import fc from 'fast-check';

/** Fragments that stress the segmenter and the extractors: scale words, separators, qualifiers… */
export const TRICKY_PIECES = [
  '1', '0', '9', '12', '1.5', '3.14159', '1,', '1,000', ',000', '.', '..', '-', '+', '−', '~', '～', '—',
  '亿', '万', '万亿', '千', '百', '兆', '十', '两', '三', '〇', '零',
  '%', '％', '‰', '个百分点', 'percent', 'per cent', 'percentage points',
  '约', '约合', '超过', '近', '逾', '至少', '不到', 'about ', 'more than ', 'nearly ', 'up to ', 'some ', 'roughly ',
  '$', 'US$', '¥', '￥', '€', '£', 'HK$', '美元', '元', '人民币', '美金', '港元', '日元', 'USD ', 'CNY ', 'RMB',
  'billion', ' billion', 'million', ' million', 'thousand', 'trillion', 'bn', 'B', 'M', 'K', 'k', 'T',
  '倍', 'x', '×', 'times', 'fold', '个', '颗', '张', '台', '名', 'GPU', 'TB/s', 'GB', 'km', '公里', '吨',
  '年', '月', '日', '2025年12月24日', 'Dec. 24, 2025', '2025-12-24', '12/24', 'Q3', '第三季度',
  '(', ')', '（', '）', '[', ']', '【', '】', '{', '}', '“', '”', '"', "'", '「', '」', '《', '》',
  '|', '\\|', '`', '```', '~~~', '| --- |', '|:-:|', '<!--', '-->', '#', '## ', '- ', '* ', '1. ', '> ', '---', '***',
  '\n', '\n\n', '\r\n', '\r', '\r\r', '\t', ' ', '  ', '\u3000', '\u00a0', '\u200b', '\ufeff', '\u2028', '\u202e',
  '。', '！', '？', '；', '，', '、', '. ', '! ', '? ', '; ', 'Dec. ', 'U.S. ', 'e.g. ', 'Mr. ',
  '英伟达', '营收', '增长', 'Nvidia', 'revenue', 'rose', 'the', 'and', '的', '了',
  '１２３', '٣', '²', '½', '①', 'Ⅻ', '𝟘', '😀', '👍🏽', '\ud800', '\udc00', 'é', 'e\u0301', 'Ω', 'ß', 'İ',
  'メディア', '円', '한국', '조원', 'Ж', 'א', 'ع',
];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TRICKY_PIECES) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
);

/** A fragment, sometimes repeated many times (long runs of digits, scale words, separators…). */
const run = (maxRepeat) =>
  fc.oneof(
    { weight: 8, arbitrary: piece },
    { weight: 1, arbitrary: fc.tuple(piece, fc.integer({ min: 2, max: maxRepeat })).map(([p, n]) => p.repeat(n)) },
  );

/**
 * A random document: a name that decides `.md` or `.txt` handling, optional front matter, and a
 * body of fragments. `maxRepeat` bounds the length of one repeated run.
 */
export function documentArbitrary({ maxPieces = 60, maxRepeat = 2000 } = {}) {
  const frontMatter = fc.oneof(
    { weight: 3, arbitrary: fc.constant('') },
    { weight: 1, arbitrary: fc.array(run(50), { maxLength: 8 }).map((parts) => `---\n${parts.join('')}\n---\n`) },
  );
  return fc.record({
    name: fc.constantFrom('a.md', 'b.txt', 'c.markdown'),
    text: fc.tuple(frontMatter, fc.array(run(maxRepeat), { maxLength: maxPieces })).map(([fm, parts]) => fm + parts.join('')),
  });
}

/** Raw bytes: binary junk, broken UTF-8/16, legacy-encoding look-alikes. */
export function bytesArbitrary({ maxLength = 4096 } = {}) {
  const boms = fc.constantFrom([], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
  return fc.tuple(boms, fc.uint8Array({ maxLength })).map(([bom, body]) => Uint8Array.from([...bom, ...body]));
}

/** Named adversarial inputs from the robustness issue, each built at a chosen size. */
export const NAMED_INPUTS = {
  'digits (1 × n)': (n) => '1'.repeat(n),
  'scale words (亿 × n)': (n) => '亿'.repeat(n),
  'separators (1, × n)': (n) => '1,'.repeat(n),
  'grouped number ending in a superscript': (n) => '1' + ',000'.repeat(n) + '²',
  'percent signs (% × n)': (n) => '%'.repeat(n),
  'figures (1% × n)': (n) => '1% '.repeat(n),
  'qualifiers (约 × n)': (n) => '约'.repeat(n) + '1亿',
  'english qualifiers': (n) => 'about '.repeat(n) + '5%',
  'nested brackets': (n) => '('.repeat(n) + '1亿' + ')'.repeat(n),
  'table pipes': (n) => '|'.repeat(n),
  'table rows': (n) => '| 1亿 | 2亿 |\n'.repeat(Math.ceil(n / 10)),
  'escaped pipes': (n) => '|\\'.repeat(n),
  'code fences': (n) => '```\n'.repeat(Math.ceil(n / 4)),
  'abbreviation dots': (n) => 'a. '.repeat(n),
  'decimal digits': (n) => '1.' + '1'.repeat(n) + '亿',
  'currency signs': (n) => '$'.repeat(n) + '1',
  'lone CRs': (n) => '\r'.repeat(n) + '1亿',
  'unclosed front matter': (n) => '---\n' + 'a: 1\n'.repeat(Math.ceil(n / 5)),
  'list items': (n) => '- 1亿\n'.repeat(Math.ceil(n / 5)),
  'one long English sentence': (n) => 'Revenue grew 5% to $3 billion in 2025 as analysts said '.repeat(Math.ceil(n / 56)),
  'one long Chinese sentence': (n) => '营收增长5%达到30亿元且利润超过3亿美元'.repeat(Math.ceil(n / 22)),
  // For the cross-checks: one figure of one subject stated with ever new values, and a bilingual
  // paragraph of thousands of figures (pairing relates the figures of two passages).
  'one subject, ever new values': (n) => Array.from({ length: Math.ceil(n / 40) }, (_, i) => `Tencent currently employs ${1003 + i * 10} people.`).join('\n\n'),
  // Companies the text introduces: thousands of distinct names, and one name used once at the
  // start of a long text that every later sentence must not search again.
  'many companies an article introduces': (n) =>
    Array.from({ length: Math.ceil(n / 48) }, (_, i) => `Maker Corp${i} Inc. said Corp${i} Inc. grew ${i % 90}%.`).join(' '),
  'one introduced company, then many figures': (n) =>
    '新势力车企启程汽车发布财报，启程营收312亿元。' + '市场规模增长5%达到30亿元。'.repeat(Math.ceil(n / 14)),
  'bilingual paragraph of figures': (n) =>
    Array.from({ length: Math.ceil(n / 60) }, (_, i) => `英伟达营收${i + 10}亿美元。Nvidia revenue was $${(i + 10) / 10} billion.`).join(' '),
  // Months as periods: a table of month rows, sentences a semicolon joins that each open with a month,
  // and a paragraph of rates of growth each beside its figure (looked up per figure: must stay linear).
  'table of month rows': (n) =>
    ['| 月份 | 交付量（辆） |', '|---|---|', ...Array.from({ length: Math.ceil(n / 16) }, (_, i) => `| ${(i % 12) + 1}月 | ${1000 + i} |`)].join('\n'),
  'months joined by semicolons': (n) => Array.from({ length: Math.ceil(n / 14) }, (_, i) => `${(i % 12) + 1}月，公司交付${1000 + i}辆`).join('；') + '。',
  'rates of growth beside their figures': (n) => Array.from({ length: Math.ceil(n / 18) }, (_, i) => `营收同比增长${i % 50}.5%，达到${i}亿元`).join('，') + '。',
  // The report's period, bases right after their figures, lists of parts of the year and subsidiaries:
  // each looked up per figure, sentence or cue (must stay linear).
  'results of the report period in one paragraph': (n) =>
    '启程汽车公布截至2025年6月30日止六个月的中期业绩。' + Array.from({ length: Math.ceil(n / 20) }, (_, i) => `报告期内，启程汽车实现营业收入${i + 1}亿元。`).join(''),
  'figures with their bases in one sentence': (n) =>
    '启程汽车发布数据，' + Array.from({ length: Math.ceil(n / 28) }, (_, i) => `11月交付${1000 + i}辆，去年同期为${900 + i}辆，同比增长${i % 30}.1%`).join('，') + '。',
  'quarters listed with and': (n) =>
    'Kestrel Cells reported. ' + Array.from({ length: Math.ceil(n / 60) }, (_, i) => `first-quarter revenue of $${i + 1} million and second-quarter revenue of $${i + 2} million`).join(', ') + '.',
  'subsidiaries named again and again': (n) =>
    '宁川锂能发布公告，宁川锂能表示业绩增长。' + Array.from({ length: Math.ceil(n / 22) }, (_, i) => `全资子公司宁川储能科技有限公司实现收入${i + 1}亿元。`).join(''),
  // Models of one character quoted (each looked for again in versions), quoted figures called wrong,
  // and rounds a sentence names before its amounts.
  'one-character models quoted': (n) =>
    '开源模型与芯片。' + Array.from({ length: Math.ceil(n / 24) }, (_, i) => `「${String.fromCharCode(0x4e00 + (i % 2000))}-${(i % 9) + 1}」模型参数${i + 1}亿，`).join('') + '。',
  'quoted figures called wrong': (n) => '有自媒体称「' + Array.from({ length: Math.ceil(n / 8) }, (_, i) => `参数${i + 1}亿`).join('、') + '」，此说有误。',
  'rounds before their amounts': (n) => '云帆科技完成C轮融资，' + Array.from({ length: Math.ceil(n / 12) }, (_, i) => `融资额${i + 1}亿元`).join('，') + '。',
  // The twelfth round's: price cuts from one price to the next (each the previous of the next),
  // token kinds and GPU-hours before every price, and headlines divided by ideographic spaces.
  'price cuts in a chain': (n) => '輸出價格' + Array.from({ length: Math.ceil(n / 16) }, (_, i) => `由每百萬tokens ${i + 2}元人民幣減至${i + 1}元`).join('，') + '。',
  'token and GPU-hour prices': (n) => Array.from({ length: Math.ceil(n / 28) }, (_, i) => `输入价格每百万tokens ${i + 1}元，每卡每小时${i + 2}元`).join('；') + '。',
  'ideographic spaces': (n) => '# ' + Array.from({ length: Math.ceil(n / 10) }, (_, i) => `純利增${i + 1}%　斥${i + 2}億元`).join('　') + '\n',
};

/**
 * Checks what every analysed document must satisfy and returns the problems found (empty when
 * none): no internal error, every span inside the text, every claim's text equal to the slice at
 * its span, every line/column derived from its offsets, and the report formatters accepting it.
 */
export function invariantProblems(result, text, { LineIndex, formatReport }) {
  const problems = [];
  const lines = new LineIndex(text);
  const samePlace = (what, l) => {
    if (!(l.start >= 0 && l.start <= l.end && l.end <= text.length)) return problems.push(`${what}: span ${l.start}-${l.end} outside 0-${text.length}`);
    const p = lines.place({ start: l.start, end: l.end });
    if (p.line !== l.line || p.column !== l.column || p.endLine !== l.endLine || p.endColumn !== l.endColumn) {
      problems.push(`${what}: ${l.line}:${l.column}-${l.endLine}:${l.endColumn} but its offsets say ${p.line}:${p.column}-${p.endLine}:${p.endColumn}`);
    }
  };
  for (const f of result.findings) {
    if (f.ruleId === 'internal-error') problems.push(`internal error: ${f.message}`);
    for (const l of f.locations) samePlace(`${f.ruleId} location`, l);
  }
  for (const c of result.claims) {
    if (c.end <= c.start) problems.push(`claim ${c.id}: empty span`);
    if (c.text !== text.slice(c.start, c.end)) problems.push(`claim ${c.id}: text ${JSON.stringify(c.text)} is not the slice ${JSON.stringify(text.slice(c.start, c.end))}`);
    samePlace(`claim ${c.id}`, c);
  }
  try {
    formatReport(result);
  } catch (err) {
    problems.push(`report formatting threw: ${err instanceof Error ? err.message : String(err)}`);
  }
  return problems;
}
