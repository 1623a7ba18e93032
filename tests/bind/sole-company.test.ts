import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines, findingsOf } from '../check/crosscheck-helpers.js';
import { alignTranslations } from '../../src/check/pairing/translations.js';
import { claimJson } from '../../src/report/format-json.js';
import { runCli } from '../helpers.js';

/** A Hong Kong paper's IPO story: it names one company, and its sentence on the market value names no one. */
const HONG_KONG = [
  '---',
  'title: "穹衡機器人今日掛牌　首日收漲三成"',
  'date: 2026-07-10',
  'lang: zh-Hant',
  '---',
  '',
  '# 穹衡機器人今日掛牌　首日收漲三成',
  '',
  '工業機器人製造商穹衡機器人今日（7月10日）在港交所主板掛牌，收報57.10港元，較招股價43.80港元高30.4%。',
  '',
  '以招股價計，上市時市值約252.3億港元。公開發售部分錄得1,268倍超額認購。',
  '',
  '藍灣投資策略師許志明表示：「硬科技新股散戶超購動輒過千倍，已成常態。」',
  '',
].join('\n');

/** The same listing in an English wire, with the market value's 億 read as billion. */
const WIRE = [
  '---',
  'title: "Qiongheng Robotics jumps 30% on Hong Kong debut"',
  'date: 2026-07-10',
  'lang: en',
  '---',
  '',
  'Industrial robot maker Qiongheng Robotics (穹衡機器人) rose 30.4% on its first day of trading in Hong Kong.',
  '',
  'At the offer price the company was valued at HK$252.3 billion. The retail tranche was 1,268 times oversubscribed.',
  '',
].join('\n');

/** A mainland account that names the company beside the same market value. */
const MAINLAND = [
  '---',
  'title: "穹衡机器人港股上市首日收涨30.4%"',
  'date: 2026-07-10',
  'lang: zh-CN',
  '---',
  '',
  '以招股价计，穹衡机器人上市时市值约252.3亿港元。',
  '',
].join('\n');

/** A mainland account on a container line's half year: a rival named once, after the company's own results. */
const SHIPPING = [
  '---',
  'title: "东瀚航运上半年净利润13.1亿美元"',
  'date: 2026-08-28',
  'lang: zh-CN',
  '---',
  '',
  '东瀚航运昨日公布中期业绩，上半年股东应占利润13.1亿美元，同比下降47.0%。',
  '',
  '上半年箱量612万标准箱，同比增长4.3%。',
  '',
  '太平洋箱运上半年净利润8.8亿美元，箱量435万标准箱。',
  '',
].join('\n');

describe('a sentence that names no one, in an article that names one company', () => {
  it('takes the company as its guessed subject, and says so in the claims JSON', () => {
    const value = claimByText(analyse('hk.md', HONG_KONG).claims, '約252.3億港元');
    expect(value.subject).toMatchObject({ id: '穹衡機器人', guessed: true });
    expect(value.attribute).toBe('market-value:offer-price');
    expect(claimJson(value)).toMatchObject({ subject: '穹衡機器人', subjectInferred: true, subjectGuessed: true });
  });
  it('says in the claims table which subjects are guessed', () => {
    const table = runCli(['claims', 'fixtures/unnamed/qiongheng-listing.md', '--no-color']).stdout;
    expect(table).toMatch(/約252\.3億港元.*穹衡機器人 \(guessed\)/);
    expect(table).toMatch(/30\.4%.*穹衡機器人 \(inferred\)/);
  });
  it('not in a quote, which speaks of the trade as often as of the company', () => {
    expect(claimByText(analyse('hk.md', HONG_KONG).claims, '千倍').subject).toBeUndefined();
  });
  it('not where the sentence names another company, even once (`太平洋箱运上半年净利润8.8亿美元`)', () => {
    const claims = analyse('ship.md', SHIPPING).claims;
    expect(claimByText(claims, '612万标准箱').subject).toMatchObject({ id: '东瀚', guessed: true });
    expect(claimByText(claims, '8.8亿美元').subject).toBeUndefined();
  });
  it('nor in an English sentence that names someone the binder does not know', () => {
    const text = 'Battery maker Lumora Power posted revenue of $4.2 billion for 2025.\n\nRival Pacific Cells reported revenue of $3.1 billion.\n';
    expect(claimByText(analyse('a.md', text).claims, '$3.1 billion').subject).toBeUndefined();
  });
  it('is compared with another article for a slip: the same digits a power of ten apart', () => {
    expect(complaintLines({ 'hk.md': HONG_KONG, 'mainland.md': MAINLAND, 'wire.md': WIRE })).toEqual(['magnitude-slip HK$252.3 billion vs 約252.3億港元 vs 约252.3亿港元']);
  });
  it('but never as a mere other value, which may be of something the sentence did not name', () => {
    const other = HONG_KONG.replace('1,268倍', '1,468倍');
    expect(complaintLines({ 'hk.md': other, 'wire.md': WIRE.replace('HK$252.3 billion', 'HK$25.23 billion') })).toEqual([]);
  });
  it('does not make the article’s other figures a conflict of its own', () => {
    expect(findingsOf({ 'ship.md': SHIPPING }).filter((f) => f.ruleId !== 'corroborated')).toEqual([]);
  });
});

describe('a document whose claims were trimmed to those compared', () => {
  it('is not aligned as a bilingual article on what is left (its languages were weighed on all its claims)', () => {
    const doc = analyse('mixed.md', '营收为86.4亿元，同比增长27.1%。\n\nRevenue rose 27.1% to 8.64 billion yuan.\n');
    expect(alignTranslations([doc])).toHaveLength(1);
    expect(alignTranslations([{ ...doc, claimCount: doc.claims.length + 40 }])).toEqual([]);
  });
});
