import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/facts/load-facts.js';
import { FactsError } from '../../src/facts/facts-error.js';
import { scan } from '../../src/pipeline/scan.js';
import { runCli } from '../helpers.js';
import { tempDir } from '../temp-dir.js';

function factsFile(text: string): string {
  const dir = tempDir('facts-');
  const file = path.join(dir, 'facts.yaml');
  writeFileSync(file, text);
  return file;
}

describe('loadFacts', () => {
  it('reads figures as articles write them, with subjects through the alias table', async () => {
    const doc = await loadFacts('fixtures/crosscheck/facts.yaml');
    expect(doc.trusted).toBe(true);
    expect(doc.claims[0]).toMatchObject({ line: 2, kind: 'money', value: 5.7e10, currency: 'USD', subject: { id: 'nvidia' }, attribute: 'revenue', period: '2025-Q3' });
    expect(doc.claims[1]).toMatchObject({ line: 7, value: 3700, unit: 'employee', subject: { id: 'groq' }, attribute: 'headcount' });
  });

  it.each([
    ['- subject: Nvidia\n  attribute: revnue\n  value: $5 billion\n', /entry 1 \(line 1\): key "attribute": unknown attribute "revnue"/],
    ['- subject: Nvidia\n  attribute: revenue\n', /entry 1 \(line 1\): key "value"/],
    ['- attribute: revenue\n  value: 5\n', /missing key "subject"/],
    ['- subject: Nvidia\n  attribute: revenue\n  value: 5\n  colour: red\n', /unknown key "colour"/],
    ['subject: [unclosed\n', /invalid YAML/],
    ['just text\n', /expected a list of reference figures/],
  ])('rejects %j with a one-line error naming the file', async (text, message) => {
    const file = factsFile(text);
    const err = await loadFacts(file).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(FactsError);
    expect((err as Error).message).toMatch(message);
    expect((err as Error).message).toContain('facts.yaml');
    expect((err as Error).message).not.toContain('\n');
  });

  it('makes the reference figure prevail over a majority of articles', async () => {
    const file = factsFile('- subject: Tencent\n  attribute: headcount\n  value: 110000\n  source: annual report\n');
    const dir = tempDir('articles-');
    writeFileSync(path.join(dir, 'a.md'), 'Tencent currently employs 88,000 people worldwide.\n');
    writeFileSync(path.join(dir, 'b.md'), 'Tencent currently employs 88,000 people, it said.\n');
    const { findings } = await scan([dir], { facts: file, cwd: dir });
    const errors = findings.filter((f) => f.severity === 'error');
    expect(errors.map((f) => [f.ruleId, f.locations[0]!.file])).toEqual([
      ['conflicting-figure', 'a.md'],
      ['conflicting-figure', 'b.md'],
    ]);
    expect(errors[0]!.message).toContain('the reference figures state the latter');
  });

  it('is a usage error on the command line (exit 2, one line on stderr)', () => {
    const r = runCli(['scan', 'seeds/', '--facts', 'no-such-facts.yaml']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factcheck: no-such-facts\.yaml: cannot read the reference figures \(ENOENT\)\n$/);
  });
});
