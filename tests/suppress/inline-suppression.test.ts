import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/check/rules/index.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import type { Finding } from '../../src/model/finding.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { checkDocuments } from '../../src/pipeline/scan.js';

const PARAGRAPH = '英伟达以约200亿美元的现金获得Groq推理芯片技术的非独家授权，并吸纳其核心工程团队，这是其历史上最大的一笔交易。';
const TABLE = '| 项目 | 数值 |\n| --- | --- |\n| 交易金额 | 约200亿美元 |\n| 交易金额 | 约200亿美元 |';

/** Every finding of a set of documents (path → text), as `factcheck scan` would report it, as `rule@file:line`. */
function check(docs: Record<string, string>): string[] {
  const results = Object.entries(docs).map(([name, text]) => analyzeSource(sourceFromBytes(name, new TextEncoder().encode(text)), { rules: RULES }));
  return checkDocuments(results).filter(aboutRepeats).map(show);
}

/** The same figure in several documents is also `corroborated` (info); these tests are about repeats and directives. */
function aboutRepeats(f: Finding): boolean {
  return f.ruleId !== 'corroborated';
}

function show(f: Finding): string {
  return `${f.ruleId}@${f.locations[0]!.file}:${f.locations[0]!.line}`;
}

function messages(docs: Record<string, string>): string[] {
  const results = Object.entries(docs).map(([name, text]) => analyzeSource(sourceFromBytes(name, new TextEncoder().encode(text)), { rules: RULES }));
  return checkDocuments(results).filter(aboutRepeats).map((f) => f.message);
}

describe('inline suppression', () => {
  it('reports both repeats when nothing is suppressed (the baseline for the cases below)', () => {
    expect(check({ 'a.md': `${PARAGRAPH}\n\n${TABLE}\n\n${PARAGRAPH}\n` })).toEqual(['duplicate-table-row@a.md:6', 'duplicate-paragraph@a.md:8']);
  });

  it('factcheck-disable … factcheck-enable silences the named rule in between', () => {
    const text = `<!-- factcheck-disable duplicate-paragraph -- 引用原文 -->\n\n${PARAGRAPH}\n\n<!-- factcheck-enable -->\n\n${TABLE}\n\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': text })).toEqual(['duplicate-table-row@a.md:10']);
  });

  it('without a rule list, factcheck-disable silences every rule until the end', () => {
    expect(check({ 'a.md': `<!-- factcheck-disable -->\n\n${PARAGRAPH}\n\n${TABLE}\n\n${PARAGRAPH}\n` })).toEqual([]);
  });

  it('factcheck-enable with a rule re-enables only that rule', () => {
    const text = `<!-- factcheck-disable -->\n${PARAGRAPH}\n<!-- factcheck-enable duplicate-table-row -->\n\n${TABLE}\n\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': text })).toEqual(['duplicate-table-row@a.md:8']);
  });

  it('factcheck-disable-next-block covers a whole table, not just its next line', () => {
    const text = `${PARAGRAPH}\n\n<!-- factcheck-disable-next-block duplicate-table-row -->\n\n${TABLE}\n\n| a | b |\n| - | - |\n| 1 | 2 |\n| 1 | 2 |\n`;
    expect(check({ 'a.md': text })).toEqual(['duplicate-table-row@a.md:13']);
  });

  it('factcheck-disable-next-block covers the next paragraph only', () => {
    const text = `<!-- factcheck-disable-next-block -->\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n${TABLE}\n`;
    // Both repeats of the silenced paragraph point at it, so neither is reported; the table is.
    expect(check({ 'a.md': text })).toEqual(['duplicate-table-row@a.md:9']);
  });

  it('factcheck-disable-line silences findings on its own line, in Markdown and in text files', () => {
    const text = `${PARAGRAPH}\n${PARAGRAPH} <!-- factcheck-disable-line duplicate-paragraph -->\n`;
    expect(check({ 'a.txt': text })).toEqual([]);
    expect(check({ 'a.txt': `${PARAGRAPH}\n${PARAGRAPH}\n` })).toEqual(['duplicate-paragraph@a.txt:2']);
  });

  it('factcheck-disable-file silences the whole document wherever it is written', () => {
    expect(check({ 'a.md': `${PARAGRAPH}\n\n${TABLE}\n\n${PARAGRAPH}\n\n<!-- factcheck-disable-file duplicate-table-row -->\n` })).toEqual(['duplicate-paragraph@a.md:8']);
  });

  it('front matter factcheck.disable takes a list, or true for every rule', () => {
    const body = `${PARAGRAPH}\n\n${TABLE}\n\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': `---\ntitle: 交易\nfactcheck:\n  disable: [duplicate-paragraph]\n---\n${body}` })).toEqual(['duplicate-table-row@a.md:11']);
    expect(check({ 'a.md': `---\nfactcheck:\n  disable: true\n---\n${body}` })).toEqual([]);
  });

  it('a directive inside a code block is an example, not a directive', () => {
    const text = '```\n<!-- factcheck-disable -->\n```\n\n' + `${PARAGRAPH}\n\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': text })).toEqual(['duplicate-paragraph@a.md:7']);
  });

  it('a silenced claim or block takes no part in cross-document checks, from either side', () => {
    const copy = `<!-- factcheck-disable-next-block duplicate-paragraph -- 转载 -->\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': `${PARAGRAPH}\n`, 'b.md': `${PARAGRAPH}\n` })).toEqual(['duplicate-paragraph@a.md:1']);
    expect(check({ 'a.md': `${PARAGRAPH}\n`, 'b.md': copy })).toEqual([]);
    expect(check({ 'a.md': `${PARAGRAPH}\n`, 'b.md': copy, 'c.md': `${PARAGRAPH}\n` })).toEqual(['duplicate-paragraph@a.md:1']);
  });
});

describe('unused and invalid directives (info, rule unused-disable-directive)', () => {
  it('reports a directive that silences nothing, and the named rules it did not need', () => {
    const text = `<!-- factcheck-disable-next-block duplicate-paragraph, duplicate-table-row -->\n${PARAGRAPH}\n\n${PARAGRAPH}\n\n<!-- factcheck-disable-line -->\n`;
    expect(check({ 'a.md': text })).toEqual(['unused-disable-directive@a.md:1', 'unused-disable-directive@a.md:6']);
    expect(messages({ 'a.md': text })).toEqual([
      'Unused factcheck-disable-next-block directive: it silenced no finding of "duplicate-table-row".',
      'Unused factcheck-disable-line directive: it silenced no finding.',
    ]);
  });

  it('counts a directive as used when it silences a cross-document finding only', () => {
    const copy = `<!-- factcheck-disable-next-block duplicate-paragraph -->\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': `${PARAGRAPH}\n`, 'b.md': copy })).toEqual([]);
  });

  it('reports unknown rule names and malformed front matter instead of silently doing nothing', () => {
    expect(messages({ 'a.md': `<!-- factcheck-disable-file duplicat-paragraph -->\n${PARAGRAPH}\n` })).toEqual([
      'Unused factcheck-disable-file directive: it names unknown rule "duplicat-paragraph".',
    ]);
    const fm = `---\nfactcheck:\n  disabled: [duplicate-paragraph]\n---\n${PARAGRAPH}\n\n${PARAGRAPH}\n`;
    expect(check({ 'a.md': fm })).toEqual(['unused-disable-directive@a.md:2', 'duplicate-paragraph@a.md:7']);
  });

  it('reports comments that look like directives but are not: unknown forms and comments not closed on their line', () => {
    const text = `<!-- factcheck-disable-next-line duplicate-paragraph -->\n${PARAGRAPH}\n\n<!-- factcheck-disable duplicate-paragraph\n  -- 跨行的注释 -->\n\n${PARAGRAPH}\n`;
    expect(messages({ 'a.md': text })).toEqual([
      'Invalid suppression: "factcheck-disable-next-line" is not a factcheck directive (in Markdown the unit is a block: factcheck-disable-next-block); it silences nothing.',
      'Invalid suppression: "factcheck-disable" must end with "-->" on the same line; it silences nothing.',
      'Paragraph repeats line 2 of the same document.',
    ]);
  });

  it('can be turned off like any rule', () => {
    const result = analyzeSource(sourceFromBytes('a.md', new TextEncoder().encode('<!-- factcheck-disable -->\n')), { rules: RULES });
    expect(checkDocuments([result], { rules: { 'unused-disable-directive': 'off' } })).toEqual([]);
  });
});
