import { describe, it } from 'vitest';
import { checkCase, forms, none, type Case } from './case-table.js';

const cases: Case[] = [
  ...forms({ kind: 'count', value: 350000, unit: 'gpu', qualifier: 'exact' }, ['Meta去年采购了⟦35万颗H100⟧卡。', 'Meta bought ⟦350,000 H100⟧ chips last year.', 'Meta去年采购了⟦三十五万颗H100⟧。', 'Meta bought ⟦350,000 GPUs⟧ last year.', 'Meta去年采购了⟦35万块GPU⟧。']),
  // 块 before a thing counted with it counts it; otherwise it is yuan.
  ...forms({ kind: 'count', value: 24576, qualifier: 'exact' }, ['训练在由⟦24,576块⟧加速器组成的集群上进行。']),
  ...forms({ kind: 'money', value: 3000, currency: 'CNY', qualifier: 'exact' }, ['他月薪⟦3000块⟧，不算高。', '奖金为⟦3000块⟧现金。']),
  ...forms({ kind: 'count', value: 1e6, unit: 'tpu', qualifier: 'atMost' }, ['Anthropic将部署⟦多达100万颗TPU⟧。', 'Anthropic will deploy ⟦up to one million TPUs⟧.', 'Anthropic will deploy ⟦up to 1 million TPUs⟧.']),
  ...forms({ kind: 'count', value: 1e12, unit: 'parameter' }, ['Kimi K2具备⟦万亿参数⟧的MoE构架。', 'Kimi K2 has ⟦1 trillion parameters⟧.', 'Kimi K2 has ⟦one trillion parameters⟧.', 'Kimi K2具备⟦1万亿参数⟧。']),
  // An order of magnitude (trillion-parameter scale) is not a figure of any one model.
  ...none(['当整个行业都在追逐万亿参数规模时，Nvidia悄然构建了另一重护城河。', '这是一款千亿级模型。', '百亿量级的投入正在到来。']),
  ...forms({ kind: 'count', value: 4.05e11, unit: 'parameter' }, ["It matches Meta's Llama 3.1 ⟦405B⟧ on most tests.", 'It matches Llama 3.1 ⟦405B parameters⟧ on most tests.']),
  ...forms({ kind: 'count', value: 120000, unit: 'vehicle' }, ['公司三季度交付了⟦12万辆⟧SUV。']),
  ...forms({ kind: 'count', value: 12000, unit: 'employee' }, ['公司目前有⟦1.2万名员工⟧。', 'The company has ⟦12,000 employees⟧.', '公司目前有⟦一万二千名员工⟧。']),
  ...forms({ kind: 'count', value: 3e8, unit: 'user' }, ['该应用月活跃⟦3亿用户⟧。', 'The app has ⟦300 million users⟧.', 'The app has ⟦300M users⟧.']),
  ...forms({ kind: 'count', value: 200, unit: 'person' }, ['事故造成⟦200人⟧受伤。', 'The accident injured ⟦200 people⟧.', '事故造成⟦两百人⟧受伤。']),
  ...forms({ kind: 'count', value: 3, unit: 'employee' }, ['公司新招了⟦三名员工⟧。', 'The firm hired ⟦three employees⟧.']),
  ...forms({ kind: 'quantity', value: 80, unit: 'TB/s' }, ['Groq的LPU芯片拥有⟦80TB/s⟧带宽。', 'The chip offers ⟦80 TB/s⟧ of bandwidth.']),
  ...forms({ kind: 'quantity', value: 1.2, unit: 'GW' }, ['The data centre will draw ⟦1.2 GW⟧ at full load.', '数据中心满载功率为⟦1.2吉瓦⟧。', 'The data centre will draw ⟦1.2GW⟧ at full load.', 'The data centre will draw ⟦1.2 gigawatts⟧ at full load.']),
  ...forms({ kind: 'quantity', value: 100, unit: 'MW' }, ['电站装机容量为⟦100兆瓦⟧。', 'The plant has ⟦100 MW⟧ of capacity.']),
  ...forms({ kind: 'quantity', value: 3, unit: 'nm' }, ['台积电的⟦3纳米⟧工艺已量产。', "TSMC's ⟦3nm⟧ process is in volume production."]),
  ...forms({ kind: 'quantity', value: 10, unit: 'year' }, ['错过一个定义时代的公司，可能输掉⟦十年⟧。', 'It could cost the firm ⟦ten years⟧.', 'It could cost the firm ⟦10 years⟧.']),
  ...forms({ kind: 'quantity', value: 30, unit: 'day' }, ['股价短短⟦30天⟧内大幅下跌。', 'The stock fell for ⟦30 days⟧ in a row.']),
  ...forms({ kind: 'quantity', value: 19, unit: 'hour' }, ['更新于⟦19小时⟧前。', 'Updated ⟦19 hours⟧ ago.']),
  // A multiple stated in a word, as a translator writes 2倍 or twofold.
  ...forms({ kind: 'ratio', value: 2 }, ['公司营收同比⟦翻倍⟧。', '利润⟦翻了一番⟧。', 'Revenue ⟦doubled⟧ from a year earlier.', 'Its fleet is ⟦doubling⟧ every year.']),
  ...forms({ kind: 'ratio', value: 4 }, ['利润⟦翻了两番⟧。', 'Profit ⟦quadrupled⟧.']),
  ...forms({ kind: 'ratio', value: 0.5 }, ['成本⟦减半⟧。', 'Costs were ⟦halved⟧.']),
  ...forms({ kind: 'ratio', value: 2, qualifier: 'approx' }, ['Net profit ⟦roughly doubled⟧ to a record.', '出货量⟦接近翻倍⟧。']),
  ...none(['The firm doubled down on AI.', 'The lobby doubles as a gallery.']),
  ...forms({ kind: 'ratio', value: 10 }, ['这块芯片的带宽是英伟达顶级芯片的⟦10倍⟧。', 'The chip has ⟦10 times⟧ the bandwidth.', 'The chip has ⟦10x⟧ the bandwidth.', 'The chip has ⟦tenfold⟧ the bandwidth.', '这块芯片的带宽是对手的⟦十倍⟧。', 'The chip has ⟦10×⟧ the bandwidth.', 'The chip has ⟦ten times⟧ the bandwidth.', 'Bandwidth rose ⟦10-fold⟧ since then.']),
  ...forms({ kind: 'ratio', value: 40 }, ['推理速度飙升至原来的⟦40倍⟧。', 'Inference ran ⟦40 times⟧ faster.']),
  ...forms({ kind: 'ratio', value: 3 }, ['Inference is ⟦3x⟧ faster.', 'Inference is ⟦threefold⟧ faster.', 'Inference is ⟦3X⟧ faster.']),
  ...forms({ kind: 'quantity', value: 700, unit: 'W' }, ['The H100 draws ⟦700W⟧ at full load.', 'The H100 draws ⟦700 watts⟧ at full load.', 'H100满载功耗为⟦700瓦⟧。']),
  // The 千 of 千瓦, 千瓦时, 千克 and 千米 is the unit's (kilo-), not a thousand: 5万千瓦 is 50,000 kW.
  ...forms({ kind: 'quantity', value: 50000, unit: 'kW' }, ['项目总装机容量达⟦5万千瓦⟧。', 'The project has ⟦50,000 kW⟧ of installed capacity.']),
  ...forms({ kind: 'quantity', value: 1.8e9, unit: 'kWh', qualifier: 'approx' }, ['园区年用电量⟦约为18亿千瓦时⟧。', 'The park uses ⟦about 1.8 billion kWh⟧ a year.']),
  ...forms({ kind: 'quantity', value: 100, unit: 'kW' }, ['单台充电桩功率为⟦100千瓦⟧。', 'Each charger delivers ⟦100 kW⟧.']),
  ...forms({ kind: 'quantity', value: 1, unit: 'km' }, ['距离工厂⟦一千米⟧的地方。']),
  ...forms({ kind: 'quantity', value: 5, unit: 'kg' }, ['每台设备重⟦5千克⟧。']),
  ...forms({ kind: 'quantity', value: 12460, unit: 'kg' }, ['全年入轨载荷总质量⟦12460公斤⟧。', 'It put a total payload mass of ⟦12,460 kilograms⟧ into orbit.']),
  // A miner's gold: troy ounces, as a mainland, a Hong Kong and an English paper write them.
  ...forms({ kind: 'quantity', value: 1.186e6, unit: 'oz' }, ['集团去年黄金产量为⟦118.6万盎司⟧。', '集團去年黃金產量為⟦118.6萬安士⟧。', 'It produced ⟦1.186 million ounces⟧ of gold.']),
  // Phone and model specs: hertz, inches, compounds joined by hyphens, rates of tokens.
  ...forms({ kind: 'quantity', value: 120, unit: 'Hz' }, ['The panel refreshes at ⟦120Hz⟧.', '屏幕刷新率为⟦120赫兹⟧。']),
  ...forms({ kind: 'quantity', value: 6.82, unit: 'inch' }, ['The ⟦6.82-inch⟧ display is brighter.', 'It has a ⟦6.82 inch⟧ display.', '新机配备⟦6.82英寸⟧屏幕。']),
  ...forms({ kind: 'count', value: 3e9, unit: 'parameter' }, ['It runs a ⟦3-billion-parameter⟧ model on the phone.', '手机端运行⟦30亿参数⟧模型。']),
  ...forms({ kind: 'money', value: 2e10, currency: 'USD' }, ['Microsoft announced a ⟦$20-billion⟧ investment.']),
  ...forms({ kind: 'quantity', value: 1200, unit: 'token/s', qualifier: 'atMost' }, ['It processes prompts at ⟦up to 1,200 tokens/s⟧.', 'It processes prompts at ⟦up to 1,200 tokens per second⟧.']),
  // The + of a configuration is no qualifier; 4K and 8K before a screen or video are resolutions.
  { sentence: 'The ⟦12GB⟧ + ⟦256GB⟧ model costs more.', expect: [{ kind: 'quantity', value: 12, unit: 'GB', qualifier: 'exact' }, { kind: 'quantity', value: 256, unit: 'GB' }] },
  ...none(['The phone records 4K video.', '新机支持8K视频录制。', 'It streams 4K@60fps.']),
  ...forms({ kind: 'count', value: 4000, unit: 'user' }, ['The forum has ⟦4K users⟧.']),
  ...forms({ kind: 'quantity', value: 7.9, unit: 'mm' }, ['新机的机身厚度仅为⟦7.9毫米⟧。']),
  ...forms({ kind: 'quantity', value: 10, unit: 'jin' }, ['每户可领取⟦十斤⟧大米。']),
  // A place word alone is a round figure after a qualifier; without one it is an idiom.
  ...forms({ kind: 'count', value: 1000, unit: 'company', qualifier: 'approx' }, ['本届展会吸引了⟦近千家⟧企业参展。']),
  ...forms({ kind: 'count', value: 100, qualifier: 'moreThan' }, ['发布会吸引了⟦超百家⟧媒体到场。']),
  ...none(['这项政策让千家万户受益。', '学术界百家争鸣。']),
  // A place word and a unit alone in brackets, or after 单位, label a table or chart: no figure.
  ...none(['| 总营收（亿元） | 指标 |', '以下数据单位：万辆', '净利润(亿元)及同比增速', '正在研发千瓦级电源。']),
  ...forms({ kind: 'money', value: 1e8, currency: 'CNY' }, ['公司去年完成了⟦亿元⟧融资。']),
  // What a rate is per (每百万tokens, 每万人, 元/百万tokens) is no count of its own.
  ...forms({ kind: 'money', value: 0.8, currency: 'CNY' }, ['输入价格降至每百万tokens ⟦0.8元⟧。', '输入价格降至⟦0.8元⟧/百万tokens。']),
  ...none(['每万人拥有的医生数量持续上升。']),
];

describe('counts, quantities and ratios', () => {
  it.each(cases.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
