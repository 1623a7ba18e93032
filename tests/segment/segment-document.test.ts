import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { docFrom, ROOT } from '../helpers.js';

const seed = (name: string) => readFileSync(path.join(ROOT, 'seeds', name), 'utf8');

describe('segmentDocument', () => {
  it('gives every block exact spans into the untouched text, front matter included', () => {
    const text = '---\ntitle: t\ndate: 2025-12-22\n---\n\n### 标题\n\n第一段。第二句！\n- item one\n';
    const doc = docFrom('a.md', text);
    expect(doc.frontMatter?.span).toEqual({ start: 0, end: text.indexOf('\n\n###') + 1 });
    const [heading, para, item] = doc.segments;
    expect(heading?.kind).toBe('heading');
    expect(text.slice(heading!.content.start, heading!.content.end)).toBe('标题');
    expect(para?.kind).toBe('paragraph');
    expect(para?.sentences.map((s) => text.slice(s.span.start, s.span.end))).toEqual(['第一段。', '第二句！']);
    expect(item?.kind).toBe('list-item');
    expect(text.slice(item!.content.start, item!.content.end)).toBe('item one');
  });

  it('joins Markdown lines up to a blank line, but keeps each .txt line a paragraph', () => {
    const text = 'line one of a paragraph\nline two\n\nnext';
    expect(docFrom('a.md', text).segments.map((s) => s.kind)).toEqual(['paragraph', 'paragraph']);
    expect(docFrom('a.txt', text).segments.map((s) => s.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
  });

  it('parses table rows into trimmed cells, keeping escaped pipes in their cell', () => {
    const text = '| 模型 | 参数 |\n| :--- | ---: |\n| Nano \\| mini | 300亿 |\n';
    const rows = docFrom('t.md', text).segments;
    expect(rows.map((r) => r.table)).toEqual([
      { id: 0, row: 0, header: true, delimiter: false },
      { id: 0, row: 1, header: false, delimiter: true },
      { id: 0, row: 2, header: false, delimiter: false },
    ]);
    expect(rows[2]!.cells!.map((c) => text.slice(c.start, c.end))).toEqual(['Nano \\| mini', '300亿']);
  });

  it('reads seed 000: front matter, headings and the duplicated table rows on lines 94 and 95', () => {
    const doc = docFrom('seeds/000.txt', seed('000_d5714ceddf0fc169.txt'));
    expect(doc.referenceDate).toBe('2025-12-22');
    const rows = doc.segments.filter((s) => s.kind === 'table-row');
    expect(rows.map((r) => doc.lineIndex.point(r.span.start).line)).toEqual([92, 93, 94, 95, 96]);
    expect(doc.lang).toBe('zh');
  });

  it('tells Chinese from English paragraph by paragraph in bilingual seed 001', () => {
    const doc = docFrom('seeds/001.txt', seed('001_6a6492fba01fcc35.txt'));
    expect(doc.segments.map((s) => s.lang)).toEqual(['zh', 'zh', 'zh', 'en', 'en', 'en']);
  });

  it('splits seed 003 lines where an English passage runs straight into its Chinese translation', () => {
    const text = seed('003_758902a120290777.txt');
    const doc = docFrom('seeds/003.txt', text);
    const line5 = doc.segments.find((s) => doc.lineIndex.point(s.span.start).line === 5)!;
    const langs = line5.sentences.map((s) => s.lang);
    expect(langs[0]).toBe('en');
    expect(langs[langs.length - 1]).toBe('zh');
    const firstZh = line5.sentences.find((s) => s.lang === 'zh')!;
    expect(text.slice(firstZh.span.start, firstZh.span.start + 6)).toBe('英伟达刚刚投');
    expect(doc.segments.find((s) => doc.lineIndex.point(s.span.start).line === 16)?.lang).toBe('en');
    expect(doc.segments.find((s) => doc.lineIndex.point(s.span.start).line === 30)?.lang).toBe('zh');
  });

  it('ends an English sentence after a figure with a scale letter, but not after initials or abbreviations', () => {
    const text = 'Ultra has 500B. Super has 100B. U.S. sales rose 3.5% in Dec. 2025. J. Huang said so.\n';
    const doc = docFrom('a.md', text);
    const sentences = doc.segments.flatMap((s) => s.sentences.map((t) => text.slice(t.span.start, t.span.end)));
    expect(sentences).toEqual(['Ultra has 500B.', 'Super has 100B.', 'U.S. sales rose 3.5% in Dec. 2025.', 'J. Huang said so.']);
  });

  it('ends a Chinese sentence at an ASCII ? or ! that Chinese text follows right away', () => {
    const text = '黄仁勋用OpenAI的案例给所有AI创业者上课:想玩AI?按规划，项目将新增岗位约12,000个!江澜还将与高校合作;每年培养约800名人才。\n';
    const doc = docFrom('a.txt', text);
    const sentences = doc.segments.flatMap((s) => s.sentences.map((t) => text.slice(t.span.start, t.span.end)));
    expect(sentences).toEqual(['黄仁勋用OpenAI的案例给所有AI创业者上课:想玩AI?', '按规划，项目将新增岗位约12,000个!', '江澜还将与高校合作;每年培养约800名人才。']);
    const dated = '想玩AI?12月17日，深衡智能宣布完成融资。Is it Q3?2025 was good.\n';
    const doc2 = docFrom('b.txt', dated);
    expect(doc2.segments.flatMap((s) => s.sentences.map((t) => dated.slice(t.span.start, t.span.end)))).toEqual(['想玩AI?', '12月17日，深衡智能宣布完成融资。', 'Is it Q3?2025 was good.']);
  });
});
