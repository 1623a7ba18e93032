/** Rates of growth, which are of another measure (`growth:revenue` is revenue's). */
const RATES_OF: ReadonlySet<string> = new Set(['growth', 'sequential-growth']);

/**
 * What an attribute measures: `shipments` of `shipments:target` and of `growth:shipments`; with
 * `changes`, of `change:shipments` too (`比交付量多2,168台`), which flows as its measure does.
 */
export function measureOf(attribute: string, changes = false): string {
  const parts = attribute.split(':');
  const of = RATES_OF.has(parts[0]!) || (changes && parts[0] === 'change');
  return of && parts.length > 1 ? parts[1]! : parts[0]!;
}
