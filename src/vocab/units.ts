/** Counted things (the count's unit id, singular). Chinese measure words may stand before the noun. */
export const COUNT_UNITS: Readonly<Record<string, string>> = {
  参数: 'parameter', 參數: 'parameter', parameters: 'parameter', parameter: 'parameter', params: 'parameter',
  员工: 'employee', 員工: 'employee', employees: 'employee', staff: 'employee',
  用户: 'user', 用戶: 'user', users: 'user', tokens: 'token', token: 'token',
  GPU: 'gpu', GPUs: 'gpu', H100: 'gpu', H200: 'gpu', B200: 'gpu', TPU: 'tpu', TPUs: 'tpu', 芯片: 'chip', chips: 'chip',
};

/** Physical and data units (kept as written, normalised spelling). */
export const QUANTITY_UNITS: Readonly<Record<string, string>> = {
  'TB/s': 'TB/s', 'GB/s': 'GB/s', 'PB/s': 'PB/s', 'Tbps': 'Tbps', 'Gbps': 'Gbps', GW: 'GW', MW: 'MW', kW: 'kW',
  TFLOPS: 'TFLOPS', PFLOPS: 'PFLOPS', EFLOPS: 'EFLOPS', nm: 'nm', km: 'km', 'tokens/s': 'token/s',
};

/** Percent signs and words. */
export const PERCENT_WORDS: readonly string[] = ['%', '％', ' percent', ' per cent', '个百分点', ' percentage points'];
