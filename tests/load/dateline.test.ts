import { describe, expect, it } from 'vitest';
import { datelineOf } from '../../src/load/dateline.js';
import { sourceFromBytes } from '../../src/load/read-source.js';
import { analyse } from '../check/crosscheck-helpers.js';

const source = (text: string) => sourceFromBytes('a.txt', new TextEncoder().encode(text));

describe('the dateline of a plain-text article', () => {
  it('reads the date a line of its own gives under the headline and byline', () => {
    const article = (dateline: string) => `苍穹互联完成22亿元C轮融资\n\n文｜赵一鸣\n编辑｜孙珂\n${dateline}\n\n正文第一段，2024年12月15日发射。\n`;
    expect(datelineOf(article('2025年7月9日'), 0)).toBe('2025-07-09');
    expect(datelineOf(article('发布时间：2025-07-09 10:32'), 0)).toBe('2025-07-09');
    expect(datelineOf(article('2025年7月9日 星期三'), 0)).toBe('2025-07-09');
    expect(datelineOf(article('Oct. 23, 2025'), 0)).toBe('2025-10-23');
    expect(datelineOf(article('NEW YORK, Sept 23, 2025'), 0)).toBe('2025-09-23');
    expect(datelineOf(article('Published: Thursday, 23 October 2025 10:32 AM ET'), 0)).toBe('2025-10-23');
    // A wire's outlet and dash after the date, and a Chinese byline that ends with it.
    expect(datelineOf(article('SHANGHAI, Oct. 29, 2025 (Asia Energy Wire) —'), 0)).toBe('2025-10-29');
    expect(datelineOf(article('BEIJING, Nov 12, 2025 (Reuters) -'), 0)).toBe('2025-11-12');
    expect(datelineOf(article('华证时报记者 林晓 常州报道 2025年10月29日'), 0)).toBe('2025-10-29');
    // No date of its own line, a date inside a sentence, or one that names no day of the calendar: none.
    expect(datelineOf(article('记者 许嘉禾'), 0)).toBeUndefined();
    expect(datelineOf('Revenue rose.\n\nOn Oct. 23, 2025 the company said it would cut 300 jobs.\n', 0)).toBeUndefined();
    expect(datelineOf(article('2025年2月30日'), 0)).toBeUndefined();
    // Only near the top: a date on a line of its own further down is a table cell or a caption.
    expect(datelineOf(`${'第一段。\n\n'.repeat(9)}2025年7月9日\n`, 0)).toBeUndefined();
  });

  it('reads a paper’s dateline that opens the first paragraph, and no date a long first line merely holds', () => {
    const lead = (opening: string) => `青禾咖啡三季度营收48.72亿元\n\n${opening}总部位于栖川的连锁咖啡品牌青禾咖啡（纳斯达克：QHCF）今日发布2025年第三季度未经审计财报。\n`;
    expect(datelineOf(lead('北岭商报讯 2025年11月4日（记者 林书瑶）'), 0)).toBe('2025-11-04');
    expect(datelineOf(lead('【港航财经讯】2026年2月11日，'), 0)).toBe('2026-02-11');
    expect(datelineOf(lead('本报讯（记者 陆思远）2025年8月11日，'), 0)).toBe('2025-08-11');
    expect(datelineOf(lead('公司表示，2025年11月4日起将调整价格，'), 0)).toBeUndefined();
  });

  it("is the reference date where the front matter gives none, and never overrides the front matter's", () => {
    expect(source('标题\n\n2025年7月9日\n\n距离去年12月16日首批卫星升空已有七个月。\n').referenceDate).toBe('2025-07-09');
    expect(source('---\ndate: 2026-01-05\n---\n标题\n\n2025年7月9日\n\n正文。\n').referenceDate).toBe('2026-01-05');
    const { claims } = analyse('a.txt', '苍穹互联完成C轮融资\n\n2025年7月9日\n\n距离去年12月16日首批卫星升空，苍穹互联在轨卫星已从18颗增加到42颗。\n');
    expect(claims.find((c) => c.text === '去年12月16日')!.date).toBe('2024-12-16');
  });
});
