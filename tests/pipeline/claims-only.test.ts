import { describe, expect, it } from 'vitest';
import { scan } from '../../src/pipeline/scan.js';

// fixtures/crosscheck/conflicts: five articles on the same deals and results, with a magnitude
// slip and a currency mix-up between them.
const CONFLICTS = 'fixtures/crosscheck/conflicts';

describe('scan with crossCheck: false (what factcheck claims runs)', () => {
  it('analyses every document as a full scan does, and reports only their own findings', async () => {
    const full = await scan([CONFLICTS]);
    const only = await scan([CONFLICTS], { crossCheck: false });
    expect(only.documents).toEqual(full.documents);
    expect(full.findings.map((f) => f.ruleId)).toEqual(expect.arrayContaining(['magnitude-slip', 'currency-mismatch']));
    expect(only.findings).toEqual(full.documents.flatMap((d) => d.findings));
  });
});
