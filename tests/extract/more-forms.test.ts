import { describe, it } from 'vitest';
import { checkCase, forms, none, type Case } from './case-table.js';

/** Forms from the checklists of public number-recognition suites, written into news sentences. */
const zh: Case[] = [
  ...forms({ kind: 'number', value: 152 }, ['本届展会共有参展商⟦一百五十二⟧。', '本届展会共有参展商⟦壹佰伍拾贰⟧。', '本届展会共有参展商⟦一百 五 十 二⟧。', '本届展会共有参展商⟦壹百五十二⟧。']),
  ...forms({ kind: 'number', value: 75400 }, ['当月新增⟦7万5千4百⟧。', '当月新增⟦7 万5 千4 百⟧。', '当月新增⟦七万五千四百⟧。', '当月新增⟦7萬 5千 4百⟧。']),
  ...forms({ kind: 'number', value: 4.78e12 }, ['全年成交额达⟦4.78万亿⟧。', '全年成交額達⟦4.78萬億⟧。']),
  ...forms({ kind: 'count', value: 4e8, unit: 'person' }, ['当时全国人口为⟦四万万⟧。', '当时全国人口为⟦四亿⟧。', 'The population was then ⟦400 million people⟧.']),
  ...forms({ kind: 'number', value: 1e9 }, ['项目吸引资金⟦10万万⟧。', '项目吸引资金⟦十亿⟧。']),
  ...forms({ kind: 'number', value: 456420015 }, ['账户余额为⟦四亿五千六百四十二万零一十五⟧。']),
  ...forms({ kind: 'number', value: 5006200045200 }, ['报告中的合计为⟦五兆六十二亿四万五千二⟧。']),
  ...forms({ kind: 'number', value: 1011000 }, ['年度预算为⟦一百零一万一千⟧。']),
  ...forms({ kind: 'number', value: 40006000 }, ['年度预算为⟦四千万零六千⟧。']),
  ...forms({ kind: 'number', value: 4565 }, ['当日访客⟦４，５６５⟧。', '当日访客⟦4,565⟧。']),
  ...forms({ kind: 'number', value: 1.192e9 }, ['平台年度交易笔数达⟦１１.92亿⟧。']),
  ...forms({ kind: 'number', value: 2.2 }, ['该指数当日上涨⟦２．２⟧。']),
  ...forms({ kind: 'number', value: -32 }, ['当地最低气温读数为⟦负三十二⟧。', '当地最低气温读数为⟦負三十二⟧。']),
  ...forms({ kind: 'number', value: -6.6 }, ['该指标读数为⟦负六点六⟧。']),
  ...forms({ kind: 'number', value: 15.7 }, ['该指标读数为⟦十五点七⟧。']),
  ...forms({ kind: 'number', value: 1e5, qualifier: 'moreThan' }, ['活动吸引游客⟦十多万⟧。', '活动吸引游客⟦10多万⟧。']),
  ...forms({ kind: 'count', value: 5e6, unit: 'person', qualifier: 'moreThan' }, ['项目覆盖人口⟦500余万⟧。', '项目覆盖人口⟦五百余万⟧。']),
  ...forms({ kind: 'count', value: 3.3e10, unit: 'parameter' }, ['Nemotron 3 Nano的参数量为⟦330亿⟧。', 'Nemotron 3 Nano的参数规模达⟦330亿⟧。', 'Nemotron 3 Nano has ⟦33 billion parameters⟧.']),
  ...forms({ kind: 'count', value: 490000, qualifier: 'atMost' }, ['Meta的H100采购意向⟦高达49万颗⟧。', "Meta's H100 purchases reached ⟦up to 490,000 units⟧."]),
  ...forms({ kind: 'date', date: '2024' }, ['Meta⟦去年⟧的H100采购意向很高。', "Meta's H100 purchases ⟦last year⟧ were large."], '2025-06-30'),
  ...none(['Nemotron 3分为三个尺寸。', '豆包大模型2.0悄然布局多模态能力。', 'Gemini 2.0 was released.']),
  ...forms({ kind: 'percent', value: 90 }, ['商场全场打⟦九折⟧。', '受访者中⟦９成⟧表示满意。', '受访者中⟦九成⟧表示满意。', '受访者中⟦90%⟧表示满意。']),
  ...forms({ kind: 'percent', value: 75 }, ['新品首发当天打⟦75折⟧。', '新品首发当天打⟦七五折⟧。']),
  ...forms({ kind: 'percent', value: 35 }, ['市场份额已达⟦三成半⟧。', '市场份额已达⟦3.5成⟧。', '市场份额已达⟦35%⟧。']),
  ...forms({ kind: 'percent', value: 95 }, ['良品率提升至⟦9.5成⟧。']),
  ...forms({ kind: 'percent', value: 6, unit: 'pp' }, ['利润率下降了⟦六个百分点⟧。', '利润率下降了⟦6个百分点⟧。', '利润率下降了⟦6 个百分点⟧。']),
  ...forms({ kind: 'percent', value: 100 }, ['项目资金⟦百分之百⟧到位。', '项目资金⟦百分之一百⟧到位。', '项目资金⟦100%⟧到位。']),
  ...forms({ kind: 'percent', value: 120.5 }, ['完成率达⟦百分之一百二十点五⟧。']),
  ...forms({ kind: 'percent', value: -22.2 }, ['净利润同比变动⟦-22.2%⟧。', '净利润同比变动⟦－22.2％⟧。']),
  ...forms({ kind: 'percent', value: 56.2 }, ['该比例为⟦百分之５６.２⟧。']),
  ...forms({ kind: 'count', value: 199 }, ['仓库里还有⟦199个⟧。']),
  { sentence: '⟦二⟧', expect: [{ kind: 'number', value: 2 }] },
  { sentence: '⟦一百五⟧', expect: [{ kind: 'number', value: 150 }] },
  { sentence: '⟦二百五⟧, ⟦二百五⟧, 还有⟦二百五⟧。', expect: [{ value: 250 }, { value: 250 }, { value: 250 }] },
  // Two neighbouring digits before a place or measure word are a rough range.
  ...forms({ kind: 'money', min: 2000, max: 3000, currency: 'CNY', qualifier: 'range' }, ['这些耳机售价⟦两三千块⟧。', '这些耳机售价⟦两三千元⟧。']),
  ...forms({ kind: 'count', min: 30, max: 40, unit: 'company', qualifier: 'range' }, ['行业里有⟦三四十家公司⟧。']),
  ...forms({ kind: 'quantity', min: 2, max: 3, unit: 'year', qualifier: 'range' }, ['项目需要⟦两三年⟧完成。']),
  ...forms({ kind: 'money', min: 2e11, max: 3e11, currency: 'USD', qualifier: 'range' }, ['投资规模达⟦两三千亿美元⟧。']),
  ...none(['一二线城市的房价上涨。', '这是一个一波三折的故事。']),
  ...none(['一切都在掌控之中。', '万万没想到结局如此。', '这是一次性投入。', '他们打折扣地执行了政策。', '三星和百度都发布了新品。', '十分感谢大家的支持。', '一成不变的规则需要改一改。']),
];

const en: Case[] = [
  ...forms({ kind: 'count', value: 140, unit: 'person' }, ['The money will double its ⟦140-person⟧ workforce.', 'The lab has ⟦140 people⟧.']),
  ...forms({ kind: 'number', value: 36 }, ['The bakery sold ⟦three dozens⟧ before noon.', 'The bakery sold ⟦3 dozens⟧ before noon.', 'The bakery sold ⟦three dozen⟧ before noon.', 'The bakery sold ⟦thirty-six⟧ before noon.']),
  ...forms({ kind: 'number', value: 52 }, ['The vote ended ⟦fifty-two⟧.', 'The panel counted ⟦fifty - two⟧ in favour.', 'The panel counted ⟦fifty two⟧ in favour.']),
  ...forms({ kind: 'number', value: 331 }, ['The court received ⟦Three hundred  and  thirty one⟧.', 'The court received ⟦331⟧.']),
  ...forms({ kind: 'number', value: 2200 }, ['Attendance reached ⟦two thousand two hundred⟧.', 'Attendance reached ⟦two  thousand  and  two hundred⟧.', 'Attendance reached ⟦2,200⟧.', 'Attendance reached ⟦2.2K⟧.', 'Attendance reached ⟦2.2 thousand⟧.']),
  ...forms({ kind: 'number', value: 21000000000300 }, ['The ledger shows ⟦twenty-one trillion three hundred⟧ in total.']),
  ...forms({ kind: 'number', value: 32200 }, ['The index rose to ⟦322 hundred⟧.']),
  ...forms({ kind: 'number', value: 16 }, ['Only ⟦sixteen⟧ made it to the final round.', 'Only ⟦16⟧ made it to the final round.']),
  ...forms({ kind: 'number', value: -9.2321312 }, ['The reading was ⟦-9.2321312⟧ at dawn.']),
  ...forms({ kind: 'number', value: 123456789101231 }, ['The serial total was ⟦123456789101231⟧ on the register.']),
  ...forms({ kind: 'number', value: 10000 }, ['The post got ⟦10k⟧.', 'The post got ⟦ten thousand⟧.']),
  ...forms({ kind: 'percent', value: 12.5 }, ['Researchers make up ⟦one-eighth⟧ of the workforce.', 'Researchers make up ⟦one eighth⟧ of the workforce.', 'Researchers make up ⟦12.5%⟧ of the workforce.']),
  ...forms({ kind: 'percent', value: 75 }, ['Exports were ⟦three-quarters⟧ of sales.', 'Exports were ⟦three quarters⟧ of sales.', 'Exports were ⟦75 per cent⟧ of sales.']),
  ...forms({ kind: 'date', date: '2025-03-01' }, ['The rules take effect on ⟦March 1, 2025⟧.', 'The rules take effect on ⟦1 March 2025⟧.', 'The rules take effect on ⟦1st March 2025⟧.', 'The rules take effect on ⟦2025-03-01⟧.', 'The rules take effect on ⟦3/1/2025⟧.', 'The rules take effect on ⟦Mar. 1, 2025⟧.']),
  ...forms({ kind: 'date', date: '2024-07' }, ['Sales peaked in ⟦July 2024⟧.', 'Sales peaked in ⟦Jul 2024⟧.', '销售额在⟦2024年7月⟧达到顶峰。']),
  ...forms({ kind: 'money', value: 3.5e7, currency: 'USD' }, ['The fine was ⟦$35 million⟧.', 'The fine was ⟦$35m⟧.', 'The fine was ⟦35 million dollars⟧.', 'The fine was ⟦USD 35 million⟧.', 'The fine was ⟦$35,000,000⟧.', '罚款金额为⟦3500万美元⟧。']),
  ...forms({ kind: 'money', value: 9.99, currency: 'USD' }, ['The app costs ⟦$9.99⟧ a month.', 'The app costs ⟦9.99 dollars⟧ a month.']),
  ...forms({ kind: 'date', date: '2016-10-01' }, ['The law took effect on the ⟦first of October 2016⟧.', 'The law took effect on ⟦October 1st, 2016⟧.', 'The law took effect on ⟦1 October 2016⟧.']),
  { sentence: 'Revenue ⟦tripled⟧ from ⟦2016⟧ to ⟦2018⟧.', expect: [{ kind: 'ratio', value: 3 }, { kind: 'date', date: '2016' }, { kind: 'date', date: '2018' }] },
  { sentence: 'Output fell between ⟦2019⟧ and ⟦2021⟧.', expect: [{ kind: 'date', date: '2019' }, { kind: 'date', date: '2021' }] },
  ...forms({ kind: 'money', value: 20, currency: 'USD' }, ['The ticket cost ⟦twenty bucks⟧.', 'The ticket cost ⟦$20⟧.', 'The ticket cost ⟦20 dollars⟧.']),
  ...forms({ kind: 'count', value: 28000, unit: 'employee', qualifier: 'approx' }, ['Meta has a total workforce of ⟦about 28,000⟧.', 'Meta的员工总数⟦约为2.8万人⟧。', 'Meta has ⟦about 28,000 employees⟧.']),
  ...forms({ kind: 'count', value: 4.6e6 }, ['The model has been downloaded ⟦4.6 million times⟧ on Hugging Face.']),
  ...forms({ kind: 'count', value: 810 }, ['The model has been downloaded ⟦810 times⟧ on Hugging Face.', 'The clip was viewed ⟦more than 810 times⟧.', '模型的下载量已达⟦810次⟧。']),
  ...forms({ kind: 'ratio', value: 3 }, ['The chip used ⟦3 times⟧ more power.', 'Revenue increased ⟦3 times⟧.']),
  ...forms({ kind: 'percent', value: 20, qualifier: 'approx' }, ['开放模型⟦约占1/5⟧。', '开放模型⟦约占五分之一⟧。', 'Open models took ⟦about one-fifth⟧ of the tokens.', 'Open models took ⟦about a fifth⟧ of the tokens.']),
  ...forms({ kind: 'date', date: '2026' }, ['TSMC raised capex to a record for ⟦2026⟧.']),
  ...forms({ kind: 'quantity', value: 1.5, unit: 'hour' }, ['The outage lasted ⟦one and a half hours⟧.', 'The outage lasted ⟦1.5 hours⟧.', '停电持续了⟦1.5小时⟧。']),
  ...forms({ kind: 'money', value: 2.5e6, currency: 'USD' }, ['The city paid ⟦two and a half million dollars⟧.', 'The city paid ⟦$2.5 million⟧.', '市政府支付了⟦250万美元⟧。']),
  ...none(['Nobody saw it coming.', 'Someone left the door open.', 'It was a one-off event.', 'They met at the Hotel Royal.', 'The H20 chip is a cut-down part.', 'Apple shipped iOS 18.', 'Cooling is the other half of the problem.', 'Sales slowed in the second half of the decade.']),
  ...forms({ kind: 'percent', min: 30, max: 40, qualifier: 'range' }, ['Liquid cooling can cut its energy use by ⟦30% to 40%⟧.', 'Liquid cooling can cut its energy use by ⟦30%-40%⟧.', '液冷可将能耗降低⟦30%至40%⟧。']),
  ...forms({ kind: 'quantity', value: 20, unit: 'year' }, ['The utility signed a ⟦20-year⟧ agreement.', 'The agreement runs for ⟦20 years⟧.', '双方签署了为期⟦20年⟧的协议。']),
  ...forms({ kind: 'quantity', value: 183, unit: 'TWh', qualifier: 'approx' }, ['Data centers used ⟦about 183 terawatt-hours⟧ of electricity.', 'Data centers used ⟦about 183 TWh⟧ of electricity.', '数据中心用电量⟦约183太瓦时⟧。']),
];

describe('checklist forms: Chinese', () => {
  it.each(zh.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});

describe('checklist forms: English', () => {
  it.each(en.map((c) => [c.sentence, c]))('%s', (_s, c) => checkCase(c));
});
