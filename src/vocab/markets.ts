import { withTraditional } from './spellings.js';

/**
 * The markets a research firm's report measures (`国内智能手机出货量`, `smartphone shipments in
 * mainland China`): a region and a class of products. Their figures name no company; the binder
 * takes the market as their subject (see bind/market.ts).
 */
export interface MarketWords {
  readonly id: string;
  /** How a finding names it, in the language of the article. */
  readonly label: { readonly zh: string; readonly en: string };
  readonly zh: readonly string[];
  readonly en: readonly string[];
}

/**
 * Regions. `国内` is the mainland in a mainland paper only: in Taiwan `國內` is Taiwan, so its
 * Traditional spelling is not listed.
 */
export const MARKET_REGIONS: readonly MarketWords[] = [
  { id: 'cn', label: { zh: '中国', en: 'China' }, zh: [...withTraditional(['中国大陆', '中国内地', '中国', '全国', '大陆', '内地']), '国内'], en: ['mainland China', 'mainland Chinese', 'China', 'Chinese'] },
  { id: 'global', label: { zh: '全球', en: 'global' }, zh: withTraditional(['全球', '全世界']), en: ['global', 'worldwide', 'world'] },
  { id: 'us', label: { zh: '美国', en: 'US' }, zh: withTraditional(['美国']), en: ['the US', 'the U.S.', 'US', 'U.S.', 'American'] },
  { id: 'europe', label: { zh: '欧洲', en: 'European' }, zh: withTraditional(['欧洲']), en: ['Europe', 'European'] },
  { id: 'india', label: { zh: '印度', en: 'India' }, zh: withTraditional(['印度']), en: ['India', 'Indian'] },
];

/** Classes of products a market is measured by (ids as BUSINESS_SEGMENTS names the same business). */
export const MARKET_CATEGORIES: readonly MarketWords[] = [
  { id: 'smartphone', label: { zh: '智能手机', en: 'smartphone' }, zh: withTraditional(['智能手机', '智慧型手机', '智慧手机', '手机']), en: ['smartphones', 'smartphone', 'phones', 'phone', 'handsets', 'handset'] },
  { id: 'pc', label: { zh: '个人电脑', en: 'PC' }, zh: withTraditional(['个人电脑', '电脑', 'PC']), en: ['personal computers', 'personal computer', 'PCs', 'PC'] },
  { id: 'tablet', label: { zh: '平板电脑', en: 'tablet' }, zh: withTraditional(['平板电脑', '平板']), en: ['tablets', 'tablet'] },
  { id: 'nev', label: { zh: '新能源汽车', en: 'new-energy vehicle' }, zh: withTraditional(['新能源乘用车', '新能源汽车', '新能源车', '电动汽车', '电动车']), en: ['new-energy vehicles', 'new-energy vehicle', 'new energy vehicles', 'electric vehicles', 'electric vehicle', 'NEVs', 'NEV', 'EVs', 'EV'] },
  { id: 'passenger-car', label: { zh: '乘用车', en: 'passenger car' }, zh: withTraditional(['乘用车']), en: ['passenger vehicles', 'passenger vehicle', 'passenger cars', 'passenger car'] },
  { id: 'power-battery', label: { zh: '动力电池', en: 'EV battery' }, zh: withTraditional(['动力电池']), en: ['EV batteries', 'EV battery', 'power batteries', 'power battery'] },
  { id: 'energy-storage', label: { zh: '储能电池', en: 'energy-storage battery' }, zh: withTraditional(['储能锂电池', '储能电池']), en: ['energy-storage batteries', 'energy storage batteries'] },
  { id: 'server', label: { zh: '服务器', en: 'server' }, zh: withTraditional(['AI服务器', '服务器', '伺服器']), en: ['AI servers', 'servers', 'server'] },
  { id: 'tv', label: { zh: '电视', en: 'TV' }, zh: withTraditional(['智能电视', '电视']), en: ['televisions', 'television', 'TVs', 'TV'] },
  { id: 'wearable', label: { zh: '可穿戴设备', en: 'wearable' }, zh: withTraditional(['可穿戴设备', '穿戴装置', '智能手表']), en: ['wearables', 'wearable devices', 'smartwatches'] },
  { id: 'drone', label: { zh: '无人机', en: 'drone' }, zh: withTraditional(['消费级无人机', '无人机']), en: ['consumer drones', 'drones'] },
];

/** Markets a statistics office or a ticketing platform counts, named by a phrase of their own (`全国国内出游3.28亿人次`). */
export const MARKET_SECTORS: readonly MarketWords[] = [
  { id: 'tourism', label: { zh: '国内旅游', en: 'domestic tourism' }, zh: [], en: [] },
  { id: 'cross-border', label: { zh: '出入境', en: 'cross-border travel' }, zh: [], en: [] },
  { id: 'film', label: { zh: '电影', en: 'film' }, zh: [], en: [] },
  { id: 'rail', label: { zh: '铁路客运', en: 'rail travel' }, zh: [], en: [] },
];

/**
 * Phrases that name a market of the mainland without a word of region (`国内出游`, `口岸出入境人员`,
 * `全国电影总票房`, `观影人次`), by the sector of `MARKET_SECTORS` they name. A Hong Kong paper's
 * `國內出遊` is the mainland's too.
 */
export const CN_MARKET_PHRASES: Readonly<Record<string, readonly string[]>> = {
  tourism: withTraditional(['国内出游', '国内旅游', '国内游客出游', '国内游客']),
  'cross-border': withTraditional(['口岸出入境人员', '口岸出入境', '出入境人员', '出入境旅客']),
  // (`观影人次` alone is any cinema's, `旗下影院…观影人次1642万` a chain's: the market's where the sentence before named it.)
  film: withTraditional(['全国电影总票房', '全国电影票房', '电影总票房', '档期总票房', '全国票房', '全国观影人次', '全国观影人数', '档期观影人次']),
  rail: withTraditional(['全国铁路']),
};

/** The measures of a market that its words may run into (`国内智能手机累计出货`, `global smartphone shipments`). */
export const MARKET_MEASURE_WORDS = {
  zh: withTraditional(['出货量', '出货', '销量', '销售量', '零售销量', '批发销量', '零售', '批发', '平均售价', '均价', '售价', '装车量', '产量', '出口量', '渗透率']),
  en: ['shipments', 'shipment', 'sales', 'average selling price', 'average selling prices', 'ASP', 'prices', 'deliveries', 'installations', 'production', 'output', 'exports', 'penetration'],
};

/**
 * The measures a market has (by the attribute's first part): a brand's share of it is the brand's,
 * and a revenue or a profit is a company's.
 */
export const MARKET_ATTRIBUTES: readonly string[] = [
  'shipments', 'production', 'exports', 'average-price', 'penetration', 'growth', 'sequential-growth', 'battery-installations',
  'passenger-traffic', 'box-office', 'admissions', 'tourism-spending',
];

/** The measures a sentence that names nothing goes on telling of the market the sentence before it named. */
export const CONTINUED_MARKET_ATTRIBUTES: readonly string[] = ['shipments', 'production', 'exports', 'average-price', 'battery-installations', 'admissions'];

/** The measures a market's class of products qualifies (`average-price:smartphone`); a sector's admissions are the sector's already. */
export const CATEGORY_QUALIFIED_ATTRIBUTES: readonly string[] = ['shipments', 'production', 'exports', 'average-price', 'battery-installations'];

/** Words after a market that make the figure after them its makers' (`排名前六的企业合计装车416.5GWh`, `the top five vendors shipped`). */
export const MARKET_MAKER_WORDS = {
  zh: withTraditional(['企业合计', '企业共计', '企业累计', '厂商合计', '品牌合计', '排名前', '前五家', '前十家', '前三家', '头部企业']),
  en: ['top five', 'top three', 'top ten', 'top six', 'leading makers', 'leading vendors', 'vendors combined', 'makers combined'],
};
