import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS } from '../../src/report/formats.js';
import { fixtureReport, withoutVersion } from './report-fixture.js';

const EXTENSIONS: Record<string, string> = { table: 'txt', compact: 'txt', json: 'json', jsonl: 'jsonl', sarif: 'sarif', github: 'txt' };

describe('every scan format on fixtures/formats (golden files; update with `npx vitest run tests/report -u`)', () => {
  for (const name of Object.keys(REPORT_FORMATS)) {
    it(`renders ${name}`, async () => {
      const out = REPORT_FORMATS[name]!(await fixtureReport(), { chalk: new Chalk({ level: 0 }) });
      await expect(withoutVersion(out)).toMatchFileSnapshot(`./__snapshots__/fixtures-formats.${name}.${EXTENSIONS[name]}`);
    });
  }

  it('has a golden file for every format', () => {
    expect(Object.keys(EXTENSIONS).sort()).toEqual(Object.keys(REPORT_FORMATS).sort());
  });

  it('never colours a machine format, even when colour is forced', async () => {
    const report = await fixtureReport();
    for (const name of ['compact', 'json', 'jsonl', 'sarif', 'github']) {
      expect(REPORT_FORMATS[name]!(report, { chalk: new Chalk({ level: 3 }) })).not.toContain('\u001b[');
    }
    expect(REPORT_FORMATS.table!(report, { chalk: new Chalk({ level: 1 }) })).toContain('\u001b[');
  });

  it('renders the same report byte for byte every time', async () => {
    const [a, b] = [await fixtureReport(), await fixtureReport()];
    for (const name of Object.keys(REPORT_FORMATS)) {
      const style = { chalk: new Chalk({ level: 0 }) };
      expect(REPORT_FORMATS[name]!(a, style)).toBe(REPORT_FORMATS[name]!(b, style));
    }
  });
});
