/** What kind of thing an entity is; attributes prefer subjects of a fitting type. */
export type EntityType = 'company' | 'model' | 'product' | 'family';

/**
 * A named entity and the names it goes by, in any language. `short` names (`Nano`) count only
 * where the `family` entity is named nearby (`Nemotron 3 … Nano`). Names match case-sensitively,
 * Latin names only at word edges; list each spelling the press uses.
 */
export interface EntityEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly names: readonly string[];
  readonly short?: readonly string[];
  readonly family?: string;
}

/** The alias table: users add entries (or names to existing ids) in their configuration. */
export const ENTITIES: readonly EntityEntry[] = [
  { id: 'nvidia', type: 'company', names: ['英伟达', '輝達', 'Nvidia', 'NVIDIA', 'Nvidia Corp.', 'NVIDIA Corp.', 'NVIDIA Corporation'] },
  { id: 'google', type: 'company', names: ['谷歌', '谷歌公司', 'Google', "Alphabet's Google", 'Alphabet'] },
  { id: 'microsoft', type: 'company', names: ['微软', 'Microsoft'] },
  { id: 'amazon', type: 'company', names: ['亚马逊', 'Amazon', 'AWS'] },
  { id: 'meta', type: 'company', names: ['Meta公司', 'Meta Platforms', 'Meta'] },
  { id: 'amd', type: 'company', names: ['超威半导体', '超威', 'AMD', 'Advanced Micro Devices'] },
  { id: 'broadcom', type: 'company', names: ['博通', 'Broadcom'] },
  { id: 'tsmc', type: 'company', names: ['台积电', 'TSMC'] },
  { id: 'tesla', type: 'company', names: ['特斯拉', 'Tesla'] },
  { id: 'intel', type: 'company', names: ['英特尔', 'Intel'] },
  { id: 'apple', type: 'company', names: ['苹果公司', 'Apple'] },
  { id: 'alibaba', type: 'company', names: ['阿里巴巴', '阿里', 'Alibaba', 'Alibaba Group'] },
  { id: 'tencent', type: 'company', names: ['腾讯', 'Tencent'] },
  { id: 'baidu', type: 'company', names: ['百度', 'Baidu'] },
  { id: 'huawei', type: 'company', names: ['华为', 'Huawei'] },
  { id: 'bytedance', type: 'company', names: ['字节跳动', 'ByteDance'] },
  { id: 'xiaomi', type: 'company', names: ['小米', 'Xiaomi'] },
  { id: 'openai', type: 'company', names: ['OpenAI'] },
  { id: 'anthropic', type: 'company', names: ['Anthropic'] },
  { id: 'xai', type: 'company', names: ['马斯克旗下的xAI', 'xAI', "Elon Musk's xAI"] },
  { id: 'groq', type: 'company', names: ['Groq'] },
  { id: 'deepseek', type: 'company', names: ['深度求索', 'DeepSeek'] },
  { id: 'moonshot', type: 'company', names: ['月之暗面', 'Moonshot AI', 'Moonshot'] },
  { id: 'zhipu', type: 'company', names: ['智谱AI', '智谱', 'Zhipu AI', 'Zhipu', 'Z.ai'] },
  { id: 'minimax', type: 'company', names: ['稀宇科技', 'MiniMax'] },
  { id: 'mistral', type: 'company', names: ['Mistral AI', 'Mistral'] },
  { id: 'openrouter', type: 'company', names: ['OpenRouter'] },
  { id: 'qwen3max', type: 'model', names: ['通义千问Qwen3-Max', 'Qwen3-Max'] },
  { id: 'glm5', type: 'model', names: ['智谱GLM-5', 'GLM-5'] },
  { id: 'ernie5', type: 'model', names: ['文心大模型5.0', 'ERNIE 5.0'] },
  { id: 'hunyuant2', type: 'model', names: ['混元T2', 'Hunyuan-T2'] },
  { id: 'doubao2', type: 'model', names: ['豆包大模型2.0', 'Doubao 2.0'] },
  { id: 'kimi-k2', type: 'model', names: ['Kimi K2'] },
  { id: 'kimik3', type: 'model', names: ['Kimi K3'] },
  { id: 'deepseek-v3.2', type: 'model', names: ['DeepSeek V3.2', 'DeepSeek-V3.2'] },
  { id: 'deepseek-r1', type: 'model', names: ['DeepSeek R1', 'DeepSeek-R1'] },
  { id: 'deepseekv4', type: 'model', names: ['DeepSeek V4', 'DeepSeek-V4'] },
  { id: 'minimaxm3', type: 'model', names: ['MiniMax-M3'] },
  { id: 'llama5', type: 'model', names: ['Llama 5'] },
  { id: 'llama-3.1', type: 'model', names: ['Llama 3.1'] },
  { id: 'llama-4', type: 'model', names: ['Llama 4'] },
  { id: 'gemini3ultra', type: 'model', names: ['Gemini 3 Ultra'] },
  { id: 'grok5', type: 'model', names: ['Grok 5'] },
  { id: 'mistrallarge3', type: 'model', names: ['Mistral Large 3'] },
  { id: 'phi5', type: 'model', names: ['Phi-5'] },
  { id: 'gptoss2', type: 'model', names: ['gpt-oss-2'] },
  { id: 'gpt-5', type: 'model', names: ['GPT-5'] },
  { id: 'nemotron-3', type: 'family', names: ['Nemotron 3系列', 'Nemotron 3 family', 'Nemotron 3'] },
  { id: 'nemotron-3-nano', type: 'model', names: ['Nemotron 3 Nano'], short: ['Nano'], family: 'nemotron-3' },
  { id: 'nemotron-3-super', type: 'model', names: ['Nemotron 3 Super'], short: ['Super'], family: 'nemotron-3' },
  { id: 'nemotron-3-ultra', type: 'model', names: ['Nemotron 3 Ultra'], short: ['Ultra'], family: 'nemotron-3' },
  { id: 'h100', type: 'product', names: ['H100'] },
  { id: 'h200', type: 'product', names: ['H200'] },
  { id: 'b200', type: 'product', names: ['B200'] },
  { id: 'colossus-2', type: 'product', names: ['Colossus 2'] },
];
