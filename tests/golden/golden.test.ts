import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers.js';

// Whole reports on real documents, compared with reviewed files under tests/golden/__snapshots__/.
// After an intended change: `npx vitest run tests/golden -u`, then review the diff like code.
describe('golden reports', () => {
  for (const [name, args] of [
    ['scan-seeds.json', ['scan', 'seeds/', '--format', 'json']],
    ['claims-seeds.json', ['claims', 'seeds/', '--format', 'json']],
    ['scan-duplicates.json', ['scan', 'fixtures/duplicates', '--format', 'json']],
    ['scan-companies.json', ['scan', 'fixtures/companies', '--format', 'json']],
    ['scan-seeds.table.txt', ['scan', 'seeds/', '--no-color']],
  ] as const) {
    it(`factcheck ${args.join(' ')}`, async () => {
      const r = runCli(args);
      expect(r.stderr).toBe('');
      await expect(r.stdout).toMatchFileSnapshot(`__snapshots__/${name}`);
    });
  }

  it('is byte-identical from one run to the next', () => {
    expect(runCli(['scan', 'seeds/', '--format', 'json']).stdout).toBe(runCli(['scan', 'seeds/', '--format', 'json']).stdout);
  });
});
