import { describe, expect, it } from 'vitest';
import { analyse, bindingOf, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

const ZH = [
  '---',
  'title: 隼芯「隼-9」发布',
  'date: 2025-09-10',
  '---',
  '',
  '9月9日下午，深圳。隼芯科技正式推出新一代AI加速卡——**隼-9（KS-9）**。',
  '',
  '如果只记一个数字，请记住：**8.0TB/s**。这是隼-9的显存带宽，是上一代隼-7（3.2TB/s）的2.5倍。',
  '',
  '| 参数 | 隼-9 | 隼-7 |',
  '|---|---|---|',
  '| 显存带宽 | 8.0TB/s | 3.2TB/s |',
  '| 片间互联 | 1.8TB/s | 0.9TB/s |',
  '| FP8稠密算力 | 2400 TFLOPS | 1000 TFLOPS |',
  '',
].join('\n');

const EN = [
  '---',
  'title: Sunxin unveils KS-9 AI accelerator',
  'date: 2025-09-10',
  '---',
  '',
  'SHENZHEN - Sunxin Technology on Tuesday unveiled the KS-9, its next-generation AI accelerator.',
  '',
  'The chip pairs 192GB of HBM3E with 8.0 TB/s of memory bandwidth. Chip-to-chip traffic runs over its interconnect at 1.8 TB/s per chip, double the 0.9 TB/s of the previous-generation KS-7.',
  '',
].join('\n');

describe('an AI chip and its two bandwidths', () => {
  it('names a chip of one character where it is quoted or glossed, and its other versions', () => {
    expect(bindingOf('zh.md', ZH, '3.2TB/s')).toBe('隼-7 memory-bandwidth -');
    expect(bindingOf('en.md', EN, '8.0 TB/s')).toBe('ks-9 memory-bandwidth -');
  });

  it('reads memory and interconnect bandwidth apart, in a table whose header names only the chips', () => {
    expect(bindingOf('zh.md', ZH, '1.8TB/s')).toBe('隼-9 interconnect-bandwidth -');
    expect(bindingOf('en.md', EN, '1.8 TB/s').split(' ')[1]).toBe('interconnect-bandwidth');
    // 稠密 (dense) is a kind of compute, no company.
    expect(bindingOf('zh.md', ZH, '2400 TFLOPS').split(' ')[0]).toBe('隼-9');
  });

  it('finds nothing where two outlets agree, and reports the bandwidth one of them gets wrong', () => {
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN })).toEqual([]);
    expect(complaintLines({ 'zh.md': ZH, 'en.md': EN.replace('8.0 TB/s', '6 TB/s') })).toEqual(['conflicting-figure 8.0TB/s vs 6 TB/s']);
  });
});

describe('a wire story’s dateline', () => {
  it('is the day the story was filed, not the day of what it tells', () => {
    const en = 'HANGZHOU, March 19 (The Compute Ledger) - Qingyan Lab released the weights of its Yan-4 large language model late on Tuesday, March 18.\n';
    expect(bindingOf('en.md', en, 'March 19').split(' ')[1]).toBe('-');
    expect(bindingOf('en.md', en, 'March 18').split(' ')[1]).toBe('release-date');
    const zh = '新华社北京3月19日电 青衍实验室3月18日发布衍-4模型。\n';
    expect(bindingOf('zh.md', zh, '3月19日').split(' ')[1]).toBe('-');
    expect(bindingOf('zh.md', zh, '3月18日').split(' ')[1]).toBe('release-date');
  });
});

describe('editions of a model, a figure quoted to be corrected, and a table in 新台幣億元', () => {
  it('takes a model’s Chinese editions for models of their own', () => {
    const table = [
      'Heng-3 是深衡智能的开源大模型，提供两个版本。',
      '',
      '| 版本 | 总参数 | 激活参数 | 上下文 |',
      '|---|---|---|---|',
      '| Heng-3 标准版 | 5120亿 | 320亿 | 128K |',
      '| Heng-3 企业版 | 5120亿 | 320亿 | 1M |',
      '',
    ].join('\n');
    expect(bindingOf('a.md', table, '128K')).toBe('heng-3 标准版 context-window -');
    expect(bindingOf('a.md', table, '1M')).toBe('heng-3 企业版 context-window -');
  });

  it('binds no measure to a figure quoted as wrong', () => {
    const tw = '【更正】有自媒體稱「Heng-3啟用參數達5120億」，此說有誤。5120億是總參數；每個token實際啟用的參數是320億。\n';
    expect(analyse('tw.md', tw).claims.find((c) => c.start === tw.indexOf('5120億'))!.attribute).toBeUndefined();
  });

  it('reads a table’s figures in the currency and scale its header names', () => {
    const table = '| 月份 | 營收（新台幣億元） | 月增率 |\n|---|---|---|\n| 10月 | 482.6 | -4.2% |\n';
    const c = claimByText(analyse('b.md', table).claims, '482.6');
    expect([c.value, c.currency]).toEqual([48260000000, 'TWD']);
  });
});

describe('a plan in Taiwan’s spelling', () => {
  it('makes the figure after it a target', () => {
    const tw = '明曜智能目前員工約420人，計畫在2026年底前擴編至800人左右。\n';
    expect(bindingOf('tw.md', tw, '800人左右').split(' ')[1]).toBe('headcount:target');
  });
});

describe('a table of chips in English', () => {
  it('reads Mem BW and a bidirectional interconnect as the two bandwidths', () => {
    const table = 'Quick comparison of the Fulcrum chips.\n\n| Model | HBM | Mem BW | Interconnect (bi-dir) |\n|---|---|---|---|\n| FS-800 | 96GB HBM3 | 3.2TB/s | 600GB/s |\n';
    expect(bindingOf('t.md', table, '3.2TB/s').split(' ')[1]).toBe('memory-bandwidth');
    expect(bindingOf('t.md', table, '600GB/s').split(' ')[1]).toBe('interconnect-bandwidth');
  });
});

describe('experts of a mixture-of-experts model', () => {
  it('are counted experts, not active parameters', () => {
    const zh = 'Tide-2一共有160个专家，每个token会被路由到其中的8个，激活参数合计约320亿。\n';
    expect(bindingOf('a.md', zh, '160个').split(' ')[1]).toBe('-');
  });
});

describe('a market’s figure the company only cites, and a fab’s yield', () => {
  it('binds the market’s figure to no company, and reads 良率 as a yield', () => {
    const en = 'Helix Dynamics delivered 1,800 robots last year. Humanoid robot shipments across China totalled roughly 13,000 units last year, according to industry estimates cited by the company.\n';
    expect(bindingOf('en.md', en, 'roughly 13,000 units').split(' ')[0]).toBe('-');
    expect(bindingOf('zh.md', '华芯存储透露，HBM3E目前综合良率为72%。\n', '72%').split(' ')[1]).toBe('yield-rate');
  });
});

describe('a figure set against another measure after it', () => {
  it('is not that measure', () => {
    const zh = '云舶智算（Nimbora Cloud）宣布融资。12亿美元的投入相当于云舶智算去年营收的将近4倍。\n';
    expect(bindingOf('a.md', zh, '12亿美元').split(' ')[1]).not.toBe('revenue');
  });
});

describe('a gap to a goal and deliveries abroad', () => {
  it('reads what a result beat its range’s bound by as no result, and deliveries outside mainland China as overseas', () => {
    const hk = '華穹雲早前預期本季收入介乎120億至124億元，實際數字高出上限2億元。\n';
    expect(bindingOf('hk.md', hk, '2億元').split(' ')[1]).not.toBe('revenue');
    const en = 'Solstice Motors delivered 32,160 vehicles in November. Solstice delivered 2,410 vehicles outside mainland China in November.\n';
    expect(bindingOf('en.md', en, '2,410 vehicles').split(' ')[1]).toBe('shipments:overseas');
  });
});

describe('the accelerators a model was trained on', () => {
  it('are its training GPUs, in either language, and its training data no GPU count', () => {
    expect(bindingOf('en.md', 'Meridian-R2 was trained on 36,000 GPUs over 58 days on roughly 18 trillion tokens of data.\n', '36,000 GPUs').split(' ')[1]).toBe('training-gpus');
    const zh = '技术报告披露，深衡-R2在2.4万张GPU上训练了58天，训练数据约18万亿tokens。\n';
    expect(bindingOf('zh.md', zh, '2.4万张GPU').split(' ')[1]).toBe('training-gpus');
    expect(bindingOf('zh.md', zh, '约18万亿tokens').split(' ')[1]).not.toBe('training-gpus');
  });
});

describe('labs named like research firms', () => {
  it('finds a lab an article introduces as one, glossed or not, and leaves a research firm a source', () => {
    const zh = '1月6日晚，深衡智能（Meridian Intelligence）毫无预兆地宣布完成5亿美元融资。\n';
    expect(bindingOf('zh.md', zh, '5亿美元').split(' ')[0]).toBe('深衡');
    const en = 'Chinese AI lab Meridian Intelligence released a model on Tuesday. Meridian Intelligence said revenue rose 20% to $41 million.\n';
    expect(bindingOf('en.md', en, '$41 million').split(' ')[0]).toBe('meridian');
    const firm = 'Market research firm Mordor Intelligence said the market grew 20% to $5 billion. Mordor Intelligence expects more.\n';
    expect(bindingOf('firm.md', firm, '$5 billion').split(' ')[0]).toBe('-');
  });
});
