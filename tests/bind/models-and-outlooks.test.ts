import { describe, expect, it } from 'vitest';
import { discoverNames } from '../../src/bind/discover-names.js';
import { EntityMatcher } from '../../src/bind/entity-mentions.js';
import { analyse, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

const known = new EntityMatcher();
const models = (text: string) => discoverNames(text, known).filter((d) => d.type === 'model').map((d) => [d.id, [...d.names]]);
const claimsOf = (text: string) => analyse('a.md', `${text}\n`).claims;
const byText = claimByText;
const read = (text: string, figure: string) => {
  const c = byText(claimsOf(text), figure);
  return [c.subject?.id, c.attribute];
};
const complaintsOf = complaintLines;

const ZH_RELEASE = [
  '星衍智能于2025年12月15日正式发布新一代基础模型“星衍-3”（Xingyan-3），并同步开源模型权重。这是继今年4月推出星衍-2之后的又一次大版本更新。',
  '',
  '根据技术报告，星衍-3采用混合专家架构，总参数4820亿，每个token激活参数320亿。作为对比，星衍-2的总参数为2360亿。',
  '',
  '星衍智能还发布了参数量为160亿的蒸馏版本“星衍-3-Lite”。',
].join('\n');
const EN_RELEASE = (active: string) =>
  [
    'Xingyan AI on Monday released Xingyan-3, an open-weight large language model.',
    '',
    `Xingyan-3 is a mixture-of-experts model with 482 billion total parameters, according to a technical report. Only ${active} of those parameters are active for any given token.`,
    '',
    'Xingyan also released Xingyan-3-Lite, a 16 billion-parameter distilled version.',
  ].join('\n');

describe('models an article introduces by a name and a version', () => {
  it('finds `Xingyan-3`, `星衍-3` and their variants where words of models stand near, each a model of its own', () => {
    expect(models(ZH_RELEASE)).toEqual([
      ['星衍-3', ['Xingyan-3', '星衍-3']],
      ['星衍-2', ['星衍-2']],
      // The variant of a glossed model goes by the variant of its Latin name too, as an English article writes it.
      ['星衍-3-lite', ['Xingyan-3-Lite', '星衍-3-Lite']],
    ]);
    expect(models(EN_RELEASE('3.2 billion'))).toEqual([
      ['xingyan-3', ['Xingyan-3']],
      ['xingyan-3-lite', ['Xingyan-3-Lite']],
    ]);
  });

  it('takes no step, grade or name and number without words of models for a model', () => {
    expect(models('The Phase-3 trial enrolled 1,200 patients; a Level-4 system parameters were not disclosed.')).toEqual([]);
    expect(models('Harbour-2 berth handled 1.2 million containers. Harbour-2 reopened in May.')).toEqual([]);
  });

  it("binds a model's figures to it, a variant's to the variant, and those of the sentence after to the one model named before", () => {
    const claims = claimsOf(EN_RELEASE('3.2 billion'));
    expect([byText(claims, '482 billion').subject?.id, byText(claims, '482 billion').attribute]).toEqual(['xingyan-3', 'parameters']);
    expect([byText(claims, '3.2 billion').subject?.id, byText(claims, '3.2 billion').attribute]).toEqual(['xingyan-3', 'active-parameters']);
    expect(byText(claims, '16 billion-parameter').subject?.id).toBe('xingyan-3-lite');
    const zh = claimsOf(ZH_RELEASE);
    expect([byText(zh, '320亿').subject?.id, byText(zh, '2360亿').subject?.id, byText(zh, '160亿').subject?.id]).toEqual(['星衍-3', '星衍-2', '星衍-3-lite']);
  });

  it('keeps a variant written after a space apart from its model', () => {
    const text = 'The flagship, Corvid-3 Large, is a mixture-of-experts model with 480 billion total parameters. A smaller dense model, Corvid-3 Mini, has 32 billion parameters in total. Corvid-3 is open-weight.';
    expect(models(text).map(([id]) => id)).toEqual(['corvid-3 large', 'corvid-3 mini', 'corvid-3']);
    expect(read(text, '32 billion parameters')).toEqual(['corvid-3 mini', 'parameters']);
    expect(complaintsOf({ 'a.md': text })).toEqual([]);
  });

  it('finds a variant of a model wherever its name starts (`轻量版本衡元-3-Lite`)', () => {
    const text = '衡元智能发布新一代大模型“衡元-3”，总参数4800亿。衡元智能同时发布了轻量版本衡元-3-Lite，该版本为140亿参数的稠密模型。';
    expect(models(text).map(([id]) => id)).toEqual(['衡元-3', '衡元-3-lite']);
    expect(read(text, '140亿参数')).toEqual(['衡元-3-lite', 'parameters']);
  });

  it("compares a model's scores benchmark by benchmark, a table's row naming it, and a score of no benchmark with none", () => {
    const text = [
      '衡元智能发布新一代大模型“衡元-3”，模型权重同步开源。',
      '',
      '| 评测集 | 衡元-3得分 |',
      '|---|---|',
      '| MMLU-Pro | 81.4% |',
      '| C-Eval | 91.7% |',
      '',
      '在中文知识评测上，衡元-3的得分为91.7%。在C-Eval上，衡元-3得分为19.7%。',
    ].join('\n');
    const claims = analyse('a.md', `${text}\n`).claims;
    expect(claims.filter((c) => c.attribute?.startsWith('benchmark-score')).map((c) => `${c.text} ${c.attribute}`)).toEqual([
      '81.4% benchmark-score:mmlu-pro', '91.7% benchmark-score:c-eval', '91.7% benchmark-score', '19.7% benchmark-score:c-eval',
    ]);
    expect(complaintsOf({ 'a.md': text })).toEqual(['conflicting-figure 19.7% vs 91.7%']);
  });

  it('reads `the model` as the one model of the paragraph before, and no model where two were named', () => {
    const text = ['Xingyan AI released Xingyan-3, an open-weight large language model.', '', 'The company said the model uses 482 billion parameters in total.'].join('\n');
    expect(read(text, '482 billion parameters')).toEqual(['xingyan-3', 'parameters']);
    const two = ['Xingyan AI released Xingyan-3, a successor to the Xingyan-2 model.', '', 'The company said the model uses 482 billion parameters in total.'].join('\n');
    expect(read(two, '482 billion parameters')[0]).toBeUndefined();
  });

  it('keeps a total apart from the refinement the same clause names for another figure', () => {
    const text = 'Its predecessor, Xingyan-2, an open-weight model, had 236 billion total parameters and 21 billion active parameters.';
    expect(read(text, '236 billion')).toEqual(['xingyan-2', 'parameters']);
    expect(read(text, '21 billion')).toEqual(['xingyan-2', 'active-parameters']);
  });

  it('compares a model across languages by its name in pinyin, and reports a 亿/billion slip at the English', () => {
    expect(complaintsOf({ 'zh.md': ZH_RELEASE, 'en.md': EN_RELEASE('3.2 billion') })).toEqual(['magnitude-slip 3.2 billion vs 320亿']);
    expect(complaintsOf({ 'zh.md': ZH_RELEASE, 'en.md': EN_RELEASE('32 billion') })).toEqual([]);
  });
});

describe('goals and forecasts', () => {
  it('marks a figure a goal, a forecast or a consensus stands before as such', () => {
    expect(read('启程汽车发布公告。启程汽车2025年的全年交付目标为42万辆，1月交付量约完成全年目标的7.5%。', '42万辆')).toEqual(['启程', 'shipments:target']);
    expect(read('启程科技预计2025年全年营收将达到120亿元。启程科技发布财报。', '120亿元')).toEqual(['启程', 'revenue:target']);
    expect(read('Analysts had expected Harlan Motors revenue of $5.1 billion, Harlan Motors said.', '$5.1 billion')[1]).toBe('revenue:consensus');
    expect(read('启程汽车发布财报。启程汽车提前完成了全年交付42万辆的目标。', '42万辆')).toEqual(['启程', 'shipments:target']);
  });

  it('gives a goal to the figure it is written with, not to one that follows', () => {
    const text = '启程汽车发布公告。分析师表示：“45万辆的年度目标下，启程汽车2026年月均交付达到3.75万辆。”';
    expect([read(text, '45万辆')[1], read(text, '3.75万辆')[1]]).toEqual(['shipments:target', 'shipments']);
    expect(read('Xingchi said the annual target of 450,000 compares with monthly deliveries of 37,500 for Xingchi.', '37,500')[1]).toBe('shipments');
    // What a goal implies is a goal too, in both languages.
    expect(read('启程汽车发布公告。45万辆的年度目标意味着启程汽车2026年月均交付需达到3.75万辆。', '3.75万辆')[1]).toBe('shipments:target');
    expect(read('Xingchi said the annual target of 450,000 implies monthly deliveries of 37,500 for Xingchi.', '37,500')[1]).toBe('shipments:target');
    expect(read('是百花齐放的苗圃，还是有计划的农场?Llama 5每次推理激活的参数为69亿。', '69亿')).toEqual(['llama5', 'active-parameters']);
  });

  it('leaves what happened as it is: a forecast it beat, the company bought (`目标公司`, `the target`)', () => {
    expect(read('启程科技发布财报。启程科技营收5.3亿元，超出市场预期。', '5.3亿元')).toEqual(['启程', 'revenue']);
    expect(read('启程科技发布财报。启程科技营收超出市场预期，达5.3亿元。', '5.3亿元')).toEqual(['启程', 'revenue']);
    expect(read('启程汽车发布公告。目标公司2024年营收为3.2亿元。', '3.2亿元')[1]).toBe('revenue');
  });

  it('reads by how much a goal was beaten or missed as a change', () => {
    expect(read('轻帆科技发布财报。轻帆科技实际营收超出指引上限0.8亿元。', '0.8亿元')).toEqual(['轻帆', 'change:revenue']);
    expect(read('Harlan Motors said revenue beat guidance by $80 million. Harlan Motors reported revenue of $5.3 billion.', '$80 million')).toEqual(['harlan', 'change:revenue']);
  });

  it('does not set a goal against the figure reached', () => {
    const text = [
      '启程汽车2月1日公布，2025年全年共交付新车31.2万辆。',
      '',
      '启程汽车2025年的全年交付目标为42万辆。',
    ].join('\n');
    expect(complaintsOf({ 'a.md': text })).toEqual([]);
  });
});

describe('stores', () => {
  it('counts a chain’s stores as its own measure', () => {
    expect(read('Qingmu, a grocery chain founded in 2016, operates 1,200 stores across 38 cities. Qingmu said so.', '1,200')).toEqual(['qingmu', 'store-count']);
    expect(read('青木生鲜宣布，青木生鲜目前在全国拥有1200家门店。', '1200家')[1]).toBe('store-count');
    // What follows the number says what it counts: cities and product lines are no stores.
    const claims = claimsOf("Qingmu, a grocery chain, operates 1,200 stores across 38 cities. Qingmu's network now stocks 2,400 product lines per outlet.");
    expect(['38 cities', '2,400'].map((t) => byText(claims, t).attribute)).toEqual([undefined, undefined]);
    expect(byText(claims, '38 cities').unit).toBe('city');
  });

  it('reports a chain whose store count is restated ten times over in the same article', () => {
    const text = [
      'Qingmu, a grocery chain, operates 1,200 stores across 38 cities.',
      '',
      "Analysts said Qingmu's network of 12,000 stores in 38 cities gives it reach.",
    ].join('\n');
    expect(complaintsOf({ 'a.txt': text })).toEqual(['magnitude-slip 12,000 vs 1,200']);
  });
});
