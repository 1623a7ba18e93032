import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyse, complaints, findingsOf } from '../check/crosscheck-helpers.js';
import type { Claim } from '../../src/model/claim.js';
import { claimId } from '../../src/extract/claim-id.js';

const byText = (claims: readonly Claim[], text: string) => {
  const c = claims.find((x) => x.text === text);
  if (!c) throw new Error(`no claim "${text}" among ${claims.map((x) => x.text).join(' | ')}`);
  return c;
};

describe('bindClaims', () => {
  it('binds list items to their own models, in both languages (seed 001)', () => {
    const { claims } = analyse('001.txt', readFileSync('seeds/001_6a6492fba01fcc35.txt', 'utf8'));
    const expected: [string, string][] = [
      ['300 亿参数', 'nemotron-3-nano'], ['1000 亿', 'nemotron-3-super'], ['5000 亿', 'nemotron-3-ultra'],
      ['30B parameters', 'nemotron-3-nano'], ['100B', 'nemotron-3-super'], ['500B', 'nemotron-3-ultra'],
    ];
    for (const [text, subject] of expected) {
      const c = byText(claims, text);
      expect(c.subject?.id, text).toBe(subject);
      expect(c.subject!.confidence).toBeGreaterThanOrEqual(0.6);
      expect(c.attribute, text).toBe('parameters');
    }
  });

  it('keeps a family list that names no members from speaking for the family (seed 000)', () => {
    const { claims } = analyse('000.txt', readFileSync('seeds/000_d5714ceddf0fc169.txt', 'utf8'));
    for (const text of ['300亿', '1000亿', '5000亿参数']) {
      const c = byText(claims, text);
      expect(c.subject?.id).toBe('nemotron-3');
      expect(c.subject!.confidence).toBeLessThan(0.6);
    }
  });

  it('lets a figure named right after its subject speak for it, beside a price a title line runs into', () => {
    // A headline without a full stop runs into the next sentence: its price is tied to Kimi K3
    // too loosely to be compared, and must not make the sentence's own figure a list item.
    const en = analyse('a.md', 'Vireo launches X9 Ultra at 7,100 yuan as memory costs squeeze Android flagships According to Bloomberg, training Kimi K3 cost roughly ¥46M.\n').claims;
    expect(byText(en, 'roughly ¥46M')).toMatchObject({ subject: { id: 'kimik3', confidence: 0.9 }, attribute: 'training-cost' });
    expect(byText(en, '7,100 yuan').subject!.confidence).toBeLessThan(0.6);
    // Tied to the name after it in its clause, the price still does not make a list with the budget.
    const budget = analyse('c.md', "Vireo launches X9 Ultra at 7.5K yuan as memory costs squeeze Android flagships Microsoft's 2025 R&D budget totaled CNY 9.3 billion.\n").claims;
    expect(byText(budget, 'CNY 9.3 billion')).toMatchObject({ subject: { id: 'microsoft', confidence: 0.9 }, attribute: 'rnd-spend', period: '2025' });
    expect(byText(budget, '7.5K yuan').subject!.confidence).toBeLessThan(0.6);
    // A figure and the one it grew from: the first speaks for the company, the earlier, of a time
    // not said, is not compared.
    const capex = analyse('d.md', 'TSMC raised capex to $42 billion for 2026, up from about $40 billion.\n').claims;
    expect(byText(capex, '$42 billion')).toMatchObject({ subject: { id: 'tsmc', confidence: 0.9 }, attribute: 'capex', period: '2026' });
    expect(byText(capex, 'about $40 billion').attributeConfidence).toBeLessThan(0.6);
    // A name far after the figure in a run-on sentence is not its subject; one right after it is.
    const far = analyse('e.md', 'Vireo launches X9 Ultra at 6,200 yuan as memory costs squeeze Android flagships NVIDIA is investing heavily in sovereign AI.\n').claims;
    expect(byText(far, '6,200 yuan').subject?.confidence ?? 0).toBeLessThan(0.6);
    const near = analyse('f.md', 'A $20 billion licensing deal with Groq was signed on Christmas Eve.\n').claims;
    expect(byText(near, '$20 billion').subject).toMatchObject({ id: 'groq', confidence: 0.75 });
    // Two figures both tied to a name after them are still a list: neither speaks for Tencent.
    const zh = analyse('b.md', '启程汽车Q3财报：单季营收人民币350亿元创新高，净亏损收窄至6.9亿元人民币腾讯在2025年三季度的营收为人民币1400亿元。\n').claims;
    for (const text of ['人民币350亿元', '6.9亿元人民币']) expect(byText(zh, text).subject?.confidence ?? 0, text).toBeLessThan(0.6);
  });

  it('takes the nearest subject of the clause and the attribute keyword next to the figure', () => {
    const { claims } = analyse('a.md', 'Public records show that Xiaomi reported third-quarter 2025 revenue of RMB 370B, beating expectations. Tencent currently employs 110,000 people worldwide.\n');
    expect(byText(claims, 'RMB 370B')).toMatchObject({ subject: { id: 'xiaomi' }, attribute: 'revenue', period: '2025-Q3' });
    expect(byText(claims, '110,000 people')).toMatchObject({ subject: { id: 'tencent' }, attribute: 'headcount' });
  });

  it('reads Chinese periods, quarters and durations', () => {
    const { claims } = analyse('a.txt', '2025年第三季度，阿里巴巴实现营收2478亿元。\n短短30天内，英伟达的市值减少了1.5万亿美元。\n');
    expect(byText(claims, '2478亿元')).toMatchObject({ subject: { id: 'alibaba' }, attribute: 'revenue', period: '2025-Q3' });
    expect(byText(claims, '1.5万亿美元')).toMatchObject({ subject: { id: 'nvidia' }, attribute: 'market-value-change', period: 'P30D' });
  });

  it('takes people counted with 名 or 位 before another noun for that noun, not a headcount', () => {
    const { claims } = analyse('a.txt', 'OpenAI另外3位联合创始人来自高校，每年培养约800名专业人才。OpenAI目前有约3000名员工。\n');
    expect(byText(claims, '3位').attribute).toBeUndefined();
    expect(byText(claims, '约800名').attribute).toBeUndefined();
    expect(byText(claims, '约3000名员工')).toMatchObject({ subject: { id: 'openai' }, attribute: 'headcount' });
  });

  it('says in the attribute what a price is per, in either language, and keeps it from plain prices', () => {
    const { claims } = analyse('a.txt', '极光云将输入价格由每百万tokens 4元降至0.8元。北辰云的输出价格为2.4元/百万tokens。\nOpenAI prices GPT-5 input at $1.25 per million tokens.\n小米汽车售价为21.59万元，每年的保养费用约为2000元。\n');
    // Input and output tokens are priced apart.
    for (const text of ['4元', '0.8元', '$1.25']) expect(byText(claims, text).attribute, text).toBe('price:per-1M-token:input');
    expect(byText(claims, '2.4元').attribute).toBe('price:per-1M-token:output');
    expect(byText(claims, '21.59万元').attribute).toBe('price');
    // Per year is a period, not a unit of what is sold.
    expect(byText(claims, '约为2000元').attribute ?? '').not.toContain(':per-');
  });

  it('never takes what a measure word such as 片 counts for a headcount', () => {
    const { claims } = analyse('a.txt', '江澜半导体月产十二万片的晶圆厂即将开建超过99%的Groq员工将加入英伟达。Groq目前有约400名员工。\n');
    expect(byText(claims, '十二万片').attribute).toBeUndefined();
    expect(byText(claims, '约400名员工')).toMatchObject({ subject: { id: 'groq' }, attribute: 'headcount' });
  });

  it('takes the duration nearest to the figure, in its clause first, when a sentence states two', () => {
    // A headline without a full stop runs into the next sentence: its 15 months are not the market value's.
    const { claims } = analyse('a.txt', '深衡智能估值15个月涨至3.5倍短短30天内，英伟达的市值减少了1.1万亿美元。\n');
    expect(byText(claims, '1.1万亿美元')).toMatchObject({ subject: { id: 'nvidia' }, attribute: 'market-value-change', period: 'P30D' });
    expect(byText(claims, '3.5倍').period).toBe('P15M');
  });

  it('ends a duration where the sentence moves on to another figure and another name', () => {
    const glued = analyse('a.txt', '深衡智能投后估值四十九亿美元，15个月涨至3.6倍AMD目前在全球拥有15万名员工。\n').claims;
    expect(byText(glued, '3.6倍').period).toBe('P15M');
    expect(byText(glued, '15万名员工')).toMatchObject({ subject: { id: 'amd' }, attribute: 'headcount' });
    expect(byText(glued, '15万名员工').period).toBeUndefined();
    const drop = analyse('b.txt', 'DeepSeek R1的发布直接触发了英伟达股价单日暴跌15%，市值蒸发1.1万亿美元。\n').claims;
    expect(byText(drop, '1.1万亿美元')).toMatchObject({ subject: { id: 'nvidia' }, period: 'P1D' });
  });

  it("takes the year of the figure's own clause, and reads relative years against the publication date", () => {
    const text = 'Meta plans to spend $70 billion next year, up from about $52 billion in 2025.\n\nMeta计划明年资本开支700亿美元，高于2025年的约520亿美元。\n\n去年，微软的资本开支为300亿美元。\n';
    const dated = analyse('a.md', `---\ndate: 2025-10-30\n---\n\n${text}`).claims;
    expect(byText(dated, '$70 billion').period).toBe('2026');
    expect(byText(dated, 'about $52 billion').period).toBe('2025');
    expect(byText(dated, '700亿美元').period).toBe('2026');
    expect(byText(dated, '约520亿美元').period).toBe('2025');
    // The year of another clause still serves when the figure's clause names none.
    expect(byText(dated, '300亿美元').period).toBe('2024');
    const undated = analyse('a.txt', text).claims;
    expect(byText(undated, '$70 billion').period).toBe('next-year');
    expect(byText(undated, '300亿美元').period).toBe('last-year');
  });

  it('lends the period of a sentence to the next one when a semicolon joins them and it names none', () => {
    const { claims } = analyse('a.txt', '2025年上半年，寒武纪实现营业收入28.81亿元，同比增长4347.82%；归母净利润10.38亿元。2024年净利润为负；今年预计扭亏。\n');
    expect(byText(claims, '10.38亿元')).toMatchObject({ subject: { id: 'cambricon' }, attribute: 'profit', period: '2025-H1' });
    expect(byText(claims, '28.81亿元')).toMatchObject({ subject: { id: 'cambricon' }, attribute: 'revenue', period: '2025-H1' });
  });

  it('reads the first three quarters as a period of their own, and no amount as a year', () => {
    const { claims } = analyse('a.txt', '第三季度，比亚迪实现营收1949.85亿元；归母净利润为78.2亿元。\n\n前三季度，比亚迪累计营收约5662.7亿元。\n\nIn the first nine months of 2025, Xiaomi revenue was RMB 340 billion.\n');
    expect(byText(claims, '78.2亿元')).toMatchObject({ subject: { id: 'byd' }, attribute: 'profit', period: 'XXXX-Q3' });
    expect(byText(claims, '约5662.7亿元')).toMatchObject({ subject: { id: 'byd' }, attribute: 'revenue', period: 'XXXX-Q1-Q3' });
    expect(byText(claims, 'RMB 340 billion')).toMatchObject({ subject: { id: 'xiaomi' }, attribute: 'revenue', period: '2025-Q1-Q3' });
  });

  it("does not lend a figure that measures something of its own clause another clause's attribute", () => {
    const { claims } = analyse('a.txt', 'DeepSeek至今没有进行过任何外部融资，母公司幻方量化管理的资金规模约为600亿元。\n\n月之暗面完成了规模为5亿美元的新一轮融资。\n');
    expect(byText(claims, '约为600亿元').attributeConfidence).toBeLessThan(0.6);
    expect(byText(claims, '5亿美元')).toMatchObject({ subject: { id: 'moonshot' }, attribute: 'funding-round' });
    expect(byText(claims, '5亿美元').attributeConfidence).toBeGreaterThanOrEqual(0.6);
  });

  it("takes a business's revenue for that business's, not the company's total", () => {
    const { claims } = analyse('a.txt', '小米第三季度总收入为1131亿元，其中智能手机收入为460亿元。\n\nAmazon reported third-quarter revenue of $180 billion; AWS cloud revenue was $33 billion.\n');
    expect(byText(claims, '1131亿元')).toMatchObject({ subject: { id: 'xiaomi' }, attribute: 'revenue' });
    expect(byText(claims, '460亿元')).toMatchObject({ subject: { id: 'xiaomi' }, attribute: 'revenue:smartphone' });
    expect(byText(claims, '$180 billion')).toMatchObject({ subject: { id: 'amazon' }, attribute: 'revenue' });
    expect(byText(claims, '$33 billion')).toMatchObject({ subject: { id: 'amazon' }, attribute: 'revenue:cloud' });
  });

  it('knows the companies business news names beyond AI (batteries, memory, assembly), in both scripts', () => {
    const { claims } = analyse('a.txt', '2024年，宁德时代全年营收3620亿元。\n\n鴻海第三季營收達新台幣2.06兆元。\n\nSK Hynix posted operating profit of 11.4 trillion won in the third quarter of 2025.\n');
    expect(byText(claims, '3620亿元')).toMatchObject({ subject: { id: 'catl' }, attribute: 'revenue', period: '2024' });
    expect(byText(claims, '新台幣2.06兆元')).toMatchObject({ subject: { id: 'foxconn' }, attribute: 'revenue' });
    expect(byText(claims, '11.4 trillion won')).toMatchObject({ subject: { id: 'sk-hynix' }, attribute: 'operating-income', period: '2025-Q3' });
  });

  it('lets a narrower attribute refine the one a unit implies', () => {
    const { claims } = analyse('a.md', 'Kimi K2 activates 32B parameters per token.\n');
    expect(byText(claims, '32B parameters')).toMatchObject({ subject: { id: 'kimi-k2' }, attribute: 'active-parameters' });
  });

  it('marks a stated conversion and binds it like the amount it converts', () => {
    const { claims } = analyse('a.txt', '英伟达2025年第三季度营收为570亿美元（约合4050亿元人民币）。\n');
    const usd = byText(claims, '570亿美元');
    const cny = claims.find((c) => c.currency === 'CNY')!;
    expect(cny.conversionOf).toBe(claimId(usd));
    expect(cny.conversionOf).toBe(`a.txt#${usd.start}-${usd.end}`);
    expect(cny).toMatchObject({ subject: { id: 'nvidia' }, attribute: 'revenue', period: '2025-Q3' });
  });

  it('binds a deal to all the companies its sentence names', () => {
    const { claims } = analyse('a.txt', '英伟达以约200亿美元的非排他授权方式与Groq达成合作。\n');
    expect(byText(claims, '约200亿美元')).toMatchObject({ subject: { id: 'groq+nvidia' }, attribute: 'deal-value' });
  });

  it('reads a table row: subject from the first cell, attribute from the column header', () => {
    const text = '| 模型 | 训练成本 | 参数 |\n| --- | ---: | ---: |\n| Kimi K3 | 4400万美元 | 1.1万亿 |\n';
    const { claims } = analyse('t.md', text);
    expect(byText(claims, '4400万美元')).toMatchObject({ subject: { id: 'kimik3', confidence: 0.9 }, attribute: 'training-cost' });
    expect(byText(claims, '1.1万亿')).toMatchObject({ subject: { id: 'kimik3' }, attribute: 'parameters' });
  });

  it('reads each table\'s rows by its own header, and a table without one gives no attribute', () => {
    const text = [
      '| 模型 | 训练成本 |\n| --- | ---: |\n| Kimi K3 | 4400万美元 |',
      '',
      '| 模型 | 参数 |\n| --- | ---: |\n| Kimi K3 | 1.1万亿 |',
      '',
      '| Kimi K3 | 2.2万亿 |',
    ].join('\n');
    const { claims } = analyse('t.md', text);
    expect(byText(claims, '4400万美元').attribute).toBe('training-cost');
    expect(byText(claims, '1.1万亿').attribute).toBe('parameters');
    expect(byText(claims, '2.2万亿').attribute).toBeUndefined();
  });

  it('gives the growth of a business\'s revenue to the business, in sentences and table headers of both languages', () => {
    const text = [
      '阿里巴巴云业务收入同比增长34%。',
      '阿里巴巴的云计算业务营收同比增幅达到35%。',
      "Alibaba's cloud revenue grew 36% year over year.",
      'Alibaba said its cloud business expanded 37% from a year earlier.',
      "Alibaba's revenue grew 8% while its cloud business expanded 38%.",
      '',
      '| 公司 | 云业务同比增长 |\n| --- | --- |\n| 阿里巴巴 | 39% |',
      '',
      '| Company | Cloud revenue growth (YoY) |\n| --- | --- |\n| Alibaba | 40% |',
    ].join('\n');
    const { claims } = analyse('t.md', text);
    const growth = (t: string) => byText(claims, t).attribute;
    expect(['34%', '35%', '36%', '37%', '38%', '39%', '40%'].map(growth)).toEqual(Array(7).fill('growth:cloud'));
    expect(growth('8%')).toBe('growth:revenue');
  });

  it('reads 收入占比 / share of revenue as the same attribute', () => {
    const text = '| 公司 | AI业务收入占比 |\n| --- | --- |\n| 阿里 | 五分之一 |\n\n| Company | AI share of revenue |\n| --- | --- |\n| Alibaba | one-fifth |\n';
    const { claims } = analyse('t.md', text);
    expect([byText(claims, '五分之一'), byText(claims, 'one-fifth')].map((c) => [c.subject?.id, c.attribute])).toEqual([
      ['alibaba', 'revenue-share:ai'],
      ['alibaba', 'revenue-share:ai'],
    ]);
  });

  it('takes names added to the alias table', async () => {
    const { withAliases } = await import('../../src/bind/entity-mentions.js');
    const { bindClaims } = await import('../../src/bind/bind-claims.js');
    const { extractClaims } = await import('../../src/extract/extract-claims.js');
    const { docFrom } = await import('../helpers.js');
    const doc = docFrom('a.txt', '艾克米公司2025年营收为12亿美元。\n');
    const claims = bindClaims(doc, extractClaims(doc), withAliases({ Acme: ['艾克米公司', 'Acme Corp'] }));
    expect(claims.find((c) => c.kind === 'money')).toMatchObject({ subject: { id: 'acme' }, attribute: 'revenue', period: '2025' });
    const nv = docFrom('b.txt', '辉达2025年营收为1300亿美元。\n');
    expect(bindClaims(nv, extractClaims(nv), withAliases({ Nvidia: ['辉达'] })).find((c) => c.kind === 'money')?.subject?.id).toBe('nvidia');
  });

  it('does not read a short model name without its family nearby', () => {
    const { claims } = analyse('a.md', 'The Super plan costs $20 per month.\n');
    expect(claims[0]?.subject).toBeUndefined();
  });
});

describe('bindClaims: what a company reports of itself', () => {
  const attributeOf = (text: string, figure: string) => byText(analyse('a.md', text).claims, figure).attribute;

  it('tells a net loss, an adjusted net loss and an operating loss from revenue', () => {
    const text = '财报显示，小米2025年第三季度实现总营收人民币312.6亿元，净亏损为9.7亿元；non-GAAP净亏损仅为7.1亿元，经营亏损为12.3亿元。\n';
    expect(['人民币312.6亿元', '9.7亿元', '7.1亿元', '12.3亿元'].map((f) => attributeOf(text, f))).toEqual([
      'revenue', 'net-loss', 'net-loss:non-gaap', 'operating-loss',
    ]);
    expect(attributeOf('Xiaomi posted a net loss of $1.2 billion for the quarter.\n', '$1.2 billion')).toBe('net-loss');
  });

  it('keeps funding rounds apart by their letter', () => {
    const text = '2024年9月，月之暗面完成1.8亿美元A轮融资；2025年12月，月之暗面完成6亿美元B轮融资。\n';
    expect([attributeOf(text, '1.8亿美元'), attributeOf(text, '6亿美元')]).toEqual(['funding-round:series-a', 'funding-round:series-b']);
  });

  it('reads no headcount in people a noun before the figure names (developers, researchers)', () => {
    const text = '截至三季度末，小米全球员工约3.4万名，其中研发人员约1.2万名。小米服务的付费开发者约17万名。\n';
    const { claims } = analyse('a.md', text);
    expect(byText(claims, '约3.4万名').attribute).toBe('headcount');
    expect(byText(claims, '约17万名').attribute).toBeUndefined();
    const researchers = byText(claims, '约1.2万名');
    expect(researchers.attribute === 'headcount' && (researchers.attributeConfidence ?? 0) >= 0.6 && (researchers.subject?.confidence ?? 0) >= 0.6).toBe(false);
  });

  it('takes the year of a month the sentence states as the period of its other figures', () => {
    const text = '就在15个月前的2024年9月，月之暗面刚刚完成1.8亿美元A轮融资，当时投后估值为12亿美元。\n';
    const valuation = byText(analyse('a.md', text).claims, '12亿美元');
    expect([valuation.subject?.id, valuation.attribute, valuation.period?.startsWith('2024')]).toEqual(['moonshot', 'valuation', true]);
  });

  it('lets one article state a valuation before and after a round', () => {
    const text = '月之暗面完成6亿美元B轮融资，投后估值42亿美元。按此计算，月之暗面的估值较上一轮的12亿美元增长至3.5倍。\n';
    expect(complaints(findingsOf({ 'a.md': text }))).toEqual([]);
  });

  it('does not read a thousands group cut off by a currency as a list item (1,人民币140亿元)', () => {
    const { claims } = analyse('a.md', '这笔1,人民币140亿元投资，既是押注，也是考验。\n');
    expect(claims.map((c) => [c.text, c.kind, c.value])).toEqual([
      ['1', 'number', 1],
      ['人民币140亿元', 'money', 1.4e10],
    ]);
  });
});

describe('bindClaims: line items of a results article', () => {
  const claimsOf = (text: string) => analyse('a.md', text).claims;

  it('gives each value of a respectively-list the year of its place, in either language', () => {
    const zh = claimsOf('2022年至2024年，小米营业收入分别为4.12亿元、7.86亿元和13.45亿元；同期净利润分别为-3.27亿元、-2.15亿元和0.68亿元。\n');
    expect(['4.12亿元', '7.86亿元', '13.45亿元', '-3.27亿元', '0.68亿元'].map((t) => [byText(zh, t).attribute, byText(zh, t).period])).toEqual([
      ['revenue', '2022'], ['revenue', '2023'], ['revenue', '2024'], ['profit', '2022'], ['profit', '2024'],
    ]);
    for (const t of ['7.86亿元', '13.45亿元']) expect(byText(zh, t).subject!.confidence, t).toBeGreaterThanOrEqual(0.6);
    const en = claimsOf('Xiaomi reported revenue of $1.2 billion, $1.8 billion and $2.4 billion in 2022, 2023 and 2024, respectively.\n');
    expect(['$1.2 billion', '$1.8 billion', '$2.4 billion'].map((t) => byText(en, t).period)).toEqual(['2022', '2023', '2024']);
    // As many years as values, or none is moved.
    const uneven = claimsOf('2023年和2024年，小米营业收入分别为4.12亿元、7.86亿元和13.45亿元。\n');
    expect(byText(uneven, '4.12亿元').period).not.toBe('2023');
  });

  it('keeps a region, a named business, gross profit and gross margin apart from the totals', () => {
    const text = '2024年，小米实现营业收入412.8亿元，综合毛利率为4.1%，全年毛利约17亿元；其中组件业务毛利率为4.6%。小米2024年境外收入为181.6亿元，境内收入为231.2亿元。\n';
    const claims = claimsOf(text);
    expect(['412.8亿元', '4.1%', '约17亿元', '4.6%', '181.6亿元', '231.2亿元'].map((t) => byText(claims, t).attribute)).toEqual([
      'revenue', 'gross-margin', 'gross-profit', 'gross-margin:组件', 'revenue:overseas', 'revenue:domestic',
    ]);
  });

  it('reads a close as one, and no amount of a clause after a share move as a share price', () => {
    const claims = claimsOf('受此消息提振，小米股价6月18日高开高走，收于48.35港元。英伟达股价应声跌超7%,短短30日内跌掉7000亿美金。\n');
    expect(byText(claims, '48.35港元').attribute).toBe('closing-price');
    expect(byText(claims, '7000亿美金').attribute).toBeUndefined();
  });

  it('tells the vehicle margin from the overall one, and a customer acquisition cost from a deal', () => {
    const claims = claimsOf('小米三季度整车毛利率为17.8%，综合毛利率为18.6%。一季度小米新增交易用户约310万人，单个新客的获客成本约为48元。\n');
    expect(['17.8%', '18.6%', '约为48元'].map((t) => byText(claims, t).attribute)).toEqual(['gross-margin:automotive', 'gross-margin', 'acquisition-cost']);
    expect(byText(claimsOf('小米的新游戏上线首月流水约4.3亿元，此后在2023年全年贡献了约16.9亿元流水。\n'), '约16.9亿元').attribute).toBe('gross-billings');
  });

  it('tells expenses from revenue and R&D spend, and a comparison base from the period', () => {
    const claims = claimsOf('费用端，小米一季度销售及营销费用为4.1亿元，在84.6亿元的季度总收入中占比约4.8%，较去年同期下降0.7个百分点；研发费用为1.86亿元。\n');
    expect(['4.1亿元', '84.6亿元', '1.86亿元'].map((t) => [byText(claims, t).attribute, byText(claims, t).period])).toEqual([
      ['expenses', 'XXXX-Q1'], ['revenue', 'XXXX-Q1'], ['rnd-spend', 'XXXX-Q1'],
    ]);
    // Named in the figure's own clause, the relative year is its period.
    expect(byText(claimsOf('小米去年同期营收为人民币900亿元。\n'), '人民币900亿元').period).toBe('last-year');
  });

  it('reads no headcount in a team or in the size of a centre', () => {
    const claims = claimsOf('小米创始团队共7人，目前仍有5人在公司担任高管。超募部分将用于在上海建设一个约300人规模的研发中心。\n');
    for (const t of ['7人', '约300人']) expect(byText(claims, t).attribute, t).not.toBe('headcount');
    // Nor a number of things an English plural names (robots), beside a headcount in people.
    const en = claimsOf('Tesla employs 120,000 people. Tesla employs engineers who build about 2,000 robots a year.\n');
    expect([byText(en, '120,000 people').attribute, byText(en, 'about 2,000').attribute]).toEqual(['headcount', undefined]);
  });

  it('gives a clause about the latter, or after a company described, no subject named before', () => {
    const claims = claimsOf('2024年小米的市场份额约为6.8%，仅次于地平线，后者2024年营业收入约23.8亿元。\n');
    expect(byText(claims, '约23.8亿元').subject).toBeUndefined();
    // A headline without a full stop runs into a sentence about `this carmaker`: not Nvidia's revenue.
    const glued = claimsOf('Nvidia的Nemotron 3 Ultra成为美国最聪明的开源模型,但中国仍然领先对于这家成立不到十年的车企而言，Q3 2025或许是一个分水岭：营收规模跨过人民币410亿元门槛。\n');
    expect(byText(glued, '人民币410亿元').subject).toBeUndefined();
    expect(byText(claimsOf('小米2025年第三季度营收为人民币1131亿元，这家公司的利润也创新高。\n'), '人民币1131亿元').subject?.id).toBe('xiaomi');
  });

  it('reads an amount a change verb comes right before as the change, not the level', () => {
    const zh = claimsOf('小米第三季度营收1131亿元，同比增加205亿元；员工总数约4.3万人，同比增加约2100人，并计划招聘约1200名员工。\n');
    expect(['1131亿元', '205亿元', '约4.3万人', '约2100人', '约1200名员工'].map((t) => byText(zh, t).attribute)).toEqual([
      'revenue', 'change:revenue', 'headcount', 'change:headcount', 'change:headcount:target',
    ]);
    const en = claimsOf('Xiaomi revenue rose by $2.1 billion to $15.9 billion in Q3 2025. Xiaomi employs about 43,000 people after adding 2,100 people.\n');
    expect(['$2.1 billion', '$15.9 billion', 'about 43,000 people', '2,100 people'].map((t) => byText(en, t).attribute)).toEqual([
      'change:revenue', 'revenue', 'headcount', 'change:headcount',
    ]);
    // With 至 between, the amount is the new level; a change of market value has an attribute of its own.
    expect(byText(claimsOf('小米第三季度营收同比增长至1131亿元。\n'), '1131亿元').attribute).toBe('revenue');
    expect(byText(claimsOf("Over the same period, Alphabet's market value rose by $440B.\n"), '$440B').attribute).toBe('market-value-change');
  });

  it('compares no change with the level it changed', () => {
    const findings = findingsOf({
      'a.md': '小米2025年第三季度营收同比增加205亿元。\n',
      'b.md': '据财报，小米2025年第三季度营收为1131亿元。\n',
      'c.md': '小米2025年第三季度实现营收1131亿元。\n',
    });
    expect(complaints(findings)).toEqual([]);
  });

  it('reads no headcount in posts or in other people named right before, whatever the sentence says of the staff', () => {
    const claims = claimsOf('小米员工总数约4.3万人，其中研发人员约2900人；公司预计新增就业岗位约4500个。\n');
    expect(['约4.3万人', '约2900人', '约4500个'].map((t) => byText(claims, t).attribute)).toEqual(['headcount', undefined, undefined]);
    // Nor in people who hold a post, or to whom something is given.
    const more = claimsOf('小米创始团队共7人，目前仍有5人在公司担任高管；小米向约830名员工授予股权激励。\n');
    expect(['5人', '约830名员工'].map((t) => byText(more, t).attribute)).toEqual([undefined, undefined]);
  });

  it('dates a comparison base a year or a quarter before its sentence, and compares none whose time is not said', () => {
    const periodOf = (text: string, figure: string) => byText(claimsOf(`${text}\n`), figure).period;
    expect(periodOf('Xiaomi reported Q3 2025 revenue of $1.36 billion, up 212% from $436 million a year earlier.', '$436 million')).toBe('2024-Q3');
    expect(periodOf('Xiaomi reported Q3 2025 revenue of $1.36 billion, up 212% from $436 million a year earlier.', '$1.36 billion')).toBe('2025-Q3');
    expect(periodOf('小米2025年第三季度营收为13.6亿美元，较上年同期的4.36亿美元增长212%。', '4.36亿美元')).toBe('2024-Q3');
    expect(periodOf('小米2025年第三季度营收为13.6亿美元，上年同期为4.36亿美元。', '4.36亿美元')).toBe('2024-Q3');
    expect(periodOf('Xiaomi revenue was $3.05 billion in Q1 2025, up from $2.9 billion in the previous quarter.', '$2.9 billion')).toBe('2024-Q4');
    // Dated by its own words: the year stands.
    expect(periodOf('By early 2026, Chinese open models accounted for nearly 38% of global AI usage, up from 0.9% at the end of 2024.', '0.9%')).toBe('2024');
    expect(periodOf('小米2025年营收为500亿元，较2023年的300亿元大幅增长。', '300亿元')).toBe('2023');
    // From a time not said: shown, never compared.
    const margin = byText(claimsOf('Xiaomi gross margin widened to 47.8% in Q3 2025 from 46.2%.\n'), '46.2%');
    expect([margin.attribute, margin.period, margin.attributeConfidence]).toEqual(['gross-margin', undefined, 0.5]);
    // …and it makes no list of the figure it is compared with, which keeps its subject.
    const { claims } = analyse('a.md', 'Electric-bus maker Lanjing plans a listing. Lanjing delivered 8,460 buses in 2024. Its revenue rose 26.5% to RMB 9.84 billion from RMB 7.78 billion.\n');
    expect(byText(claims, 'RMB 9.84 billion').subject).toMatchObject({ id: 'lanjing', confidence: 0.65 });
  });

  it('gives a quarter written without its year the latest year the article gave it before', () => {
    const { claims } = analyse(
      'a.md',
      '小米发布2025年第三季度财报。\n\n| 指标 | 2025年Q3 | 2024年Q3 |\n| --- | --- | --- |\n| 营收（亿元） | 1131 | 925 |\n\n' +
        '亏损仍在收窄。第三季度，小米净亏损9.7亿元，上年同期净亏损14.3亿元。\n\n第四季度，小米预计营收1200亿元。\n',
    );
    // The loss and last year's, a comparison base, are no list: both keep their confidence.
    expect(['9.7亿元', '14.3亿元'].map((t) => [byText(claims, t).period, byText(claims, t).subject!.confidence >= 0.6])).toEqual([
      ['2025-Q3', true], ['2024-Q3', true],
    ]);
    // A quarter the article never gave a year keeps none.
    expect(byText(claims, '1200亿元').period).toBe('XXXX-Q4');
    // Another company's quarter says nothing of this one's.
    const other = analyse('b.md', '腾讯2025年第三季度营收为1930亿元。\n\n第三季度，小米营收为1131亿元。\n').claims;
    expect(byText(other, '1131亿元').period).toBe('XXXX-Q3');
  });

  it('tells what grew: deliveries, R&D spending', () => {
    const claims = claimsOf('小米第三季度共交付新车4.26万辆，较上年同期的3.18万辆增长34.0%；研发支出为12.6亿元，同比增长18.9%。\n');
    expect(['34.0%', '18.9%'].map((t) => byText(claims, t).attribute)).toEqual(['growth:shipments', 'growth:rnd']);
  });

  it("tells a share of the revenue from its growth, monthly from daily active users, and a deal's payments from its value", () => {
    const claims = claimsOf('即时配送业务收入为61.5亿元，同比增长19.8%，占总收入的71.2%。小米月活跃用户数达到1.08亿，日活跃用户3,150万。\n');
    expect(['19.8%', '71.2%', '1.08亿', '3,150万'].map((t) => byText(claims, t).attribute)).toEqual([
      'growth:revenue', 'revenue-share', 'monthly-active-users', 'daily-active-users',
    ]);
    const deal = claimsOf('Norvane向百沐生物支付2.8亿美元首付款，并承诺支付最高5.2亿美元的开发里程碑付款，交易总额最高可达16.5亿美元。\n');
    expect(['2.8亿美元', '最高5.2亿美元', '最高可达16.5亿美元'].map((t) => byText(deal, t).attribute)).toEqual(['upfront-payment', 'milestone-payments', 'deal-value']);
    // An amount paid is no cash held; buying is a deal.
    const bought = claimsOf('Verity agreed to buy Oakhill for $1.8 billion. Under the agreement, Verity will pay $180 million in cash. Verity had $2.4 billion in cash.\n');
    expect(['$1.8 billion', '$180 million', '$2.4 billion'].map((t) => byText(bought, t).attribute)).toEqual(['deal-value', 'deal-value', 'cash']);
  });

  it('reads the parts of a breakdown as parts, a year after another as no period, and a dividend as no loss', () => {
    const claims = claimsOf('分产品看，休闲卤味前三季度实现营收24.3亿元，占总营收的56.9%；烘焙食品营收11.6亿元，同比增长18.4%。\n');
    expect(['24.3亿元', '56.9%', '11.6亿元'].map((t) => byText(claims, t).attribute)).toEqual(['revenue:part', 'revenue-share:part', 'revenue:part']);
    const years = claimsOf('小米2023年实现营业收入1.3亿元，净亏损4.1亿元；营业收入在随后一年增长至4.6亿元，净亏损收窄至3.8亿元。\n');
    expect(['1.3亿元', '4.1亿元', '4.6亿元', '3.8亿元'].map((t) => byText(years, t).period)).toEqual(['2023', '2023', undefined, undefined]);
    const dividend = claimsOf('尽管净亏损2.36亿元，小米仍拟派发现金红利，合计派发现金红利约1.8亿元。\n');
    expect(byText(dividend, '约1.8亿元').attribute).toBe('dividend');
  });

  it('reads the year of a cumulative part in a table header, and the company of a ranking from the cell after the rank', () => {
    const { claims } = analyse(
      'a.md',
      '恒川新材发布三季报。恒川新材主要财务数据如下：\n\n| 指标 | 2025年前三季度 | 2024年前三季度 |\n| --- | --- | --- |\n| 营业收入（亿元） | 79.30 | 72.10 |\n\n' +
        '| 排名 | 企业 | 装机量（GWh） |\n| --- | --- | --- |\n| 1 | 宁德时代 | 149.9 |\n',
    );
    expect(['79.30', '72.10'].map((t) => byText(claims, t).period)).toEqual(['2025-Q1-Q3', '2024-Q1-Q3']);
    expect(byText(claims, '149.9').subject?.id).toBe('catl');
    // A deadline keeps its year to its own clause.
    expect(byText(claimsOf('小米2026年前完成建设，营收3000亿元。\n'), '3000亿元').period).toBeUndefined();
  });

  it('takes no period from a year things are counted since, or one that a multiple is of', () => {
    expect(byText(claimsOf('Xiaomi gross margin was 48.7%, the highest since 2021.\n'), '48.7%').period).toBeUndefined();
    expect(byText(claimsOf('小米毛利率为48.7%，创2021年以来新高。\n'), '48.7%').period).toBeUndefined();
    const target = byText(claimsOf('小米全年目标是调整后净利润不低于8亿元，约为2024年全年的3.4倍。\n'), '不低于8亿元');
    expect([target.attribute, target.period]).toEqual(['profit:non-gaap:target', 'full-year']);
  });

  it("takes a month a flow's clause names for its period, and a whole year's figure for no quarter's", () => {
    const periodOf = (text: string, figure: string) => byText(claimsOf(`${text}\n`), figure).period;
    expect(periodOf('2025年第四季度，小米10月共交付1.53万辆。', '1.53万辆')).toBe('2025-10');
    expect(periodOf('Xiaomi delivered 15,300 vehicles in October 2025.', '15,300 vehicles')).toBe('2025-10');
    // A total to date, and a stock, keep the year.
    expect(periodOf('截至2025年10月底，小米累计交付10.9万辆。', '10.9万辆')).toBe('2025');
    expect(periodOf('2024年9月，小米投后估值为120亿美元。', '120亿美元')).toBe('2024');
    expect(periodOf('按照2025年第四季度交付指引的上限计算，小米全年交付量将达到16.1万辆。', '16.1万辆')).toBe('2025');
  });

  it('takes no period from a deadline of another clause, and reads a span of months in words', () => {
    const claims = claimsOf('Xiaomi said it would expand to 120 cities by the end of June 2026, and spend $1.5 billion on subsidies over the next six months.\n');
    expect(byText(claims, '$1.5 billion')).toMatchObject({ attribute: 'subsidies', period: 'P6M' });
    expect(byText(claimsOf('In the first nine months of 2025, Xiaomi revenue was RMB 340 billion.\n'), 'RMB 340 billion').period).toBe('2025-Q1-Q3');
  });

  it('reads cash, a take rate, subsidies, total funding and the share of staff in R&D as what they are', () => {
    const attributeOf = (text: string, figure: string) => byText(claimsOf(`${text}\n`), figure).attribute;
    expect(attributeOf('Xiaomi had cash, restricted cash, short-term investments and time deposits of 3.12 billion yuan.', '3.12 billion yuan')).toBe('cash');
    expect(attributeOf('小米经营活动现金流量净额为12.7亿元。', '12.7亿元')).toBe('cash-flow');
    expect(attributeOf('美团平台的平均佣金率为6.8%。', '6.8%')).toBe('take-rate');
    expect(attributeOf('美团将投入15亿元用于用户补贴。', '15亿元')).toBe('subsidies');
    expect(attributeOf('截至目前，月之暗面累计融资额约6亿美元。', '约6亿美元')).toBe('total-funding');
    expect(attributeOf('Xiaomi has about 420 employees, about 85% of whom work in research and development.', 'about 85%')).toBe('rnd-staff-share');
  });

  it('reads a figure that 其中 or of which opens the clause of as a part, never compared with the whole', () => {
    const zh = claimsOf('截至2025年11月30日，小米用户数约为86万，其中个人用户约61万。\n');
    expect(['约为86万', '约61万'].map((t) => [byText(zh, t).attribute, byText(zh, t).subject!.confidence >= 0.6])).toEqual([
      ['users', true], ['users:part', true],
    ]);
    const en = claimsOf('Xiaomi had 4.3 million users, of which 1.2 million were paying users.\n');
    expect(byText(en, '1.2 million').attribute).toBe('paying-users:part');
    // A part a business names keeps its name.
    expect(byText(claimsOf('小米第三季度营收1131亿元，其中智能手机收入460亿元。\n'), '460亿元').attribute).toBe('revenue:smartphone');
  });

  it("reads the revenue of a business referred to, sold abroad or of a product line as that part's, not the total", () => {
    const attributeOf = (text: string, figure: string) => byText(claimsOf(`${text}\n`), figure).attribute;
    expect(attributeOf('除自研游戏外，腾讯还经营代理发行业务，2024年该业务贡献收入约9.4亿元。', '约9.4亿元')).toBe('revenue:代理发行');
    expect(attributeOf('2024年该业务贡献收入约9.4亿元。', '约9.4亿元')).toBe('revenue:business');
    expect(attributeOf('2024年，宁德时代营业收入为3620亿元；电池片外销收入为31.5亿元。', '31.5亿元')).toBe('revenue:电池片外销');
    const lines = claimsOf('除X7外，小米还推出了"澜芯A3"系列SoC，2024年出货约95万颗，收入约3.76亿元；"澜芯E1"系列及其他业务合计贡献收入约1.07亿元。\n');
    expect(['约3.76亿元', '约1.07亿元'].map((t) => byText(lines, t).attribute)).toEqual(['revenue:澜芯A3', 'revenue:澜芯E1']);
  });

  it('counts shipments, and where they were sold when the figure says so', () => {
    const claims = claimsOf('Tesla shipped 2,150 buses outside China in 2024, out of 8,460 it delivered in 2024.\n');
    expect(['2,150', '8,460'].map((t) => byText(claims, t).attribute)).toEqual(['shipments:overseas', 'shipments']);
    expect(byText(claimsOf('三季度特斯拉海外交付1.18万辆。\n'), '1.18万辆').attribute).toBe('shipments:overseas');
  });
});
