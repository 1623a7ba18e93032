import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines, findingsOf } from '../check/crosscheck-helpers.js';

/** A licensing deal's trial, as a mainland WeChat account, a Taiwanese site and an English wire report it. */
const MAINLAND = [
  '3月10日晚间，澜启生物发布公告，将LQ-217的海外权益授权给美国科凡医药。',
  '',
  'HORIZON-3是一项在国内78家中心开展的随机、开放标签三期研究，共入组612例既往接受过一线治疗的晚期非小细胞肺癌患者。',
  '',
  'LQ-217组的客观缓解率（ORR）为47.3%，对照组为28.6%。澜启表示，将于年内递交上市申请。',
  '',
].join('\n');
const TAIWAN = [
  '瀾啟生物10日晚間公告，將雙特異性抗體LQ-217的海外權益授權予美國科凡醫藥。',
  '',
  'HORIZON-3試驗在中國78家醫院收案，共納入612名先前接受過治療的晚期非小細胞肺癌患者。',
  '',
  '結果顯示，LQ-217組的客觀緩解率（ORR）達45.3%，對照組為28.6%。瀾啟表示，將於年內遞交上市申請。',
  '',
].join('\n');
const WIRE = [
  'Lanqi Biotherapeutics licensed its bispecific antibody LQ-217 to Corvane Therapeutics on Monday.',
  '',
  'The phase 3 HORIZON-3 study, which enrolled 621 patients with previously treated advanced non-small cell lung cancer at 78 hospitals in China, showed an objective response rate of 47.3% for LQ-217, compared with 28.6% for patients given docetaxel chemotherapy.',
  '',
].join('\n');

describe('drugs and clinical trials', () => {
  it('find a drug’s and a trial’s codes near the words of medicine as products (not `PD-1`)', () => {
    const ids = (text: string) => (analyse('a.md', text).companies ?? []).map((c) => c.id);
    expect(ids(WIRE)).toEqual(expect.arrayContaining(['lq-217', 'horizon-3']));
    expect(ids('The PD-1 inhibitor market grew quickly, analysts said of the new drug class.\n')).not.toContain('pd-1');
  });

  it('read patients enrolled (`612例`, `612名`, `621 patients`) and a response rate, not where the trial enrolled them', () => {
    expect(bindingOf('a.md', MAINLAND, '612例')).toBe('horizon-3 trial-enrolment -');
    expect(bindingOf('b.md', TAIWAN, '612名')).toBe('horizon-3 trial-enrolment -');
    expect(bindingOf('c.md', WIRE, '621 patients')).toBe('horizon-3 trial-enrolment -');
    expect(bindingOf('c.md', WIRE, '47.3%')).toBe('lq-217 response-rate -');
    expect(claimByText(analyse('c.md', WIRE).claims, '78 hospitals').attribute).toBeUndefined();
  });

  it('take `phase 3` for the name of a stage, no figure, and no phase of a project', () => {
    expect(analyse('c.md', WIRE).claims.map((c) => c.text)).not.toContain('3');
  });

  it('set each wrong figure against the two articles that agree', () => {
    expect(complaintLines({ 'a.md': MAINLAND, 'b.md': TAIWAN, 'c.md': WIRE })).toEqual([
      'conflicting-figure 45.3% vs 47.3% vs 47.3%',
      'conflicting-figure 621 patients vs 612例 vs 612名',
    ]);
  });
});

describe('a rival named once', () => {
  it('stops a figure after it from being the company named before (`…為主的東嵐航空去年平均載客率只有81.7%`)', () => {
    const text = '華穹航空公布，去年平均載客率為83.9%。\n\n分析師指，華穹載客率已高於同業，同樣以內地航線為主的東嵐航空去年平均載客率只有81.7%。華穹表示，將擴充運力。\n';
    expect(bindingOf('a.md', text, '83.9%')).toMatch(/^華穹 load-factor/);
    expect(bindingOf('a.md', text, '81.7%')).toMatch(/^- /);
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });

  it('but not a word of the trade that ends like a name (`的核心科技`) nor the company’s own name', () => {
    const text = '華穹航空公布，去年平均載客率為83.9%。華穹航空去年平均載客率為83.9%，華穹表示，將擴充運力。\n';
    expect(bindingOf('a.md', text, '83.9%')).toMatch(/^華穹 /);
  });
});

describe('changes of a rate', () => {
  const MAINLAND = '华穹航空公布12月运营数据。单看12月，华穹客座率84.6%，较上年同期的82.5%上升2.1个百分点。\n\n华穹表示，将扩充运力。\n';
  const WIRE = 'Chinese carrier Huaqiong Airlines released its December traffic figures on Monday.\n\nHuaqiong Airlines said its December load factor rose 2.1% year on year to 84.6%.\n';

  it('read the level a rate rose to after its change (`rose 2.1% year on year to 84.6%`)', () => {
    expect(bindingOf('b.md', WIRE, '84.6%')).toMatch(/^huaqiong load-factor /);
    expect(bindingOf('b.md', WIRE, '2.1%')).toMatch(/^huaqiong growth:load-factor /);
  });

  it('set a change in percent against the same number in points, and take the points as right', () => {
    expect(complaintLines({ 'a.md': MAINLAND, 'b.md': WIRE })).toEqual(['conflicting-figure 2.1% vs 2.1个百分点']);
    const finding = findingsOf({ 'a.md': MAINLAND, 'b.md': WIRE }).find((f) => f.ruleId === 'conflicting-figure')!;
    expect(finding.message).toContain('percentage points and a percentage are not the same');
  });

  it('read a route’s load factor apart from the airline’s (`its international load factor climbed to 83.7%`)', () => {
    const text = 'Hailan Airlines said its load factor rose to 84.4% in September. Hailan Airlines said its international load factor climbed to 83.7%.\n';
    expect(bindingOf('a.md', text, '83.7%')).toMatch(/^hailan load-factor:overseas /);
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });

  it('but not a change in percent of another number (a rate’s own growth)', () => {
    const relative = WIRE.replace('rose 2.1% year on year', 'rose 2.5% year on year');
    expect(complaintLines({ 'a.md': MAINLAND, 'b.md': relative })).toEqual([]);
  });

  it('read `its` after a sentence naming two companies as the first’s (`Novaro…, overtaking Brellin… Its market share`)', () => {
    const text = 'Smartphone maker Novaro shipped 55.7 million phones in the quarter, overtaking rival Brellin to become the largest vendor. Its market share rose 2.1 percentage points to 18.4%.\n\nNovaro said demand was strong. Brellin said it would respond.\n';
    expect(bindingOf('a.md', text, '18.4%')).toMatch(/^novaro market-share/);
  });
});

describe('the way a change moved', () => {
  const ZH = '---\ntitle: 青澜锂业年报\ndate: 2026-03-28\nlang: zh\n---\n\n青澜锂业公布2025年年报：锂盐产量14.2万吨，同比下降18.3%。青澜表示，锂价仍在磨底。\n';
  const EN = '---\ntitle: Qinglan Lithium annual results\ndate: 2026-03-28\nlang: en\n---\n\nQinglan Lithium (青澜锂业) said its lithium salt output rose 18.3% to 142,000 tonnes in 2025. Qinglan said prices were bottoming out.\n';

  it('is read from the words before a rate of growth, or its sign', () => {
    const direction = (name: string, text: string, figure: string) => claimByText(analyse(name, text).claims, figure).direction;
    expect(direction('a.md', ZH, '18.3%')).toBe('down');
    expect(direction('b.md', EN, '18.3%')).toBe('up');
    expect(direction('c.md', '| 指标 | 同比变化 |\n|---|---|\n| 营收 | -4.1% |\n', '-4.1%')).toBe('down');
  });

  it('sets a fall against a rise of the same size, across articles and in a translation', () => {
    expect(complaintLines({ 'a.md': ZH, 'b.md': EN.replace('(青澜锂业) ', '') })).toHaveLength(1);
    const translation = EN.replace('lang: en\n', 'lang: en\ntranslation_of: a.md\n');
    const found = findingsOf({ 'a.md': ZH, 'b.md': translation }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('one says it rose, the other that it fell')]);
  });
});
