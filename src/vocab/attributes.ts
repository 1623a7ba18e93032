import { withTraditional } from './spellings.js';
import type { ClaimKind } from '../model/claim.js';
import type { EntityType } from './aliases.js';

/** Units that count the same thing (a headcount in 名员工 and in people). */
export const SAME_UNITS: Readonly<Record<string, string>> = {
  person: 'person', employee: 'person', people: 'person', staff: 'person',
  // An airline's `12.86 million passengers` are its `1,286万人次`: each boarding is counted.
  passenger: 'trip', trip: 'trip',
};

/** The attribute a counted unit implies. */
export const UNIT_ATTRIBUTES: Readonly<Record<string, string>> = {
  parameter: 'parameters',
  employee: 'headcount',
  person: 'headcount',
  passenger: 'passenger-traffic',
  trip: 'passenger-traffic',
  teu: 'cargo-throughput',
  'TB/s': 'bandwidth',
  'GB/s': 'bandwidth',
};

/**
 * What a figure can measure, and the words that say so in each language. `kinds` are the claim
 * kinds that can state it; `refines` names a broader attribute it narrows (`active-parameters`
 * narrows `parameters`, so the keyword wins over the unit); `subjects` are the entity types the
 * attribute belongs to (a release date belongs to a model, not to the company that released it);
 * `topic` names the TOPICS list that splits the attribute further (a share of which market).
 * English keywords match case-insensitively at word starts; Chinese ones anywhere.
 */
export interface AttributeEntry {
  readonly id: string;
  readonly kinds: readonly ClaimKind[];
  readonly zh: readonly string[];
  readonly en: readonly string[];
  readonly refines?: string;
  readonly subjects?: readonly EntityType[];
  /** Units a count of this measure is never in (`与17家企业客户签订1,260台订单`: companies are no orders). */
  readonly notUnits?: readonly string[];
  readonly topic?: keyof typeof TOPICS;
  /** Compared only with its topic named: a score of no benchmark the text names may be any benchmark's. */
  readonly needsTopic?: boolean;
  /** A deal or an investment is about all the parties its sentence names (`groq+nvidia`), not one. */
  readonly parties?: boolean;
  /** Changes from one moment to the next (a stock move): one article may state several values. */
  readonly varies?: boolean;
  /** A business named right before the keyword makes it that business's (智能手机收入 → `revenue:smartphone`). */
  readonly segmented?: boolean;
  /** The units a quantity of it is measured in (modules shipped in GW, batteries in GWh): no length of time or price. */
  readonly quantityUnits?: readonly string[];
  /** The units a count of it is counted in (a model's training GPUs), where a count in any other unit is no figure of it. */
  readonly countUnits?: readonly string[];
  /** The things a bare number of it counts when English words follow it (`1,200 stores`, not `38 cities`). */
  readonly countedNouns?: readonly string[];
  /** With `countedNouns`: the measure words a Chinese figure of it ends with (`26.8亿笔`); one without them counts something else. */
  readonly countedMeasures?: readonly string[];
  /**
   * The period of a day of this event: `reported`, that of the results its sentence names (a day of
   * results of no period is not compared); `year`, the year of the day (an event held every year).
   */
  readonly datePeriod?: 'reported' | 'year';
  /**
   * Dated by its own clause only: a deal's price is one, whenever the sentence says it closes
   * (`以4.2億港元收購…，預計於今年第二季完成交割`), while the year it was signed tells two deals apart
   * (`2023年与子午线公司签订的一份价值6.2亿美元的协议`).
   */
  readonly clausePeriod?: boolean;
}

/**
 * Between a figure and a keyword after it, words that start the next item of a list or the next
 * clause (`rose to 41.28 billion yuan and net profit increased…`, `412.8亿元和净利润`): the keyword is
 * that item's, not the figure's.
 */
export const NEXT_ITEM_WORDS_EN: readonly string[] = ['and', 'while', 'but', 'whereas', 'as'];
// Right before the keyword only: `与Groq达成合作` is with whom, not a next item.
export const NEXT_ITEM_WORDS_ZH: readonly string[] = withTraditional(['和', '及', '与', '而', '并', '同时']);

/** Between an event's word and a later date: the date is after the event (`财报发布后，…于11月19日高开`). */
export const AFTER_EVENT_WORDS: readonly string[] = withTraditional(['后，', '后,', '之后', '以后']);

/**
 * After a year, words that make it the period of a report (`年报`, `FY2025 fiscal year`), not
 * the day of an event; the quarter, half and whole-year words of src/vocab/periods.ts do as well.
 */
export const REPORT_PERIOD_WORDS: readonly string[] = [...withTraditional(['财年', '中期', '年报', '半年报']), 'fiscal year'];

/** Words right before a date that make it the end of a period, not an event (`截至2025年9月30日`, `the quarter ended Sept. 30`). */
export const PERIOD_END_WORDS: readonly string[] = [...withTraditional(['截至', '截止', '截止到', '截至到']), 'as of', 'ended', 'ending', 'through'];

/** Words right before an amount that pay it (`will pay $180 million in cash`): the amount is a payment, not cash held. */
export const PAYMENT_VERBS: readonly string[] = [...withTraditional(['支付', '付出', '斥资']), 'pay', 'pays', 'paid', 'paying'];

/** Attributes that state one amount with opposite signs: `a net loss of $41.2 million` and `a $41.2 million net profit` cannot both be true. */
export const OPPOSITE_ATTRIBUTES: Readonly<Record<string, string>> = { profit: 'net-loss', 'net-loss': 'profit' };

/**
 * Measures a translator may swap, whose figures both sides state (`总参数6710亿，每个token激活370亿参数`
 * rendered `37 billion total parameters, of which 671 billion are activated`): one figure as one
 * measure in the source and as the other in the translation is a mistranslation.
 */
export const SWAPPABLE_MEASURES: Readonly<Record<string, string>> = { parameters: 'active-parameters', 'active-parameters': 'parameters' };

/**
 * Nouns that say a figure measures something of its own clause (资金规模约为600亿元, 交易总额): a
 * keyword of another clause (没有进行过任何外部融资，…) then says little about it.
 */
export const OWN_MEASURE_NOUNS: readonly string[] = withTraditional(['规模', '总额', '金额', '总量', '余额']);

const AMOUNT: readonly ClaimKind[] = ['count', 'number', 'quantity'];
/** People counted, never a physical quantity (`118 minutes` of watch time per user is no count of users). */
const PEOPLE: readonly ClaimKind[] = ['count', 'number'];
const SHARE: readonly ClaimKind[] = ['percent', 'ratio'];
/** Units of a rate of data: what a bandwidth is stated in. */
const RATE_UNITS: readonly string[] = ['TB/s', 'GB/s', 'PB/s', 'MB/s', 'Tbps', 'Gbps', 'Mbps'];
/** What orders are counted in (`26.8亿笔`, `73.5万单`). */
const ORDER_MEASURES: readonly string[] = withTraditional(['笔', '单']);

export const ATTRIBUTES: readonly AttributeEntry[] = [
  { id: 'active-parameters', kinds: AMOUNT, refines: 'parameters', subjects: ['model', 'family'], zh: ['激活参数', '激活的参数', '激活', '启动参数', '活跃参数'], en: ['active parameter', 'active parameters', 'activates', 'activated', 'active'] },
  { id: 'parameters', kinds: AMOUNT, subjects: ['model', 'family'], zh: ['参数', '參數'], en: ['parameter', 'parameters', 'params'] },
  { id: 'context-window', kinds: AMOUNT, subjects: ['model'], zh: ['上下文'], en: ['context window', 'context length', 'context'] },
  // A fab's or a line's share of good parts (`HBM3E目前綜合良率約67%`); a bond's or a dividend's yield is no such thing.
  { id: 'yield-rate', kinds: SHARE, subjects: ['company', 'product'], zh: ['良率', '良品率', '综合良率', '成品率'], en: ['yield rate', 'production yield', 'manufacturing yield', 'yields of', 'yields at', 'yield of about', 'yield of'] },
  // A chip states two bandwidths (`8.0 TB/s of memory bandwidth and 1.8 TB/s of KLink chip-to-chip interconnect bandwidth`):
  // where the sentence says which, each is compared with its own only.
  { id: 'memory-bandwidth', kinds: ['quantity'], quantityUnits: RATE_UNITS, subjects: ['product', 'model'], zh: ['显存带宽', '内存带宽', 'HBM带宽', '存储带宽', '顯存頻寬', '記憶體頻寬'], en: ['memory bandwidth', 'HBM bandwidth', 'Mem BW', 'memory BW', 'HBM BW'] },
  { id: 'interconnect-bandwidth', kinds: ['quantity'], quantityUnits: RATE_UNITS, subjects: ['product', 'model'], zh: ['互联带宽', '互连带宽', '卡间带宽', '片间互联', '卡间互联', '芯片互联', '全互联', '高速互联', '互连', '互聯頻寬', '互連頻寬'], en: ['interconnect bandwidth', 'chip-to-chip', 'interconnect', 'bidirectional', 'bi-directional', 'per direction'] },
  // A game's or an app's sign-ups before it launches (`上线前预约人数超过2,100万`): no download.
  { id: 'pre-registrations', kinds: AMOUNT, zh: ['预约人数', '预约量', '预约用户', '预约数', '预注册'], en: ['pre-registrations', 'pre-registration', 'pre-registered', 'preregistrations'] },
  { id: 'downloads', kinds: AMOUNT, zh: ['下载量', '下载'], en: ['downloaded', 'downloads', 'download count'] },
  { id: 'headcount', kinds: AMOUNT, subjects: ['company'], zh: ['员工', '雇员', '员工总数'], en: ['employs', 'employ', 'employees', 'employee', 'workforce', 'staff', 'headcount'] },
  // 新增部署服务器约3.4万台, deployed about 34,000 new servers: a data-centre operator's machines.
  // 约3.5万个5G-A基站, 35,000 5G-Advanced base stations: a network's sites, no users or devices.
  { id: 'base-stations', kinds: ['count', 'number'], subjects: ['company'], zh: ['基站'], en: ['base stations', 'base station', 'cell sites'] },
  { id: 'servers', kinds: ['count', 'number'], subjects: ['company'], countedNouns: ['servers'], zh: ['服务器'], en: ['servers'] },
  // A network's stations (`3,510 battery-swap stations`, `换电站3510座`), not a telecom's base stations.
  { id: 'station-count', kinds: ['count', 'number'], subjects: ['company'], countedNouns: ['stations', 'battery-swap stations', 'swap stations', 'charging stations', 'battery swap stations'], zh: ['换电站', '充电站', '超充站', '加氢站'], en: ['battery-swap stations', 'swap stations', 'charging stations', 'stations'] },
  { id: 'store-count', segmented: true, kinds: ['count', 'number'], subjects: ['company'], notUnits: ['city', 'country', 'province'], countedNouns: ['stores', 'outlets', 'shops', 'branches', 'locations'], zh: ['门店数', '门店', '家店'], en: ['stores', 'outlets', 'shops', 'branches'] },
  { id: 'units-purchased', kinds: AMOUNT, subjects: ['company'], zh: ['采购', '购买', '买下', '订购'], en: ['bought', 'buy', 'buys', 'purchase', 'purchases', 'purchased', 'ordered'] },
  // Exports are a part of what a maker ships, compared with exports only (`1—10月累计出口4.6万辆`, `exported 46,000 vehicles`).
  { id: 'exports', kinds: ['count', 'number', 'quantity'], quantityUnits: ['GW', 'GWh', 'MW', 'MWh', 't'], subjects: ['company', 'product'], zh: ['出口量', '出口'], en: ['exported', 'exports', 'export volume'] },
  // 装车量7.86GWh, installed 7.86 GWh of batteries: what a battery maker's cells went into, in a month (not what it shipped).
  { id: 'battery-installations', kinds: ['quantity'], quantityUnits: ['GWh', 'MWh'], subjects: ['company', 'product'], zh: ['装车量', '装车电量', '装机量'], en: ['installed', 'installations', 'installation volume', 'installation volumes'] },
  { id: 'shipments', segmented: true, kinds: ['count', 'number', 'quantity'], quantityUnits: ['GW', 'GWh', 'MW', 'MWh', 't'], subjects: ['company', 'product'], zh: ['出货量', '出货', '销量', '交付量', '交付', '零售量', '零售', '批发量', '批发'], en: ['shipments', 'shipped', 'deliveries', 'delivered', 'units sold'] },
  // 快递业务量188.5亿件, parcel volume: what a courier carried.
  { id: 'parcel-volume', kinds: ['count', 'number'], subjects: ['company'], zh: ['快递业务量', '业务量', '件量', '包裹量'], en: ['parcel volume', 'parcel volumes', 'parcels handled', 'parcels delivered'] },
  // 3月产量达到41207辆, March production came to 41,207 vehicles: made, not delivered.
  { id: 'production', segmented: true, kinds: ['count', 'number', 'quantity'], quantityUnits: ['GW', 'GWh', 'MW', 'MWh', 't', 'oz'], subjects: ['company', 'product'], countedNouns: ['vehicles', 'cars', 'units', 'wafers', 'chips', 'phones', 'handsets', 'modules', 'cells', 'batteries', 'tonnes', 'tons'], zh: ['产量', '生产量', '产出', '共生产', '累计生产', '生产了', '生产新车'], en: ['production', 'produced', 'output', 'built'] },
  // Vehicles or devices a maker calls back (`召回46218辆朔风S6`, `recall 46,218 Shuofeng S6 SUVs`): each recall's own count, so of its year.
  { id: 'recall', kinds: ['count', 'number'], subjects: ['company', 'product'], zh: ['召回', '召回范围', '共计召回', '起召回', '开始召回'], en: ['recall', 'recalls', 'recalled', 'recalling'] },
  { id: 'users', kinds: PEOPLE, zh: ['用户'], en: ['users', 'user'] },
  // 月活1.08亿, 日活3,150万: monthly and daily active users are two measures, neither the users in all.
  // 付费会员数3260万, 32.6 million paying subscribers: those who pay, a part of the users, never the active users.
  { id: 'paying-users', refines: 'users', kinds: PEOPLE, zh: ['付费会员数', '付费会员', '付费用户数', '付费用户', '付费订阅用户', '订阅用户数', '订阅用户'], en: ['paying subscribers', 'paid subscribers', 'paying users', 'paying members', 'paid subscriptions', 'subscribers'] },
  // A carrier's subscribers by line: fixed broadband and 5G packages are counted apart (`added 6.84 million 5G package subscribers`).
  { id: 'broadband-subscribers', refines: 'users', kinds: PEOPLE, zh: ['固网宽带用户', '宽带用户', '宽带客户'], en: ['fixed broadband subscribers', 'broadband subscribers', 'broadband customers'] },
  { id: '5g-subscribers', refines: 'users', kinds: PEOPLE, zh: ['5G套餐用户', '5G套餐客户', '5G用户'], en: ['5G package subscribers', '5G subscribers', '5G customers'] },
  { id: 'monthly-active-users', kinds: PEOPLE, refines: 'users', zh: ['月活跃用户数', '月活跃用户', '月活用户', '月活'], en: ['monthly active users', 'MAUs', 'MAU'] },
  { id: 'daily-active-users', kinds: PEOPLE, refines: 'users', zh: ['日活跃用户数', '日活跃用户', '日活用户', '日活'], en: ['daily active users', 'DAUs', 'DAU'] },
  { id: 'revenue-share', segmented: true, kinds: SHARE, subjects: ['company'], zh: ['的收入来自', '的营收来自', '收入来自', '营收来自', '收入占比', '营收占比', '占总收入', '占总营收', '占营收', '占收入', '占公司总收入', '占公司营收'], en: ['of its revenue', 'revenue now comes from', 'of revenue', 'share of revenue', 'of total revenue', 'of its total revenue'] },
  // 直播成交占比37.5%, 37.5% of GMV: a channel's share of what shoppers paid, not of the company's revenue.
  { id: 'gmv-share', segmented: true, kinds: SHARE, subjects: ['company'], zh: ['的成交额', '成交占比', '成交额占比', '占成交额', '占总成交额', 'GMV占比'], en: ['of GMV', 'of gross merchandise volume', 'share of GMV'] },
  { id: 'market-share', kinds: SHARE, subjects: ['company', 'model', 'product'], topic: 'market', zh: ['份额', '市场占有率', '市占率', '占全球', '占据'], en: ['share', 'accounts for', 'account for', 'made up', 'makes up', 'make up', 'holds', 'hold'] },
  { id: 'growth', varies: true, kinds: SHARE, topic: 'growth', zh: ['同比增长', '同比变化', '同比增减', '按年变化', '按年变动', '按年增长', '年增', '年减', '年成长', '成长', '去年同期的', '上年同期的', '增', '增长', '增幅', '增速', '上涨', '下降', '下滑', '下跌', '上升', '减少', '回落', '同比提升', '同比提高', '按年提升', '按年提高', '较去年同期提升', '较去年同期提高', '较上年同期提升', '较上年同期提高'], en: ['grew', 'grow', 'grows', 'growth', 'expanded', 'expand', 'rose', 'rise', 'increase', 'increased', 'jumped', 'fell', 'declined', 'dropped', 'slid', 'slumped', 'climbed', 'surged', 'jump', 'jumps', 'rises', 'falls', 'climbs', 'surges', 'grew by', 'soars', 'soared', 'slips', 'dips', 'up', 'down', 'gained', 'the level a year earlier', 'its level a year earlier', 'YoY change', 'YoY', 'year-on-year change', 'year-on-year', 'year on year'] },
  // A rate against the period before (`季增8.6%、年增31.5%`, `up 8.6% sequentially`) is no year-on-year growth.
  { id: 'sequential-growth', varies: true, kinds: SHARE, topic: 'growth', zh: ['环比增长', '环比下降', '环比', '季增', '季减', '季成长', '月增', '月减', '月成长'], en: ['quarter-on-quarter', 'quarter over quarter', 'quarter-over-quarter', 'sequentially', 'sequential', 'month-on-month', 'month on month', 'month over month', 'quarter on quarter', 'month-over-month', 'QoQ', 'MoM'] },
  { id: 'benchmark-score', kinds: ['percent', 'number'], subjects: ['model'], topic: 'benchmark', needsTopic: true, zh: ['得分', '分数', '成绩'], en: ['scored', 'score', 'scores'] },
  { id: 'stock-move', varies: true, kinds: SHARE, subjects: ['company'], zh: ['股价'], en: ['shares', 'stock', 'stocks'] },
  { id: 'per-capita', varies: true, kinds: ['money', 'count', 'number'], zh: ['人均', '每人', '每位'], en: ['per employee', 'per person', 'per head', 'each employee', 'each Groq employee', 'apiece'] },
  { id: 'market-value-change', varies: true, kinds: ['money'], subjects: ['company'], zh: ['市值蒸发', '市值减少', '市值暴涨', '市值增加', '市值缩水', '蒸发', '缩水'], en: ['in market value', 'of market value', 'wiped', 'shed', 'lost', 'lose', 'erased', 'added'] },
  // A subscription business's yearly run rate is no revenue of any period.
  { id: 'annual-recurring-revenue', kinds: ['money'], subjects: ['company'], zh: ['年度经常性收入', '年化经常性收入', '年度经常性营收'], en: ['annual recurring revenue', 'ARR'] },
  // A grid's or a province's use of electricity (`全社会用电量612.5亿千瓦时`, `electricity consumption … 61.25 billion kWh`).
  { id: 'electricity-consumption', kinds: ['quantity'], quantityUnits: ['kWh', 'MWh', 'GWh', 'TWh'], zh: ['全社会用电量', '用电量', '社会用电量', '累计用电量'], en: ['electricity consumption', 'power consumption', 'electricity use', 'power use', 'electricity demand'] },
  // 设计容量为4500万人次, a design capacity of 45 million passengers: what a facility can handle, not what it did
  // (each plant, phase or terminal its own).
  { id: 'capacity', varies: true, kinds: ['count', 'number', 'quantity'], zh: ['设计容量', '设计能力', '设计产能', '年产能', '产能', '保障能力', '吞吐能力', '运力', '总运力', '船队运力'], en: ['design capacity', 'designed capacity', 'annual capacity', 'production capacity', 'capacity of', 'a capacity', 'combined capacity', 'fleet capacity'] },
  // 煤炭运量1.86亿吨, 186 million tonnes of coal hauled: what a railway or a fleet carried (not a port's throughput).
  { id: 'freight-volume', kinds: ['quantity', 'count', 'number'], quantityUnits: ['t'], zh: ['货运量', '煤炭运量', '运量', '发运量', '货物发送量'], en: ['freight volume', 'freight volumes', 'tonnes of freight', 'tonnes of coal hauled', 'hauled'] },
  // 旅客吞吐量4862.3万人次, 48.6 million passengers: the traffic of an airport, a station, a line.
  // A clinical trial's patients and a drug's response rate (`共入组612例患者`, `enrolled 612 patients`, `客观缓解率47.3%`).
  { id: 'trial-enrolment', kinds: ['count', 'number'], countUnits: ['person'], subjects: ['product'], zh: ['入组', '纳入', '收案', '招募'], en: ['enrolled', 'enrolling', 'enrollment', 'enrolment', 'randomized', 'randomised'] },
  { id: 'response-rate', kinds: SHARE, subjects: ['product'], zh: ['客观缓解率', '客观应答率', '总缓解率', '缓解率', 'ORR'], en: ['objective response rate', 'overall response rate', 'response rate', 'ORR'] },
  // An insurer's value of new policies (premiums are left unread: an article splits them by line and channel, a binder cannot yet tell which).
  { id: 'new-business-value', kinds: ['money'], subjects: ['company'], zh: ['新业务价值', 'NBV'], en: ['new business value', 'value of new business', 'NBV'] },
  // An insurer's capital against what regulators require (`综合偿付能力充足率为218%`), a rate whose changes are in points.
  { id: 'solvency-ratio', kinds: SHARE, subjects: ['company'], zh: ['综合偿付能力充足率', '偿付能力充足率', '偿付能力'], en: ['comprehensive solvency ratio', 'solvency ratio'] },
  // An insurer's margin on new business, a rate of its own (`新业务价值率为24.6%`, `NBV margin widened 3.1 percentage points`).
  { id: 'nbv-margin', kinds: SHARE, subjects: ['company'], zh: ['新业务价值率'], en: ['NBV margin', 'new business value margin'] },
  // The core ratio counts core capital only: another measure (`核心偿付能力充足率为142%` beside `综合…211%`).
  { id: 'core-solvency-ratio', kinds: SHARE, subjects: ['company'], zh: ['核心偿付能力充足率', '核心偿付能力'], en: ['core solvency ratio', 'core solvency'] },
  // A film market's takings and tickets (`全国电影总票房72.48亿元`, `观影人次1.52亿`, `1.52 billion admissions`), and what tourists spent.
  // `Average daily watch time per user rose 11.8% to 118 minutes`, `人均单日使用时长118分钟`: time, never a count of users.
  { id: 'watch-time', kinds: ['quantity'], subjects: ['company', 'product'], zh: ['使用时长', '观看时长', '人均时长', '单日时长'], en: ['watch time', 'time spent', 'viewing time'] },
  // A music platform's payouts to rights holders (`paid RMB18.6 billion in royalties`), which are no revenue.
  { id: 'royalty-payments', kinds: ['money'], subjects: ['company'], zh: ['版税', '版权费', '版权方分成'], en: ['royalties', 'royalty payouts', 'royalty payments'] },
  { id: 'box-office', kinds: ['money'], subjects: ['company', 'product', 'work'], zh: ['总票房', '票房'], en: ['box office', 'box-office takings', 'ticket sales'] },
  // A film's takings since it opened are not those of a weekend or a holiday (`累计票房已达6.85亿元` beside `2.12亿元的周末票房`).
  { id: 'cumulative-box-office', kinds: ['money'], subjects: ['company', 'product', 'work'], zh: ['累计票房', '累计总票房'], en: ['cumulative box office', 'cumulative takings', 'total to date'] },
  { id: 'admissions', kinds: ['count', 'number'], subjects: ['company', 'product', 'work'], zh: ['观影人次', '观影人数'], en: ['admissions', 'tickets sold', 'moviegoers'] },
  // A province's or a city's economy (`地区生产总值41286.5亿元`, `社会消费品零售总额13645.2亿元`, `fixed-asset investment`): a place's, never a company's.
  { id: 'gdp', kinds: ['money'], subjects: ['place'], zh: ['地区生产总值', '生产总值', 'GDP', '经济总量'], en: ['GDP', 'gross domestic product', 'economic output'] },
  { id: 'gdp-per-capita', kinds: ['money'], subjects: ['place'], refines: 'gdp', zh: ['人均GDP', '人均地区生产总值', '人均生产总值'], en: ['per-capita GDP', 'per capita GDP', 'GDP per capita', 'GDP per person'] },
  { id: 'retail-sales', kinds: ['money'], subjects: ['place'], zh: ['社会消费品零售总额', '社会消费品零售额', '消费品零售总额', '消费品零售额', '社零总额', '社零'], en: ['retail sales of consumer goods', 'consumer goods retail sales', 'total retail sales', 'retail sales'] },
  { id: 'online-retail-sales', kinds: ['money'], subjects: ['place'], refines: 'retail-sales', zh: ['网上零售额', '网络零售额', '线上零售额'], en: ['online retail sales', 'online sales'] },
  { id: 'fixed-asset-investment', kinds: ['money'], subjects: ['place'], zh: ['固定资产投资'], en: ['fixed-asset investment', 'fixed asset investment', 'fixed-asset investments'] },
  { id: 'industrial-output', kinds: ['money'], subjects: ['place'], zh: ['规模以上工业增加值', '规上工业增加值', '工业增加值'], en: ['industrial output', 'industrial value added', 'industrial value-added', 'value-added industrial output'] },
  { id: 'tourism-spending', kinds: ['money'], subjects: ['company'], zh: ['游客出游总花费', '出游总花费', '旅游总收入', '旅游收入', '旅游花费'], en: ['tourism spending', 'tourism revenue', 'tourist spending'] },
  // The share of seats filled (`客座率84.6%`, `load factor of 84.6%`), not a growth or a share of a market.
  { id: 'load-factor', segmented: true, kinds: SHARE, subjects: ['company'], zh: ['客座率', '平均客座率', '载客率', '上座率', '客座率为'], en: ['load factor', 'passenger load factor', 'seat occupancy', 'occupancy rate'] },
  { id: 'passenger-traffic', kinds: ['count', 'number'], zh: ['旅客吞吐量', '客流量', '客运量', '旅客发送量', '旅客运输量'], en: ['passenger traffic', 'passenger throughput', 'passengers handled', 'passenger journeys', 'passenger trips', 'passenger volume'] },
  { id: 'cargo-throughput', kinds: ['quantity', 'count', 'number'], quantityUnits: ['t'], zh: ['货邮吞吐量', '货物吞吐量', '集装箱吞吐量', '货运量'], en: ['cargo throughput', 'cargo and mail', 'cargo volume', 'container throughput'] },
  // A property developer's sales signed in a period (合同销售额): no revenue, which it books on handover, and no contract.
  { id: 'contracted-sales', segmented: true, kinds: ['money'], subjects: ['company'], zh: ['合同销售金额', '合同销售额', '合约销售金额', '合约销售额', '签约销售金额', '签约销售额', '合同销售', '合约销售'], en: ['contracted sales', 'contract sales'] },
  { id: 'revenue', segmented: true, kinds: ['money'], subjects: ['company'], zh: ['营收', '收入', '营业额', '销售额'], en: ['revenue', 'revenues', 'sales', 'of revenue', 'of revenues', 'of sales'] },
  // An e-commerce platform's (or a shopping festival's) gross merchandise volume: what shoppers paid, not the platform's revenue.
  { id: 'gmv', segmented: true, kinds: ['money'], subjects: ['company'], zh: ['成交额', '总成交额', '成交总额', '成交金额', '商品交易总额'], en: ['GMV', 'gross merchandise volume', 'gross merchandise value'] },
  // A bank's `operating income` is its 营业收入, an industrial company's its operating profit: neither, for sure.
  { id: 'operating-income', kinds: ['money'], subjects: ['company'], zh: ['营运利润', '经营利润', '营业利润'], en: ['operating income', 'operating profit', 'operating profit after tax'] },
  { id: 'profit', segmented: true, kinds: ['money'], subjects: ['company'], zh: ['净利润', '净利', '利润', '盈利', '纯利', '股东应占纯利'], en: ['net income', 'profit', 'profits'] },
  { id: 'gross-profit', segmented: true, kinds: ['money'], subjects: ['company'], zh: ['毛利'], en: ['gross profit'] },
  // 5G用户渗透率, 5G penetration: the share of a base that has taken something up.
  { id: 'penetration', kinds: SHARE, subjects: ['company'], zh: ['渗透率', '普及率'], en: ['penetration rate', 'penetration'] },
  { id: 'gross-margin', segmented: true, kinds: SHARE, subjects: ['company'], zh: ['毛利率'], en: ['gross margin'] },
  // A margin of another line of the income statement is no gross margin (`while the net margin was about 12.2%`).
  { id: 'net-margin', segmented: true, kinds: SHARE, subjects: ['company'], zh: ['净利率', '净利润率', '销售净利率'], en: ['net margin', 'net profit margin'] },
  { id: 'operating-margin', segmented: true, kinds: SHARE, subjects: ['company'], zh: ['营业利润率', '经营利润率', '营业利益率'], en: ['operating margin', 'operating profit margin'] },
  // A bank's income by source: parts of its revenue (营业收入), never the revenue itself.
  { id: 'net-interest-income', kinds: ['money'], subjects: ['company'], zh: ['利息净收入', '净利息收入'], en: ['net interest income'] },
  { id: 'non-interest-income', kinds: ['money'], subjects: ['company'], zh: ['非利息净收入', '非利息收入', '手续费及佣金净收入'], en: ['non-interest income', 'noninterest income', 'net fee and commission income', 'fee income'] },
  // A bank's ratios, each its own measure: `不良贷款率为1.27%，…拨备覆盖率为236.45%` are two.
  { id: 'npl-ratio', kinds: SHARE, subjects: ['company'], zh: ['不良贷款率', '不良率', '不良贷款比率'], en: ['non-performing loan ratio', 'nonperforming loan ratio', 'non-performing-loan ratio', 'bad-loan ratio', 'bad loan ratio', 'NPL ratio'] },
  { id: 'provision-coverage', kinds: SHARE, subjects: ['company'], zh: ['拨备覆盖率'], en: ['provision coverage ratio', 'provision coverage'] },
  { id: 'net-interest-margin', kinds: SHARE, subjects: ['company'], zh: ['净息差', '净利息收益率'], en: ['net interest margin', 'NIM'] },
  { id: 'capital-ratio', kinds: SHARE, subjects: ['company'], zh: ['核心一级资本充足率', '资本充足率', '一级资本充足率'], en: ['core tier-1 capital ratio', 'common equity tier 1 ratio', 'CET1 ratio', 'capital adequacy ratio', 'tier-1 capital ratio'] },
  { id: 'roe', kinds: SHARE, subjects: ['company'], zh: ['加权平均净资产收益率', '净资产收益率'], en: ['return on equity', 'ROE'] },
  { id: 'operating-loss', kinds: ['money'], subjects: ['company'], zh: ['经营亏损', '营业亏损', '经营性亏损'], en: ['operating loss', 'operating losses'] },
  // A developer's debt being restructured (`US$6.25bn offshore restructuring`, `62.5亿美元境外债务重组`): no loss of the year.
  { id: 'debt-restructuring', kinds: ['money'], subjects: ['company'], zh: ['境外债务重组', '债务重组', '境外债重组', '重组债务'], en: ['offshore restructuring', 'debt restructuring', 'restructuring', 'offshore debt'] },
  { id: 'net-loss', segmented: true, kinds: ['money'], subjects: ['company'], zh: ['净亏损', '亏损'], en: ['net loss', 'net losses', 'loss', 'losses'] },
  { id: 'rnd-spend', refines: 'expenses', kinds: ['money'], subjects: ['company'], zh: ['研发'], en: ['research and development', 'R&D'] },
  { id: 'capex', kinds: ['money'], subjects: ['company'], zh: ['资本开支', '资本支出', '数据中心建设'], en: ['capital expenditure', 'capital expenditures', 'capex', 'capital spending', 'capital-spending', 'on plants and equipment', 'on plant and equipment', 'data-center build-outs', 'data-center build-out', 'data center build-outs'] },
  { id: 'training-cost', kinds: ['money'], subjects: ['model'], zh: ['训练成本', '训练'], en: ['training'] },
  // `R2在2.4万张GPU上训练了58天`, `trained on 36,000 GPUs`: the accelerators a model was trained on.
  { id: 'training-gpus', kinds: ['count'], countUnits: ['gpu', 'tpu', 'chip'], subjects: ['model'], zh: ['训练'], en: ['trained on', 'trained', 'training'] },
  { id: 'valuation', varies: true, kinds: ['money'], subjects: ['company'], zh: ['估值'], en: ['valued at', 'valuation', 'valued', 'values the company at', 'valuing the company at', 'values it at', 'valuing it at', 'values the startup at', 'valuing the startup at', 'values the firm at', 'pre-money valuation', 'post-money valuation', 'post-money', 'pre-money', 'round values'] },
  // 累计融资额约6亿美元: all the rounds so far, not the latest.
  { id: 'total-funding', kinds: ['money'], subjects: ['company'], zh: ['累计融资额', '累计融资', '融资总额', '总融资额', '累计获得融资'], en: ['total funding', 'in total funding', 'raised a total of', 'has raised a total', 'raised to date', 'total raised', 'brings the total', 'bringing the total', 'brings its total', 'bringing its total', 'brought the total'] },
  // 实际超募3.62亿元: what a listing raised beyond its plan, a part of the proceeds.
  { id: 'excess-proceeds', kinds: ['money'], subjects: ['company'], zh: ['超募资金', '超募'], en: ['more than planned', 'above its target', 'over-raised', 'oversubscription proceeds'] },
  { id: 'net-proceeds', kinds: ['money'], subjects: ['company'], zh: ['募资净额', '所得款项净额', '募集资金净额', '净募资', '净集资', '集资净额'], en: ['net proceeds', 'net of fees', 'net of expenses', 'net of costs', 'after fees', 'after expenses'] },
  // `香港公开发售部分获超额认购1,280倍`, `a retail tranche that was oversubscribed 1,280 times`: of the tranche named (a listing's
  // retail and international tranches differ by hundreds of times), never compared without it.
  { id: 'oversubscription', kinds: ['ratio'], subjects: ['company'], topic: 'tranche', needsTopic: true, zh: ['超额认购', '超购', '认购倍数', '获认购'], en: ['oversubscribed', 'oversubscription', 'times subscribed', 'covered'] },
  { id: 'funding-round', varies: true, segmented: true, kinds: ['money'], subjects: ['company'], zh: ['融资', '募资', '募资总额', '募集资金', '集资', '所得款项总额', '本轮'], en: ['funding round', 'financing round', 'funding', 'financing', 'raised', 'raises', 'raise', 'raising', 'gross proceeds', 'the round', 'this round', 'the new round', 'the latest round', 'round of funding', 'round'] },
  // `按发行价计算…市值约684.8亿港元；按首日收盘价计算则升至846.4亿港元`: a value at the offer price and one at a close are two.
  // `上市市值（按发行价）`: a table's label names the basis in brackets, which is no price of a share.
  { id: 'market-value', kinds: ['money'], subjects: ['company'], topic: 'price-basis', zh: ['市值', '市值（按发行价）', '市值(按发行价)', '市值（按招股价）'], en: ['market value', 'market cap', 'market capitalization'] },
  { id: 'investment', varies: true, kinds: ['money'], parties: true, zh: ['投资', '注资', '入股'], en: ['invest', 'invests', 'invested', 'investing', 'investment', 'stake', 'to build', 'construction cost', 'cost to build'] },
  // 获得2.8亿美元首付款, an upfront payment of $280 million: the part of a deal paid at signing, not its value.
  { id: 'upfront-payment', kinds: ['money'], parties: true, zh: ['首付款', '首期付款', '预付款'], en: ['upfront payment', 'up-front payment', 'upfront fee', 'upfront'] },
  // 最高5.2亿美元的开发和注册里程碑付款: what a deal may pay later, in several tranches an article may each state.
  { id: 'milestone-payments', varies: true, kinds: ['money'], parties: true, zh: ['里程碑付款', '里程碑款项', '里程碑'], en: ['milestone payments', 'milestone payment', 'near-term payments', 'in milestones', 'milestones'] },
  { id: 'deal-value', kinds: ['money'], parties: true, clausePeriod: true, zh: ['授权', '交易', '收购', '合作', '协议', '并购', '合同', '订单'], en: ['deal', 'contract', 'contracts', 'contract valued at', 'contract worth', 'deal valued at', 'deal worth', 'order valued at', 'order worth', 'catalogue value', 'catalog value', 'list-price value', 'value at list prices', 'licence', 'license', 'licensing', 'acquisition', 'acquire', 'acquired', 'agreement', 'to buy', 'bought', 'buys', 'buying', 'takeover', 'purchase price'] },
  // What a share earned is no price of a share.
  { id: 'earnings-per-share', kinds: ['money'], subjects: ['company'], zh: ['每股收益', '每股盈利', '每股净收益', '基本每股收益', '稀释每股收益'], en: ['earnings per share', 'EPS', 'diluted earnings per share', 'per diluted share'] },
  { id: 'share-price', varies: true, kinds: ['money'], subjects: ['company'], zh: ['股价为', '发行价', '发售价', '招股价', '每股', '收购价', '收购价格', '要约价', '要约价格'], en: ['share price', 'IPO price', 'stock price', 'offer price', 'a share', 'per share', 'indicative range', 'price range', 'marketed range', 'offer range'] },
  // `a 23.4% premium to the closing price`, `约12%的价差`: a price against another, no move of the stock.
  { id: 'premium', varies: true, kinds: SHARE, zh: ['溢价', '折价', '价差', '溢价率', '折让'], en: ['premium', 'discount'] },
  // A day's close (`收报12.52元`, `closed at 58.40 yuan`) is of its day: the article's, unless it says another.
  { id: 'closing-price', varies: true, kinds: ['money'], subjects: ['company'], zh: ['股价收于', '股价收在', '股价报', '收盘价', '收于', '收在', '收报', '报收'], en: ['shares closed at', 'stock closed at', 'closed at', 'closing price', 'higher at', 'lower at', 'closed up at', 'closed down at', 'ended at', 'finished at'] },
  // 销售及营销费用为4.1亿元 is no revenue; 研发费用 is the narrower rnd-spend.
  { id: 'expenses', kinds: ['money'], subjects: ['company'], zh: ['费用'], en: ['expenses', 'operating expenses', 'opex'] },
  // 平均佣金率为6.8%, a take rate of 6.8%: what a platform keeps of what it sells.
  { id: 'take-rate', kinds: SHARE, subjects: ['company'], zh: ['佣金率', '抽佣率', '货币化率', '变现率'], en: ['take rate', 'take-rate', 'commission rate'] },
  // 约85%的员工从事研发, about 85% of whom work in R&D: not the company's growth or share.
  { id: 'rnd-staff-share', kinds: SHARE, subjects: ['company'], zh: ['研发人员占比', '研发人员占', '从事研发'], en: ['work in R&D', 'work in research and development', 'are engineers', 'in R&D roles'] },
  { id: 'subsidies', varies: true, kinds: ['money'], subjects: ['company'], zh: ['补贴'], en: ['subsidies', 'subsidy'] },
  // 现金及现金等价物, cash and cash equivalents: what a company holds, not a flow (经营活动现金流); a balance an
  // article may give at several dates (截至年末约32.6亿元, 计入首付款后将超过40亿元).
  { id: 'cash', varies: true, kinds: ['money'], subjects: ['company'], zh: ['现金及现金等价物', '现金储备', '在手现金', '账上现金', '账面现金', '现金余额', '货币资金', '定期存款', '短期投资'], en: ['cash and cash equivalents', 'in cash', 'cash reserves', 'cash pile', 'cash on hand', 'cash balance', 'time deposits', 'short-term investments'] },
  // `累计产生订单28.6亿笔`, `2.86 billion orders`; and the peak per second, a measure of its own (`每秒73.5万笔`, `7.35 million orders per second`).
  { id: 'orders', kinds: ['count', 'number'], subjects: ['company'], countedNouns: ['orders'], countedMeasures: ORDER_MEASURES, notUnits: ['company', 'person'], zh: ['订单量', '订单数', '笔订单', '订单'], en: ['orders'] },
  { id: 'order-rate', kinds: ['count', 'number'], subjects: ['company'], countedNouns: ['orders', 'transactions'], countedMeasures: ORDER_MEASURES, zh: ['每秒', '订单峰值', '订单创建峰值', '交易峰值'], en: ['orders per second', 'orders a second', 'transactions per second'] },
  // The savings a merger is to bring (`每年2.5亿美元的成本协同效应`) are no price of the deal.
  { id: 'synergies', kinds: ['money'], subjects: ['company'], zh: ['成本协同效应', '协同效应', '成本协同'], en: ['cost synergies', 'synergies', 'run-rate synergies'] },
  { id: 'termination-fee', kinds: ['money'], parties: true, zh: ['终止费', '分手费', '解约费'], en: ['termination fee', 'break fee', 'breakup fee', 'break-up fee'] },
  { id: 'impairment', kinds: ['money'], subjects: ['company'], zh: ['资产减值损失', '资产减值', '减值损失', '计提减值', '减值', '资产减损', '减损'], en: ['impairment charge', 'impairment charges', 'impairment loss', 'impairment losses', 'impairment', 'impairments', 'write-down', 'write-downs', 'writedown'] },
  // 合计派发现金红利约1.8亿元, a dividend of $1.12: paid to shareholders, neither a profit nor a loss.
  { id: 'dividend', varies: true, kinds: ['money'], subjects: ['company'], zh: ['现金红利', '派发现金红利', '分红', '派息', '股息'], en: ['dividend', 'dividends', 'payout'] },
  { id: 'buyback', varies: true, kinds: ['money'], subjects: ['company'], zh: ['回购', '股份回购', '股票回购'], en: ['buyback', 'buybacks', 'buy back', 'repurchase', 'repurchases', 'share repurchase'] },
  { id: 'cash-flow', kinds: ['money'], subjects: ['company'], zh: ['现金流', '现金流量'], en: ['cash flow', 'cash flows'] },
  // 在手订单达485亿美元, contracted backlog of $48.5 billion: orders to be delivered, not revenue.
  // `上半年新增对外订单18.74GW`, `new external orders … rose 32.5% to 18.74 gigawatts`: orders won in a period, not those on hand.
  { id: 'order-intake', kinds: ['money', 'quantity'], subjects: ['company'], zh: ['新增订单', '新增对外订单', '新签订单', '新接订单', '订单新增'], en: ['new orders', 'new external orders', 'order intake', 'orders won', 'new order intake'] },
  { id: 'backlog', varies: true, kinds: ['money', 'quantity'], subjects: ['company'], zh: ['在手订单', '手持订单', '在手储能订单', '订单储备', '储备订单', '未完成订单', '积压订单', '订单余额'], en: ['backlog', 'order book', 'orders on hand', 'remaining performance obligations'] },
  // A game's players online at once at its peak, not its staff (`PC同時在線人數峰值…162萬人`, `peaked at 1.62 million concurrent players`).
  { id: 'peak-concurrent-users', kinds: PEOPLE, countUnits: ['person', 'user'], subjects: ['company', 'product', 'work'], zh: ['同时在线人数峰值', '同时在线峰值', '在线人数峰值', '同时在线人数', '同时在线'], en: ['peak concurrent players', 'peak concurrent users', 'concurrent players', 'concurrent users'] },
  { id: 'gross-billings', varies: true, kinds: ['money'], zh: ['流水'], en: ['gross billings', 'billings', 'bookings', 'gross revenue'] },
  { id: 'acquisition-cost', kinds: ['money'], zh: ['获客成本', '获客费用'], en: ['customer acquisition cost', 'acquisition cost', 'cost to acquire'] },
  { id: 'average-price', segmented: true, kinds: ['money'], zh: ['客单价', '单价', '均价', '平均售价', 'ARPU', '单票收入', '单件收入', '票均收入'], en: ['average order value', 'average selling price', 'average price', 'ARPU', 'revenue per parcel', 'revenue per package', 'revenue per order', 'per-parcel revenue'] },
  { id: 'price', varies: true, kinds: ['money'], subjects: ['product', 'model'], zh: ['售价', '价格', '定价'], en: ['price', 'prices', 'priced'] },
  { id: 'go-live-date', kinds: ['date'], subjects: ['company'], zh: ['数据中心', '投入运营', '启用', '投产', '开港', '投运', '投入使用', '正式运营', '开通运营'], en: ['data center', 'data centre', 'go live', 'goes live', 'go online', 'begin charging', 'start charging', 'begins charging', 'starts charging', 'start', 'begin operations', 'begins operations', 'start operations', 'starts operations', 'open on', 'opens on', 'to open'] },
  // The day a company reports its results (`11月18日晚间，驰远汽车发布…财报`, `披露2025年第三季度业绩`):
  // the words of results refine a release (发布) in the same clause.
  // A month's operating data are results too (`2月11日晚间披露月度生产快报`, `operating data the group released on Feb. 12`).
  { id: 'results-date', kinds: ['date'], refines: 'release-date', subjects: ['company'], datePeriod: 'reported', zh: ['财报', '业绩', '季报', '年报', '中报', '半年报', '三季报', '业绩公告', '财务报告', '生产快报', '生产数据', '经营数据', '运营数据', '经营快报'], en: ['results', 'earnings', 'quarterly report', 'annual report', 'operating data', 'operating figures', 'production data', 'traffic data', 'throughput data'] },
  // An earnings call is another day than the results' (`在4月25日的业绩说明会上`).
  { id: 'results-call-date', kinds: ['date'], subjects: ['company'], datePeriod: 'reported', zh: ['业绩说明会', '业绩会', '业绩交流会', '业绩发布会'], en: ['earnings call', 'conference call'] },
  // A company's launch event (`于3月18日晚在深圳举行春季新品发布会`): one per article, unlike a product's release.
  { id: 'launch-event-date', kinds: ['date'], subjects: ['company'], datePeriod: 'year', zh: ['发布会', '新品发布会', '春季发布会', '秋季发布会', '发布活动'], en: ['launch event', 'product event', 'unveiling event', 'at an event', 'an event in', 'a launch in'] },
  // The day new prices or terms apply (`新价格将于2026年1月20日零时起生效`, `take effect on Jan. 21`): once for each change, so of its year.
  // `已於8月31日獲國家藥品監管部門批准上市`, `the regulator approved velotinib on Sept. 1`: the day a drug or product won approval.
  { id: 'approval-date', kinds: ['date'], subjects: ['company', 'product'], datePeriod: 'year', zh: ['批准上市', '获批上市', '获准上市', '获批'], en: ['approved', 'won approval', 'received approval', 'gained approval'] },
  // `將於9月24日派發`, `派息日为9月24日`, `payable on Sept. 24`: the day a dividend is paid, once a year (or a half).
  { id: 'dividend-payment-date', kinds: ['date'], subjects: ['company'], datePeriod: 'year', zh: ['派息日', '派发', '派付', '发放股息', '派息'], en: ['payable on', 'paid on', 'payment date', 'to be paid on', 'will be paid on'] },
  { id: 'effective-date', kinds: ['date'], subjects: ['company', 'product', 'model', 'family'], datePeriod: 'year', zh: ['起生效', '生效', '起执行', '起实施', '起施行', '开始执行', '正式执行', '起降价', '起调价', '起涨价', '起下调', '起上调'], en: ['take effect', 'takes effect', 'took effect', 'come into effect', 'comes into effect', 'effective from', 'effective on'] },
  // The day a recall starts (`将自1月16日起召回`, `The recall will begin on January 16`): once for each recall, so of its year.
  { id: 'recall-date', kinds: ['date'], subjects: ['company', 'product'], datePeriod: 'year', zh: ['起召回', '开始召回', '起实施召回'], en: ['recall will begin', 'recall begins', 'recall will start', 'recall starts', 'recall began', 'recall started'] },
  // The day shares start trading (`将于3月6日在港交所主板挂牌`, `debut on March 6`).
  // 9月26日正式开工, broke ground on September 26: the start of building a plant, once for each project.
  // The day a sale opens (a shopping festival's first day): held every year, so of its year.
  { id: 'sale-start-date', kinds: ['date'], subjects: ['company'], datePeriod: 'year', zh: ['开售', '正式开售', '开卖', '开抢'], en: ['went on sale', 'go on sale', 'goes on sale', 'sales began', 'sale began', 'festival opened', 'festival began', 'festival kicked off', 'sale opened'] },
  { id: 'groundbreaking-date', kinds: ['date'], subjects: ['company'], zh: ['正式开工', '开工仪式', '开工建设', '开工', '动工', '奠基仪式', '奠基'], en: ['broke ground', 'break ground', 'breaks ground', 'groundbreaking', 'started construction', 'construction began', 'construction started'] },
  { id: 'listing-date', kinds: ['date'], subjects: ['company'], zh: ['挂牌', '挂牌上市', '挂牌买卖', '上市交易', '正式上市', '首日交易', '开始买卖', '开始交易', '开始在联交所买卖'], en: ['debut', 'debuts', 'begin trading', 'start trading', 'begins trading', 'starts trading', 'began trading', 'started trading'] },
  // A rocket's launch is its operator's day (`5月12日10时47分…点火升空`, `placed 24 more satellites into orbit on May 13`).
  { id: 'launch-date', varies: true, kinds: ['date'], subjects: ['company', 'product'], zh: ['发射升空', '点火升空', '发射', '升空'], en: ['into low Earth orbit', 'into orbit', 'lifted off', 'blasted off'] },
  { id: 'release-date', kinds: ['date'], subjects: ['model', 'product', 'family'], zh: ['发布', '推出', '上线', '亮相', '发表'], en: ['released', 'launched', 'unveiled', 'release', 'launch', 'releases', 'launches'] },
];

/**
 * Businesses whose own revenue a company reports beside its total (`智能手机收入为460亿元`, `cloud
 * revenue of $33 billion`): written right before the keyword, they make the figure the business's.
 */
export const BUSINESS_SEGMENTS: Readonly<Record<string, readonly string[]>> = {
  cloud: withTraditional(['云计算业务', '云计算', '云业务', '云服务', '智能云', '云', 'cloud', 'cloud computing']),
  smartphone: withTraditional(['智能手机', '手机', 'smartphone', 'smartphones', 'phone', 'handset']),
  advertising: withTraditional(['广告', '网络广告', 'advertising', 'ad']),
  gaming: withTraditional(['游戏', '网络游戏', 'gaming', 'games', 'game']),
  'data-center': withTraditional(['数据中心', 'data center', 'data-center', 'datacenter']),
  automotive: withTraditional(['汽车', '整车', '智能汽车', '电动汽车', 'automotive', 'car', 'EV']),
  'power-battery': withTraditional(['动力电池', 'EV battery', 'EV batteries']),
  'energy-storage': withTraditional(['储能', '储能电池', '储能电芯', 'energy storage', 'energy-storage']),
  // A miner's output by metal (`矿产铜产量12.84万吨` is no `锂板块产量`).
  copper: withTraditional(['铜', '矿产铜', '电解铜', '精炼铜', 'copper', 'mined copper']),
  lithium: withTraditional(['锂', '碳酸锂', '锂盐', '锂板块', 'lithium']),
  gold: withTraditional(['黄金', '矿产金', 'gold']),
  zinc: withTraditional(['锌', '矿产锌', 'zinc']),
  nickel: withTraditional(['镍', 'nickel']),
  coal: withTraditional(['煤炭', '原煤', '商品煤', 'coal']),
  services: withTraditional(['服务', 'services', 'service']),
  'ai': withTraditional(['AI', '人工智能']),
  iot: withTraditional(['IoT与生活消费产品', 'IoT', '物联网']),
  'live-streaming': withTraditional(['直播', '直播渠道', '直播电商', '直播带货', '直播间', 'live-streaming', 'livestreaming', 'live streaming', 'streams', 'live streams']),
  'new-businesses': withTraditional(['创新业务', '新业务', '其他业务', 'other bets']),
  // Not businesses either: where the revenue was earned (境外收入为181.6亿元 is not the total; so
  // are `2,150 buses outside China`, see SEGMENT_AFTER_FIGURE).
  overseas: withTraditional(['境外', '海外', '国际', '国外', 'overseas', 'international', 'foreign']),
  domestic: withTraditional(['境内', '国内', '中国大陆', 'domestic']),
  // `权益合约销售约61.3亿元`, `attributable contracted sales`: the developer's share of the sales, not all of them.
  attributable: withTraditional(['权益', 'attributable']),
  europe: withTraditional(['欧洲', 'European', 'Europe']),
  'north-america': withTraditional(['北美', 'North American', 'North America']),
  // Not businesses: the round a funding figure is of (6亿美元B轮融资 is not the 1.8亿美元A轮融资 before it).
  seed: withTraditional(['天使轮', '种子轮', 'seed', 'angel']),
  'pre-a': withTraditional(['Pre-A轮', 'pre-A轮', 'Pre-A']),
  'series-a': withTraditional(['A轮', 'A+轮', 'Series A']),
  'series-b': withTraditional(['B轮', 'B+轮', 'Series B']),
  'series-c': withTraditional(['C轮', 'C+轮', 'Series C']),
  'series-d': withTraditional(['D轮', 'Series D']),
  'series-e': withTraditional(['E轮', 'Series E']),
  // Not a business, but a measure of its own: adjusted figures differ from reported ones (non-GAAP净亏损7.1亿元 vs 净亏损9.7亿元).
  // So is a profit without one-off items (扣非归母净利润17.2亿元 beside 归母净利润18.6亿元).
  'non-gaap': withTraditional(['non-GAAP', 'Non-GAAP', 'non-IFRS', 'Non-IFRS', '经调整', '调整后', 'adjusted', 'Adjusted', '扣非归母', '扣非', '扣除非经常性损益后的', '扣除非经常性损益后']),
};

/** Measures that are rates, whose changes are written in points (`客座率…上升2.1个百分点`, `margin widened 1.2 points`). */
export const RATE_MEASURES: readonly string[] = [
  'load-factor', 'gross-margin', 'net-margin', 'operating-margin', 'market-share', 'penetration', 'take-rate', 'npl-ratio',
  'net-interest-margin', 'capital-ratio', 'roe', 'yield-rate', 'solvency-ratio', 'core-solvency-ratio', 'nbv-margin', 'response-rate',
];
/** English words after a gap in points that name what it is measured against (`2.5 percentage points below Haichuan's`). */
export const GAP_AFTER_WORDS_EN: readonly string[] = ['above', 'below', 'higher than', 'lower than', 'ahead of', 'behind'];
/** English words before a name a figure is compared with (`below Haichuan's`, `than that of Dongyue`): no subject of the figures after it. */
export const COMPARED_WITH_WORDS_EN: readonly string[] = [...GAP_AFTER_WORDS_EN, 'than', 'compared with', 'versus', 'vs.', 'vs'];
/** What a gap is measured against that is a time or a trial's arm, not another company (`较上年同期高出`). */
export const GAP_TO_SELF_WORDS: readonly string[] = withTraditional(['上年', '去年', '同期', '上月', '上季', '年初', '上一', '此前', '前值']);
/** Words right before a percentage that say by how much a rate is above or below another (`较对照组高出23.4%`). */
export const RATE_GAP_WORDS: readonly string[] = withTraditional(['高出', '低出']);

/** Words of a trial's control arm, whose patients are not the drug's (`对照组`, `標準化療`, `placebo`). */
export const CONTROL_ARM_WORDS: readonly string[] = [...withTraditional(['对照组', '对照', '安慰剂', '标准化疗', '化疗组']), 'control arm', 'control group', 'placebo', 'comparator'];

/** What a work named in title marks (`EntityType` `work`) may be the subject of: its audience and sales, not its studio's results or its release dates. */
export const WORK_MEASURES: readonly string[] = [
  'box-office', 'cumulative-box-office', 'admissions', 'peak-concurrent-users', 'shipments', 'downloads', 'users', 'monthly-active-users', 'daily-active-users', 'gross-billings', 'watch-time', 'market-share',
];

/** A table header that is a change year on year by itself (`| 指标 | 2024年 | 2023年 | 同比 |`): a word too bare for running text. */
export const GROWTH_HEADERS: readonly string[] = withTraditional(['同比', '按年', '同比变动', '同比变化', '按年变动']);

/** Words of a smaller edition of a model, whose size is not the model's (`a smaller 14-billion-parameter version`, `140亿参数的小型版本`). */
export const SMALLER_VERSION_WORDS_EN: readonly string[] = ['smaller', 'lighter', 'lightweight', 'compact', 'distilled', 'scaled-down', 'mini'];
export const SMALLER_VERSION_WORDS_ZH: readonly string[] = withTraditional(['小型版本', '小型版', '轻量版本', '轻量版', '轻量级版本', '小尺寸版本', '精简版', '蒸馏版', '迷你版', '端侧版']);

/** The measures of a raise that a sentence naming no one tells of the company the sentence before named (see bind-claims.ts). */
export const UNNAMED_SUBJECT_ATTRIBUTES: readonly string[] = ['funding-round', 'net-proceeds', 'excess-proceeds', 'oversubscription'];

/** The topics of `BUSINESS_SEGMENTS` that name one funding round: one amount, however many times an article states it. */
export const ROUND_TOPICS: readonly string[] = ['seed', 'pre-a', 'series-a', 'series-b', 'series-c', 'series-d', 'series-e'];

/**
 * Words that say a figure quoted in their sentence is wrong (`有自媒體稱「Heng-3啟用參數達5120億」，此說有誤`,
 * `reports that put the round at "$3 billion" were incorrect`): the quoted figure is no claim of the article.
 */
export const QUOTED_ERROR_WORDS: readonly string[] = [
  ...withTraditional(['此说有误', '有误', '不实', '并非事实', '系误传', '是误传', '属误读', '错误的', '更正', '当成', '误将', '混为一谈', '混淆']),
  'incorrect', 'inaccurate', 'erroneous', 'erroneously', 'mistakenly', 'wrongly', 'not true', 'false',
];

/** Words before a round that make it an earlier one than the amount after it (`继B轮融资后`, `after its Series B`). */
export const EARLIER_ROUND_WORDS: readonly string[] = [...withTraditional(['继', '上一轮', '前一轮']), 'after', 'following'];
/** Words between a round and an amount that make the amount a total of rounds (`the Series B brings its total funding to`, `累计融资`). */
export const ROUNDS_TOTAL_WORDS: readonly string[] = [...withTraditional(['累计', '总额', '合计', '共计', '总计']), 'total', 'brings', 'bringing', 'to date', 'cumulative'];

/** Words that refer to the round an article is about (`本轮共融资3亿元`, `this round`). */
export const THIS_ROUND_WORDS: readonly string[] = [...withTraditional(['本轮', '本次融资', '此轮', '该轮', '这轮']), 'this round', 'the round', 'the latest round', 'the new round'];

/** Words right after a figure (and what it counts) that name where it was earned or sold (`shipped 2,150 buses outside China`), or the round it was raised in. */
export const SEGMENT_AFTER_FIGURE: Readonly<Record<string, readonly string[]>> = {
  overseas: ['outside China', 'outside of China', 'outside mainland China', 'outside the mainland', 'abroad', 'overseas', 'internationally', 'outside its home market'],
  // `raises $180 million in Series C`: the round an amount was raised in.
  seed: ['seed round', 'seed funding'],
  'series-a': ['Series A'],
  'series-b': ['Series B'],
  'series-c': ['Series C'],
  'series-d': ['Series D'],
  'series-e': ['Series E'],
};

/** Words before 业务 that say which of the company's businesses, not which business (主营业务, 全部业务). */
export const NOT_BUSINESS_NAMES: readonly string[] = withTraditional(['主营', '核心', '全部', '整体', '各项', '其他', '主要', '公司', '集团']);
/**
 * Kinds of product a maker sells several of (`工业机器人销量`, `人形机器人交付`): with a word before it
 * that says which (`PRODUCT_LINE_MODIFIERS`), such a word names the product line a figure is of,
 * never the company's total.
 */
export const PRODUCT_CLASSES: readonly string[] = withTraditional([
  '机器人', '手机', '芯片', '电池', '服务器', '电视', '平板', '耳机', '手表', '汽车', '车型', '轿车', '无人机', '显卡', '处理器',
  '组件', '电池片', '硅片',
]);
/** Words that say which line of a kind of product (`工业`机器人, `人形`机器人, `折叠屏`手机, `储能`电池). */
export const PRODUCT_LINE_MODIFIERS: readonly string[] = withTraditional([
  '工业', '人形', '协作', '服务', '物流', '扫地', '家用', '商用', '乘用', '折叠屏', '折叠', '旗舰', '高端', '中端', '入门级', '纯电', '混动', '插混', '增程',
  'N型', 'P型', 'TOPCon', 'HJT', 'BC',
  '燃油', '电动', '储能', '动力', '消费级', '车规级', '数据中心', '自动驾驶', '智能驾驶', '功能', '可穿戴', '游戏', '训练', '推理',
]);
/** Verbs and particles that run into a business's name from before (`还经营代理发行业务` → `代理发行`). */
export const BUSINESS_VERBS: readonly string[] = withTraditional(['经营', '开展', '从事', '布局', '发展', '拓展', '运营', '还', '也', '的', '其']);
/** Words that may run into a business's name before 业务 without being part of it (其中组件业务 → 组件). */
export const BUSINESS_NAME_LEADS: readonly string[] = withTraditional(['其中', '以及', '包括', '其', '而', '和', '及', '与', '的']);

/**
 * Verbs that, right before an amount, make it the change of what the sentence measures rather than
 * its level (`营收同比增加205亿元`, `减少约七千人`, `招聘约1200名员工`, `revenue rose by $2.1 billion`,
 * `added 2,100 people`); written with 至, 到 or `to` between, the amount is the new level again
 * (`增加至`, `rose to`).
 */
export const CHANGE_VERBS_ZH: readonly string[] = withTraditional([
  '增加', '增长', '减少', '下降', '下滑', '新增', '净增', '增', '减', '提升', '提高', '降低', '扩大', '缩小', '收窄', '回落',
  '上升', '下跌', '上涨', '缩减', '招聘', '聘用', '招募', '裁员', '裁减', '裁掉', '多出',
  // `较去年同期少建约2.1万个`: built fewer (or more) than in the period compared with.
  '少建', '多建', '少开', '多开', '少交付', '多交付',
]);
/** Words of a market in what a share is of (`of the domestic market`, `of global shipments`): a share of anything else is a part of the company's own. */
export const MARKET_WHOLE_WORDS: readonly string[] = [
  ...withTraditional(['市场', '全球', '全国', '行业', '国内', '全行业']),
  'market', 'markets', 'industry', 'global', 'worldwide', 'world', 'nationwide', 'national', 'domestic', 'sector', "country's",
];

/** Verbs of a change that may have the measure's noun between them and the amount (`单季净增门店2105家`, `新增用户300万`). */
export const CHANGE_VERBS_BEFORE_NOUN_ZH: readonly string[] = withTraditional(['新增', '净增', '净减', '新开', '净开', '关闭', '减少', '增加']);
export const CHANGE_VERBS_EN: readonly string[] = [
  'rose', 'grew', 'increased', 'decreased', 'fell', 'declined', 'dropped', 'jumped', 'climbed', 'slipped', 'slid', 'added',
  'adding', 'adds', 'gained', 'cut', 'cutting', 'cuts', 'hired', 'hiring', 'hire', 'up', 'down', 'increase of', 'decrease of',
  'decline of', 'drop of', 'rise of', 'gain of', 'reduction of', 'jump of', 'opened', 'opens', 'opening',
];
/** Words of change that say which way a measure moved (`同比下降18.3%` against `同比增长18.3%`, `fell 4.3%` against `上涨4.3%`). */
export const FALL_WORDS_ZH: readonly string[] = withTraditional(['下降', '下滑', '减少', '下跌', '回落', '降低', '缩减', '萎缩', '减', '降', '跌', '年减', '季减', '月减']);
export const RISE_WORDS_ZH: readonly string[] = withTraditional(['增长', '增加', '上升', '上涨', '提升', '提高', '增', '涨', '升', '成长', '年增', '季增', '月增']);
export const FALL_WORDS_EN: readonly string[] = ['fell', 'declined', 'dropped', 'decreased', 'slipped', 'slid', 'down', 'shrank', 'contracted', 'decline of', 'drop of', 'decrease of', 'fall of'];
export const RISE_WORDS_EN: readonly string[] = ['rose', 'grew', 'increased', 'climbed', 'jumped', 'up', 'gained', 'increase of', 'rise of', 'gain of', 'growth of'];

/** The attribute a change of an attribute has when it has one of its own (`市值增加了4400亿美元`), else `change:<id>`. */
export const CHANGE_ATTRIBUTES: Readonly<Record<string, string>> = { 'market-value': 'market-value-change' };
/** Attributes that are changes already. */
export const CHANGES: readonly string[] = ['market-value-change', 'growth', 'stock-move'];
/**
 * Words opening a clause about a part of what the clause before measured (`用户数约为86万，其中个人用户约
 * 61万`, `revenue of $3 billion, of which cloud made $1 billion`): the part's attribute says so
 * (`users:part`) and is never compared with the whole.
 */
/** `3月单月该电池装车量约6.8GWh`: one product's figure, named by a reference to it, is a part of the company's. */
export const PRODUCT_REFERENCES_ZH: readonly string[] = withTraditional(['该电池', '该产品', '该车型', '该芯片', '该机型', '该型号', '此款', '这款', '这一产品']);
/** What refers back to a segment of the company (`该业务`, `the segment's revenue`): its figure is the segment's, a part. */
export const SEGMENT_REFERENCES: readonly string[] = [
  ...withTraditional(['该业务', '该板块', '该分部', '该事业部', '该业务板块']), "the segment's", "the division's", "the unit's", "the business's", 'the segment', 'the division', 'that segment', 'that division',
];
export const PART_OPENERS: readonly string[] = [...withTraditional(['其中', '其中有', '包括']), 'of which', 'of whom', 'including', 'among them'];

/**
 * Words opening a sentence that breaks a total down (`分产品看，休闲卤味…营收24.3亿元`, `By segment,
 * cloud revenue…`): its figures are the parts', never the company's whole.
 */
/**
 * A sentence about one segment of a company (`The business segment was the fastest-growing, with revenue up 42.0% to
 * £139.0m`, `Revenue from humanoid and service robots … reached NT$1.16 billion in 2025`): its figures are the part's.
 */
export const SEGMENT_SENTENCE =
  /^(?:(?:The|Its) [a-z][A-Za-z-]*(?: [a-z][A-Za-z-]*)? (?:segment|division|business unit|unit|arm)(?![A-Za-z])|(?:Revenue|Sales) from (?!continuing |operations |all |the (?:group|company)\b)[a-z])/;

export const BREAKDOWN_OPENERS: readonly string[] = [
  ...withTraditional(['分条线看', '分条线来看', '分产品看', '分产品来看', '分业务看', '分业务来看', '分地区看', '分地区来看', '分区域看', '分区域来看', '分渠道看', '分渠道来看', '分品类看', '分品类来看', '分板块看', '分板块来看', '分部来看', '按产品划分', '按业务划分', '按地区划分', '按区域划分', '从产品结构看', '从业务结构看', '分车型看', '分车型来看', '分型号看', '分机型看', '分游戏看', '分市场看', '分市场来看']),
  'By segment', 'By product', 'By region', 'By business', 'By division', 'Broken down by', 'Among its segments', 'By model', 'By market', 'By vehicle model', 'By title', 'By brand',
  // `Among individual terminals, Shenzhen Nanwan handled 1.827 million TEU`: a part the binder may not know by name.
  'Among individual', 'By terminal', 'By port', ...withTraditional(['分码头看', '分码头来看', '分港区看', '分港区来看']),
];

/** Words that may stand between a change verb and its amount (`增加了约`, `rose by roughly`). */
export const CHANGE_FILLERS_ZH: readonly string[] = withTraditional(['了', '约', '近', '超过', '逾', '超', '大约', '将近', '达']);
export const CHANGE_FILLERS_EN: readonly string[] = ['by', 'about', 'nearly', 'roughly', 'some', 'around', 'almost', 'more than', 'over', 'approximately', 'an estimated', 'another', 'a further', 'a net', 'a record'];

/** Words that split an attribute by topic (a share of the cloud market is not a share of AI chips). */
export const TOPICS = {
  market: {
    cloud: ['云计算', '云服务', '云市场', '云', 'cloud'],
    'ai-accelerator': ['AI加速器', '加速器', 'accelerator'],
    gpu: ['GPU'],
    smartphone: ['智能手机', '手机', 'smartphone'],
    search: ['搜索', 'search'],
    'power-battery': ['动力电池', '装车量', 'EV battery'],
    'energy-storage': ['储能', 'energy storage'],
    tokens: ['token', 'tokens'],
  },
  growth: {
    cloud: ['云业务', '云计算业务', '云', 'cloud'],
    revenue: ['营收', '收入', 'revenue', 'sales'],
    gmv: ['成交额', 'GMV', 'gross merchandise volume'],
    backlog: ['在手订单', '在手储能订单', '订单储备', 'order backlog', 'backlog'],
    'order-intake': ['新增订单', '新增对外订单', '新签订单', 'new orders', 'new external orders', 'order intake'],
    'royalty-payments': ['版税', '版权费', 'royalties', 'royalty payouts', 'royalty payments'],
    'contracted-sales': ['合约销售', '合同销售', '签约销售', 'contracted sales'],
    'watch-time': ['使用时长', '观看时长', 'watch time', 'time spent'],
    profit: ['利润', '纯利', '净利', 'profit', 'income'],
    shipments: ['出货量', '出货', '销量', '交付量', '交付', 'shipments', 'deliveries'],
    'battery-installations': ['装车量', '装车电量', '装机量', 'installations', 'installed'],
    rnd: ['研发支出', '研发投入', '研发费用', 'R&D spending', 'R&D'],
    'net-interest-income': ['利息净收入', '净利息收入', 'net interest income'],
    'non-interest-income': ['非利息净收入', '非利息收入', 'non-interest income'],
    production: ['产量', 'production', 'output', 'produced'],
    'electricity-consumption': ['全社会用电量', '用电量', 'electricity consumption', 'power consumption'],
    'parcel-volume': ['快递业务量', '业务量', '件量', 'parcel volume'],
    'passenger-traffic': ['旅客运输量', '客运量', '旅客吞吐量', '运输旅客', 'passenger traffic', 'passenger numbers'],
    capacity: ['产能', '月产能', '年产能', 'capacity'],
    'load-factor': ['客座率', '载客率', '上座率', 'load factor'],
    'solvency-ratio': ['偿付能力充足率', '偿付能力', 'solvency ratio'],
    'core-solvency-ratio': ['核心偿付能力充足率', '核心偿付能力', 'core solvency ratio'],
    'nbv-margin': ['新业务价值率', 'NBV margin', 'new business value margin'],
    'new-business-value': ['新业务价值', 'NBV', 'new business value'],
    // The rates whose changes are written in points: `毛利率為56.4%，按年上升2.3個百分點` is the margin's change.
    'gross-margin': ['毛利率', 'gross margin'],
    'net-margin': ['净利率', '净利润率', 'net margin', 'net profit margin'],
    'operating-margin': ['营业利润率', '经营利润率', 'operating margin', 'operating profit margin'],
    'net-interest-margin': ['净息差', 'net interest margin'],
    'npl-ratio': ['不良贷款率', '不良率', 'non-performing loan ratio', 'NPL ratio'],
    // `市佔率為15.2%，較去年同期提升1.4%`, `share … a gain of 1.4 percentage points`: a share's change, in points.
    'market-share': ['市场份额', '市场占有率', '市占率', 'market share'],
    // `货币化率为13.1%，较去年同期的12.7%提升0.4个百分点`, `Take rate: 13.1%, up 0.4 percentage points`.
    'take-rate': ['货币化率', '变现率', '佣金率', '抽佣率', 'take rate', 'take-rate'],
    // A place's economy (`地区生产总值…按不变价计算增长5.6%`, `The economy of Lanjiang grew 5.6%`).
    gdp: ['地区生产总值', '生产总值', 'GDP', '经济总量', '经济增长', 'gross domestic product', 'economy', 'economic growth'],
    'online-retail-sales': ['网上零售额', '网络零售额', '线上零售额', 'online retail sales'],
    'retail-sales': ['社会消费品零售总额', '社会消费品零售额', '消费品零售总额', '消费品零售额', '社零总额', '社零', 'retail sales'],
    'fixed-asset-investment': ['固定资产投资', 'fixed-asset investment', 'fixed asset investment'],
    'industrial-output': ['规模以上工业增加值', '规上工业增加值', '工业增加值', 'industrial output', 'industrial value added', 'industrial value-added'],
  },
  'price-basis': {
    'offer-price': ['按发行价计算', '按本次发行价计算', '以发行价计算', '按发售价计算', '以招股价计', '按招股价计', '以招股价计算', '按招股价计算', '以发售价计', '按发行价', 'at the offer price', 'based on the offer price', 'at the IPO price', 'at its IPO price'],
    close: ['按收盘价计算', '以收盘价计算', '按首日收盘价计算', '以首日收盘价计算', 'at the closing price', 'based on the closing price', 'at the close', "at Friday's close"],
  },
  tranche: {
    retail: ['公开发售', '香港公开发售', '公开发行部分', '散户', 'retail', 'public offering', 'Hong Kong public offering'],
    international: ['国际配售', '国际发售', 'international', 'institutional'],
  },
  benchmark: {
    'mmlu-pro': ['MMLU-Pro'],
    mmlu: ['MMLU'],
    gpqa: ['GPQA'],
    'swe-bench': ['SWE-bench'],
    humaneval: ['HumanEval'],
    aime: ['AIME'],
    'c-eval': ['C-Eval'],
    cmmlu: ['CMMLU'],
    livecodebench: ['LiveCodeBench'],
    'math-500': ['MATH-500', 'MATH500'],
    gsm8k: ['GSM8K'],
    'arena-hard': ['Arena-Hard'],
    mmmu: ['MMMU'],
    ifeval: ['IFEval'],
    'terminal-bench': ['Terminal-Bench'],
    hle: ["Humanity's Last Exam", 'HLE'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

/**
 * The attribute of the figures a topic of `growth` is the growth of (`growth:revenue` of `revenue`):
 * a rate the article's own two figures contradict is a slip (src/check/crosscheck/growth-from-figures.ts).
 */
export const GROWTH_TOPIC_MEASURES: Readonly<Record<string, string>> = {
  revenue: 'revenue', profit: 'profit', shipments: 'shipments', production: 'production', rnd: 'rnd-spend', cloud: 'revenue:cloud',
  'parcel-volume': 'parcel-volume', 'net-interest-income': 'net-interest-income', 'non-interest-income': 'non-interest-income',
  'passenger-traffic': 'passenger-traffic', capacity: 'capacity', 'battery-installations': 'battery-installations', 'retail-sales': 'retail-sales', 'online-retail-sales': 'online-retail-sales',
  'fixed-asset-investment': 'fixed-asset-investment',
};

/**
 * Topics that name what is measured rather than whose it is: right after a business, they are the
 * business's (`cloud revenue grew`, 云业务收入同比增长 are the cloud's growth, as `cloud business expanded`).
 */
export const MEASURE_TOPICS: { readonly [F in keyof typeof TOPICS]?: readonly string[] } = { growth: ['revenue', 'shipments'] };

/**
 * Words that make the figure after them in their clause a goal or a forecast rather than what
 * happened (`全年交付目标为42万辆`, `公司预计全年营收达到120亿元`, `expects revenue of $5 billion`): its
 * attribute says so (`shipments:target`) and it is compared with other goals only, never with
 * the figure reached.
 */
export const OUTLOOK_WORDS_ZH: readonly string[] = [
  ...withTraditional(['目标', '计划', '力争', '争取', '预计', '预估', '预期', '预测', '有望', '指引', '展望', '拟', '冲刺', '希望', '期望', '意味着']),
  // Taiwan writes 計畫 where the conversion gives 計劃.
  '計畫',
];
/** Words that make the amount after them in their clause a difference between two things (`與星潮的差距已收窄至約5億元`): no measure of either. */
export const GAP_WORDS_ZH: readonly string[] = withTraditional(['差距', '差额', '相差', '缺口']);
export const GAP_WORDS_EN: readonly string[] = ['gap', 'difference', 'shortfall'];

/** Forecasting verbs that end their clause (`科望咨询预计，全年出货量将在…之间`, `给出的指引是：营收环比增长3%至5%`): the forecast is the next clause's (not 预期, most often the noun: `超出市场预期，`). */
export const OUTLOOK_BEFORE_COMMA_ZH: readonly string[] = withTraditional(['预计', '预估', '预测', '指引是', '指引为', '指引如下', '展望如下']);
export const OUTLOOK_WORDS_EN: readonly string[] = [
  // `target` alone is also the company bought (`buy the target for $4.2 billion`).
  'targets', 'targeting', 'targeted', 'target of', 'target to', 'target is', 'target was', 'goal', 'goals', 'aims', 'aiming',
  'plans', 'planned', 'expects', 'expected', 'expecting', 'expect', 'expectations', 'forecast', 'forecasts', 'forecasting',
  'projected', 'projecting', 'projection', 'guidance', 'guided', 'outlook', 'anticipates', 'anticipated', 'on track to',
  'seeks', 'hopes', 'implying', 'implies', 'implied',
];
/** What `目标` is in `目标公司` (the company bought) and the like: no goal. */
export const NOT_OUTLOOK_AFTER_ZH: readonly string[] = withTraditional(['公司', '企业', '资产', '客户', '市场', '用户', '人群', '股份']);
/** A goal or forecast right after the figure (`42万辆的目标`, `a 420,000-vehicle target`). */
export const OUTLOOK_AFTER_ZH: readonly string[] = withTraditional(['目标', '预期', '指引', '计划']);
export const OUTLOOK_AFTER_EN: readonly string[] = ['target', 'goal', 'forecast', 'guidance', 'estimate'];
/** Words between a figure and the goal it is written with (`45万辆的年度目标`, `the annual target`). */
export const GOAL_SPAN_WORDS: readonly string[] = [...withTraditional(['年度', '全年']), 'annual'];
/** The end of a goal's range a figure beat or missed by (`超出指引上限0.8亿元`). */
export const OUTLOOK_BOUNDS: readonly string[] = withTraditional(['上限', '下限', '中值', '中位数', '区间']);
/** Verbs and nouns of a goal beaten or missed by an amount (`beat guidance by $80 million`). */
export const OUTLOOK_GAP_VERBS_EN: readonly string[] = ['beat', 'beats', 'beating', 'topped', 'exceeded', 'missed', 'missing'];
export const OUTLOOK_NOUNS_EN: readonly string[] = ['guidance', 'expectations', 'estimates', 'forecasts', 'forecast', 'targets', 'target', 'outlook'];
/** Words right before a keyword that make the figure the whole a refinement is part of (`total parameters`, `总参数`). */
export const TOTAL_WORDS: readonly string[] = [...withTraditional(['总']), 'total', 'Total'];

/** Words right before an amount that adds up parts the clause names (`首付款和近期里程碑合计1.25亿美元`, `the combined $125 million`). */
export const SUM_WORDS: readonly string[] = [...withTraditional(['合计', '共计', '加起来']), 'combined', 'together', 'a combined'];

/** Whose forecast it is when it is not the company's own (`analysts expected`, `市场一致预期`): compared with theirs only. */
export const CONSENSUS_WORDS: readonly string[] = [
  ...withTraditional(['分析师', '市场预期', '一致预期', '市场普遍预期', '机构预测', '券商']), 'analysts', 'analyst', 'consensus', 'Wall Street', 'LSEG', 'FactSet',
];
/** Words before a forecast that the figure met or missed (`超出市场预期`, `beat expectations`): the figure is what happened. */
export const OUTLOOK_MET_WORDS: readonly string[] = [
  ...withTraditional(['超出', '超过', '超', '高出', '高于', '好于', '优于', '低于', '不及', '逊于', '符合', '达到', '完成', '超额完成']),
  'beat', 'beats', 'beating', 'topped', 'topping', 'exceeded', 'exceeding', 'missed', 'missing', 'above', 'below',
  'ahead of', 'in line with', 'than', 'met', 'meeting', 'surpassed',
];

/** After a figure, words that make it a difference (`2,742 more than it delivered`); before one, in Chinese (`比交付量多2,168台`). */
export const DIFFERENCE_AFTER_WORDS: readonly string[] = ['more than', 'fewer than', 'less than'];
export const DIFFERENCE_BEFORE_WORDS: readonly string[] = withTraditional(['多出', '多了', '多', '少了', '少']);
/** Verbs that state a difference with no `比` before them (`与澄州市相比，锦海地铁日均客运量高出约84.7万人次`). */
export const DIFFERENCE_VERBS_ZH: readonly string[] = withTraditional(['高出', '多出']);
/** Before a figure, words that make it a gap (`likely to fall short by roughly 1 million to 2 million passengers`, `缺口约2万辆`). */
export const SHORTFALL_WORDS: readonly string[] = [...withTraditional(['缺口', '差距']), 'short by', 'shortfall of', 'gap of'];
