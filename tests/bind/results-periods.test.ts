import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

/** Text, attribute and period of each figure of an article. */
const bound = (name: string, text: string) =>
  Object.fromEntries(analyse(name, text).claims.map((c) => [c.text, `${c.attribute ?? '-'} ${c.period ?? '-'}`]));

const WIRE = [
  'Qingfeng New Energy Q3 profit jumps 26% as energy-storage shipments surge',
  '',
  'SHANGHAI, Oct. 29, 2025 (Asia Energy Wire) —',
  '',
  'Chinese battery maker Qingfeng New Energy Technology Co. reported a 26.4% year-on-year rise in third-quarter net profit late on Tuesday.',
  '',
  'Revenue for the July-September quarter rose 18.7% to 15.23 billion yuan ($2.14 billion), the Changzhou-based company said in a filing.',
  '',
  "Net profit attributable to shareholders climbed to $1.86 billion, the company's highest quarterly profit since its listing, while earnings per share came in at 0.79 yuan.",
  '',
  'Gross margin widened to 23.4% from 21.9% a year earlier and from 22.8% in the second quarter, while the net margin was about 12.2%.',
  '',
  'For the first nine months of the year, revenue rose 15.1% to 41.28 billion yuan and net profit increased 21.3% to 4.97 billion yuan.',
  '',
].join('\n');

describe('the period of the results a report states', () => {
  it('dates a quarter the article names without its year by the article’s date, in the months its results come out', () => {
    const claims = analyse('wire.txt', WIRE).claims;
    expect(claimByText(claims, '15.23 billion yuan').period).toBe('2025-Q3');
    // A quarter named in an article of March may be one to come: its year stays unknown.
    const march = WIRE.replace('Oct. 29, 2025', 'March 2, 2025');
    expect(claimByText(analyse('wire.txt', march).claims, '15.23 billion yuan').period).toBe('XXXX-Q3');
  });

  it('gives the results of a paragraph that names no time the period of the paragraph before', () => {
    const claims = bound('wire.txt', WIRE);
    expect(claims['$1.86 billion']).toBe('profit 2025-Q3');
    expect(claims['0.79 yuan']).toBe('earnings-per-share 2025-Q3');
    // A paragraph with a time of its own keeps it.
    expect(claims['4.97 billion yuan']).toBe('profit 2025-Q1-Q3');
  });

  it('carries no period over a heading', () => {
    const heading = WIRE.replace('Net profit attributable', '## Profit\n\nNet profit attributable');
    expect(bound('wire.md', heading)['$1.86 billion']).toBe('profit -');
  });

  it('finds the currency slip that a restated profit makes once it has its period', () => {
    const chinese = [
      '青峰新能（全称：青峰新能源科技股份有限公司）10月28日晚间发布2025年第三季度报告。公司第三季度实现营业收入152.3亿元，同比增长18.7%；实现净利润18.6亿元，同比增长26.4%。',
      '',
    ].join('\n');
    expect(complaintLines({ 'wire.txt': WIRE, 'caiwen.md': chinese })).toEqual(['currency-mismatch $1.86 billion vs 18.6亿元']);
  });

  it('takes a quarter after a comparison base as the base’s, not the sentence’s', () => {
    const claims = bound('wire.txt', WIRE);
    // The sentence names no one and no time: the article's company and the period of the paragraph before.
    expect(claims['23.4%']).toBe('gross-margin 2025-Q3');
    expect(claims['22.8%']).toBe('gross-margin -');
    expect(claims['21.9%']).toBe('gross-margin -');
    const zh = bound('a.md', '启程汽车2025年第三季度毛利率为23.4%，较第二季度的22.8%提升0.6个百分点。\n');
    expect(zh['23.4%']).toBe('gross-margin 2025-Q3');
    // A quarter after `from the` is a base too; one after a figure that no comparison word opens is the sentence's.
    const en = bound('b.txt', 'Vireo Motors said gross margin rose 0.8 percentage points from the second quarter to 18.2% in the third quarter of 2025.\n');
    // Points of the margin are its change, the level it rose to is the margin.
    expect([en['0.8 percentage points'], en['18.2%']]).toEqual(['growth:gross-margin 2025-Q3', 'gross-margin 2025-Q3']);
  });
});

describe('what a figure measures, when the next item of a list names its own', () => {
  it('reads a keyword after `and` or `while` as the next item’s', () => {
    const claims = bound('wire.txt', WIRE);
    expect(claims['41.28 billion yuan']).toBe('revenue 2025-Q1-Q3');
    expect(claims['about 12.2%']).toBe('net-margin 2025-Q3');
    const zh = bound('a.md', '公司营收412.8亿元和净利润49.7亿元均创新高。\n');
    expect(zh['412.8亿元']).toBe('revenue -');
    expect(zh['49.7亿元']).toBe('profit -');
  });

  it('still reads a keyword that follows through `with whom` (与…达成合作)', () => {
    expect(bound('a.md', '英伟达以约200亿美元与Groq达成合作。\n')['约200亿美元']).toBe('deal-value -');
  });
});
