import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, findingsOf } from './crosscheck-helpers.js';

describe('a price per so many tokens', () => {
  it('is a price per its quantity, whichever tokens it counts and however the sentence words it', () => {
    const en = 'Larchmont Securities analyst Priya Raman said: "At US$1.20 per million input tokens, a typical chatbot conversation costs a fraction of a cent."\n';
    expect(claimByText(analyse('en.md', en).claims, 'US$1.20').attribute).toBe('price:per-1M-token');
    const zh = '分析师普丽娅·拉曼说：“按每千个输入token 1.20美元计算，一次典型的企业聊天机器人对话成本不到1美分。”\n';
    expect(claimByText(analyse('zh.md', zh).claims, '1.20美元').attribute).toBe('price:per-1K-token');
    const cut = '自11月1日起，开发者调用Forge-3 Pro的输出价格从每百万token 15.00美元降至6.00美元。\n';
    const claims = analyse('cut.md', cut).claims;
    expect([claimByText(claims, '15.00美元').attribute, claimByText(claims, '6.00美元').attribute]).toEqual(['price:per-1M-token', 'price:per-1M-token']);
  });
});

describe('a translation against its original', () => {
  const EN = [
    '---',
    'title: Stratoforge Cloud cuts AI model prices',
    'date: 2025-10-28',
    'lang: en',
    '---',
    '',
    'Stratoforge Cloud will cut the price of Forge-3 Pro from US$3.00 to US$1.20 per million input tokens from November 1.',
    '',
    'Analyst Priya Raman said: "At US$1.20 per million input tokens, a typical chatbot conversation costs a small fraction of a cent."',
    '',
  ].join('\n');
  const ZH = [
    '---',
    'title: 层锻云下调AI模型价格',
    'date: 2025-10-28',
    'lang: zh',
    'translation_of: price-cut.en.md',
    '---',
    '',
    '自11月1日起，层锻云Forge-3 Pro的输入价格将从每百万token 3.00美元降至1.20美元。',
    '',
    '分析师普丽娅·拉曼说：“按每千个输入token 1.20美元计算，一次典型的企业聊天机器人对话成本不到1美分的零头。”',
    '',
  ].join('\n');

  it('reports an amount per a thousand tokens that the original states per million, the translation first', () => {
    const findings = findingsOf({ 'price-cut.en.md': EN, 'price-cut.zh.md': ZH }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(findings.map((f) => `${f.locations[0]!.file}:${f.locations[0]!.line} ${f.message.split(': ').at(-1)}`)).toEqual([
      'price-cut.zh.md:10 the same amount per 1K tokens, not per 1M tokens.',
    ]);
    expect(complaintLines({ 'price-cut.en.md': EN, 'price-cut.zh.md': ZH.replace('每千个输入token', '每百万个输入token') })).toEqual([]);
  });

  it('takes the side whose front matter says it is translated as the translation, whatever the file names say', () => {
    const wrong = ZH.replace('降至1.20美元', '降至12.0美元');
    const [finding] = findingsOf({ 'price-cut.en.md': EN, 'price-cut.zh.md': wrong }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(finding!.locations.map((l) => `${l.file} ${l.label}`)).toEqual(['price-cut.zh.md translation', 'price-cut.en.md source']);
  });
});
