import { describe, expect, it } from 'vitest';
import { analyse, complaintLines } from '../check/crosscheck-helpers.js';

/** Text → unit, attribute and period of each figure of an article. */
const bound = (name: string, text: string) =>
  Object.fromEntries(analyse(name, text).claims.map((c) => [c.text, `${c.unit ?? c.currency ?? '-'} ${c.attribute ?? '-'} ${c.period ?? '-'}`]));

describe('traffic, capacity and subscribers', () => {
  const airport = [
    '海州机场集团1月6日发布数据显示，2025年海州江湾国际机场共完成旅客吞吐量4862.3万人次，同比增长12.4%；完成货邮吞吐量128.5万吨。',
    '',
    '海州机场集团董事长郑海涛表示：“现有航站楼设计容量为4500万人次，2025年全年都在超负荷运行。”',
    '',
  ].join('\n');

  it('counts 人次 as trips of passenger traffic, not as people on the staff, and a design capacity apart', () => {
    const claims = bound('a.md', airport);
    expect(claims['4862.3万人次']).toBe('trip passenger-traffic 2025');
    expect(claims['128.5万吨']).toBe('t cargo-throughput 2025');
    expect(claims['4500万人次']).toBe('trip capacity 2025');
    expect(complaintLines({ 'a.md': airport })).toEqual([]);
  });

  it('keeps a goal of next year apart from this year’s traffic (`a 2026 target of 52 million passengers, about 7% more than in 2025, and 1.35 million tonnes`)', () => {
    const en = 'The group has set a 2026 target of 52 million passengers, about 7% more than in 2025, and 1.35 million tonnes of cargo and mail.\n';
    const claims = bound('b.md', en);
    expect(claims['52 million passengers']).toBe('passenger passenger-traffic:target 2026');
    expect(claims['1.35 million tonnes']).toBe('t cargo-throughput 2026');
  });

  it('tells paying subscribers from monthly active users', () => {
    const claims = bound('c.md', 'StarBeam’s monthly active users reached 215 million, while paying subscribers rose 14% to 32.6 million.\n');
    expect(claims['215 million']).toBe('- monthly-active-users -');
    expect(claims['32.6 million']).toBe('- paying-users -');
    expect(bound('d.md', '星芒视频月活跃用户数达2.15亿；付费会员数3260万，同比增长14%。\n')['3260万']).toBe('- paying-users -');
  });
});

describe('the day a plant’s construction starts', () => {
  const zh = '芯衡半导体位于江苏南通的12英寸晶圆制造项目9月26日正式开工。芯衡半导体表示，该项目总投资350亿元。\n';
  const wire = (day: string) =>
    `NANTONG, September 27, 2025 — Chinese foundry XinHeng Semiconductor broke ground on ${day} on a 12-inch wafer fab in Nantong. XinHeng Semiconductor said the fab will cost RMB 35 billion.\n`;
  const daily = (day: string) => `2025年9月27日 滨江日报\n\n本报讯 ${day}上午，芯衡半导体12英寸晶圆制造项目开工仪式在南通举行。芯衡半导体表示，该项目总投资约350亿元。\n`;

  it('is compared across articles and languages', () => {
    expect(complaintLines({ 'a.md': zh, 'b.txt': wire('September 26') })).toEqual([]);
    expect(complaintLines({ 'a.md': zh, 'b.txt': wire('September 25') })).toEqual(['date-conflict September 25 vs 9月26日']);
  });

  it('is the day a sentence opens with, alone in its clause (`9月25日上午，…开工仪式在南通举行`)', () => {
    expect(bound('c.txt', daily('9月25日'))['9月25日']).toBe('- groundbreaking-date -');
    expect(complaintLines({ 'a.md': zh, 'c.txt': daily('9月25日') })).toEqual(['date-conflict 9月25日 vs 9月26日']);
  });
});
