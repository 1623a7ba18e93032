import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { discoverNames } from '../../src/bind/discover-names.js';
import { EntityMatcher, withAliases } from '../../src/bind/entity-mentions.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { RULES } from '../../src/check/rules/index.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { analyse, findingsOf } from '../check/crosscheck-helpers.js';
import { linkCompanies } from '../../src/check/crosscheck/company-links.js';
import type { Claim } from '../../src/model/claim.js';
import { runCli } from '../helpers.js';

const known = new EntityMatcher();
const byText = (claims: readonly Claim[], text: string) => claims.find((c) => c.text === text)!;
const names = (text: string) => discoverNames(text, known).map((d) => [d.id, d.label, [...d.names]]);

describe('discoverNames', () => {
  it('finds a Chinese company by its ending where the article introduces it, and its stem', () => {
    const text = readFileSync('fixtures/companies/qicheng-q3-results.md', 'utf8');
    expect(names(text)).toEqual([['启程', '启程汽车', ['启程汽车', '启程']]]);
  });

  it('takes a name announced by what it does (宣布, 于, 领投) or by what it is (云服务商, 创业公司)', () => {
    const text =
      '12月3日，国内云服务商极光云宣布下调价格。北辰云于12月5日跟进。12月8日，云栈科技也宣布降价。' +
      '北京大模型创业公司深衡智能宣布完成6亿美元B轮融资。本轮融资由远澈资本领投。' +
      '极光云的降幅最大，北辰云次之，云栈科技跟随，深衡的估值随之上升，远澈资本获利。';
    expect(names(text).map(([id]) => id)).toEqual(['极光', '北辰', '云栈', '深衡', '远澈']);
  });

  it('does not take words of the trade, phrases or known companies for names', () => {
    const text = [
      '训练数据也越来越贵，训练数据将决定成败。', // no ending follows a name position with an announcement
      '2025年国内新能源汽车市场的价格竞争仍未降温，新能源汽车发布会一场接一场。', // a word of the trade
      'Meta公司持续押注智能体应用，Meta公司持续押注智能体应用。', // 智能 of 智能体, no announcement
      '核心算力也不敢全换，核心算力也很贵。', // a generic stem
      '公司三季度汽车销量发布，三季度汽车销量创新高。', // a period is no name
      '小米汽车发布新车，小米汽车宣布降价。', // the alias table knows 小米
    ].join('');
    expect(names(text)).toEqual([]);
  });

  it('finds an English company after a word that says what it is, in an apposition or by its ending', () => {
    const text =
      'Chinese smartphone maker Vireo unveiled its X9 Ultra. Vireo said demand was strong. ' +
      'AI cloud provider Helix Compute said on Thursday it had signed a deal with Texas utility Lone Mesa Energy. ' +
      'What Helix is buying: power. Lone Mesa will build a plant. ' +
      'Qicheng Motors reported results; Qicheng shipped 128,460 cars. ' +
      'Orbis, a Berlin-based chipmaker, raised money. Orbis plans a fab. ' +
      '美国机器人创业公司Korvo宣布完成融资，Korvo估值上升；该公司CUDA生态与公司GMV、公司CUDA团队无关。';
    expect(names(text)).toEqual([
      ['korvo', 'Korvo', ['Korvo']],
      ['vireo', 'Vireo', ['Vireo']],
      ['helix', 'Helix Compute', ['Helix Compute', 'Helix']],
      ['lone mesa', 'Lone Mesa Energy', ['Lone Mesa Energy', 'Lone Mesa']],
      ['orbis', 'Orbis', ['Orbis']],
      ['qicheng', 'Qicheng Motors', ['Qicheng Motors', 'Qicheng']],
    ]);
  });

  it("takes the rows of a table whose first column lists companies, but not its totals", () => {
    const text =
      '排名第二的极川出货1,260万台，澜星位居第一。\n\n| 厂商 | 出货量（万台） |\n|---|---|\n| 澜星 | 1,480 |\n| 极川 | 1,260 |\n| 其他 | 1,465 |\n| 合计 | 4,205 |\n\n' +
      'Vireo led the market, ahead of Harbour Jet.\n\n| Company | Share |\n| --- | --- |\n| **Vireo** | 21.6% |\n| Harbour Jet | 18.4% |\n| Others | 60% |\n\n' +
      '| 指标 | 数值 |\n|---|---|\n| 营收 | 12亿元 |\n';
    expect(names(text).map(([id]) => id)).toEqual(['澜星', '极川', 'vireo', 'harbour jet']);
  });

  it('makes one company of the names found for it in two ways', () => {
    // By its ending (衡元智能 → 衡元) and by the short name defined for it (衡元智能科技有限公司 → 衡元智能).
    const text = '衡元智能科技有限公司（下称"衡元智能"）发布新模型。衡元智能宣布开源，衡元的估值随之上升。';
    expect(names(text)).toEqual([['衡元', '衡元智能', ['衡元智能科技有限公司', '衡元智能', '衡元']]]);
  });

  it('reads the short name a listed company is traded under as one it defines', () => {
    const text = '江苏恒锂新材料股份有限公司（证券简称“恒锂新材”）披露年报。恒锂新材表示，扩产按计划推进。';
    // 新材 ends a short name as 科技 does: its stem is a name too.
    expect(names(text).map(([id, , all]) => [id, all])).toEqual([['恒锂', ['恒锂新材料股份有限公司', '恒锂新材', '恒锂']]]);
  });

  it('finds an English name of four words before its ending, and one glossed in brackets before an apposition', () => {
    const text =
      'Meridian Grid Data Centers Inc., the data-center landlord, reported results. Meridian Grid raised its outlook. ' +
      'Hexing Technology (禾行科技), the Shanghai-based company behind the app, raised money. Hexing said so. ' +
      'The Big Four Accounting Firms Group Inc. is no name we can tell apart from its first words. Four said so.';
    expect(names(text)).toEqual([
      ['hexing', 'Hexing Technology', ['Hexing Technology', 'Hexing', '禾行科技']],
      ['meridian grid', 'Meridian Grid Data Centers Inc.', ['Meridian Grid Data Centers Inc.', 'Meridian Grid']],
    ]);
  });

  it('finds an English name glossed with a Chinese company’s name, and a Chinese one glossed in its pinyin', () => {
    expect(names("Thursday's debut of Xinheng Microelectronics (芯衡微电子) drew a crowd. Xinheng sold 68 million shares.")).toEqual([
      ['xinheng', 'Xinheng Microelectronics', ['Xinheng Microelectronics', 'Xinheng', '芯衡微电子']],
    ]);
    // The words before the name (`外卖平台`) do not spell the gloss, so they are left out.
    expect(names('外卖平台饭点到家（Fandian Daojia）8月20日发布业绩。饭点到家的订单增长16.4%。')).toEqual([['饭点到家', '饭点到家', ['Fandian Daojia', '饭点到家']]]);
    // A gloss that is no pinyin of the characters before it names nothing.
    expect(names('公司发布了新款旗舰手机（Model Nova），售价3999元。新款旗舰手机卖得好。')).toEqual([]);
  });

  it('takes the stem of a group’s company followed by a word of another of its companies for none of its mentions', () => {
    const text = '安衡保险（Anheng Insurance）发布保费数据。前10月安衡人寿原保险保费收入2345.67亿元；安衡财险987.65亿元。安衡保险表示，集团保费收入稳步增长。\n';
    const claims = analyse('a.md', text).claims;
    // Its companies by line of business are companies of their own, named once or more.
    expect(byText(claims, '2345.67亿元').subject?.id).toBe('安衡人寿');
    expect(names(text).map(([id]) => id)).toEqual(['安衡', '安衡财险', '安衡人寿']);
  });

  it('ends Chinese names with the words of steelmakers, couriers, developers and retailers', () => {
    expect(names('北岭钢铁8月25日披露半年报。迅邮快递宣布提价。华庭置业于3月签约。北岭钢铁、迅邮快递和华庭置业均在列。').map(([id]) => id)).toEqual(['北岭', '迅邮', '华庭']);
  });

  it('takes a Chinese name with no company ending after a word that says what it is, up to its verb', () => {
    const text =
      '卫星互联网创业公司星途卫星宣布完成融资，星途卫星估值上升。新势力车企曜影发布新车，曜影交付量创新高。' +
      '国有资本平台出资116亿元，平台出资占比四成。车企方面表示，车企方面表示将降价。';
    expect(names(text).map(([id]) => id)).toEqual(['星途', '曜影']);
  });

  it('drops research and consulting firms: they are the source of figures, not their subject', () => {
    const text =
      '市场研究机构北京观澜市场研究有限公司（下称“观澜数据”）发布报告。观澜数据指出，澜星出货量居首，观澜数据预计全年增长。' +
      'Market research firm Quorra said shipments fell. Quorra expects a rebound. Harlow Research Inc. said so; Harlow Research agreed. ' +
      'Vastrix (穹算科技), a four-year-old Shanghai startup designing AI accelerators, raised money. Vastrix plans a chip. ' +
      'Citrino, a Hangzhou-based food delivery app founded in 2019, said so. Citrino grew.';
    expect(names(text).map(([id]) => id)).toEqual(['vastrix', 'citrino']);
  });

  it("keeps the other language's name an article glosses in brackets", () => {
    const text = 'Satellite startup Xingtu Satellite (星途卫星) raised money. Xingtu Satellite plans launches. 创业公司曜影科技（Lumora）宣布降价，曜影科技随后发布新车。';
    expect(names(text)).toEqual([
      ['曜影', '曜影科技', ['Lumora', '曜影科技', '曜影']],
      ['xingtu satellite', 'Xingtu Satellite', ['Xingtu Satellite', '星途卫星']],
    ]);
  });

  it('takes the short name an article defines, and the part of an English name it uses alone', () => {
    const zh =
      '江苏光伏组件厂商晶曜新能源（下称"晶曜"）4月24日晚间披露年报。晶曜全年出货量下降。' +
      '深圳AI芯片设计企业矽澜科技股份有限公司（下称“矽澜科技”或“矽澜”）正式挂牌上市。矽澜此次公开发行6000万股。';
    expect(names(zh)).toEqual([
      ['晶曜', '晶曜新能源', ['晶曜新能源', '晶曜']],
      ['矽澜', '矽澜科技股份有限公司', ['矽澜科技股份有限公司', '矽澜科技', '矽澜']],
    ]);
    const en =
      'Boston-based robotics startup Ardent Motion said on Tuesday it raised money. Ardent makes Kestrel. ' +
      "Hong Kong-based budget carrier Harbour Jet Airways said it would add routes. Harbour Jet flew more. Fuel, the airline's single biggest cost, fell. Fuel matters.";
    expect(names(en)).toEqual([
      ['ardent', 'Ardent Motion', ['Ardent Motion', 'Ardent']],
      ['harbour jet', 'Harbour Jet Airways', ['Harbour Jet Airways', 'Harbour Jet']],
    ]);
    // In Traditional spelling too.
    expect(names('台灣新創公司星耀科技宣布完成B輪融資，星耀估值達10億美元。電池廠商鑫能動力（下稱「鑫能」）發布公告，鑫能營收成長。')).toEqual([
      ['星耀', '星耀科技', ['星耀科技', '星耀']],
      ['鑫能', '鑫能動力', ['鑫能動力', '鑫能']],
    ]);
    // A technology after 公司 is no company: the name must be announced as one.
    expect(names('晶曜首席技术官表示，公司TOPCon电池效率已达26.1%，公司TOPCon产能扩大。')).toEqual([]);
  });

  it('keeps no name the article uses once, nor a run of capitalised words that a common word ends', () => {
    const text =
      'The startup Zentra raised $10 million. Its planned AI campus in West Texas AI country will draw 1.2 GW; West Texas is windy. ' +
      'The company Monday said revenue rose.';
    expect(names(text)).toEqual([]);
  });

  it('keeps a name used once where its stock code or its legal form follows it, but not a legal name that glosses another', () => {
    expect(names('【港航财经讯】澜湾港务集团（603917.SH）2月11日晚间披露月度生产快报。')).toEqual([['澜湾港务', '澜湾港务集团', ['澜湾港务集团', '澜湾港务']]]);
    expect(names('（本报讯）8月11日，记者从江岚电网有限公司获悉，7月份全省用电量创新高。')).toEqual([['江岚电网', '江岚电网有限公司', ['江岚电网有限公司', '江岚电网']]]);
    expect(names('Demand hit new highs, Jianglan Power Grid Co said on Tuesday.').map(([id]) => id)).toEqual(['jianglan power grid']);
    const glossed = '翊晶半导体制造股份有限公司（Yijing Semiconductor Manufacturing Co., Ltd.，下称"翊晶半导体"）在香港上市。翊晶半导体表示，翊晶半导体将扩产。';
    expect(names(glossed).map(([id]) => id)).toEqual(['翊晶']);
  });
});

describe('subjects from the companies an article introduces', () => {
  it('binds the figures of a sentence naming such a company to it, marked as inferred', () => {
    const { claims } = analyse('brief.txt', readFileSync('fixtures/companies/qicheng-brief.txt', 'utf8'));
    const revenue = claims.find((c) => c.text === '321.6亿元')!;
    expect(revenue.subject).toEqual({ id: '启程', label: '启程汽车', confidence: 0.9, inferred: true });
    expect(revenue.attribute).toBe('revenue');
    expect(revenue.period).toBe('2025-Q3');
  });

  it('reads 公司 or the company opening a clause as the company the article introduced, never as one of the table', () => {
    const text =
      '新势力车企启程汽车发布财报。财报显示，公司三季度实现营收人民币312.6亿元，启程交付新车128,460辆。\n\n' +
      'Chinese smartphone maker Vireo unveiled a phone. The company said revenue reached 18.2 billion yuan in Q3 2025, Vireo said.\n\n' +
      '小米发布财报。财报显示，公司三季度实现营收人民币1131亿元。\n';
    const { claims } = analyse('a.md', text);
    expect(byText(claims, '人民币312.6亿元').subject).toEqual({ id: '启程', label: '启程汽车', confidence: 0.65, inferred: true });
    expect(byText(claims, '18.2 billion yuan').subject).toMatchObject({ id: 'vireo', confidence: 0.65 });
    expect(byText(claims, '人民币1131亿元').subject).toBeUndefined();
  });

  it('reads 其 or its opening a sentence as that company, for every clause of the sentence, but not after another name', () => {
    const text =
      '新势力车企启程汽车发布三季报。其第三季度营收为86.4亿元，同比增长31%。\n\n' +
      'Smartphone maker Vireo reported results on Tuesday. Its third-quarter revenue was 18.2 billion yuan. Vireo shares rose.\n\n' +
      // A name used once is no company found: its 其 and its are not the last one found before.
      '同样在美股上市的生鲜电商禾满生鲜此前公布，其一季度收入为52.7亿元。启程汽车的交付量创新高。\n\n' +
      '财报显示，公司员工总数约1.2万人，减少约七百人。To fund the push, the company is setting aside 3 billion yuan in cash.\n\n' +
      'Budget airline Skyra reported results. Its revenue was 5.1 billion yuan.\n';
    const { claims } = analyse('a.md', text);
    expect(['86.4亿元', '31%', '18.2 billion yuan', '52.7亿元', '约1.2万人', '5.1 billion yuan'].map((t) => byText(claims, t).subject?.id)).toEqual([
      '启程', '启程', 'vireo', undefined, '启程', undefined,
    ]);
    expect(byText(claims, '约七百人')).toMatchObject({ subject: { id: '启程' }, attribute: 'change:headcount' });
    // A clause after a comma starts with its space.
    expect(byText(claims, '3 billion yuan').subject?.id).toBe('启程');
  });

  it('says in the claims table which subjects were inferred', () => {
    const r = runCli(['claims', 'fixtures/companies/vireo-earnings.md', 'fixtures/companies/qicheng-brief.txt', '--no-color']);
    expect(r.stdout).toContain('Vireo (inferred)');
    expect(r.stdout).toContain('启程汽车 (inferred)');
    expect(runCli(['claims', 'seeds/', '--no-color']).stdout).not.toContain('(inferred)');
  });

  it('binds none when inferCompanies is false, and a known company when the aliases list it', () => {
    const text = readFileSync('fixtures/companies/qicheng-brief.txt', 'utf8');
    const source = sourceFromBytes('brief.txt', new TextEncoder().encode(text));
    const off = analyzeSource(source, { rules: RULES, inferCompanies: false });
    expect(off.claims.find((c) => c.text === '321.6亿元')!.subject).toBeUndefined();
    const listed = analyzeSource(source, { rules: RULES, aliases: { 启程汽车: ['启程'] } });
    expect(listed.claims.find((c) => c.text === '321.6亿元')!.subject).toEqual({ id: '启程汽车', label: '启程', confidence: 0.9 });
    // The alias table wins: the listed company is not inferred again.
    expect(discoverNames(text, withAliases({ 启程汽车: ['启程'] }))).toEqual([]);
  });
});

describe('companies across documents', () => {
  it('links the ids documents give one company by a name they share, under the least id', () => {
    const docs = [
      { file: 'a.md', companies: [{ id: '星途', names: ['星途卫星', '星途'] }] },
      { file: 'b.md', companies: [{ id: 'xingtu', names: ['Xingtu Satellite', 'Xingtu', '星途卫星'] }, { id: 'vireo', names: ['Vireo'] }] },
      { file: 'c.md', companies: [{ id: 'xingtu satellite', names: ['Xingtu Satellite'] }] },
      { file: 'd.md', companies: [{ id: '曜影', names: ['曜影'] }] },
    ].map((d) => ({ ...d, lang: 'und' as const, encoding: 'utf-8', claims: [], findings: [], blocks: [] }));
    const companyOf = linkCompanies(docs);
    expect(['星途', 'xingtu', 'xingtu satellite', 'vireo', '曜影', 'unknown'].map(companyOf)).toEqual(['xingtu', 'xingtu', 'xingtu', 'vireo', '曜影', 'unknown']);
    // Whatever the order the documents come in.
    expect(['星途', 'xingtu satellite'].map(linkCompanies([...docs].reverse()))).toEqual(['xingtu', 'xingtu']);
  });

  it('compares a company across languages once one article glosses its name', () => {
    const findings = findingsOf({
      'a.md': '卫星互联网创业公司星途卫星宣布完成B轮融资。星途卫星2025年第三季度营收为3.2亿元。\n',
      'b.md': 'Satellite startup Xingtu Satellite (星途卫星) said its revenue was RMB 320 million in Q3 2025. Xingtu Satellite plans more launches.\n',
      'c.md': 'Satellite startup Xingtu Satellite said Q3 2025 revenue was RMB 230 million. Xingtu Satellite plans more launches.\n',
    });
    const conflict = findings.find((f) => f.ruleId === 'conflicting-figure')!;
    expect([conflict.severity, conflict.locations.map((l) => l.file)]).toEqual(['info', ['c.md', 'a.md', 'b.md']]);
  });
});
