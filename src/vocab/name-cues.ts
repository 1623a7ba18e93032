import { withTraditional } from './spellings.js';

/**
 * Words that end a Chinese company's name (启程汽车, 江澜半导体, 深衡智能, 远澈资本): a name the
 * alias table does not know is found by its ending, and its stem (启程) names it too in the same
 * article. Longest first where one ends another (微电子 before 电子).
 */
export const ZH_COMPANY_ENDINGS: readonly string[] = withTraditional([
  '股份有限公司', '有限公司', '新能源汽车', '新能源', '半导体', '微电子', '机器人', '实验室', '汽车', '科技', '集团', '控股',
  '股份', '电子', '智能', '能源', '互娱', '药业', '制药', '航空', '传媒', '影业',
  '动力', '生物', '医药', '资本', '创投', '银行', '证券', '保险', '网络', '软件', '通信', '电器', '光电', '芯片',
  '新能', '锂能', '光能', '绿能', '高科', '新材', '精密', '重工', '电气',
  '算力', '数据', '云', '卫星', '智造', '存储', '智算', '智芯', '储能', '商城', '计算', '电路', '散热', '光学', '显示', '电池',
  '钢铁', '快递', '物流', '置业', '置地', '地产', '航运', '电力', '化工', '食品', '零售', '矿业', '建工', '物业', '跨境', '便利', '乳业',
  '锂业', '钴业', '稀土', '人寿', '财险', '风电', '美妆', '酒店', '冷链', '牧业', '农牧', '水务',
  // Chains of coffee shops, tea drinks and restaurants (`青禾咖啡`, `茶饮`, `餐饮`).
  '咖啡', '茶饮', '餐饮',
]);

/** Endings of a group's name, and of its companies by line of business (`永衡保险集团`: `永衡人寿`, `永衡财险`). */
export const ZH_GROUP_ENDINGS: readonly string[] = withTraditional(['集团', '控股', '金控', '保险']);
export const ZH_LINE_OF_BUSINESS_ENDINGS: readonly string[] = withTraditional(['人寿', '财险', '健康', '养老', '资管', '证券', '银行', '信托', '基金']);

/**
 * The endings that say a company even where the article does not introduce it (`同樣以內地航線為主的東嵐航空去年…`):
 * not those that also end words of the trade (`智能`, `数据`, `芯片`, `储能`).
 */
export const ZH_DISTINCT_ENDINGS: readonly string[] = withTraditional([
  '股份有限公司', '有限公司', '半导体', '微电子', '汽车', '科技', '集团', '控股', '股份', '互娱', '药业', '制药', '航空', '影业',
  '银行', '证券', '保险', '电器', '重工', '钢铁', '快递', '置业', '置地', '地产', '航运', '乳业', '游戏', '锂业', '钴业', '箱运', '海运', '船务', '人寿',
]);

/**
 * What follows a Chinese company's name when the article introduces it (启程汽车发布, 深衡智能宣布,
 * 北辰云于12月5日跟进, 由远澈资本领投): a stem and an ending that merely look like a name (训练数据,
 * 推理芯片) are seldom followed by these, nor announced by a word of `ZH_COMPANY_CUES`.
 */
export const ZH_AFTER_NAME: readonly string[] = withTraditional([
  '发布', '宣布', '表示', '称', '完成', '公布', '披露', '推出', '实现', '录得', '计划', '预计', '透露', '领投', '跟投',
  '跟进', '获得', '签署', '于', '日前', '近日', '此前', '上市', '成立', '创始人', '董事长', '首席', '财报', '获悉',
  // A name with a company's ending before its measure (`東嵐航空去年平均載客率只有81.7%`).
  '营收', '营业收入', '净利润', '平均客座率', '客座率', '平均载客率', '载客率', '出货量', '交付量', '毛利率', '市值', '股价',
]);

/** Adverbs between a company's name and its verb (云栈科技也宣布). */
export const ZH_ADVERBS_AFTER_NAME: readonly string[] = withTraditional(['也', '已', '已经', '将', '还', '亦', '则', '正式', '再次', '今日', '昨日', '随后', '昨晚', '今晨', '昨天', '今天', '晚间', '收市后', '收盘后', '盘后', '港股收盘后', '港股收市后', '美股收盘后', '美股盘前', '盘前', 'A股收盘后', '上周', '本周', '早前', '去年', '今年', '全年', '上半年', '上月', '上周一', '上周二', '上周三', '上周四', '上周五', '上周六', '上周日']);

/**
 * What a Chinese article calls a company right before naming it (新势力车企启程汽车, 创业公司深衡智能);
 * the name then runs to its ending.
 */
export const ZH_COMPANY_CUES: readonly string[] = withTraditional([
  '车企', '公司', '企业', '厂商', '大厂', '设备厂', '巨头', '品牌', '芯片商', '制造商', '设计商', '供应商', '服务商', '运营商', '营运商', '晶圆厂', '代工厂',
  '独角兽', '龙头', '机构', '基金', '投资方', '股东', '对手', '电池商', '电池厂', '电池厂商', '储能商', '设备商', '材料商', '面板商',
  // `整机商岚峰风电`, `发行商玄鲸互娱`: what a company is, before its name.
  '整机商', '风机商', '开发商', '发行商', '游戏商', '厂家',
  // A Hong Kong or Taiwan paper names a listed company by its sector's stocks (`手遊股星潮互娛昨日公布`).
  '手游股', '游戏股', '科技股', '汽车股', '车股', '内房股', '医药股', '药股', '芯片股', '半导体股', '新能源股', '电动车股', '内险股',
  '券商股', '内银股', '物管股', '教育股', '消费股', '光伏股', '锂电股', '概念股', '中概股', '龙头股', '蓝筹股', '权重股', '港股', '美股',
]);

/**
 * Cues after which a Chinese name needs no company ending (`创业公司星途卫星宣布`, `新势力车企曜影发布`):
 * the name runs to the verb that announces it. Plain `公司` or `企业` are followed by too much else
 * (`公司方面表示`, `公司董事长称`).
 */
export const ZH_STRONG_CUES: readonly string[] = withTraditional([
  '创业公司', '初创公司', '初创企业', '新势力车企', '车企', '独角兽', '芯片商', '芯片公司', '芯片企业', '服务商', '运营商',
  '制造商', '供应商', '电商平台', '电商', '平台', '新锐品牌', '游戏公司', '药企', '生物科技公司', '科技公司', '卫星公司', '航天公司',
]);

/** Besides the verbs of `ZH_AFTER_NAME`, what may follow a name right after a strong cue (`外卖平台橙点在杭州举办…`). */
export const ZH_AFTER_CUED_NAME: readonly string[] = withTraditional(['在']);

/** What a strong cue may be followed by that is no name (`车企方面表示`, `科技公司高管称`). */
export const ZH_NOT_NAMES: ReadonlySet<string> = new Set(withTraditional([
  '方面', '官方', '内部', '人士', '内部人士', '高层', '高管', '管理层', '负责人', '相关负责人', '发言人', '董事长', '创始人',
  '总裁', '总经理', '首席', '股东', '员工', '团队', '代表', '官网', '财报', '公告', '近期', '最近', '目前', '今天', '昨天',
  '同样', '同时', '也', '均', '纷纷', '相继', '陆续', '先后', '普遍', '已经', '正式', '骑手', '商家', '商户', '司机', '消费者', '客户',
  '合作伙伴', '用户',
]));

/**
 * Stems that are words of the trade, not names: 新能源汽车, 智能汽车, 人工智能 end like company
 * names but name none.
 */
export const ZH_GENERIC_STEMS: ReadonlySet<string> = new Set(withTraditional([
  '新能源', '智能', '电动', '国产', '传统', '燃油', '自动驾驶', '人工', '中国', '全球', '国内', '海外', '国际', '豪华',
  '高端', '大型', '头部', '新势力', '互联网', '科技', '金融', '投资', '风险', '私募', '产业', '政府', '国有', '商业',
  '电子', '消费', '汽车', '信息', '数字', '信息科技', '云计算', '大数据', '数据', '网络', '移动', '通用', '具身',
  '生成式', '工业', '服务', '计算', '存储', '功率', '模拟', '逻辑', '车规', '车载', '手机', '家用', '公司', '集团',
  '整车', '乘用车', '商用车', '混动', '纯电', '光伏', '储能', '锂电', '动力', '清洁', '可再生', '上游', '下游',
  '该', '这家', '一家', '两家', '多家', '各家', '其', '旗下', '本土', '外资', '合资', '民营', '新一代', '下一代',
  '训练', '推理', '稠密', '稀疏', '峰值', '有效', '应用', '未来', '开源', '闭源', '边缘', '端侧', '机器', '通用', '成熟制程', '先进制程', '电源管理',
  '私有', '公有', '混合', '核心', '关键', '主要', '重要', '政务', '企业', '个人', '家庭', '用户', '模型', '算法',
  '首批', '这批', '该批', '一批', '新一批', '低轨', '高轨', '通信', '遥感', '导航', '气象', '组网', '商业', '互联网',
  // before 储能, 商城, 计算, 电路, 散热, 电池…: kinds of storage, shops, computing, circuits, cooling and cells, not names
  '工商业', '电化学', '户用', '新型', '共享', '电网侧', '用户侧', '电源侧', '发电侧', '线上', '网上', '官方', '积分', '自营',
  '人形', '工业机器人', '服务机器人', '高性能', '量子', '异构', '并行', '分布式', '隐私', '类脑', '智能体', '云端', '科学', '超级', '集成', '印刷', '柔性', '液冷', '风冷', '固态', '钠离子', '锂离子', '半固态', '面板',
]));

/** Characters no stem of a company's name holds here: dates, measures, words of grammar (三季度汽车, 用于数据). */
export const ZH_NOT_IN_STEM = /[年月日季度周个第这那其每各该本此全总共约近超以已将在于了们和与及或是为的也都还又就被把让给从向对不没很更最由比它他她谁+週個這該總約將於們與為還讓給從對沒誰]/;

/**
 * Words right before which a Chinese name may start besides punctuation: a name is seldom
 * preceded by other text than these (据启程汽车…, 与江澜半导体签署…).
 */
export const ZH_BEFORE_NAME: readonly string[] = withTraditional([
  '据', '由', '与', '和', '及', '对', '向', '让', '被', '把', '将', '而', '为', '是', '称', '的', '在', '从', '给', '跟', '同', '令',
]);

/**
 * What an English article calls a company right before naming it (`Chinese smartphone maker
 * Vireo`, `AI cloud provider Helix Compute`, `Texas utility Lone Mesa Energy`).
 */
export const EN_COMPANY_CUES: readonly string[] = [
  'maker', 'makers', 'provider', 'startup', 'start-up', 'company', 'firm', 'chipmaker', 'carmaker', 'automaker',
  'operator', 'utility', 'developer', 'giant', 'rival', 'supplier', 'manufacturer', 'unicorn', 'brand', 'foundry',
  'investor', 'lender', 'insurer', 'retailer', 'conglomerate', 'peer', 'competitor', 'challenger', 'newcomer',
  'carrier', 'airline', 'drugmaker', 'biotech', 'studio', 'publisher', 'chain', 'platform', 'streamer', 'automaker',
  'app', 'trust', 'REIT', 'landlord', 'bank', 'designer', 'lab',
];

/** Labels of a stock code in brackets after a name (`凯朔汽车股份有限公司（股票代码：301879）`). */
export const STOCK_CODE_LABELS: readonly string[] = withTraditional(['股票代码', '证券代码', '股份代号', '股票代号']);

/** Exchanges a listed company's ticker is given with after its name (`青禾咖啡（纳斯达克：QHCF）`, `(NYSE: QHCF)`). */
export const STOCK_EXCHANGES: readonly string[] = [
  ...withTraditional(['纳斯达克', '纽交所', '纽约证券交易所', '港交所', '联交所', '上交所', '深交所', '北交所']),
  'NASDAQ', 'Nasdaq', 'NYSE', 'HKEX', 'SEHK', 'SSE', 'SZSE',
];

/** Words before a model's name that say whose or what kind it is (`旗下澜思-3`, `最新款隼-9`): no part of the name. */
export const ZH_MODEL_PREFIXES: readonly string[] = withTraditional(['旗下', '最新款', '最新', '新款', '全新', '自研', '新一代', '这款', '该款']);

/** A company's legal form at the end of its name (`江岚电网有限公司`, `Jianglan Power Grid Co`): no stray match, even used once. */
export const LEGAL_FORM_ENDINGS: readonly string[] = [
  ...withTraditional(['有限公司', '有限责任公司']),
  ' Co', ' Co.', ' Corp', ' Corp.', ' Inc', ' Inc.', ' Ltd', ' Ltd.', ' Limited', ' PLC', ' plc',
];

/**
 * Words that end an English company's name (`Lone Mesa Energy`, `Vireo Motors`, `Helix Compute`):
 * a run of capitalised words ending with one is a name; without the ending (`Lone Mesa`, `Helix`)
 * it names the company too in the same article.
 */
export const EN_COMPANY_ENDINGS: readonly string[] = [
  // `Co` without its full stop, as wire stories write it (`Jianglan Power Grid Co said`).
  'Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Co.', 'Co', 'Ltd.', 'Ltd', 'Limited', 'LLC', 'PLC', 'plc',
  'Holdings', 'Group', 'Technologies', 'Motors', 'Mobile', 'Auto', 'Automotive', 'Energy', 'Semiconductor', 'Semiconductors',
  'Electronics', 'Robotics', 'Labs', 'Capital', 'Ventures', 'Bank', 'Bancorp', 'Bancshares', 'Therapeutics',
  'Pharmaceuticals', 'Pharmaceutical', 'Pharma', 'Biosciences', 'Airways', 'Airlines', 'Media', 'Technology',
  'Lines', 'Shipping', 'Logistics', 'Insurance', 'Resources', 'Materials', 'Industries', 'Steel', 'Telecom',
  'Communications', 'Foods', 'Securities', 'Financial', 'Properties', 'Realty', 'Dynamics', 'Memory', 'Intelligence',
  'Mall', 'Mobility', 'Aviation', 'Cinemas', 'Entertainment', 'Interactive', 'Games', 'Travel', 'Tourism', 'Lithium', 'Mining', 'Minerals', 'Metals',
];

/**
 * Last words a company's name drops in running text (`Helix Compute` → `Helix`), besides its
 * ending; too common on their own (`West Texas AI campus`) to make a run of capitalised words a name.
 */
export const EN_NAME_TAILS: readonly string[] = [
  ...EN_COMPANY_ENDINGS, 'Technology', 'Tech', 'Auto', 'Power', 'Systems', 'Networks', 'Compute', 'Cloud', 'Mobile',
  'Devices', 'Software', 'Partners', 'AI', 'Data', 'Centers', 'Centres',
];

/**
 * Capitalised words that start a sentence or name a day, a month, a place or a kind of thing
 * rather than a company (`the company Monday said`, `maker Chinese …`): never a company's name
 * on their own, nor its first word.
 */
export const EN_NOT_NAMES: ReadonlySet<string> = new Set([
  'The', 'A', 'An', 'About', 'This', 'That', 'These', 'Those', 'It', 'Its', 'In', 'On', 'At', 'For', 'And', 'But', 'Or', 'As',
  'He', 'She', 'They', 'We', 'I', 'Our', 'Their', 'His', 'Her', 'If', 'When', 'While', 'After', 'Before', 'With',
  'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Chinese', 'China', 'American', 'US', 'U.S.', 'United', 'States', 'European', 'Europe', 'Asian', 'Asia', 'Japanese',
  'Korean', 'Taiwanese', 'Texas', 'California', 'Beijing', 'Shanghai', 'Shenzhen', 'Hong', 'Kong',
  'General', 'National', 'International', 'Global', 'First', 'New', 'Digital', 'Advanced', 'Applied', 'Data', 'Cloud',
  'AI', 'Energy', 'Power', 'Group', 'Capital', 'Bank', 'Technology', 'Tech', 'Mobile', 'Software', 'Systems',
  'CEO', 'CFO', 'Chief', 'President', 'Chairman', 'Executive', 'Officer', 'Director', 'Vice', 'Q1', 'Q2', 'Q3', 'Q4', 'GPU', 'GPUs', 'CPU', 'API', 'IPO', 'EV', 'EVs', 'SaaS', 'PaaS', 'IaaS',
  // Units and measures written in capitals (`1.89 million TEU, the company said`).
  'TEU', 'TEUs', 'GW', 'GWh', 'MW', 'MWh', 'TWh', 'ARPU', 'GMV', 'EPS', 'DAU', 'DAUs', 'MAU', 'MAUs', 'NPL', 'GDP', 'CPI',
  'PMI', 'ROE', 'ROA', 'EBITDA', 'RMB', 'USD', 'HKD', 'EUR', 'YoY', 'QoQ', 'ARR', 'NIM',
]);

/**
 * Words that say an article is about an AI model, near a name of the model's form (`Xingyan-3`,
 * `星衍-3`): a name and version of that form is a model the article introduces only with one of
 * these around it (`Phase-3`, `Level-4` of a trial or of self-driving are not).
 */
export const MODEL_CUES: readonly string[] = [
  ...withTraditional(['模型', '大模型', '参数', '权重', '开源', '推理', '训练']),
  'model', 'models', 'LLM', 'parameter', 'parameters', 'open-weight', 'open-source', 'weights', 'tokens', 'inference',
  // A chip is named the same way (`隼-9（KS-9）`, `the KS-9, its next-generation AI accelerator`).
  ...withTraditional(['芯片', '加速卡', '加速器', '显存', '算力卡']),
  'chip', 'chips', 'accelerator', 'accelerators', 'GPU', 'GPUs', 'HBM',
];

/** Words that refer to the model named before (`the model uses…`, `该模型…`). */
export const MODEL_REFERENCE = /(?:the|this|the new|its new) (?:model|chip|accelerator)(?![A-Za-z])|(?:该|該|新|这款|這款|此)(?:模型|芯片|加速卡)/i;

/** Words near a title in 《》 that make it a work with an audience or sales (a film, a series, a game), not a plan or a law. */
export const WORK_CUES: readonly string[] = withTraditional([
  '票房', '观影', '上映', '影片', '电影', '档期', '排片', '院线', '剧集', '播放量', '收视', '追剧', '游戏', '玩家', '同时在线', '首周销量', '预购', '销量', '愿望单', '手游',
]);

/** What follows a model's version as a variant of its own (`Xingyan-3 Lite`, `Corvid-3 Pro`): another model. */
export const MODEL_VARIANTS: readonly string[] = [
  'Lite', 'Pro', 'Max', 'Mini', 'Plus', 'Ultra', 'Flash', 'Turbo', 'Nano', 'Air', 'Instruct', 'Chat', 'Coder', 'Vision', 'Base',
  'Large', 'Medium', 'Small', 'Omni', 'Thinking', 'MoE',
];
/** The same in Chinese, with or without a space (`Heng-3 标准版`, `Heng-3企业版`): each another model. */
export const MODEL_VARIANTS_ZH: readonly string[] = withTraditional([
  '标准版', '企业版', '专业版', '旗舰版', '轻量版', '基础版', '高配版', '满血版', '蒸馏版', '开源版', '商业版', '个人版', '国际版', '极速版',
]);

/** Words of the form of a model's name that name a step, a grade or a rule (`Phase-3`, `Tier-1`, `Chapter-11`). */
/**
 * Words near a code written like a model's name (`LQ-217`, `HORIZON-3`) that make it a drug or a
 * clinical trial: a product, whose patients enrolled and response rates are its own.
 */
export const DRUG_CUES: readonly string[] = [
  ...withTraditional(['药物', '候选药物', '新药', '抗体', '双抗', '双特异性抗体', '临床试验', '试验', '三期', '二期', '疗法', '注射液', '适应症']),
  'drug', 'drugs', 'antibody', 'trial', 'study', 'therapy', 'candidate', 'inhibitor', 'vaccine', 'phase 3', 'phase 2', 'phase III',
];

export const NOT_MODEL_STEMS: ReadonlySet<string> = new Set([
  'Phase', 'Level', 'Type', 'Class', 'PD', 'CD', 'HER', 'IL', 'TNF', 'EGFR', 'CTLA', 'BCMA', 'KRAS', 'GLP', 'Tier', 'Stage', 'Section', 'Chapter', 'Article', 'Form', 'Model', 'Version', 'Round',
  'Series', 'Grade', 'Category', 'Gen', 'Generation', 'Year', 'Covid', 'COVID', 'Top', 'Day', 'Week', 'Group', 'Rule', 'Item',
  'Figure', 'Table', 'Note', 'Exhibit', 'Schedule', 'Part', 'Title', 'Line', 'Route', 'Block', 'Unit', 'Zone', 'Area',
]);

/**
 * Research and consulting firms are the source of figures about others, not what they are about
 * (the alias table leaves IDC and 高盛 out for the same reason): a company found by name is
 * dropped when one of its names holds such a word (`北京观澜市场研究有限公司`, `Harlow Research`)
 * or a cue of them comes right before it (`市场研究机构观澜数据`, `market research firm Quorra`).
 */
export const SOURCE_NAME_WORDS: readonly string[] = [
  ...withTraditional(['研究', '咨询', '调研', '智库', '评级']),
  'Research', 'Consulting', 'Analytics', 'Insights', 'Intelligence', 'Advisors', 'Advisory', 'Ratings',
];
export const SOURCE_CUES: readonly string[] = [
  ...withTraditional(['研究机构', '调研机构', '咨询机构', '分析机构', '咨询公司', '研究公司', '数据机构', '评级机构', '智库']),
  'research firm', 'market researcher', 'research group', 'consultancy', 'analyst firm', 'data provider', 'research house', 'rating agency',
];

/**
 * Headers of a table's first column that say its rows are companies (`| 厂商 | 出货量（万台） |`,
 * `| Company | Revenue ($m) |`): each row's label is a company's name.
 */
export const COMPANY_COLUMN_HEADERS: readonly string[] = [
  ...withTraditional(['厂商', '公司', '企业', '品牌', '车企', '厂商名称', '公司名称', '企业名称', '供应商', '竞争对手', '手机厂商', '主要厂商']),
  'company', 'companies', 'vendor', 'vendors', 'brand', 'brands', 'maker', 'manufacturer', 'carmaker', 'automaker', 'firm', 'supplier', 'competitor',
];
/** Row labels of such a table that are no company (`其他`, `合计`, `Total`). */
export const TABLE_ROW_NOT_NAMES: readonly string[] = [
  ...withTraditional(['其他', '其它', '其他厂商', '其他品牌', '合计', '总计', '小计', '总体', '整体', '行业', '行业合计', '市场', '市场整体', '前五合计', '前五名合计']),
  'other', 'others', 'total', 'subtotal', 'industry', 'market', 'overall', 'all others', 'top five', 'top 5',
];

/**
 * Words that open a clause about the company named before (`财报显示，公司Q3实现营收…`, `该行不良贷款率…`,
 * `The company said revenue rose…`, `The bank said…`, `The board declared…`): the figure is that company's.
 */
export const COMPANY_REFERENCE =
  /^(?:(?:(?:第[一二三四1-4]季度|[一二三四]季度|前三季度|上半年|下半年|报告期内|報告期內|今年|去年)[，,]?)?(?:(?:该|這家|这家|該)?(?:公司|集团|集團)(?!文件|债|債|法|章程|金融|业务|業務|客户|客戶|治理|类|類)|(?:该|該)(?:行|银行|銀行))|(?:董事会|董事會)|(?:The|the) (?:company|firm|group|bank|lender|insurer|airline|carmaker|automaker|chipmaker|startup|board)(?![A-Za-z]))/;

/**
 * The company named before, referred to inside an English sentence (`…to 15.23 billion yuan, the
 * Changzhou-based company said`, `the Shenzhen-listed company said`, `the company's highest quarterly profit`): its figures are that
 * company's when the sentence names none. Not a company that only cites them (`according to industry
 * estimates cited by the company`): a market's figures are no company's.
 */
export const COMPANY_REFERENCE_INSIDE =
  /(?<![A-Za-z])(?<!(?:cited|quoted|compiled|given) by )the (?:(?:[A-Z][a-z]+ )?[A-Z][a-z]+-(?:based|listed|headquartered) |[a-z]+-(?:based|listed) )?(?:company|firm|group|bank|lender|insurer|airline|carmaker|automaker|chipmaker|startup)(?:'s|’s)?(?![A-Za-z])/;

/**
 * Possessives that say the same (`其第三季度营收…`, `Its revenue…`), but only opening a sentence or
 * after a clause that opens with a word above: in `…生鲜电商禾满生鲜此前公布，其一季度收入…` 其 is
 * the name just before it, whatever the article calls it. 其中, 其他, 其余, 其实, 其次 and 其间 are other words.
 */
export const COMPANY_POSSESSIVE = /^(?:其(?![中他它余餘实實次间間])|(?:Its|its) )/;

/**
 * A short name with the full one in brackets after it (`青峰新能（全称：青峰新能源科技股份有限公司）`):
 * the full name, and the short one right before the bracket.
 */
export const ZH_FULL_NAME_AFTER = /[（(](?:全称|全稱|公司全称|公司全稱)[：:]?([^（）()]{4,30}?(?:公司|集团|集團))[）)]/g;

/**
 * How a Chinese article defines the short name it will use (`速邻生活科技集团（下称"速邻"）`,
 * `矽澜科技股份有限公司（下称"矽澜科技"或"矽澜"）`, `（以下简称"康诺维"）`, `（证券简称"恒锂新材"）`, `(Xinghe ChipTest,以下简称"星河芯测")`): the name before the
 * bracket is a company's whatever it ends with.
 */
export const ZH_SHORT_NAME_DEFINITION = /[（(](?:[A-Za-z0-9][A-Za-z0-9 &.'-]{1,40}[，,、；;][ ]?)?(?:以下|下|证券|證券|股票|公司)?(?:简称|簡稱|称|稱)[：:]?["“「]([^"”」（）()]{1,12})["”」](?:或["“「]([^"”」（）()]{1,12})["”」])?[）)]/g;

/**
 * Words that open a clause about another party than the one named before (`仅次于地平线，后者…`,
 * `the latter`, `a rival`): the clause's figures are about a name of their own clause or none.
 */
export const OTHER_REFERENCE = /^(?:后者|後者|前者|对手|對手|竞争对手|競爭對手|另一家|其他|the latter|the former|The latter|The former|its rival|a rival|rivals?)(?![A-Za-z])/;

/**
 * Words that open a paragraph about a company's peers (`同業方面，秦峰黃金上周公布…；該公司…`): `该公司`
 * there is the peer, named or not, never the company the article is about.
 */
export const PEERS_OPENING_WORDS: readonly string[] = [
  ...withTraditional(['同业方面', '同行方面', '同业中', '竞争对手方面', '对手方面', '友商方面']),
  'Among peers', 'Among its peers', 'Among rivals', 'Among its rivals', 'Elsewhere in the sector', 'Elsewhere in the industry', 'Rival', 'Peer',
];

/**
 * A company referred to by a description (`这家成立不到十年的车企`, `该公司`): it may be another than the
 * names before it, which then do not speak for the figures after it.
 */
export const DESCRIBED_COMPANY = /(?:这家|這家|该|該|此)[^，。；,;：:]{0,12}?(?:公司|企业|企業|车企|車企|厂商|廠商|集团|集團|品牌|巨头|巨頭)/g;

/** Words right before an investor in a round (`led by Granite Peak Ventures`) and right after one (`远澈资本领投`): the investor is no raiser. */
export const INVESTOR_BEFORE_WORDS: readonly string[] = ['led by', 'co-led by', 'backed by', 'joined by', 'from investors including', 'participation from'];
export const INVESTOR_AFTER_WORDS: readonly string[] = withTraditional(['领投', '参投', '跟投', '联合领投']);

/**
 * Words right before a subsidiary's name (`全资子公司宁川储能科技有限公司`, `its low-cost subsidiary, Yunxiang
 * Express`, `the budget arm Yunxiang Express`): a name there that opens with its parent's short name
 * is another company of the group.
 */
export const SUBSIDIARY_CUES: readonly string[] = [
  ...withTraditional(['子公司', '附属公司', '附属企业', '旗下']),
  'subsidiary ', 'subsidiary, ', 'unit ', 'unit, ', 'arm ', 'arm, ', 'affiliate ', 'affiliate, ',
];

/**
 * Words that make a company's stem another company of its group (`安衡人寿`, `安衡财险` beside `安衡保险`,
 * `平安银行`): the stem followed by one of them is no mention of the company it is the stem of.
 */
export const ZH_SUBSIDIARY_WORDS: readonly string[] = withTraditional([
  '人寿', '寿险', '财险', '产险', '财产险', '健康险', '健康', '养老', '银行', '证券', '基金', '信托', '资管', '租赁', '期货', '保险',
  '金融租赁', '金融', '理财', '消费金融',
]);

/** What a company is to another whose name comes right before (`Meichuan's main regional rival`, `湄川港的主要竞争对手`). */
export const RIVAL_NOUNS = {
  en: ['rival', 'rivals', 'competitor', 'competitors', 'challenger', 'peer'],
  zh: withTraditional(['主要竞争对手', '最大竞争对手', '竞争对手', '主要对手', '最大对手', '直接对手']),
};
