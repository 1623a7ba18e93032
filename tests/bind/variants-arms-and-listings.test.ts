import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

/** A mainland account on a model family: the Chinese name glossed once, its variants written after it. */
const MODEL_ZH = [
  '---',
  'title: "曜石智能发布玄武3：7200亿参数MoE"',
  'date: 2026-03-19',
  'lang: zh-CN',
  '---',
  '',
  '3月18日晚间，杭州大模型公司曜石智能发布新一代模型家族“玄武3”（Xuanwu-3），一口气放出Ultra、Flash、Lite三个版本。旗舰款玄武3-Ultra采用混合专家（MoE）架构，总参数7200亿，每个token激活参数410亿。',
  '',
].join('\n');

/** A second mainland account, which agrees with the first. */
const MODEL_ZH_2 = [
  '---',
  'title: "玄武3发布"',
  'date: 2026-03-19',
  'lang: zh-CN',
  '---',
  '',
  '曜石智能发布大模型“玄武3”（Xuanwu-3）。旗舰款玄武3-Ultra每个token激活参数410亿，上下文窗口256K。',
  '',
].join('\n');

/** An English wire on the same release, with the active parameters' 亿 read as billion. */
const MODEL_EN = [
  '---',
  'title: "Yaoshi unveils Xuanwu-3 model family"',
  'date: 2026-03-18',
  'lang: en',
  '---',
  '',
  'Hangzhou-based AI lab Yaoshi Intelligence released its Xuanwu-3 family of large language models on Wednesday.',
  '',
  'The flagship Xuanwu-3-Ultra uses a mixture-of-experts design that activates 410 billion parameters per token, the company said.',
  '',
  'A mid-sized Xuanwu-3-Flash model has 120 billion total parameters, while an 8-billion-parameter dense model, Xuanwu-3-Lite, is released with open weights.',
  '',
].join('\n');

/** A Hong Kong paper on a drug licensing deal: the trial's arms, and the gap between their response rates in percent. */
const TRIAL_HK = [
  '---',
  'title: "瀚澄生物授出HC-217海外權益"',
  'date: 2026-02-10',
  'lang: zh-Hant',
  '---',
  '',
  'A+H股上市的藥企瀚澄生物昨晚公布授權交易，消息刺激瀚澄H股今日收報52.35港元。',
  '',
  'HC-217的二期隨機對照研究共招募189名患者，其中126人接受HC-217治療、63人接受標準化療藥拓撲替康。數據顯示，HC-217組的客觀緩解率為54.8%，較對照組高出23.4%。',
  '',
].join('\n');

/** A mainland daily on the same deal: the gap in points, the arms in brackets, and the A share's close. */
const TRIAL_ZH = [
  '---',
  'title: "瀚澄生物HC-217海外授权"',
  'date: 2026-02-10',
  'lang: zh-CN',
  '---',
  '',
  '瀚澄生物A股今日收报86.40元。',
  '',
  'HC-217二期研究共入组189例患者，按2:1随机分配至HC-217组（126例）和拓扑替康对照组（63例）。结果显示，HC-217组的客观缓解率（ORR）为54.8%，对照组为31.4%，HC-217组高出23.4个百分点。',
  '',
].join('\n');

describe('a model’s variants, and the version in its name', () => {
  it('takes the variant of a model glossed in Latin letters for the variant of the Latin name (`玄武3-Ultra` is `Xuanwu-3-Ultra`)', () => {
    const models = (analyse('zh.md', MODEL_ZH).companies ?? []).map((c) => [c.id, c.names]);
    expect(models).toContainEqual(['xuanwu-3-ultra', ['Xuanwu-3-Ultra', '玄武3-Ultra']]);
    expect(bindingOf('zh.md', MODEL_ZH, '410亿')).toBe('xuanwu-3-ultra active-parameters -');
  });
  it('reads no figure in the version of a model it names (`玄武3`)', () => {
    expect(analyse('zh.md', MODEL_ZH).claims.filter((c) => c.text === '3').map((c) => c.subject?.id)).not.toContain('xuanwu-3');
  });
  it('gives a figure the model an apposition after it names (`an 8-billion-parameter dense model, Xuanwu-3-Lite,`)', () => {
    expect(bindingOf('en.md', MODEL_EN, '8-billion-parameter')).toBe('xuanwu-3-lite parameters -');
  });
  it('so the wire’s slip shows against the Chinese figure', () => {
    expect(complaintLines({ 'zh.md': MODEL_ZH, 'zh2.md': MODEL_ZH_2, 'en.md': MODEL_EN })).toEqual(['magnitude-slip 410 billion parameters vs 410亿 vs 410亿']);
  });
  it('never takes the article’s only company for the subject of a model’s measure', () => {
    const text = '曜石智能今日发布新模型。\n\n该模型总参数达7200亿。\n';
    expect(claimByText(analyse('a.md', text).claims, '7200亿').subject).toBeUndefined();
  });
});

describe('a trial’s arms and the gap between their rates', () => {
  it('keeps the control arm’s patients apart from the drug’s (`63人接受標準化療藥`)', () => {
    expect(claimByText(analyse('hk.md', TRIAL_HK).claims, '63人').attribute).toBe('trial-enrolment:control');
    expect(claimByText(analyse('zh.md', TRIAL_ZH).claims, '126例').attribute).toBe('trial-enrolment');
  });
  it('takes a response rate’s gap in points, or after `高出`, as its change', () => {
    expect(bindingOf('zh.md', TRIAL_ZH, '23.4个百分点')).toBe('hc-217 growth:response-rate -');
    expect(bindingOf('hk.md', TRIAL_HK, '23.4%')).toBe('hc-217 growth:response-rate -');
  });
  it('reports the percent against the points, and no A share’s close against the H share’s', () => {
    expect(complaintLines({ 'hk.md': TRIAL_HK, 'zh.md': TRIAL_ZH })).toEqual(['conflicting-figure 23.4% vs 23.4个百分点']);
  });
});

describe('a day of results told as `today`', () => {
  const release = (day: string) => ['---', 'date: 2026-05-20', '---', '', `SHANGHAI, ${day} -- Harbourline Hospitality Group today announced its results for the first quarter of 2026.`, ''].join('\n');
  const zh = ['---', 'date: 2026-05-21', '---', '', '5月20日晚间，港股上市的海岚酒店集团（Harbourline Hospitality Group）发布2026年第一季度业绩。', ''].join('\n');
  const hk = ['---', 'date: 2026-05-21', '---', '', '在港上市的連鎖酒店營運商海嵐酒店集團（Harbourline Hospitality Group）於5月19日晚公佈今年首季業績。', ''].join('\n');
  it('does not outweigh the days written out, so a shifted day is found', () => {
    expect(complaintLines({ 'a.md': release('May 20, 2026'), 'b.md': zh, 'c.md': hk })).toEqual(['date-conflict 5月19日 vs 5月20日']);
  });
  it('finds a company after `營運商`', () => {
    expect((analyse('c.md', hk).companies ?? []).map((c) => c.id)).toContain('海嵐酒店');
  });
});

describe('the first months of a year, Hong Kong’s way', () => {
  it('reads `首11個月` as January to November', () => {
    const text = '# 匯洋港口11月吞吐量按年升6.8% 首11個月達4,385萬標箱\n';
    expect(claimByText(analyse('a.md', text).claims, '4,385萬標箱').period).toMatch(/^XXXX-M01-M11/);
  });
});
