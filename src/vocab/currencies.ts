/** Currency words and symbols written before the amount → ISO 4217. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = {
  'US$': 'USD', $: 'USD', USD: 'USD', 'HK$': 'HKD', 'NT$': 'TWD', 'A$': 'AUD', 'C$': 'CAD', 'S$': 'SGD',
  RMB: 'CNY', CNY: 'CNY', '¥': 'CNY', '￥': 'CNY', 人民币: 'CNY', 人民幣: 'CNY', '€': 'EUR', EUR: 'EUR',
  '£': 'GBP', GBP: 'GBP', JPY: 'JPY', HKD: 'HKD',
};

/** Currency words written after the amount → ISO 4217. Longest forms win when assembled into patterns. */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = {
  美元: 'USD', 美金: 'USD', 元人民币: 'CNY', 元人民幣: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', 元: 'CNY', 块钱: 'CNY', 块: 'CNY',
  欧元: 'EUR', 歐元: 'EUR', 英镑: 'GBP', 英鎊: 'GBP', 日元: 'JPY', 日圓: 'JPY', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD',
  新台币: 'TWD', 新台幣: 'TWD', 澳元: 'AUD', 韩元: 'KRW', 韓元: 'KRW',
  dollars: 'USD', 'US dollars': 'USD', yuan: 'CNY', euros: 'EUR', pounds: 'GBP', yen: 'JPY',
};
