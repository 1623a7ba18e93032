import { withTraditional, withTraditionalKeys } from './spellings.js';

/** Currency words and symbols written before the amount → ISO 4217. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = withTraditionalKeys({
  'US$': 'USD', 'U.S.$': 'USD', $: 'USD', USD: 'USD', 'HK$': 'HKD', 'NT$': 'TWD', 'A$': 'AUD', 'AU$': 'AUD', 'C$': 'CAD', 'CA$': 'CAD', 'S$': 'SGD',
  RMB: 'CNY', CNY: 'CNY', '¥': 'CNY', '￥': 'CNY', 人民币: 'CNY', 人民幣: 'CNY', '€': 'EUR', EUR: 'EUR',
  '£': 'GBP', GBP: 'GBP', JPY: 'JPY', HKD: 'HKD', TWD: 'TWD', AUD: 'AUD', CAD: 'CAD', SGD: 'SGD', CHF: 'CHF', KRW: 'KRW', '₩': 'KRW',
  INR: 'INR', '₹': 'INR', 美元: 'USD', 港币: 'HKD', 港幣: 'HKD', 新台币: 'TWD', 新台幣: 'TWD', 'Rs.': 'INR', Rs: 'INR',
});

/** Currency words written after the amount → ISO 4217. Longest forms win when assembled into patterns. */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = withTraditionalKeys({
  美元: 'USD', 美金: 'USD', 元人民币: 'CNY', 元人民幣: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', 元: 'CNY', 块钱: 'CNY', 块: 'CNY', 圆: 'CNY',
  欧元: 'EUR', 歐元: 'EUR', 英镑: 'GBP', 英鎊: 'GBP', 日元: 'JPY', 日圓: 'JPY', 日圆: 'JPY', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD',
  新台币: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD', 澳元: 'AUD', 加元: 'CAD', 新加坡元: 'SGD', 新元: 'SGD', 瑞士法郎: 'CHF', 法郎: 'CHF',
  韩元: 'KRW', 韓元: 'KRW', 卢布: 'RUB', 盧布: 'RUB', 卢比: 'INR', 盧比: 'INR',
  dollars: 'USD', dollar: 'USD', bucks: 'USD', 'US dollars': 'USD', 'U.S. dollars': 'USD', 'Hong Kong dollars': 'HKD', 'Australian dollars': 'AUD',
  'Canadian dollars': 'CAD', yuan: 'CNY', renminbi: 'CNY', euros: 'EUR', euro: 'EUR', pounds: 'GBP', 'pounds sterling': 'GBP',
  yen: 'JPY', won: 'KRW', rupees: 'INR', 'Swiss francs': 'CHF', francs: 'CHF',
  USD: 'USD', CNY: 'CNY', RMB: 'CNY', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', HKD: 'HKD', TWD: 'TWD', AUD: 'AUD', CAD: 'CAD', CHF: 'CHF', KRW: 'KRW', INR: 'INR',
});

/** Currencies written in the middle of a Chinese amount: 5亿美元 has its scale before the currency. */
export const CNY_INFORMAL: readonly string[] = withTraditional(['块', '块钱']);

/** Words between an amount and the same amount in another currency: `（约合`, ` (about`, `，折合`. */
export const CONVERSION_WORDS: readonly string[] = withTraditional(['约合', '约为', '约', '合', '折合', '相当于', '即', 'about', 'around', 'roughly', 'approximately', 'or', 'equivalent to', 'some']);
