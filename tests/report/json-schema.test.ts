import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from '../helpers.js';

const schema = (name: string) => JSON.parse(readFileSync(path.join(ROOT, 'docs', 'schema', name), 'utf8'));

function validator(name: string) {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  return ajv.compile(schema(name));
}

describe('published JSON Schemas', () => {
  it('validate the real scan report of the seeds', () => {
    const r = runCli(['scan', 'seeds/', '--format', 'json']);
    const validate = validator('scan-report.v1.json');
    const ok = validate(JSON.parse(r.stdout));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validate the real claims list of the seeds, and every claim text is the slice at its span', () => {
    const r = runCli(['claims', 'seeds/', '--format', 'json']);
    const output = JSON.parse(r.stdout);
    const validate = validator('claims.v1.json');
    expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
    for (const c of output.claims) {
      const text = readFileSync(path.join(ROOT, c.file), 'utf8').replace(/^\uFEFF/, '');
      expect(text.slice(c.start, c.end)).toBe(c.text);
    }
  });

  it('validate a claims list with subjects inferred from the text, and the scan report of their conflicts', () => {
    const claims = JSON.parse(runCli(['claims', 'fixtures/companies', '--format', 'json']).stdout);
    const validate = validator('claims.v1.json');
    expect(validate(claims), JSON.stringify(validate.errors)).toBe(true);
    const inferred = claims.claims.filter((c: { subjectInferred?: boolean }) => c.subjectInferred);
    expect(new Set(inferred.map((c: { subject: string }) => c.subject))).toEqual(new Set(['启程', 'vireo', '天衡', 'tianheng satellite', 'lanjing']));
    const report = JSON.parse(runCli(['scan', 'fixtures/companies', '--format', 'json']).stdout);
    expect(validator('scan-report.v1.json')(report)).toBe(true);
  });

  it('accept every date form the extractor writes, and no other', () => {
    const validate = validator('claims.v1.json');
    const output = JSON.parse(runCli(['claims', 'seeds/', '--format', 'json']).stdout);
    const claim = output.claims.find((c: { kind: string }) => c.kind === 'date');
    for (const date of ['2025-12-15', '2025-12', '2025', 'XXXX-01-06', 'XXXX-XX-29']) expect(validate({ ...output, claims: [{ ...claim, date }] }), date).toBe(true);
    for (const date of ['2025-XX-29', 'XXXX-XX', '25-12-15']) expect(validate({ ...output, claims: [{ ...claim, date }] }), date).toBe(false);
  });

  it('reject a report that breaks the contract (the schema is not vacuous)', () => {
    const validate = validator('scan-report.v1.json');
    const report = JSON.parse(runCli(['scan', 'seeds/', '--format', 'json']).stdout);
    report.findings[0].locations[0].line = 0;
    expect(validate(report)).toBe(false);
    delete report.findings[0].locations;
    expect(validate(report)).toBe(false);
  });
});
