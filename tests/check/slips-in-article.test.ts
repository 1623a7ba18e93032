import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/model/finding.js';
import { brightmoorFunding, findingsOf } from './crosscheck-helpers.js';

/** The findings of one article other than corroborations: rule, places, values. */
const slips = (text: string): string[] =>
  findingsOf({ 'a.md': text })
    .filter((f: Finding) => f.ruleId !== 'corroborated' && f.ruleId !== 'duplicate-paragraph')
    .map((f) => `${f.ruleId} ${f.locations.map((l) => `${l.line}:${l.text}`).join(' vs ')}`);

describe('slips inside one article that the comparison by period cannot see', () => {
  it('finds the same digits a power of ten apart when only one of the two figures is dated', () => {
    const text = [
      'Electric-bus maker Lanjing seeks up to HK$2.23 billion in a Hong Kong listing.',
      '',
      'Lanjing delivered 8,460 buses in 2024, up 22.3% from 6,920 a year earlier. Its revenue rose 26.5% to RMB 9.84 billion from RMB 7.78 billion.',
      '',
      'The sponsors value the company at about 19 times earnings.',
      '',
      "Analysts said Lanjing's RMB 98.4 billion in 2024 revenue puts it among the largest bus makers.",
      '',
    ].join('\n');
    expect(slips(text)).toEqual(['magnitude-slip 7:RMB 98.4 billion vs 3:RMB 9.84 billion']);
    const [finding] = findingsOf({ 'a.md': text }).filter((f) => f.ruleId === 'magnitude-slip');
    expect(finding!.message).toContain('(2024) vs RMB 9.84 billion → 9.84e9 CNY (a.md:3) (period not stated) in the same article: ×10 apart');
  });

  it('finds the same amount in two currencies', () => {
    const text = [
      '百沐生物与Norvane达成授权合作。百沐生物2025年上半年营收为20.3亿元，主要来自首付款。',
      '',
      '## 回顾',
      '',
      '报告期末，百沐生物营收20.3亿美元，创历史新高。',
      '',
    ].join('\n');
    expect(slips(text)).toEqual(['currency-mismatch 5:20.3亿美元 vs 1:20.3亿元']);
  });

  it('finds two digits swapped between the text and a table that restates it', () => {
    const text = [
      '观澜数据发布三季度手机出货报告。排名第二的极川出货1,260万台，出货量同比下滑4.1%。',
      '',
      '| 厂商 | 出货量（万台） | 出货量同比变化 |',
      '|---|---|---|',
      '| 澜星 | 1,480 | +8.9% |',
      '| 极川 | 1,260 | -1.4% |',
      '',
      '澜星出货1,480万台，同比增长8.9%。',
      '',
    ].join('\n');
    expect(slips(text)).toEqual(['conflicting-figure 6:-1.4% vs 1:4.1%']);
  });

  it("takes a figure that names no subject as the company the article is about, and reads bounds' digits", () => {
    const article = [
      '恒锂新材2024年净利润增长11.3%',
      '',
      '3月27日晚间，江苏恒锂新材料股份有限公司（证券简称“恒锂新材”）披露2024年年度报告。报告期内，恒锂新材实现营业收入126.8亿元，同比增长18.5%。',
      '',
      '恒锂新材同时公告，拟投资不超过3.2亿美元建设墨西哥工厂。恒锂新材月活跃用户并不适用，其客户约1200家。',
      '',
      '一位券商分析师表示：“对于一家年营收1268亿元的企业来说，这笔3.2亿元的投资并不算激进。”',
      '',
    ].join('\n');
    expect(slips(article)).toEqual(['magnitude-slip 7:1268亿元 vs 3:126.8亿元', 'currency-mismatch 7:3.2亿元 vs 5:不超过3.2亿美元']);
    const finding = findingsOf({ 'a.md': article }).find((f) => f.ruleId === 'magnitude-slip')!;
    expect([finding.severity, finding.message]).toEqual([
      'info',
      expect.stringContaining("one of them is likely wrong (a figure that names no subject is taken as 恒锂新材's, the company the article is about)"),
    ]);
    // Monthly active users are a measure of their own: 1.08亿 and 1.08万 are one slipped.
    expect(slips('北京灵犀智语科技有限公司（下称“灵犀智语”）发布年报。截至2025年3月末，灵犀智语月活跃用户数达到1.08亿，日活跃用户3,150万。\n\n分析师说，月活已经达到1.08万的产品，考验在于成本。\n')).toEqual([
      'magnitude-slip 3:1.08万 vs 1:1.08亿',
    ]);
  });

  it("reads a headline as restating its article, and finds one amount stated as a loss and as a profit", () => {
    const funding = brightmoorFunding;
    expect(slips(funding('Brightmoor Energy raises $420 million to expand Ohio battery plant'))).toEqual(['conflicting-figure 8:$240 million vs 1:$420 million']);
    // A headline's round and the body's total are two measures; a first line that ends a sentence is no headline.
    expect(slips(funding('Brightmoor Energy raises $240 million to expand Ohio battery plant'))).toEqual([]);
    expect(slips(funding('Brightmoor Energy said it raised $420 million in its last round, in 2023.'))).toEqual([]);
    const results = [
      'Accounting-software maker Tessaline Software Corp. reported second-quarter results.',
      '',
      'Tessaline posted a net loss of $41.2 million, compared with a loss of $67.9 million a year earlier. Tessaline revenue rose 21% to $326.5 million.',
      '',
      '"A business that turned a $41.2 million net profit while still growing has earned some benefit of the doubt," an analyst said.',
      '',
    ].join('\n');
    expect(slips(results)).toEqual(['conflicting-figure 5:$41.2 million vs 3:$41.2 million']);
    // A subject named only after the figure is too unsure to compare, but it is the article's own.
    expect(slips('湖南湘麓食品股份有限公司（以下简称“湘麓食品”）披露三季报。湘麓食品前三季度实现营业收入42.7亿元；实现净利润2.36亿元。\n\n湘麓食品拟派发现金红利。\n\n值得注意的是，尽管净亏损2.36亿元，湘麓食品仍披露了分红方案。\n')).toEqual([
      'conflicting-figure 5:2.36亿元 vs 1:2.36亿元',
    ]);
    expect(findingsOf({ 'a.md': results })[0]!.message).toContain('net-loss / profit: $41.2 million');
  });

  it("pairs a deal's parties with one of them, pays no cash, and leaves to the comparison by period what it reports", () => {
    const deal = [
      'Verity Foods to buy plant-based snack maker Oakhill for $1.8 billion',
      '',
      'Packaged-food maker Verity Foods Inc. agreed to buy Oakhill, the company said on Monday.',
      '',
      'Under the terms of the agreement, Verity will pay $180 million in cash for Oakhill, about four times its sales.',
      '',
    ].join('\n');
    expect(slips(deal)).toEqual(['magnitude-slip 5:$180 million vs 1:$1.8 billion']);
    // The upfront payment in the wrong currency is reported once, by the comparison of its period.
    const upfront = [
      '瀚澄生物获3.5亿美元首付款',
      '',
      '苏州瀚澄生物医药股份有限公司（以下简称“瀚澄生物”）宣布，瀚澄生物2025年获得3.5亿美元首付款。',
      '',
      '公司表示，瀚澄生物2025年收到的3.5亿元首付款将用于临床。',
      '',
    ].join('\n');
    expect(slips(upfront)).toEqual(['currency-mismatch 5:3.5亿元 vs 3:3.5亿美元']);
  });

  it('leaves alone what true figures of one article show', () => {
    // Two years of revenue, each dated; a rounded headcount now and a hiring plan; a tenfold growth in round figures.
    expect(
      slips(
        [
          '衡拓动力2023年营收为12.4亿元。2024年，衡拓动力营收为21.4亿元。',
          '',
          '截至2024年末，衡拓动力员工总数约1.86万人，同比增加约2100人。衡拓动力的匈牙利工厂将在当地招聘约1200名员工。',
          '',
          'Electric-bus maker Lanjing had revenue of $100 million in 2021. Lanjing now has revenue of $1 billion.',
          '',
        ].join('\n'),
      ),
    ).toEqual([]);
    // Growth year on year and quarter on quarter, both in the text: growth varies within an article.
    expect(slips('焰火互动三季度营收38.6亿元，同比增长21.4%，环比增长12.4%。\n')).toEqual([]);
    // Two years dated in one sentence, whatever names no subject; swapped digits the article states twice each.
    expect(slips('澜行汽车完成D轮融资。澜行汽车发布年报。\n\n2024年全年净亏损36.2亿元；上一年净亏损为63.2亿元。\n')).toEqual([]);
    expect(
      slips(
        'Pennant Health filed for an IPO. Pennant Health said the net loss narrowed to $48.1 million from $84.1 million.\n\n' +
          '| Metric | 2023 | 2024 |\n|---|---|---|\n| Net loss ($m) | 84.1 | 48.1 |\n',
      ),
    ).toEqual([]);
    // A figure without a subject whose value the article states again is compared through that statement.
    expect(slips('速邻生活一季度营收86.4亿元。\n\n速邻生活2025年第一季度营收为86.4亿元。\n\n| 季度 | 营收（亿元） |\n|---|---|\n| 2025年Q1 | 86.4 |\n\n在84.6亿元的季度总收入中，费用占比约4.8%。\n').filter((l) => l.startsWith('conflicting') && l.includes('86.4 vs'))).toEqual([]);
    // An amount whose conversion the text states is no currency slip, whoever it is bound to.
    expect(
      slips(
        'Warehouse robot maker Tessaline raises $150 million as revenue hits $42 million\n\nTessaline said revenue rose to $42 million. ' +
          "Tessaline's German rival Kestrelwerk GmbH raised €150 million (about $175 million) in June.\n",
      ),
    ).toEqual([]);
    // Cells of a ranking whose row names no subject are not the article's company's; parts are never compared.
    expect(
      slips(
        '华岳电池发布公告。华岳电池装机量同比增长35.2%，华岳电池份额升至21.7%。\n\n| 排名 | 厂商简称 | 同比增长 |\n| --- | --- | --- |\n| 4 | 某某新能源 | 53.2% |\n\n' +
          '分产品看，休闲卤味营收24.3亿元；烘焙食品营收11.6亿元。\n',
      ),
    ).toEqual([]);
    // A correct conversion is no currency slip.
    expect(slips('百沐生物获得2.8亿美元首付款。\n\n百沐生物2025年收到约20亿元人民币首付款。\n')).toEqual([]);
  });
});

describe('slips between figures of no known subject or measure, paired by the words around them', () => {
  it('finds the same digits ×10^4 restated near the same words (a budget of a policy)', () => {
    const text = [
      '江临市发布算力补贴新政 三年安排45亿元',
      '',
      '根据办法，2025年首批算力券总额度为3.6亿元，申报时间为5月6日至5月30日。',
      '',
      '市经信局相关负责人透露，在首批3.6万元算力券中，将有不低于40%的额度定向支持中小企业。',
      '',
    ].join('\n');
    expect(slips(text)).toEqual(['magnitude-slip 5:3.6万元 vs 3:3.6亿元']);
    const [finding] = findingsOf({ 'a.md': text }).filter((f) => f.ruleId === 'magnitude-slip');
    expect(finding).toMatchObject({ severity: 'warning' });
    expect(finding!.message).toContain('both near the words 首批, 算力, 力券, 额度: ×10^4 apart, likely 万/亿 slip');
  });

  it('finds one amount in two currencies near the same word', () => {
    const text = [
      'The European Handball Series sold its streaming rights to Vantora for five years.',
      '',
      'At €240 million per season, the deal is 60% above the previous contract.',
      '',
      'Vantora shares fell as some investors questioned whether the $240 million-a-season commitment would weigh on margins.',
      '',
    ].join('\n');
    expect(slips(text)).toEqual(['currency-mismatch 5:$240 million vs 3:€240 million']);
  });

  it('leaves alone figures listed side by side, figures of two named subjects, and figures near other words', () => {
    // One paragraph lists them.
    expect(slips('该系列模型的参数规模从小到大分别为28亿、280亿和2800亿，覆盖端侧到云端。\n')).toEqual([]);
    // Different words around them: a grant per company and the batch's total.
    expect(slips('首批算力券总额度为3.6亿元。\n\n每家中小企业单次申领上限为3.6万元，需在30天内使用。\n')).toEqual([]);
    // A month's figure and a year's, about ten times apart.
    expect(slips('江澜半导体落子无锡，月产12万片的12英寸晶圆厂即将开建。\n\n两期全部建成后，项目年产能约120万片12英寸晶圆。\n')).toEqual([]);
    // A stated conversion.
    expect(slips('At €240 million (about $260 million) per season, the deal is large.\n\nThe €240 million-a-season commitment weighs on margins.\n')).toEqual([]);
  });
});
