import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

const claimsOf = (text: string) => analyse('a.md', `${text}\n`).claims;
const byText = claimByText;
const read = (text: string, figure: string) => {
  const c = byText(claimsOf(text), figure);
  return [c.attribute, c.period];
};
const complaintsOf = complaintLines;

describe('the period of a figure', () => {
  it('takes the month the sentence named for `当月` and `in the month`', () => {
    expect(read('1月1日，星驰汽车公布2025年12月交付数据：当月共交付新车32,618辆，连续第三个月刷新纪录。', '32,618辆')).toEqual(['shipments', '2025-12']);
    expect(read('Xingchi Auto released its delivery figures for December 2025: it delivered 32,618 new vehicles in the month.', '32,618')).toEqual(['shipments', '2025-12']);
  });

  it('reads no length of time in a rank (`连续第三个月`), and dates a growth by the month of the deliveries before it', () => {
    expect(read('星驰汽车公布2025年12月交付数据：当月共交付新车32,618辆，同比增长58%，连续第三个月刷新纪录。', '58%')).toEqual(['growth:shipments', '2025-12']);
  });

  it("gives a whole year's figure that names no year a period of its own, never that of an undated figure", () => {
    expect(read('某券商分析师认为，公司全年收入有望达到人民币120亿至125亿元。', '人民币120亿至125亿元')).toEqual(['revenue:target', 'full-year']);
    const text = [
      '灵犀互娱发布截至2025年6月30日止六个月的中期业绩。报告期内，灵犀互娱实现收入人民币58.6亿元。',
      '',
      '分析师认为，灵犀互娱全年收入有望达到人民币120亿至125亿元。',
    ].join('\n');
    expect(complaintsOf({ 'a.md': text })).toEqual([]);
  });

  it('gives each of two lists in one sentence the years written before it', () => {
    const claims = claimsOf('2022年至2024年，擎川收入分别为4.86亿元、7.93亿元和12.46亿元，2023年和2024年同比增速分别为63.2%和57.1%。');
    expect(['4.86亿元', '7.93亿元', '12.46亿元', '63.2%', '57.1%'].map((t) => byText(claims, t).period)).toEqual(['2022', '2023', '2024', '2023', '2024']);
  });
});

describe('which part of a whole a figure is', () => {
  it('reads a kind of product with the words that say which as its own line (工业机器人, 人形机器人)', () => {
    const claims = claimsOf('销量方面，擎川2024年工业机器人销量为1.82万台，人形机器人交付526台。');
    expect([byText(claims, '1.82万台').attribute, byText(claims, '526台').attribute]).toEqual(['shipments:工业机器人', 'shipments:人形机器人']);
    // How much or when is no product line.
    expect(byText(claimsOf('擎川2024年全年机器人销量为1.82万台。'), '1.82万台').attribute).toBe('shipments');
    expect(byText(claimsOf('上半年，晶拓新能源组件出货量为23GW。'), '23GW').attribute).toBe('shipments');
  });

  it('reads the sales of a business as that business (汽车销售收入)', () => {
    expect(byText(claimsOf('第三季度，驰远汽车销售收入为231.2亿元。'), '231.2亿元').attribute).toBe('revenue:automotive');
  });

  it('reads a batch or a phase as a part of its own (第一批, 首批, the first tranche)', () => {
    expect(byText(claimsOf('芯澜科技将分两批交付：第一批1.2万颗于2026年3月31日前交付。'), '1.2万颗').attribute).toBe('shipments:batch-1');
    expect(byText(claimsOf("The deal's first tranche of $50 million is due this year."), '$50 million').attribute).toBe('deal-value:batch-1');
    const text = '芯澜科技获得3.5万颗芯片订单。\n\n芯澜科技表示，第一批1.2万颗芯片将于3月底前交付。\n\n芯澜科技3.5万颗芯片将分两批交付。\n';
    expect(complaintsOf({ 'a.md': text })).toEqual([]);
  });

  it('compares no rate of growth whose text names nothing that grew', () => {
    const files = {
      'a.md': '擎川机器人将于3月6日挂牌。在3月5日的暗盘交易中，擎川机器人收报28.90港元，较发行价上涨17.5%。\n',
      'b.md': '擎川机器人发布配售结果。擎川机器人的发行市值约合271.6亿元人民币，较D轮估值增长约51%。\n',
    };
    expect(complaintsOf(files)).toEqual([]);
  });

  it("takes a model's parameters bound to its maker only for no figure to compare", () => {
    const files = {
      'a.md': '星衍智能发布星衍-3，总参数4820亿。作为对比，星衍-2的总参数为2360亿。\n',
      'b.md': 'Xingyan AI also released a 16-billion-parameter model for phones.\n',
    };
    expect(complaintsOf(files)).toEqual([]);
    // 星衍-3 is a version, not minus three.
    expect(claimsOf('星衍智能发布星衍-3，总参数4820亿。').map((c) => c.text)).toEqual(['4820亿']);
  });
});

describe('the measure a word names', () => {
  it('reads a contract valued at an amount as a deal, not a valuation', () => {
    expect(byText(claimsOf('Xinlan will supply 35,000 chips to Yunshu Compute under a contract valued at $8.6 billion.'), '$8.6 billion').attribute).toBe('deal-value');
    expect(byText(claimsOf('芯澜科技与云枢算力签订采购合同，合同总金额为86亿元。'), '86亿元').attribute).toBe('deal-value');
  });

  it('reads what follows `in` or `of` after an amount as its measure', () => {
    const claims = claimsOf('Under the agreement, Averon will pay $150 million upfront and $50 million in near-term milestone payments.');
    expect([byText(claims, '$150 million').attribute, byText(claims, '$50 million').attribute]).toEqual(['upfront-payment', 'milestone-payments']);
  });

  it("reads an IPO's proceeds as money raised, its net proceeds and price apart, and an exchange rate as nothing", () => {
    const zh = claimsOf('按发行价计算，擎川机器人此次募资总额约33.9亿港元，按1美元兑7.80港元计算，约合4.35亿美元；扣除包销佣金及相关费用后，擎川机器人募资净额约32.1亿港元。');
    expect(['约33.9亿港元', '约32.1亿港元'].map((t) => byText(zh, t).attribute)).toEqual(['funding-round', 'net-proceeds']);
    for (const rate of ['1美元', '7.80港元']) expect([byText(zh, rate).subject, byText(zh, rate).attribute], rate).toEqual([undefined, undefined]);
    const en = claimsOf('Qingchuan Robotics raised HK$3.39 billion after pricing its shares at the midpoint of an indicative range of HK$22.80 to HK$26.40, converted at 7.80 Hong Kong dollars to the dollar.');
    expect(['HK$3.39 billion', 'HK$22.80 to HK$26.40'].map((t) => byText(en, t).attribute)).toEqual(['funding-round', 'share-price']);
    expect(byText(en, '7.80 Hong Kong dollars').attribute).toBeUndefined();
  });

  it("takes the period of a table's corner cell for every cell of it", () => {
    const text = '驰远汽车给出的业绩指引如下：\n\n| 2025年第四季度指引 | 区间 | 同比增长 |\n|---|---|---|\n| 交付量 | 10.5万—11万辆 | 29.5%—35.7% |\n';
    expect(byText(claimsOf(text), '10.5万—11万辆').period).toBe('2025-Q4');
  });
});

describe('companies found in English text', () => {
  it('finds a company after `chip designer` and by the ending `Technology`', () => {
    const text = 'SHANGHAI, Jan 13 (Reuters) - Shares in Chinese AI chip designer Xinlan Technology jumped 12.6% on Tuesday. Xinlan said it would supply 35,000 chips.';
    expect(byText(claimsOf(text), '12.6%').subject?.id).toBe('xinlan');
  });
});

describe('the day of an event of a company', () => {
  it("reads the day a company reports its results, and the day its shares start trading", () => {
    const zh = claimsOf('11月18日晚间，新能源车企驰远汽车发布截至2025年9月30日的第三季度未经审计财报。驰远汽车营收248.6亿元。');
    expect(byText(zh, '11月18日')).toMatchObject({ attribute: 'results-date', subject: { id: '驰远', confidence: 0.7 } });
    // The end of the quarter is no event.
    expect(byText(zh, '2025年9月30日').attribute).toBeUndefined();
    expect(byText(claimsOf('驰远汽车（09876.HK）11月17日晚间披露2025年第三季度业绩。'), '11月17日').attribute).toBe('results-date');
    // A year a quarter follows is the period the results are of.
    expect(byText(claimsOf('驰远汽车11月17日晚间披露2025年第三季度业绩。'), '2025年').attribute).toBeUndefined();
    expect(byText(claimsOf('公司股份将于3月6日在港交所主板挂牌买卖。'), '3月6日').attribute).toBe('listing-date');
  });

  it('reads no results day in a day after the results, or in an earnings call', () => {
    expect(byText(claimsOf('财报发布后，启程汽车港股于11月19日高开。'), '11月19日').attribute).not.toBe('results-date');
    expect(byText(claimsOf('晶曜董事长赵启明在4月25日的业绩说明会上表示，组件价格将触底。'), '4月25日').attribute).not.toBe('results-date');
    // 上市前 is no listing.
    expect(byText(claimsOf('擎川机器人上市前的最后一轮融资为2024年11月完成的10亿元D轮。'), '2024年11月').attribute).not.toBe('listing-date');
  });

  it('finds two articles that give one company two days for its results', () => {
    const files = {
      'a.md': '---\ndate: 2025-11-19\n---\n\n11月18日晚间，新能源车企驰远汽车发布第三季度财报。驰远汽车第三季度营收248.6亿元。\n',
      'b.md': '---\ndate: 2025-11-19\n---\n\n驰远汽车11月17日晚间披露第三季度业绩。驰远汽车第三季度营收248.6亿元。\n',
    };
    expect(complaintsOf(files)).toEqual(['date-conflict 11月17日 vs 11月18日']);
    expect(byText(analyse('a.md', files['a.md']).claims, '11月18日').period).toBe('2025-Q3');
    // Another quarter's results are another day.
    const q2 = '---\ndate: 2025-08-21\n---\n\n8月20日晚间，新能源车企驰远汽车发布第二季度财报。驰远汽车第二季度营收201.3亿元。\n';
    expect(complaintsOf({ 'a.md': files['a.md'], 'c.md': q2 })).toEqual([]);
  });

  it("finds one article that gives its company's launch event two days", () => {
    const text = [
      '星曜X7 Pro发布：起售价4999元',
      '',
      '2025年3月25日',
      '',
      '星曜科技于3月18日晚在深圳举行春季新品发布会，正式发布旗舰手机星曜X7 Pro。星曜科技表示，新机于3月22日开售。',
      '',
      '值得一提的是，星曜科技在3月28日的发布会上还同步推出了首款智能眼镜。',
      '',
    ].join('\n');
    expect(complaintsOf({ 'a.txt': text }).map((l) => l.replace(/ vs .*/, ''))).toEqual(['date-conflict 3月28日']);
  });
});
