import { withTraditional, withTraditionalKeys } from './spellings.js';

/**
 * Currency signs → ISO 4217. Written before the amount (`€3m`) and, as much of Europe and Latin
 * America writes them, after it (`10 €`, `100₾`); `¥` is the yuan, as 人民币 writers use it.
 */
export const CURRENCY_SYMBOLS: Readonly<Record<string, string>> = {
  $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'CNY', '￥': 'CNY', '₩': 'KRW', '₹': 'INR', '₡': 'CRC', '₾': 'GEL', '₭': 'LAK',
  '₦': 'NGN', '₱': 'PHP', '₽': 'RUB', '₺': 'TRY', '₫': 'VND', '₴': 'UAH', '₪': 'ILS', '₸': 'KZT', '₮': 'MNT', '฿': 'THB',
  '₲': 'PYG', '₵': 'GHS', '₼': 'AZN', '৳': 'BDT',
};

/**
 * Letters that make `$` a dollar other than the US one (`C$`, `HK$`), also in lower case and with a
 * space before the sign (`c $ 300 million`, `hk $ 10.05 billion`). Not `A$` and `S$` in those
 * looser forms: `a $5 fee` and `Apple's $5` are US dollars; nor `C $` spaced in capitals, which is
 * more often a label (`Plan C $5`, `vitamin C $10`).
 */
export const DOLLAR_LETTERS: Readonly<Record<string, string>> = { US: 'USD', 'U.S.': 'USD', HK: 'HKD', NT: 'TWD', C: 'CAD', CA: 'CAD', AU: 'AUD', NZ: 'NZD' };

/** `c $`, `hk$`, `HK $` …: the looser spellings of DOLLAR_LETTERS. */
function looseDollars(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [letters, iso] of Object.entries(DOLLAR_LETTERS)) {
    for (const l of [letters, letters.toLowerCase()]) {
      out[`${l}$`] = iso;
      if (l !== 'C') out[`${l} $`] = iso;
    }
  }
  return out;
}

/** Currency words and symbols written before the amount → ISO 4217. */
export const CURRENCY_PREFIXES: Readonly<Record<string, string>> = withTraditionalKeys({
  ...CURRENCY_SYMBOLS,
  ...looseDollars(),
  'A$': 'AUD', 'S$': 'SGD', 'R$': 'BRL', 'MX$': 'MXN', 'NZ$': 'NZD',
  USD: 'USD', RMB: 'CNY', Rmb: 'CNY', CNY: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', EUR: 'EUR',
  GBP: 'GBP', JPY: 'JPY', HKD: 'HKD', TWD: 'TWD', AUD: 'AUD', CAD: 'CAD', SGD: 'SGD', CHF: 'CHF', KRW: 'KRW',
  INR: 'INR', 美元: 'USD', 港币: 'HKD', 港幣: 'HKD', 新台币: 'TWD', 新台幣: 'TWD', 'Rs.': 'INR', Rs: 'INR',
  NZD: 'NZD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', MXN: 'MXN', BRL: 'BRL', RUB: 'RUB', ZAR: 'ZAR', THB: 'THB', MYR: 'MYR',
  IDR: 'IDR', PHP: 'PHP', VND: 'VND', AED: 'AED', SAR: 'SAR', PLN: 'PLN', ILS: 'ILS', MOP: 'MOP',
});

/**
 * Currency words and codes written after the amount, matched in this letter case only → ISO 4217:
 * codes (USD), Chinese names, and the names that are also other words (Won, Rand, Dong and the Bucks are names).
 * Longest forms win when assembled into patterns.
 */
export const CURRENCY_SUFFIXES: Readonly<Record<string, string>> = withTraditionalKeys({
  美元: 'USD', 美金: 'USD', 元人民币: 'CNY', 元人民幣: 'CNY', 人民币: 'CNY', 人民幣: 'CNY', 元: 'CNY', 块钱: 'CNY', 块: 'CNY', 圆: 'CNY',
  欧元: 'EUR', 歐元: 'EUR', 英镑: 'GBP', 英鎊: 'GBP', 日元: 'JPY', 日圓: 'JPY', 日圆: 'JPY', 港元: 'HKD', 港币: 'HKD', 港幣: 'HKD',
  新台币: 'TWD', 新台幣: 'TWD', 台币: 'TWD', 台幣: 'TWD', 澳元: 'AUD', 加元: 'CAD', 新加坡元: 'SGD', 新元: 'SGD', 瑞士法郎: 'CHF', 法郎: 'CHF',
  韩元: 'KRW', 韓元: 'KRW', 卢布: 'RUB', 盧布: 'RUB', 卢比: 'INR', 盧比: 'INR',
  加拿大元: 'CAD', 澳大利亚元: 'AUD', 新西兰元: 'NZD', 纽元: 'NZD', 瑞郎: 'CHF', 印度卢比: 'INR', 巴基斯坦卢比: 'PKR', 斯里兰卡卢比: 'LKR',
  奈拉: 'NGN', 尼日利亚奈拉: 'NGN', 泰铢: 'THB', 越南盾: 'VND', 印尼盾: 'IDR', 林吉特: 'MYR', 雷亚尔: 'BRL', 巴西雷亚尔: 'BRL', 兰特: 'ZAR',
  南非兰特: 'ZAR', 土耳其里拉: 'TRY', 里拉: 'TRY', 墨西哥比索: 'MXN', 菲律宾比索: 'PHP', 阿根廷比索: 'ARS', 瑞典克朗: 'SEK', 挪威克朗: 'NOK',
  丹麦克朗: 'DKK', 兹罗提: 'PLN', 迪拉姆: 'AED', 沙特里亚尔: 'SAR', 谢克尔: 'ILS', 格里夫纳: 'UAH', 澳门元: 'MOP', 澳门币: 'MOP',
  won: 'KRW', rand: 'ZAR', dong: 'VND', bucks: 'USD',
  USD: 'USD', CNY: 'CNY', RMB: 'CNY', EUR: 'EUR', GBP: 'GBP', JPY: 'JPY', HKD: 'HKD', TWD: 'TWD', AUD: 'AUD', CAD: 'CAD', CHF: 'CHF', KRW: 'KRW', INR: 'INR',
  NZD: 'NZD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', MXN: 'MXN', BRL: 'BRL', RUB: 'RUB', ZAR: 'ZAR', TRY: 'TRY', NGN: 'NGN', PHP: 'PHP', IDR: 'IDR',
});

/**
 * English currency names after the amount, in any letter case (`australian dollars`, `US Dollar`,
 * `10 EUROS`) and after a hyphen (`a one-yen bid`, `a 10-dollar bill`) → ISO 4217. A bare name
 * several countries use reads as the best-known one (`rupees` → INR, `francs` → CHF); `pesos`,
 * `kroner` and `shillings` say too little and need the country.
 */
export const CURRENCY_NAMES: Readonly<Record<string, string>> = Object.fromEntries(
  Object.entries({
    dollar: 'USD', 'US dollar': 'USD', 'U.S. dollar': 'USD', 'American dollar': 'USD', 'United States dollar': 'USD',
    'Hong Kong dollar': 'HKD', 'Australian dollar': 'AUD', 'Canadian dollar': 'CAD', 'New Zealand dollar': 'NZD', 'Singapore dollar': 'SGD',
    'Taiwan dollar': 'TWD', 'New Taiwan dollar': 'TWD', yuan: 'CNY', 'Chinese yuan': 'CNY', renminbi: 'CNY', euro: 'EUR',
    pounds: 'GBP', 'pound sterling': 'GBP', 'pounds sterling': 'GBP', 'British pound': 'GBP', 'Egyptian pound': 'EGP',
    yen: 'JPY', 'Japanese yen': 'JPY', 'South Korean won': 'KRW', 'Korean won': 'KRW', rupee: 'INR', 'Indian rupee': 'INR',
    'Pakistani rupee': 'PKR', 'Sri Lankan rupee': 'LKR', rupiah: 'IDR', 'Indonesian rupiah': 'IDR', franc: 'CHF', 'Swiss franc': 'CHF',
    'Mexican peso': 'MXN', 'Philippine peso': 'PHP', 'Argentine peso': 'ARS', 'Chilean peso': 'CLP', 'Colombian peso': 'COP',
    'Brazilian real': 'BRL', reais: 'BRL', 'South African rand': 'ZAR', naira: 'NGN', 'Nigerian naira': 'NGN', ruble: 'RUB', rouble: 'RUB',
    'Russian ruble': 'RUB', 'Russian rouble': 'RUB', 'Turkish lira': 'TRY', hryvnia: 'UAH', shekel: 'ILS', 'new shekel': 'ILS', baht: 'THB',
    ringgit: 'MYR', 'Vietnamese dong': 'VND', 'Swedish krona': 'SEK', 'Swedish kronor': 'SEK', 'Norwegian krone': 'NOK', 'Norwegian kroner': 'NOK',
    'Danish krone': 'DKK', 'Danish kroner': 'DKK', zloty: 'PLN', forint: 'HUF', 'UAE dirham': 'AED', 'Moroccan dirham': 'MAD', 'Saudi riyal': 'SAR',
    'Qatari riyal': 'QAR', 'Kenyan shilling': 'KES', 'Lao kip': 'LAK', 'Georgian lari': 'GEL', 'Costa Rican colon': 'CRC', 'Costa Rican colón': 'CRC',
    // Currencies the euro replaced, which an archive's older articles state (ISO 4217 keeps their codes).
    markka: 'FIM', markkaa: 'FIM', 'Finnish markka': 'FIM', peseta: 'ESP', 'Spanish peseta': 'ESP', guilder: 'NLG', 'Dutch guilder': 'NLG',
    'Deutsche mark': 'DEM', 'German mark': 'DEM', 'D-mark': 'DEM', 'French franc': 'FRF', 'Belgian franc': 'BEF', 'Italian lira': 'ITL',
    'Italian lire': 'ITL', schilling: 'ATS', 'Austrian schilling': 'ATS', 'Portuguese escudo': 'PTE', drachma: 'GRD', 'Greek drachma': 'GRD', 'Irish punt': 'IEP',
  }).flatMap(([name, iso]) => {
    const lower = name.toLowerCase();
    // Plurals: dollar → dollars; yen, baht and naira stay as they are (kronor and kroner are listed).
    const plural = /(?:s|sterling|yuan|renminbi|yen|won|rupiah|baht|ringgit|naira|rand|dong|kronor|kroner|lari|kip|markk?a+|lire)$/.test(lower) ? [] : [`${lower}s`];
    return [lower, ...plural].map((w) => [w, iso] as const);
  }),
);

/** Words after a currency name that make it something else: the euro zone, 19 euro-area members. */
export const NOT_MONEY_AFTER_NAME: readonly string[] = ['zone', 'area', 'countries', 'country', 'members', 'member', 'nations', 'bloc', 'denominated'];

/**
 * A hundredth of the main unit, written after the amount (`50 cents`, `197 pence`, `三美分`) → its
 * currency, or `''` when the currency stated earlier in the sentence decides (`C$1.20 … 34 cents`),
 * US cents otherwise. The amount is stated in the main unit: 50 cents is 0.5 USD.
 */
export const MINOR_UNITS: Readonly<Record<string, string>> = withTraditionalKeys({
  cents: '', cent: '', pence: 'GBP', penny: 'GBP', pennies: 'GBP', 美分: 'USD', 欧分: 'EUR', 便士: 'GBP',
});

/** Currencies whose hundredth is the cent: a stated one decides what `cents` are. */
export const CENT_CURRENCIES: ReadonlySet<string> = new Set(['USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD', 'EUR']);

/** Currencies written in the middle of a Chinese amount: 5亿美元 has its scale before the currency. */
export const CNY_INFORMAL: readonly string[] = withTraditional(['块', '块钱']);

/** Words between an amount and the same amount in another currency: `（约合`, ` (about`, `，折合`. */
/** What joins the two sides of an exchange rate (`1美元兑7.80港元`, `$1 = 7.12 yuan`, `1 euro to 1.08 dollars`). */
export const RATE_WORDS: readonly string[] = [...withTraditional(['兑', '兑换', '换', '合']), '=', '＝', 'to', 'for'];
/** What follows an amount stated against one unit of another currency (`7.10 yuan to the dollar`, `7.8港元兑1美元`). */
export const RATE_AFTER_WORDS: readonly string[] = [
  'to the dollar', 'to the U.S. dollar', 'to the US dollar', 'per dollar', 'per U.S. dollar', 'per US dollar', 'against the dollar', 'a dollar',
  'to the euro', 'per euro', 'to one dollar', 'to one U.S. dollar',
  'per Hong Kong dollar', 'to the Hong Kong dollar', 'per HK dollar', 'to the HK dollar', 'per New Taiwan dollar', 'per Taiwan dollar',
  'to the New Taiwan dollar', 'to the Taiwan dollar', 'per yuan', 'to the yuan', 'per pound', 'to the pound', 'per yen', 'to the yen',
];

export const CONVERSION_WORDS: readonly string[] = withTraditional(['约合', '约为', '约', '合', '折合', '相当于', '即', 'about', 'around', 'roughly', 'approximately', 'or', 'equivalent to', 'some']);

/**
 * The words after an amount that name the yuan without saying whose (`元`, `圓`, `块`): in an
 * article written in traditional characters in Taiwan or Hong Kong, the writer's own dollar.
 */
export const BARE_YUAN_WORDS: readonly string[] = ['元', '圓', '圆', '块', '塊', '块钱', '塊錢'];

/** What names a place's dollar in an article, by the currency: which local dollar a bare `元` is. */
export const LOCAL_DOLLAR_CUES: Readonly<Record<'TWD' | 'HKD', readonly string[]>> = {
  TWD: ['新台幣', '新臺幣', '台幣', '臺幣', 'NT$', '台灣', '臺灣', '台北', '臺北', '新竹', '台中', '臺中', '高雄', '台積電'],
  HKD: ['港元', '港幣', 'HK$', '香港', '港股', '港交所'],
};

/**
 * Characters written only in traditional Chinese, each beside its simplified form: a text that
 * uses more of the first is written in traditional characters.
 */
export const TRADITIONAL_MARKERS: readonly (readonly [traditional: string, simplified: string])[] = [
  ['們', '们'], ['這', '这'], ['個', '个'], ['來', '来'], ['說', '说'], ['對', '对'], ['時', '时'], ['會', '会'], ['為', '为'], ['發', '发'],
  ['與', '与'], ['經', '经'], ['業', '业'], ['國', '国'], ['營', '营'], ['億', '亿'], ['萬', '万'], ['將', '将'], ['開', '开'], ['產', '产'],
  ['動', '动'], ['長', '长'], ['間', '间'], ['實', '实'], ['現', '现'], ['無', '无'], ['計', '计'], ['價', '价'], ['資', '资'], ['額', '额'],
];
