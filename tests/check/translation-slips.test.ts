import { isPinyinWord } from '../../src/text/pinyin.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, brightmoorFunding, claimByText, complaintLines, findingsOf } from './crosscheck-helpers.js';

describe('a price per so many tokens', () => {
  it('is a price per its quantity, whichever tokens it counts and however the sentence words it', () => {
    const en = 'Larchmont Securities analyst Priya Raman said: "At US$1.20 per million input tokens, a typical chatbot conversation costs a fraction of a cent."\n';
    expect(claimByText(analyse('en.md', en).claims, 'US$1.20').attribute).toBe('price:per-1M-token:input');
    const zh = '分析师普丽娅·拉曼说：“按每千个输入token 1.20美元计算，一次典型的企业聊天机器人对话成本不到1美分。”\n';
    expect(claimByText(analyse('zh.md', zh).claims, '1.20美元').attribute).toBe('price:per-1K-token:input');
    const cut = '自11月1日起，开发者调用Forge-3 Pro的输出价格从每百万token 15.00美元降至6.00美元。\n';
    const claims = analyse('cut.md', cut).claims;
    expect([claimByText(claims, '15.00美元').attribute, claimByText(claims, '6.00美元').attribute]).toEqual(['price:per-1M-token:output', 'price:per-1M-token:output']);
  });
});

describe('input and output tokens priced apart', () => {
  it('read the kind in what the amount is per, else the last kind named before it in its sentence', () => {
    const en = 'Qiming-3 API access will cost 2 yuan per million input tokens and 8 yuan per million output tokens.\n';
    const claims = analyse('en.md', en).claims;
    expect([claimByText(claims, '2 yuan').attribute, claimByText(claims, '8 yuan').attribute]).toEqual(['price:per-1M-token:input', 'price:per-1M-token:output']);
    const zh = '大模型“垣语-3”的输出价格降到每百万tokens 8元，输入价格更是只剩每百万tokens 0.8元。\n';
    const zhClaims = analyse('zh.md', zh).claims;
    expect([claimByText(zhClaims, '8元').attribute, claimByText(zhClaims, '0.8元').attribute]).toEqual(['price:per-1M-token:output', 'price:per-1M-token:input']);
    // What an amount is per ends where a figure starts (`由每百万0.90美元降至0.40美元`).
    const from = '输入token价格将由每百万0.90美元降至0.40美元。\n';
    expect(claimByText(analyse('f.md', from).claims, '0.40美元').attribute).toBe('price:per-1M-token:input');
    // `per million` in a sentence of tokens counts tokens.
    const bare = 'Input tokens will cost 0.8 yuan per million, while output tokens will be priced at 6 yuan per million.\n';
    expect(claimByText(analyse('b.md', bare).claims, '6 yuan').attribute).toBe('price:per-1M-token:output');
  });

  it('so an output price set against another article’s is no list with the input price', () => {
    const zh = '算垣云宣布，大模型“垣语-3”的输出价格降到每百万tokens 8元，输入价格更是只剩0.8元。\n\n算垣云表示将扩容。\n';
    const en = 'Suanyuan Cloud cut prices for Yuanyu-3 (垣语-3). Input tokens will cost 0.8 yuan per million, while output tokens will be priced at 6 yuan per million.\n\nSuanyuan plans more.\n';
    // One source each: the first file's value prevails.
    expect(complaintLines({ 'a.md': zh, 'b.md': en })).toEqual(['conflicting-figure 6 yuan vs 8元']);
  });
});

describe('a price per GPU-hour', () => {
  it('is a price per GPU-hour in either language, whatever measure the sentence names', () => {
    const en = 'On-demand pricing for the X8 training instance, built on Veltrix VX-90 GPUs, will fall from RMB 14.60 to RMB 9.80 per GPU per hour.\n';
    expect(claimByText(analyse('en.md', en).claims, 'RMB 9.80').attribute).toBe('price:per-gpu-hour');
    const zh = ['X8实例的按需价格从每卡每小时14.6元降到9.8元。', '一些GPU云服务商已将按需算力价格压至每GPU小时2.50美元以下。', '旗艦型執行個體X8（搭載Veltrix VX-90 GPU）的價格將降至每卡每小時9.8元人民幣。'];
    expect(zh.map((t, k) => claimByText(analyse(`zh${k}.md`, `${t}\n`).claims, ['9.8元', '2.50美元以下', '9.8元人民幣'][k]!).attribute)).toEqual(['price:per-gpu-hour', 'price:per-gpu-hour', 'price:per-gpu-hour']);
  });

  it('shows the same price in two currencies across articles', () => {
    const tw = '雲岫計算宣布調價。旗艦型執行個體X8（搭載Veltrix VX-90 GPU）的價格將降至每卡每小時9.8美元。\n\n雲岫計算表示將擴建。\n';
    const en = 'Yunxiu Cloud announced new prices. On-demand pricing for the X8 training instance, built on Veltrix VX-90 GPUs, will fall to RMB 9.80 per GPU per hour.\n\nYunxiu plans to expand.\n';
    // One source each: the first file's value prevails.
    expect(complaintLines({ 'a.md': tw, 'b.md': en })).toEqual(['currency-mismatch RMB 9.80 vs 9.8美元']);
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

/** Each translation-mismatch as its places' texts and the reason its message ends with. */
function mismatchReasons(files: Record<string, string>): string[] {
  return findingsOf(files)
    .filter((f) => f.ruleId === 'translation-mismatch')
    .map((f) => `${f.locations.map((l) => l.text).join(' vs ')}: ${f.message.split(': ').at(-1)}`);
}

describe('a total from January rendered as a month’s', () => {
  const ZH = ['---', 'title: 星驰汽车前10月交付12.86万辆', 'date: 2025-11-01', 'lang: zh', '---', '', '星驰汽车11月1日公布，2025年1-10月，星驰汽车累计交付新车12.86万辆，同比增长46.2%。10月单月，星驰汽车交付2.31万辆。', ''].join('\n');
  const EN = ['---', 'title: Xingchi Auto deliveries', 'date: 2025-11-01', 'lang: en', 'translation_of: zh.md', '---', '', 'Xingchi Auto said on November 1 that in January–October 2025 it delivered 128,600 vehicles, up 46.2% year on year. In October alone, Xingchi Auto delivered 23,100 vehicles.', ''].join('\n');

  it('reads `January–October 2025` as the months from January, and `In October alone,` as the month', () => {
    const claims = analyse('en.md', EN).claims;
    expect([claimByText(claims, '128,600 vehicles').period, claimByText(claims, '23,100 vehicles').period]).toEqual(['2025-M01-M10', '2025-10']);
  });

  it('is a translation-mismatch naming the two periods', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
    const wrong = EN.replace('in January–October 2025 it delivered', 'in October 2025 it delivered');
    expect(mismatchReasons({ 'zh.md': ZH, 'en.md': wrong })).toEqual(['128,600 vehicles vs 12.86万辆: the same figure for another period (2025-10 vs 2025-M01-M10).']);
  });
});

describe('a quarter’s figure rendered as a half’s', () => {
  const ZH = ['---', 'title: 澄耀集團第三季業績', 'date: 2025-11-10', 'lang: zh-HK', '---', '', '澄耀集團公布第三季業績。第三季智能電視出貨量為312萬台，按年增長12.3%；無線耳機出貨量達1,050萬副。', ''].join('\n');
  const EN = ['---', 'title: Chengyao third-quarter results', 'date: 2025-11-10', 'lang: en', 'translation_of: zh.md', '---', '', 'Chengyao Group reported third-quarter results. Smart TV shipments in the third quarter rose 12.3% year on year to 3.12 million units, while wireless earbud shipments reached 10.5 million pairs.', ''].join('\n');

  it('is one translation-mismatch for the sentence, naming the two periods', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
    const wrong = EN.replace('Smart TV shipments in the third quarter', 'Smart TV shipments in the first half');
    expect(mismatchReasons({ 'zh.md': ZH, 'en.md': wrong })).toEqual(['3.12 million units vs 312萬台: the same figure for another period (XXXX-H1 vs 2025-Q3).']);
  });

  it('leaves months that make up the quarter alone (`July to September` for `第三季`)', () => {
    const months = EN.replace('Smart TV shipments in the third quarter', 'Smart TV shipments from July to September 2025');
    expect(complaintLines({ 'zh.md': ZH, 'en.md': months })).toEqual([]);
  });
});

describe('total and active parameters, and points in a passage of one figure', () => {
  const ZH = ['---', 'title: 穹隆V4发布', 'date: 2025-09-02', 'lang: zh', '---', '', '穹隆V4采用混合专家（MoE）架构，总参数6710亿，每个token激活370亿参数。', '', '这一比例较一季度提升了5.8个百分点，是有统计以来的最大单季升幅。', ''].join('\n');
  const EN = [
    '---',
    'title: Qionglong V4 released',
    'date: 2025-09-02',
    'lang: en',
    'translation_of: zh.md',
    '---',
    '',
    'Qionglong V4 uses a mixture-of-experts (MoE) architecture with 671 billion total parameters, of which 37 billion are activated for each token.',
    '',
    'That share was up 5.8 percentage points from the first quarter, the biggest single-quarter rise on record.',
    '',
  ].join('\n');

  it('finds nothing in a faithful translation', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
  });

  it('reports the two counts swapped, each as the other measure', () => {
    const swapped = EN.replace('with 671 billion total parameters, of which 37 billion', 'with 37 billion total parameters, of which 671 billion');
    const findings = findingsOf({ 'zh.md': ZH, 'en.md': swapped }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(findings.map((f) => `${f.locations[0]!.text}: ${f.message.split(': ').at(-1)}`)).toEqual([
      '37 billion: the same figure as another measure (parameters vs active-parameters).',
      '671 billion: the same figure as another measure (active-parameters vs parameters).',
    ]);
  });

  it('reports points rendered as a percentage in a passage that states no other figure', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN.replace('up 5.8 percentage points', 'up 5.8%') })).toEqual(['translation-mismatch 5.8% vs 5.8个百分点']);
  });
});

describe('words of computing power and of a month before a figure', () => {
  it('reads petaflops and exaflops as the units they spell', () => {
    const claims = analyse('a.md', 'The rack offers 648 petaflops of FP4 compute; the cluster will deliver nearly 400 exaflops.\n').claims;
    expect([claimByText(claims, '648 petaflops').unit, claimByText(claims, 'nearly 400 exaflops').unit]).toEqual(['PFLOPS', 'EFLOPS']);
  });

  it('keeps a month before a figure its own against the next item’s quarter', () => {
    const text = '---\ndate: 2025-04-10\n---\n\nHuanxing’s revenue for March rose 215% to NT$1.63 billion, while first-quarter revenue climbed 88.4% to NT$2.27 billion.\n';
    const claims = analyse('a.md', text).claims;
    expect([claimByText(claims, 'NT$1.63 billion').period, claimByText(claims, 'NT$2.27 billion').period]).toEqual([undefined, 'XXXX-Q1']);
  });
});

describe('a translation whose figures are many small counts (`14次`, `13次`, `57颗` beside bare numbers)', () => {
  const read = (name: string) => readFileSync(new URL(`../../fixtures/translations/${name}`, import.meta.url), 'utf8');
  const files = { 'xingheng-launch_cn.txt': read('xingheng-launch_cn.txt'), 'xingheng-launch_en.txt': read('xingheng-launch_en.txt') };

  it('is paired by the share of the figures the alignment matches, small counts aside, and its slips are reported', () => {
    expect(complaintLines(files).filter((l) => l.startsWith('translation-mismatch'))).toEqual([
      'translation-mismatch 12,640 kilograms vs 12460公斤',
      'translation-mismatch US$1.24 billion vs 12.4亿元',
    ]);
  });
});

describe('a Taiwanese maker’s monthly revenue and its translation (`translation_of:`)', () => {
  const read = (name: string) => readFileSync(new URL(`../../fixtures/translations/${name}`, import.meta.url), 'utf8');
  const files = { 'lianchang_march_revenue.md': read('lianchang_march_revenue.md'), 'odm_revenue_march_en.md': read('odm_revenue_march_en.md') };

  it('reports the transposed digits and the dollar, and reads `季減6.2%` and `-6.2% QoQ` as one change', () => {
    expect(complaintLines(files)).toEqual([
      'translation-mismatch NT$278.63 billion vs 新台幣2,876.3億元',
      'translation-mismatch US$32 billion vs 新台幣320億元',
    ]);
  });
});

describe('an English report on a company whose name is no pinyin, and its Chinese translation (`_en.txt`, `_cn.txt`)', () => {
  const read = (name: string) => readFileSync(new URL(`../../fixtures/translations/${name}`, import.meta.url), 'utf8');
  const files = { 'saltmere_q3_2024_output_en.txt': read('saltmere_q3_2024_output_en.txt'), 'saltmere_q3_2024_output_cn.txt': read('saltmere_q3_2024_output_cn.txt') };

  it('takes the English as the source, and reports the Chinese translation’s slip of 万', () => {
    const lines = findingsOf(files).filter((f) => f.ruleId === 'translation-mismatch').map((f) => `${f.locations[0]!.file}:${f.locations[0]!.line}`);
    expect(lines).toEqual(['saltmere_q3_2024_output_cn.txt:25']);
  });

  it('reads a mainland company’s English name as pinyin, a foreign one’s not', () => {
    expect(['Tianheng', 'Haoqi', 'Xinghe', 'Lanjiang', 'Saltmere', 'Corvane', 'Northgale'].map(isPinyinWord)).toEqual([true, true, true, true, false, false, false]);
  });
});

describe('two outlets’ articles on one story, named like a translation', () => {
  const read = (name: string) => readFileSync(new URL(`../../fixtures/outlets/${name}`, import.meta.url), 'utf8');
  const files = { 'lumora-series-c_en.md': read('lumora-series-c_en.md'), 'lumora-series-c_zh_cn.md': read('lumora-series-c_zh_cn.md') };

  it('are compared as two documents: the round’s transposed digits are a conflict, and no paragraph is taken for a mistranslation', () => {
    expect(complaintLines(files)).toEqual(['conflicting-figure 12.7亿美金 vs $1.72 billion']);
  });

  it('are two outlets also where one quotes the press release the other translates (60% of figures shared)', () => {
    const names = ['fenglan-windsolar_en.md', 'fenglan-windsolar_zh_pr.md', 'fenglan-windsolar_zhcn.md'];
    // The press release's `该基地…总投资186亿元` names no one: the article's only company is its guessed subject, and it agrees.
    // One source each way: the English reading of 亿 is the slip.
    expect(complaintLines(Object.fromEntries(names.map((n) => [n, read(n)])))).toEqual(['magnitude-slip 1.86 billion yuan vs 186亿元 vs 186亿元']);
  });

  it('read an amount raised after the round its sentence names as that round’s, not a total of rounds', () => {
    expect(claimByText(analyse('a.md', '明曜智能宣布完成C轮融资，融资额12.7亿美金。\n').claims, '12.7亿美金').attribute).toBe('funding-round:series-c');
    const total = 'Lixing said the Series B brings its total funding to 980 million yuan.\n';
    expect(claimByText(analyse('b.md', total).claims, '980 million yuan').attribute).not.toBe('funding-round:series-b');
  });

  it('read a headline’s raise as the round the article names, and `the round brings the total` as no round', () => {
    const claims = analyse('c.md', brightmoorFunding('Brightmoor Energy raises $420 million to expand Ohio battery plant')).claims;
    expect(['$420 million', '$240 million', '$425 million'].map((t) => claimByText(claims, t).attribute)).toEqual(['funding-round:series-c', 'funding-round:series-c', 'funding-round']);
  });

  it('read an amount the sentence points at as the round’s, so a currency slip shows, and 分为三块 as no money', () => {
    const text = '星弦机器人（Stellarc Robotics）宣布完成15亿元B轮融资，由多家产业资本联合领投。\n\n按照星弦机器人的规划，这15亿美元的融资大致分为三块：研发、产能和渠道。\n';
    expect(complaintLines({ 'a.md': text })).toEqual(['currency-mismatch 15亿美元 vs 15亿元']);
    expect(analyse('a.md', text).claims.map((c) => c.text)).not.toContain('三块');
  });

  it('read an amount of a round named after it, and a valuation for the round or of the startup as a valuation', () => {
    const en = 'Lingshu Robotics completed an 800 million yuan Series B round. The pre-money valuation for the round was 3.7 billion yuan. The round values the startup at 4.5 billion yuan.\n';
    const claims = analyse('f.md', en).claims;
    expect(['800 million yuan', '3.7 billion yuan', '4.5 billion yuan'].map((t) => claimByText(claims, t).attribute)).toEqual(['funding-round:series-b', 'valuation', 'valuation']);
  });

  it('leave a headline’s raise alone where the article names several rounds', () => {
    const text = '# Lixing raises $106 million\n\nLixing Robotics raised $106 million in a Series B funding round. It fetched $30 million in a Series A round in 2024.\n';
    expect(claimByText(analyse('g.md', text).claims, '$106 million').attribute).toBe('funding-round');
  });

  it('read a pre-money valuation as a valuation, and a share of this round’s money as no round', () => {
    const en = 'Yunxiu Technology raised a Series C round. Measured against that $600 million, this round’s $1.5 billion pre-money valuation is 2.5 times higher.\n';
    expect(claimByText(analyse('d.md', en).claims, '$1.5 billion').attribute).toBe('valuation');
    const zh = '云岫科技完成3亿美元C轮融资。本轮资金的60%（1.8亿美元）用于采购GPU。\n';
    expect(claimByText(analyse('e.md', zh).claims, '1.8亿美元').attribute).not.toBe('funding-round:series-c');
  });
});

describe('an annual report whose figures name no one surely', () => {
  it('takes the subject its guessed figures agree on as its own, so a 万/亿 slip between text and table shows', () => {
    const text = [
      '---',
      'title: 芯衡半导体发布2024年年报',
      'date: 2025-04-01',
      '---',
      '',
      '3月31日晚，芯衡半导体发布2024年年报。全年营业收入38.6亿元，同比增长112%；归母净利润2.3亿元。',
      '',
      '| 指标 | 2024年 | 2023年 | 同比 |',
      '|---|---|---|---|',
      '| 营业收入 | 38.6万元 | 18.2亿元 | 112% |',
      '| 归母净利润 | 2.3亿元 | -4.7亿元 | 扭亏 |',
      '',
    ].join('\n');
    expect(complaintLines({ 'a.md': text })).toEqual(['magnitude-slip 38.6万元 vs 38.6亿元']);
    expect(complaintLines({ 'a.md': text.replace('38.6万元', '38.6亿元') })).toEqual([]);
  });
});

describe('a company named in Chinese and in English by no common name', () => {
  const ZH = [
    '---',
    'title: 星穹算力宣布建设天枢智算园区',
    'date: 2025-01-07',
    '---',
    '',
    '【本報訊】內地雲端算力營運商星穹算力昨日（1月6日）宣布，將於內蒙古興建「天樞」智算園區，總投資1,700億元人民幣（約236億美元，或約1,810億港元）。',
    '',
    '星穹算力表示，園區規劃部署32萬顆GPU，總電力容量1.2吉瓦。一期300兆瓦，二期及三期各450兆瓦。星穹算力去年9月完成120億元人民幣融資。',
    '',
  ].join('\n');
  const EN = [
    '---',
    'title: Stratos Compute plans AI campus in Inner Mongolia',
    'date: 2025-01-06',
    '---',
    '',
    'HOHHOT, Jan 6 (Asia Tech Dispatch) - Chinese cloud operator Stratos Compute said on Monday it will invest RMB 170 billion to build an AI data-centre campus.',
    '',
    'Stratos Compute plans up to 320,000 GPUs and 1.2 gigawatts of power. The first phase is 300 MW, the second and third 450 MW each. Stratos Compute raised RMB 12 billion last September.',
    '',
  ].join('\n');

  it('is one company where the two articles state the same figures, so a currency slip shows', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN.replace('invest RMB 170 billion', 'invest $170 billion') })).toEqual(['currency-mismatch 1,700億元人民幣 vs $170 billion']);
  });

  it('reads a second conversion in the brackets as a conversion, not a third investment', () => {
    expect(claimByText(analyse('zh.md', ZH).claims, '約1,810億港元').conversionOf).toBeDefined();
  });
});

describe('another year’s value given after a semicolon', () => {
  it('measures what the figure before it does, so a fiscal year’s growth is not set against the calendar year', () => {
    const text = [
      '晶衡半导体公布2025财年业绩。',
      '',
      '2025财年营收312.6亿元，同比增长16.4%；2024财年为268.5亿元。',
      '',
      '如果按2024日历年（1月至12月）统计，晶衡半导体营收为301.2亿元。',
      '',
    ].join('\n');
    expect(claimByText(analyse('a.md', text).claims, '268.5亿元').attribute).toBe('revenue');
    expect(findingsOf({ 'a.md': text }).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a rate against the quarter before', () => {
  it('is a measure of its own, never read as the growth a year-ago figure gives', () => {
    const text = [
      '封測廠穎宸先進封裝公布2024年第四季財報。第四季合併營收新台幣182.4億元，季增8.6%、年增31.5%；毛利率28.7%。',
      '',
      '| 項目 | 2024年第四季 | 2024年第三季 | 2023年第四季 |',
      '|---|---|---|---|',
      '| 合併營收 | 182.4億元 | 168.0億元 | 138.7億元 |',
      '',
    ].join('\n');
    const claims = analyse('tw.md', text).claims;
    expect([claimByText(claims, '8.6%').attribute, claimByText(claims, '31.5%').attribute]).toEqual(['sequential-growth:revenue', 'growth:revenue']);
    expect(findingsOf({ 'tw.md': text }).filter((f) => f.severity !== 'info')).toEqual([]);
  });
});

describe('a pair of folders by language, the translator named in the byline', () => {
  const EN = ['---', 'title: Qilan October deliveries', 'date: 2025-11-01', 'author: Dana Whitfield', '---', '', 'Qilan Auto delivered 31,862 vehicles in October. From January to October it exported 46,000 vehicles, mainly to Southeast Asia.', ''].join('\n');
  const ZH = ['---', 'title: 启澜汽车10月交付', 'date: 2025-11-02', 'author: 编译 孙嘉禾', '---', '', '启澜汽车10月交付新车31,862辆。1—10月累计出口4.6万辆，主要销往东南亚。', ''].join('\n');

  it('takes the side whose byline names a translator as the translation, and exports from January as a run of months', () => {
    expect(complaintLines({ 'en/deliveries.md': EN, 'zh/deliveries.md': ZH })).toEqual([]);
    expect(claimByText(analyse('zh.md', ZH).claims, '4.6万辆').period).toBe('2025-M01-M10');
    const wrong = EN.replace('From January to October it exported 46,000 vehicles', 'It exported 46,000 vehicles in October');
    const [finding] = findingsOf({ 'en/deliveries.md': wrong, 'zh/deliveries.md': ZH }).filter((f) => f.ruleId === 'translation-mismatch');
    expect(finding!.locations.map((l) => `${l.file} ${l.label} ${l.text}`)).toEqual(['zh/deliveries.md translation 4.6万辆', 'en/deliveries.md source 46,000 vehicles']);
  });
});

describe('a day shifted in a translation whose source also names the day by `今天`', () => {
  const ZH = [
    '---',
    'date: 2025-11-12',
    '---',
    '',
    '本报杭州11月12日电 电商平台禾风商城今天凌晨公布，今年“双11”购物季（10月20日至11月11日）期间，平台商品交易总额（GMV）达到4,186亿元，同比增长9.7%。',
    '',
    '禾风商城表示，参与购物季的消费者达到3.47亿名，客单价约1,206元。',
    '',
  ].join('\n');
  const EN = [
    '---',
    'date: 2025-11-12',
    '---',
    '',
    'HANGZHOU, November 12 — E-commerce platform Hefeng Mall said early on Wednesday that gross merchandise volume (GMV) during this year\'s "Double 11" shopping season, which ran from October 21 to November 11, reached 418.6 billion yuan, up 9.7% year on year.',
    '',
    'Hefeng Mall said 347 million consumers took part, spending about 1,206 yuan each on average.',
    '',
  ].join('\n');

  it('is found: the relative day is no figure left to pair the shifted day with', () => {
    expect(complaintLines({ 'gmv.zh.md': ZH, 'gmv.en.md': EN })).toEqual(['translation-mismatch October 21 vs 10月20日']);
  });
});
