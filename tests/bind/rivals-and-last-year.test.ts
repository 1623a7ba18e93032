import { describe, expect, it } from 'vitest';
import { analyse, complaintLines, findingsOf, measuredAs } from '../check/crosscheck-helpers.js';

describe('last year’s figures', () => {
  it('keeps `去年2月` last year’s in an article with no date, so the dated articles’ February does not take it', () => {
    const text = '（本报讯）海翔航空公布2月运营数据。去年2月，公司客座率为82.7%，旅客运输量为521.6万人次。\n';
    expect(measuredAs('a.txt', text, '521.6万人次', true)).toBe('passenger-traffic - last-year-02');
    const dated = '---\ndate: 2026-03-12\n---\n\n海翔航空公布2月运营数据。去年2月，公司客座率为82.7%，旅客运输量为521.6万人次。\n';
    expect(measuredAs('b.md', dated, '521.6万人次', true)).toBe('passenger-traffic - 2025-02');
  });

  it('dates each clause of a deal by the year that opens its sentence', () => {
    const text = [
      '---',
      'date: 2026-03-10',
      '---',
      '',
      '岭泽医药宣布与Norvance达成授权协议，交易总额最高12亿美元。岭泽医药股价随后上涨。',
      '',
      '这并非岭泽医药首次出海授权。2024年，公司曾将候选药物LZ-1807的海外权益授权给Veltris Bio，首付款3000万美元，交易总额最高4.6亿美元。',
      '',
    ].join('\n');
    expect(measuredAs('a.md', text, '最高4.6亿美元', true)).toBe('deal-value 岭泽 2024');
  });

  it('reports, between two articles, the one whose figure the third gives as the year before’s', () => {
    const release = (name: string, body: string) => `---\ndate: 2026-03-20\n---\n\n# ${name}\n\n${body}\n`;
    const files = {
      // One source each way, and the first file by name is the one that slipped.
      'a-local.md': release('岭泽医药年报', '岭泽医药3月20日发布年报，岭泽医药2025年研发投入9.8亿元。'),
      'b-wire.md': release('Lingze Pharmaceutical 2025 results', 'Lingze Pharmaceutical (688517.SH) said on March 20 that its R&D spending reached 1.24 billion yuan in 2025.'),
      // The figure of the year before, as a third outlet writes it: 9.8亿元 was 2024's.
      'c-brief.md': release('岭泽医药发布2025年年报', '岭泽医药3月20日公布2025年年报。岭泽医药2024年研发投入9.8亿元。'),
    };
    expect(complaintLines(files)).toEqual(['conflicting-figure 9.8亿元 vs 1.24 billion yuan']);
  });
});

describe('rivals', () => {
  const ARTICLE = [
    '---',
    'date: 2026-03-25',
    '---',
    '',
    '# 芯岳科技2025年营收增长38.5%',
    '',
    '芯岳科技3月25日晚间发布2025年年报，全年实现营业收入86.72亿元，同比增长38.5%。',
    '',
    '年报显示，芯岳科技2024年营业收入为62.61亿元，归母净利润为12.06亿元。',
    '',
    '行业方面，同为国产设备厂商的华钧半导体2025年实现营业收入58.3亿元，同比增长24.7%；归母净利润9.42亿元，同比增长18.6%。',
    '',
  ].join('\n');

  it('gives a rival’s figures after a semicolon no guess of the article’s company', () => {
    expect(measuredAs('a.md', ARTICLE, '9.42亿元')).toBe('profit -');
    expect(measuredAs('a.md', ARTICLE, '58.3亿元')).toBe('revenue -');
  });

  it('does not work out a growth rate from a rival’s figure and the company’s of the year before', () => {
    const wire = [
      '---',
      'date: 2026-03-26',
      '---',
      '',
      'Xinyue Technology said revenue rose 38.5% to 8.672 billion yuan in 2025, from 6.261 billion yuan in 2024.',
      '',
      'Rival Huajun Semiconductor last week reported 2025 revenue of 5.83 billion yuan, up 24.7%.',
      '',
    ].join('\n');
    expect(analyse('b.md', wire).findings.filter((f) => f.ruleId === 'conflicting-figure')).toEqual([]);
    expect(analyse('a.md', ARTICLE).findings.filter((f) => f.ruleId === 'conflicting-figure')).toEqual([]);
  });

  it('gives the figures of a company’s rival, named in an apposition, not to the company', () => {
    const text = [
      'Meichuan Port Group results',
      '',
      'Meichuan Port Group handled 24.36 million TEU in 2025, Meichuan Port Group said.',
      '',
      "Neighbouring Cangyu Port, Meichuan's main regional rival, handled 15.8 million TEU in 2025, up 4.5%.",
      '',
    ].join('\n');
    expect(measuredAs('a.txt', text, '15.8 million TEU')).toBe('cargo-throughput -');
    expect(measuredAs('b.txt', '湄川港口集团公布数据，湄川港口集团全年完成集装箱吞吐量2436万标箱。湄川港口集团的主要竞争对手沧屿港全年完成吞吐量1580万标箱。\n', '1580万标箱')).toBe('cargo-throughput -');
  });

  it('dates a quarter’s figure by its quarter, not by a month named before it in its clause', () => {
    const text = '---\ndate: 2025-06-03\n---\n\nHaoqi Auto president Zheng said June deliveries were expected at 50,000 to 53,000 vehicles and second-quarter deliveries at 140,000, Haoqi Auto said.\n';
    // (Not `XXXX-06`: the quarter stands between the month and the figure.)
    expect(measuredAs('a.md', text, '140,000', true)).toBe('shipments haoqi XXXX-Q2');
  });

  it('reads a price a share closed `higher at` as the closing price, not the market value after it', () => {
    const text = '---\ndate: 2026-03-12\n---\n\nHaixiang Airlines shares closed 1.9% higher at 6.48 yuan on Thursday, giving the company a market value of about 41.2 billion yuan.\n';
    expect(measuredAs('a.md', text, '6.48 yuan')).toMatch(/^closing-price /);
  });
});

describe('a Taiwanese paper’s results of a mainland maker', () => {
  const TAIWAN_PAPER = [
    '陸半導體設備廠芯岳科技去年獲利大增',
    '2026/03/28 14:30',
    '',
    '〔科技財訊記者張育銘／台北報導〕中國大陸半導體設備大廠芯岳科技27日晚間公布2025年財報，全年營收人民幣86.72億元，年增38.5%。',
    '',
    '獲利方面，芯岳去年歸屬母公司淨利為人民幣18.35億元，年增52.1%；扣除非經常性損益後淨利16.92億元，年增47.8%。',
    '',
  ].join('\n');

  it('finds a company after `大廠` and before a day of the month, and reads `淨利` as profit', () => {
    expect(measuredAs('a.txt', TAIWAN_PAPER, '人民幣18.35億元', true)).toBe('profit 芯岳 2025');
  });

  it('keeps the growth of a profit without one-off items apart from the profit’s', () => {
    expect(measuredAs('a.txt', TAIWAN_PAPER, '52.1%')).toBe('growth:profit 芯岳');
    expect(measuredAs('a.txt', TAIWAN_PAPER, '47.8%')).toBe('growth:profit:non-gaap 芯岳');
  });

  it('reads a quarter written in digits (`第2季`)', () => {
    const text = '---\ndate: 2026-08-28\n---\n\n晶拓新能源（688512.SH）27日晚間公布上半年財報，第2季營收141.2億元人民幣，年減6.3%；歸屬母公司淨利5.08億元人民幣，年減48.5%。累計上半年，晶拓新能源歸屬母公司淨利為2.94億元人民幣。\n';
    expect(measuredAs('a.md', text, '141.2億元人民幣', true)).toBe('revenue 晶拓 2026-Q2');
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });
});

describe('an annual report’s figures', () => {
  it('are of the year of the annual report their paragraph names, through the sentences a semicolon joins', () => {
    const text = '（本报讯）芯岳科技日前披露2025年年度报告。报告期内，公司实现营业收入86.72亿元，同比增长38.5%；归属于上市公司股东的净利润18.53亿元，同比增长52.1%。芯岳科技表示将继续加大研发投入。\n';
    expect(measuredAs('a.txt', text, '18.53亿元', true)).toBe('profit 芯岳 2025');
  });

  it('between two articles that state one change two ways, take the way a third states with no year', () => {
    const release = (body: string) => `---\ndate: 2026-03-30\n---\n\n${body}\n`;
    const files = {
      'a-hk.md': release('澄灣置地（1628）公布2025年全年業績。澄灣置地2025年合約銷售額612.4億元人民幣，按年上升18.4%。'),
      'b-daily.md': release('澄湾置地公布2025年全年业绩。澄湾置地2025年合约销售额612.4亿元，同比下降18.4%。'),
      'c-wire.txt': 'Chengwan Land Holdings said on Monday its contracted sales fell 18.4% to 61.24 billion yuan, Chengwan Land Holdings said.\n',
    };
    expect(complaintLines(files)).toEqual(['conflicting-figure 18.4% vs 18.4%']);
    const finding = findingsOf(files).find((f) => f.ruleId === 'conflicting-figure')!;
    expect(finding.locations[0]!.file).toBe('a-hk.md');
  });
});

describe('periods of a breakdown and of a comparison', () => {
  it('keeps the quarter of a breakdown after `其中` off the total before it', () => {
    const text = '---\ndate: 2024-10-22\n---\n\n前三季度，星禾通信5G套餐用户累计净增2,865万户，其中第三季度净增1,175万户。\n';
    expect(measuredAs('a.md', text, '2,865万户', true)).toBe('change:5g-subscribers - 2024-Q1-Q3');
  });

  it('reads `than in the same period last year` as the base, not the figure’s year', () => {
    const text = '---\ndate: 2024-10-22\n---\n\nBy end-September, Xinghe Telecom had opened a cumulative 1.187 million 5G base stations in the first three quarters, about 21,000 fewer than in the same period last year, Xinghe Telecom said.\n';
    expect(measuredAs('a.md', text, '1.187 million', true)).toMatch(/2024-Q1-Q3$/);
  });

  it('reads `after three quarters` as a stretch of time, no share', () => {
    const text = "---\ndate: 2024-10-22\n---\n\n# Xinghe Telecom's 5G package subscribers reach 241.7 million after three quarters\n";
    expect(analyse('a.md', text).claims.map((c) => c.text)).toEqual(['241.7 million']);
  });
});
