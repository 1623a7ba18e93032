/** The attribute a counted unit implies. */
export const UNIT_ATTRIBUTES: Readonly<Record<string, string>> = {
  parameter: 'parameters',
  employee: 'headcount',
  'TB/s': 'bandwidth',
  'GB/s': 'bandwidth',
};
