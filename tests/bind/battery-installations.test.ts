import { describe, expect, it } from 'vitest';
import { complaintLines, measuredAs } from '../check/crosscheck-helpers.js';

/** An industry paper's January installations, with the market's total and its top makers. */
const TRADE_PAPER = [
  '---',
  'title: "锐能动力1月装车量7.86GWh"',
  'date: 2026-02-12',
  'source: 新能车观察',
  '---',
  '',
  '新能电池产业联合会2月11日发布数据显示，2026年1月国内动力电池装车量合计51.7GWh，同比增长28.6%。其中，锐能动力1月装车量7.86GWh，同比增长41.3%。',
  '',
  '1月国内动力电池装车量排名前五的企业合计装车40.2GWh，占比约77.8%。',
  '',
  '锐能动力表示，公司第二代快充电池已配套超过40款车型，1月单月该电池装车量约2.1GWh。',
  '',
].join('\n');

/** …and a wire that transposes two digits. */
const WIRE = [
  '---',
  'title: "Ruineng January battery installations rise 41%"',
  'date: 2026-02-11',
  'source: Meridian Wire',
  '---',
  '',
  'SHENZHEN, Feb 11, 2026 (Meridian Wire) - Ruineng Power Technology, a Shenzhen-based maker of electric-vehicle batteries, installed 7.68 gigawatt-hours (GWh) of batteries in January, up 41.3% from a year earlier.',
  '',
].join('\n');

describe('a battery maker’s installations', () => {
  it('reads 装车量 and `installed … GWh` as installations of the month, a maker’s or the market’s', () => {
    expect(measuredAs('a.md', TRADE_PAPER, '7.86GWh', true)).toBe('battery-installations 锐能 2026-01');
    expect(measuredAs('a.md', TRADE_PAPER, '51.7GWh', true)).toBe('battery-installations:power-battery market:cn:power-battery 2026-01');
    expect(measuredAs('b.md', WIRE, '7.68 gigawatt-hours', true)).toBe('battery-installations ruineng 2026-01');
  });

  it('gives the top makers’ total no market, and a product’s figure is a part of its maker’s', () => {
    // No market: only the article's one company as a guess (compared for a slip only).
    expect(measuredAs('a.md', TRADE_PAPER, '40.2GWh')).toBe('battery-installations 锐能?');
    expect(measuredAs('a.md', TRADE_PAPER, '约2.1GWh')).toBe('battery-installations:part 锐能');
  });

  it('reports the wire’s transposed digits', () => {
    expect(complaintLines({ 'a.md': TRADE_PAPER, 'b.md': WIRE })).toEqual(['conflicting-figure 7.68 gigawatt-hours vs 7.86GWh']);
  });
});

describe('a change of a maker’s share', () => {
  it('reads `較去年同期提升1.4%` and `提升1.4个百分点` as the share’s change, and reports the percent', () => {
    const taiwan = '---\ndate: 2026-02-12\n---\n\n銳能動力（300888.SZ）1月裝車量7.86GWh。銳能動力1月市佔率為15.2%，較去年同期提升1.4%。\n';
    const mainland = '---\ndate: 2026-02-12\n---\n\n锐能动力（300888.SZ）1月装车量7.86GWh。锐能动力1月市场份额15.2%，较去年同期的13.8%提升1.4个百分点。\n';
    expect(measuredAs('a.md', taiwan, '1.4%')).toBe('growth:market-share 銳能');
    expect(complaintLines({ 'a.md': taiwan, 'b.md': mainland })).toEqual(['conflicting-figure 1.4% vs 1.4个百分点']);
  });
});
