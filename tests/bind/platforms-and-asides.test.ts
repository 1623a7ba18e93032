import { describe, expect, it } from 'vitest';
import { dated, measuredAs } from '../check/crosscheck-helpers.js';


/** A Hong Kong paper on a food-delivery platform's quarter: the name, a day in brackets and `收市後` before the verb. */
const PAPER = dated(
  '2026-08-07',
  '【本報訊】外賣平台快喵科技昨日（8月6日）收市後公布第二季業績，收入按年增長14.2%至386.0億元人民幣。',
  '公司同時宣布，董事會批准於未來12個月內回購最多30億元人民幣的股份，並預期第三季收入介乎405億至415億元人民幣。',
  '快喵表示，即時零售仍處於投入期。',
);

describe('a platform and its buyback', () => {
  it('finds a company that a word of what it is introduces, however far past a day and two adverbs its verb stands', () => {
    expect(measuredAs('a.md', PAPER, '386.0億元人民幣')).toBe('revenue 快喵');
    const maker = dated('2026-07-22', '本报讯 风电整机制造商岚峰风电7月21日晚间发布上半年经营数据，新增订单18.74GW。', '岚峰风电表示，海上风电订单增长较快。');
    expect(measuredAs('b.md', maker, '18.74GW')).toBe('order-intake 岚峰');
  });

  it('leaves the quarter of the statement a clause joined with `並` tells to that statement', () => {
    expect(measuredAs('a.md', PAPER, '最多30億元人民幣', true)).toBe('buyback 快喵 P12M');
    expect(measuredAs('a.md', PAPER, '405億至415億元人民幣', true)).toMatch(/^revenue:target .* 2026-Q3$/);
  });
});

describe('an explanation in brackets', () => {
  it('names no measure: the label before it does, and the change after the figure is the label’s', () => {
    const list = dated(
      '2026-08-07',
      'Kuaimiao Technology reported second-quarter results on Thursday.',
      '- Take rate (food-delivery revenue as a share of GMV): 13.1%, up 0.4 percentage points from a year earlier',
    );
    expect(measuredAs('a.md', list, '13.1%')).toMatch(/^take-rate /);
    expect(measuredAs('a.md', list, '0.4 percentage points')).toMatch(/^growth:take-rate /);
    const zh = dated('2026-08-07', '快喵科技公布第二季度业绩。快喵外卖业务收入占交易额的比例（即货币化率）为13.1%，较去年同期的12.7%提升0.4个百分点。');
    expect(measuredAs('b.md', zh, '12.7%')).toMatch(/^take-rate /);
    expect(measuredAs('b.md', zh, '0.4个百分点')).toMatch(/^growth:take-rate /);
  });
});
