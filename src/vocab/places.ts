import { withTraditional } from './spellings.js';

/**
 * A province or a city whose statistics an article reports (`澜江省地区生产总值41286.5亿元`, `Lanjiang's
 * GDP`): its figures name no company, and the binder takes the place as their subject (see
 * bind/places.ts). Places are found in each article by the words that follow their names.
 */

/** What follows a Chinese place's name (`澜江省`, `沧宁市`). */
export const ZH_PLACE_ENDINGS: readonly string[] = withTraditional(['省', '市']);

/**
 * The character before an ending that makes a word of it, no place's name (`上市`, `股市`, `楼市`, `全省`,
 * `节省`): the ending is then no place's.
 */
export const ZH_NOT_PLACE_BEFORE_ENDING: Readonly<Record<string, string>> = {
  市: [...withTraditional(['上超股楼车城门夜开收休闭入退面牛熊黑早集菜街都全本该各分同港美债期币茶花'])].join(''),
  省: [...withTraditional(['全本该各外邻节反每分同兄份'])].join(''),
};

/** The character after an ending that makes a word of it (`市场`, `市值`, `省份`, `省去`). */
export const ZH_NOT_PLACE_AFTER_ENDING: Readonly<Record<string, string>> = {
  市: [...withTraditional(['场值价况面盈销率'])].join(''),
  省: [...withTraditional(['份钱去略力时事'])].join(''),
};

/** Characters no place's two-character name holds (`在该`, `前三季全`): words of grammar, time and number. */
export const ZH_NOT_IN_PLACE_NAME: string = withTraditional(['的了在是和与及或对于从到至等为被把将向也都就还又并而但个年月日度季期前后上下中内外大小多少新老各每全本该其这那此今去明一二三四五六七八九十百千万亿第'])
  .join('');

/** Words that make a figure of a place's measure the nation's (`全国GDP增长5.2%`, `the national figure`), no province's. */
export const NATIONAL_WORDS: readonly string[] = [...withTraditional(['全国', '国家统计局', '国内生产总值']), 'national', 'nationwide', "China's", 'the country'];

/**
 * Provinces and large cities by their Chinese name and the English one the press writes, which is
 * their id (陕西 is `Shaanxi`, 山西 `Shanxi`): named without `省` or `Province` (`Guangdong's GDP`).
 */
export const KNOWN_PLACES: readonly { readonly zh: string; readonly en: string }[] = [
  ...[
    ['北京', 'Beijing'], ['上海', 'Shanghai'], ['天津', 'Tianjin'], ['重庆', 'Chongqing'], ['河北', 'Hebei'], ['山西', 'Shanxi'], ['辽宁', 'Liaoning'],
    ['吉林', 'Jilin'], ['黑龙江', 'Heilongjiang'], ['江苏', 'Jiangsu'], ['浙江', 'Zhejiang'], ['安徽', 'Anhui'], ['福建', 'Fujian'], ['江西', 'Jiangxi'],
    ['山东', 'Shandong'], ['河南', 'Henan'], ['湖北', 'Hubei'], ['湖南', 'Hunan'], ['广东', 'Guangdong'], ['海南', 'Hainan'], ['四川', 'Sichuan'],
    ['贵州', 'Guizhou'], ['云南', 'Yunnan'], ['陕西', 'Shaanxi'], ['甘肃', 'Gansu'], ['青海', 'Qinghai'], ['内蒙古', 'Inner Mongolia'], ['广西', 'Guangxi'],
    ['西藏', 'Tibet'], ['宁夏', 'Ningxia'], ['新疆', 'Xinjiang'], ['香港', 'Hong Kong'], ['澳门', 'Macau'], ['深圳', 'Shenzhen'], ['广州', 'Guangzhou'],
    ['杭州', 'Hangzhou'], ['南京', 'Nanjing'], ['武汉', 'Wuhan'], ['成都', 'Chengdu'], ['西安', "Xi'an"], ['苏州', 'Suzhou'], ['长沙', 'Changsha'],
    ['郑州', 'Zhengzhou'], ['青岛', 'Qingdao'], ['宁波', 'Ningbo'], ['合肥', 'Hefei'], ['厦门', 'Xiamen'], ['东莞', 'Dongguan'], ['佛山', 'Foshan'],
    ['无锡', 'Wuxi'], ['济南', 'Jinan'], ['沈阳', 'Shenyang'], ['大连', 'Dalian'], ['福州', 'Fuzhou'], ['昆明', 'Kunming'], ['哈尔滨', 'Harbin'],
    ['长春', 'Changchun'], ['南昌', 'Nanchang'], ['贵阳', 'Guiyang'], ['南宁', 'Nanning'], ['石家庄', 'Shijiazhuang'], ['太原', 'Taiyuan'], ['兰州', 'Lanzhou'],
    ['珠海', 'Zhuhai'], ['温州', 'Wenzhou'],
  ].map(([zh, en]) => ({ zh: zh!, en: en! })),
];

/**
 * How many of the most frequent characters (COMMON_HAN) a two-character stem may be made of only if
 * it is a known place: `根据市统计局` is `according to the city's bureau`, no city called 根据.
 */
export const COMMON_STEM_RANK = 800;

/** What follows an English place's name (`Lanjiang Province`, `the Lanjiang Provincial Bureau`, `Cangning City`). */
export const EN_PLACE_ENDINGS: readonly string[] = ['Province', 'province', 'Provincial', 'City', 'city', 'Municipal', 'municipality'];

/** Words before an English place's name (`neighbouring Qichuan`, `nearby Songyuan`). */
export const EN_NEIGHBOUR_WORDS: readonly string[] = ['neighbouring', 'neighboring', 'nearby', 'neighbour', 'neighbor', 'rival'];

/** Words right before a Chinese place's name that say it is one (`省会澄州`, `沿海城市江埠`, `邻省嵩原`). */
export const ZH_PLACE_CUES: readonly string[] = withTraditional(['省会', '首府', '城市', '邻市', '邻省', '邻近的', '周边的']);

/**
 * What an English apposition after a name says it is (`Peining, the province's second-largest city`,
 * `Jiangbu, a coastal city of about 5 million people`), and the words before one (`Provincial capital Chengzhou`).
 */
export const EN_PLACE_NOUNS: readonly string[] = ['city', 'province', 'capital', 'municipality', 'prefecture', 'county', 'town'];
export const EN_PLACE_NOUNS_BEFORE: readonly string[] = ['capital', 'Capital', 'port city', 'coastal city', 'provincial capital'];

/**
 * Words that say a figure is of the place the article is about, not of the one its paragraph
 * named last (`全省`, `the province's`, `provincial`).
 */
export const PRINCIPAL_PLACE_WORDS: readonly string[] = [...withTraditional(['全省', '本省']), 'the province', "the province's", 'provincial', 'province-wide'];

/** Capitalised words before such an ending that are no place's name (`the Capital City`, `Neighbouring province`). */
export const EN_NOT_PLACE_NAMES: readonly string[] = [
  'The', 'This', 'That', 'Each', 'Every', 'Another', 'Its', 'Their', 'Our', 'One', 'Which', 'Home', 'Capital', 'Inner', 'Coastal', 'Central',
  'Northern', 'Southern', 'Eastern', 'Western', 'Neighbouring', 'Neighboring', 'Chinese', 'Inland', 'Border', 'Tier', 'Key', 'Big', 'Major',
];

/**
 * Measures of a place's economy: their figures are a place's, never a company's. Growth of them is
 * `growth:<measure>` (see TOPICS in attributes.ts).
 */
export const PLACE_MEASURES: readonly string[] = ['gdp', 'gdp-per-capita', 'retail-sales', 'online-retail-sales', 'fixed-asset-investment', 'industrial-output'];

