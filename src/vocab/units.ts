import { withTraditional, withTraditionalKeys } from './spellings.js';

/** Counted things → the count's unit id (singular). Matched right after the figure or its measure word. */
export const COUNT_UNITS: Readonly<Record<string, string>> = withTraditionalKeys({
  参数: 'parameter', 參數: 'parameter', parameters: 'parameter', parameter: 'parameter', params: 'parameter',
  员工: 'employee', 員工: 'employee', 雇员: 'employee', employees: 'employee', employee: 'employee', staff: 'employee', workers: 'employee',
  用户: 'user', 用戶: 'user', users: 'user', user: 'user', 客户: 'customer', customers: 'customer',
  tokens: 'token', token: 'token', 词元: 'token',
  GPU: 'gpu', GPUs: 'gpu', 显卡: 'gpu', 顯卡: 'gpu', H100: 'gpu', H200: 'gpu', H20: 'gpu', B200: 'gpu', B300: 'gpu', GB200: 'gpu', A100: 'gpu', MI300X: 'gpu',
  TPU: 'tpu', TPUs: 'tpu', 芯片: 'chip', 晶片: 'chip', chips: 'chip', chip: 'chip',
  // 人次 counts trips or visits (旅客吞吐量4862.3万人次), not people: one traveller makes many.
  人次: 'trip', 'passenger trips': 'trip', 'passenger journeys': 'trip', passengers: 'passenger',
  人: 'person', people: 'person', persons: 'person', person: 'person', patients: 'person', 患者: 'person',
  // Where a trial enrols (`at 78 hospitals`), not whom.
  hospitals: 'site', centres: 'site', centers: 'site', 'trial sites': 'site', 'clinical sites': 'site', 家公司: 'company', 公司: 'company', companies: 'company', firms: 'company',
  辆: 'vehicle', 輛: 'vehicle', vehicles: 'vehicle', cars: 'vehicle', 台服务器: 'server', servers: 'server',
  downloads: 'download', 次下载: 'download', 下载量: 'download', devices: 'device', 台设备: 'device', 部手机: 'phone', phones: 'phone',
  shares: 'share', 股: 'share',
  // 快递业务量66.2亿件, 6.62 billion parcels: what a courier counts.
  件快递: 'parcel', 个包裹: 'parcel', 件包裹: 'parcel', parcels: 'parcel', packages: 'parcel',
  // 1,846万标准箱, 18.46 million TEU: what a container port counts.
  标准箱: 'teu', 标箱: 'teu', TEU: 'teu', TEUs: 'teu', 'twenty-foot equivalent units': 'teu',
  // 门店覆盖约310个城市, stores in about 310 cities: places a network reaches, no stores.
  城市: 'city', 个城市: 'city', 座城市: 'city', cities: 'city', 国家和地区: 'country', 个国家: 'country', countries: 'country', 省份: 'province', provinces: 'province',
});

/** Nouns that name what is counted before the figure: 参数量为330亿, 员工总数达1.2万. */
export const COUNT_NOUNS_BEFORE: Readonly<Record<string, string>> = withTraditionalKeys({
  参数: 'parameter', 參數: 'parameter', 员工: 'employee', 員工: 'employee', 用户: 'user', 用戶: 'user', 客户: 'customer',
  人口: 'person', 雇员: 'employee', 下载: 'download', 下載: 'download',
});

/** Words between a counted noun and its figure: a measure of the noun (员工总数), then a verb (达, 约为). */
export const COUNT_NOUN_MEASURES: readonly string[] = withTraditional(['量', '数', '数量', '总数', '总量', '规模', '人数']);
export const COUNT_NOUN_AUXILIARIES: readonly string[] = withTraditional(['已', '将']);
export const COUNT_NOUN_VERBS: readonly string[] = withTraditional(['为', '达', '达到', '是', '约', '约为', '高达', '超过', '突破', '共', '有', '共有', '接近', '近']);

/** English nouns before a figure that say what it counts (a workforce of 28,000). */
export const EN_COUNT_NOUNS_BEFORE: Readonly<Record<string, string>> = {
  workforce: 'employee', headcount: 'employee', 'total workforce': 'employee', 'staff count': 'employee', 'number of employees': 'employee',
  'user base': 'user', 'number of users': 'user', 'population': 'person',
};

/** Words that make a figure a count of unnamed things (490,000 units). */
export const GENERIC_COUNTERS: readonly string[] = ['units', 'pieces', 'items'];

/** Chinese measure words between a figure and what it counts (35万颗H100); alone they still make a count. */
export const MEASURE_WORDS: readonly string[] = withTraditional([
  '个', '個', '颗', '顆', '张', '張', '台', '名', '位', '例', '家', '款', '部', '枚', '只', '隻', '条', '條', '项', '項', '套', '座', '所', '片', '块', '种', '種', '类', '類', '次', '轮', '輪', '届', '屆', '批', '笔', '筆', '篇', '份', '户', '件', '单',
  // Trains, flights and ships (`加开列车212列次`, `新增航班36架次`, `47艘`).
  '列次', '列', '架次', '架', '艘', '趟', '班次',
]);

/** Units of counts of people, and the measure words that count people (or anything: 个). */
export const PEOPLE_UNITS: readonly string[] = ['person', 'employee', 'user', 'customer'];
export const PEOPLE_MEASURES: readonly string[] = withTraditional(['个', '名', '位']);

/**
 * People a count names right before it that are not a company's staff (付费开发者约17万名,
 * 研发人员约1.2万名): a count in 名 or 人 after them is no headcount.
 */
export const OTHER_PEOPLE_NOUNS: readonly string[] = withTraditional([
  '开发者', '用户', '客户', '会员', '订阅者', '乘客', '观众', '粉丝', '学生', '工程师', '研发人员', '研究人员', '技术人员',
  '销售人员', '开发人员', '人才', '合作伙伴', '创始人', '股东', '投资者', '玩家', '车主', '司机', '骑手', '患者', '居民',
  '人口', '游客', '参会者', '志愿者', '团队', '创始团队', '管理层', '高管', '董事会', '骑手', '医生', '员工持股平台',
  '就业岗位', '工作岗位', '岗位', '职位',
]);

/** What a count of people is the size of when written right after it (约300人规模的研发中心, 50人团队): no headcount. */
export const PEOPLE_SIZE_OF: readonly string[] = withTraditional(['规模', '团队', '的团队', '左右的团队']);

/** What people counted right before it do (5人在公司担任高管): they hold a post, they are not the staff. */
export const PEOPLE_ROLE_AFTER: readonly string[] = withTraditional(['在公司担任', '在公司任职', '担任', '出任', '任职于']);

/** Words right before a count of people that make them whom something is given to (向约830名员工授予股权激励). */
export const PEOPLE_RECIPIENT_BEFORE: readonly string[] = withTraditional(['向', '给', '为其']);

/** Measure words that say what is counted even when no noun follows. */
export const MEASURE_UNITS: Readonly<Record<string, string>> = withTraditionalKeys({ 名: 'person', 位: 'person', 家: 'company', 例: 'person' });

/** Physical and data units → normalised spelling. */
export const QUANTITY_UNITS: Readonly<Record<string, string>> = withTraditionalKeys({
  'TB/s': 'TB/s', 'GB/s': 'GB/s', 'PB/s': 'PB/s', 'MB/s': 'MB/s', Tbps: 'Tbps', Gbps: 'Gbps', Mbps: 'Mbps',
  GW: 'GW', MW: 'MW', kW: 'kW', KW: 'kW', 吉瓦: 'GW', 兆瓦: 'MW', 千瓦: 'kW', 瓦: 'W', gigawatts: 'GW', gigawatt: 'GW', megawatts: 'MW', megawatt: 'MW',
  kWh: 'kWh', 千瓦时: 'kWh', 度电: 'kWh', TWh: 'TWh', GWh: 'GWh', MWh: 'MWh', 太瓦时: 'TWh', 吉瓦时: 'GWh', 兆瓦时: 'MWh',
  'terawatt-hours': 'TWh', 'terawatt hours': 'TWh', 'terawatt-hour': 'TWh', 'gigawatt-hours': 'GWh', 'gigawatt hours': 'GWh', 'gigawatt-hour': 'GWh',
  'megawatt-hours': 'MWh', 'megawatt hours': 'MWh', 'megawatt-hour': 'MWh', 'kilowatt-hours': 'kWh', 'kilowatt hours': 'kWh', 'kilowatt-hour': 'kWh',
  kilowatts: 'kW', kilowatt: 'kW', W: 'W', watts: 'W', watt: 'W',
  kV: 'kV', KV: 'kV', 千伏: 'kV', 伏特: 'V', 伏: 'V', V: 'V', kilovolts: 'kV', kilovolt: 'kV', volts: 'V', volt: 'V',
  TFLOPS: 'TFLOPS', PFLOPS: 'PFLOPS', EFLOPS: 'EFLOPS', TOPS: 'TOPS',
  teraflops: 'TFLOPS', petaflops: 'PFLOPS', exaflops: 'EFLOPS', teraFLOPS: 'TFLOPS', petaFLOPS: 'PFLOPS', exaFLOPS: 'EFLOPS', 'tera-ops': 'TOPS',
  TB: 'TB', GB: 'GB', PB: 'PB', MB: 'MB', EB: 'EB', 兆字节: 'MB',
  GHz: 'GHz', MHz: 'MHz', kHz: 'kHz', Hz: 'Hz', hertz: 'Hz', 兆赫: 'MHz', 吉赫: 'GHz', 赫兹: 'Hz',
  inches: 'inch', inch: 'inch', 英寸: 'inch',
  nm: 'nm', 纳米: 'nm', 奈米: 'nm', km: 'km', 公里: 'km', 千米: 'km', miles: 'mile', mi: 'mile',
  kg: 'kg', 公斤: 'kg', 千克: 'kg', kilograms: 'kg', kilogram: 'kg', 斤: 'jin', 吨: 't', 噸: 't', tons: 't', tonnes: 't',
  // A miner's gold and silver: troy ounces (`118.6萬盎司`, `1.186 million ounces`, a Hong Kong paper's `安士`).
  盎司: 'oz', 安士: 'oz', ounces: 'oz', ounce: 'oz', oz: 'oz',
  毫米: 'mm', 厘米: 'cm', 米: 'm',
  'tokens/s': 'token/s', 'tokens per second': 'token/s', 'km/h': 'km/h', mph: 'mph',
  平方米: 'm2', 平方公里: 'km2', 'square feet': 'sqft',
});

/** Lengths of time → unit id; 年 and `years` only when the figure cannot be a calendar year. */
export const DURATION_UNITS: Readonly<Record<string, string>> = withTraditionalKeys({
  年: 'year', 个月: 'month', 個月: 'month', 周: 'week', 週: 'week', 星期: 'week', 天: 'day', 日内: 'day',
  小时: 'hour', 小時: 'hour', 分钟: 'minute', 分鐘: 'minute', 秒钟: 'second', 秒: 'second',
  years: 'year', year: 'year', months: 'month', month: 'month', weeks: 'week', week: 'week', days: 'day', day: 'day',
  hours: 'hour', hour: 'hour', minutes: 'minute', minute: 'minute', seconds: 'second', second: 'second',
});

/** Percent signs and words; the `pp` entries are percentage points, a unit of their own. */
export const PERCENT_WORDS: Readonly<Record<string, '%' | 'pp' | 'bp'>> = withTraditionalKeys({
  '%': '%', '％': '%', percent: '%', percents: '%', percentage: '%', 'per cent': '%', pct: '%', 个百分点: 'pp', 個百分點: 'pp', 百分点: 'pp', 百分點: 'pp',
  'percentage points': 'pp', 'percentage point': 'pp', 'percent points': 'pp', 'percent point': 'pp', 'pct pts': 'pp', 'pct pt': 'pp', 'pct points': 'pp', ppts: 'pp', ppt: 'pp', pp: 'pp', bps: 'bp', bp: 'bp', 'basis points': 'bp', 'basis point': 'bp', 个基点: 'bp', 基点: 'bp',
});

/** Ratio words after a figure (10倍, 40 times, 3x). */
export const RATIO_WORDS: readonly string[] = ['倍', 'times', 'x', 'X', '×', '-fold', 'fold'];

/** Verbs after which `N times` counts occurrences (downloaded 810 times), not a multiple (12 times faster). */
export const OCCURRENCE_VERBS: readonly string[] = [
  'accessed', 'cited', 'clicked', 'cloned', 'downloaded', 'forked', 'installed', 'invoked', 'liked', 'mentioned',
  'opened', 'played', 'queried', 'reposted', 'requested', 'retweeted', 'shared', 'starred', 'streamed', 'used',
  'viewed', 'visited', 'watched',
];

/**
 * Words that open a unit label in a table header (`（单位：亿元）`, `(in millions)`, `(Unit: $m)`);
 * the label itself is read as a figure's unit is.
 */
export const UNIT_LABEL_OPENERS: readonly string[] = withTraditional(['单位：', '单位:', '单位', 'in', 'unit:', 'units:', 'Unit:', 'Units:']);

/** What a currency of such a label is written as after 亿 (`亿美元`); Taiwan's dollars go before the figure. */
export const HUNDRED_MILLION_CURRENCIES: Readonly<Record<string, string>> = {
  'nt$': '新台幣', 'nt dollars': '新台幣', 'us$': '美元', $: '美元', 'u.s. dollars': '美元', 'us dollars': '美元', dollars: '美元',
  'hk$': '港元', 'hk dollars': '港元', rmb: '元人民币', yuan: '元人民币',
};

/** Plural scale words of labels (`in millions`), read as the singular after a figure. */
export const LABEL_SCALE_PLURALS: Readonly<Record<string, string>> = { thousands: 'thousand', millions: 'million', billions: 'billion', trillions: 'trillion' };

/** Words after `4K`, `8K` that make them a display resolution, not 4,000 or 8,000. */
export const RESOLUTION_NOUNS: readonly string[] = withTraditional([
  'video', 'videos', 'resolution', 'display', 'displays', 'screen', 'screens', 'TV', 'TVs', 'UHD', 'HDR', 'monitor', 'monitors',
  'camera', 'footage', 'recording', 'streaming', 'content', '视频', '分辨率', '屏', '电视', '显示', '高清', '录制', '拍摄',
]);

/** Table headers of a column of years (the whole header), and words that make a header one of dates. */
export const YEAR_HEADERS: readonly string[] = withTraditional(['年', '年份', '年度', '财年', 'Year', 'FY', 'Period', '时期']);
export const DATE_HEADER_WORDS: readonly string[] = withTraditional(['日期', '时间', '年份', '发布', '成立', '上市', 'date', 'year', 'released', 'founded', 'since']);

/** Words that say what an amount is per, before it (每百万tokens 4元) and after it ($2 per million tokens). */
export const PER_WORDS_BEFORE: readonly string[] = withTraditional(['每']);
export const PER_WORDS_AFTER: readonly string[] = ['per', 'each'];
/**
 * Words between the count and what a price is per that say which of those things it is (`per
 * million input tokens`, `每千个输出token`), by the kind of token they name: a price per million input
 * tokens is per million tokens, of input tokens (`price:per-1M-token:input`).
 */
export const TOKEN_KIND_WORDS: Readonly<Record<string, { readonly en: readonly string[]; readonly zh: readonly string[] }>> = {
  input: { en: ['input', 'prompt'], zh: withTraditional(['输入']) },
  output: { en: ['output', 'completion', 'generated'], zh: withTraditional(['输出', '生成']) },
  cached: { en: ['cached'], zh: withTraditional(['缓存']) },
};
export const PER_KIND_WORDS_EN: readonly string[] = Object.values(TOKEN_KIND_WORDS).flatMap((k) => k.en);
export const PER_KIND_WORDS_ZH: readonly string[] = Object.values(TOKEN_KIND_WORDS).flatMap((k) => k.zh);

/** English plurals that count a company's people (`110,000 employees`): any other plural after a number counts things (`2,000 robots`). */
export const EN_PEOPLE_PLURALS: readonly string[] = ['people', 'persons', 'employees', 'staffers', 'workers', 'employes'];

/**
 * Units of one measure at different scales (`41 GWh` and `4100万千瓦时`, `1.2GW` and `120万千瓦`):
 * the measure they are compared in and how many of its base unit one is.
 */
export const UNIT_SCALES: Readonly<Record<string, readonly [string, number]>> = {
  W: ['W', 1], kW: ['W', 1e3], MW: ['W', 1e6], GW: ['W', 1e9],
  kWh: ['Wh', 1e3], MWh: ['Wh', 1e6], GWh: ['Wh', 1e9], TWh: ['Wh', 1e12],
  MB: ['B', 1e6], GB: ['B', 1e9], TB: ['B', 1e12], PB: ['B', 1e15], EB: ['B', 1e18],
  'MB/s': ['B/s', 1e6], 'GB/s': ['B/s', 1e9], 'TB/s': ['B/s', 1e12], 'PB/s': ['B/s', 1e15],
  Mbps: ['bit/s', 1e6], Gbps: ['bit/s', 1e9], Tbps: ['bit/s', 1e12],
  TFLOPS: ['FLOPS', 1e12], PFLOPS: ['FLOPS', 1e15], EFLOPS: ['FLOPS', 1e18],
  Hz: ['Hz', 1], kHz: ['Hz', 1e3], MHz: ['Hz', 1e6], GHz: ['Hz', 1e9],
  V: ['V', 1], kV: ['V', 1e3],
};

/**
 * Things counted with 块 (`24,576块加速器`, `3块屏幕`): after a number, 块 is otherwise money
 * (`5000块奖励`, `五块五`).
 */
export const COUNTED_WITH_KUAI: readonly string[] = withTraditional([
  '加速器', '芯片', '显卡', '算力卡', '卡', '屏幕', '屏', '电池', '电芯', '硅片', '晶圆', '面板', '主板', '硬盘', '光伏板', '组件',
  '土地', '地块', '金牌', '银牌', '铜牌', '奖牌', '手表', '模组', '板', '钢板', '玻璃',
  '加速卡', '计算卡', '服务器', '电路板', '太阳能板', '镜片', '镜头', '传感器',
]);

/** Units of one character an amount is per (`0.72元/瓦`, `3,200元/吨`): the units `countOf` reads alone. */
export const PER_ONE_CHARACTER_UNITS: Readonly<Record<string, string>> = { 瓦: 'W', 吨: 't', 噸: 't', 度: 'kWh' };
