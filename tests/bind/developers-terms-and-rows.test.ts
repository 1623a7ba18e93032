import { describe, expect, it } from 'vitest';
import { analyse, claimByText, complaintLines } from '../check/crosscheck-helpers.js';

/** A Hong Kong paper on a developer's results: the name after a sector's stocks, growth written 按年下跌 and 按年上升. */
const DEVELOPER_HK = [
  '---',
  'title: "澄灣置地去年虧損收窄"',
  'date: 2026-03-31',
  'lang: zh-Hant',
  '---',
  '',
  '內房股澄灣置地（1897）昨晚公布2025年全年業績，股東應佔虧損196.5億元人民幣。去年收入738.9億元人民幣，按年下跌22.7%；合約銷售額612.4億元人民幣，按年上升18.4%。',
  '',
  '澄灣置地表示，今年將繼續保交樓。',
  '',
].join('\n');

/** …and a mainland account on the same results, which has the direction right. */
const DEVELOPER_ZH = [
  '---',
  'title: "澄湾置地2025年业绩"',
  'date: 2026-03-31',
  'lang: zh-CN',
  '---',
  '',
  '3月30日晚间，澄湾置地控股（01897.HK）发布2025年度业绩公告。澄湾置地2025年实现合约销售额612.4亿元，同比下降18.4%；全年营业收入738.9亿元，同比下降22.7%。',
  '',
].join('\n');

describe('a developer’s results in two papers', () => {
  it('finds a company ending in 置地, and reads 按年下跌 and 按年上升 as growth of the measure before', () => {
    const claims = analyse('hk.md', DEVELOPER_HK).claims;
    expect((analyse('hk.md', DEVELOPER_HK).companies ?? []).map((c) => c.id)).toContain('澄灣');
    expect(claimByText(claims, '22.7%').attribute).toBe('growth:revenue');
    expect(claimByText(claims, '18.4%').attribute).toBe('growth:contracted-sales');
  });
  it('so a sign flipped between them is found', () => {
    expect(complaintLines({ 'hk.md': DEVELOPER_HK, 'zh.md': DEVELOPER_ZH })).toEqual(['conflicting-figure 18.4% vs 18.4%']);
  });
});

describe('terms, brands and dates that are no figures of what a sentence or a row says', () => {
  it('reads no length of time in a deposit’s term (`一年期`, `三年期和五年期`)', () => {
    const claims = analyse('a.md', '该行下调存款挂牌利率，一年期定期存款利率由1.10%下调至0.95%，三年期和五年期定期存款利率分别下调20个基点。\n').claims;
    expect(claims.filter((c) => c.unit === 'year')).toEqual([]);
  });
  it('takes a brand in brackets after a business as no company of the row (`| 云服务（云帆智算云） | 168.3 |`)', () => {
    const text = '云帆集团（3917.HK）公布一季度业绩，营业收入1024.6亿元。\n\n| 业务板块 | 一季度收入（亿元） |\n|---|---|\n| 云服务（云帆智算云） | 168.3 |\n';
    expect(claimByText(analyse('a.md', text).claims, '168.3').subject?.id).not.toBe('云帆');
    expect(complaintLines({ 'a.md': text })).toEqual([]);
  });
  it('reads no unit in a header’s year (`| T1（2025年） |`)', () => {
    const text = '| 参数 | T2 | T1（2025年） |\n| --- | --- | --- |\n| 自由度 | 41 | 32 |\n';
    expect(claimByText(analyse('a.md', text).claims, '32').unit).toBeUndefined();
  });
  it('counts no orders in companies (`与17家企业客户签订1,260台订单`)', () => {
    const text = '星轨机器人发布人形机器人T2，并表示已与17家企业客户签订1,260台订单。星轨机器人称将于6月交付。\n';
    expect(claimByText(analyse('a.md', text).claims, '17家').attribute).not.toBe('orders');
  });
});

describe('a developer’s debt restructuring', () => {
  it('is no loss of the year (`narrows 2025 loss, sets timetable for US$6.25bn offshore restructuring`)', () => {
    const text = 'Chengwan Land narrows 2025 loss, sets timetable for US$6.25bn offshore restructuring\n\nChengwan Land reported a net loss of 19.65 billion yuan for 2025.\n';
    expect(claimByText(analyse('a.txt', text).claims, 'US$6.25bn').attribute).toBe('debt-restructuring');
    expect(complaintLines({ 'a.txt': text })).toEqual([]);
  });
});
