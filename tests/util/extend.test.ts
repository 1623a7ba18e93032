import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { extend } from '../../src/util/extend.js';
import { ROOT } from '../helpers.js';

describe('extend', () => {
  it('is { ...base, ...extra }: same keys in the same order, getters read, base untouched', () => {
    const base = { file: 'a.md', line: 3, get text() { return 'read when copied'; } };
    const copy = extend(base, { line: 4, label: 'copy' });
    expect(Object.keys(copy)).toEqual(['file', 'line', 'text', 'label']);
    expect(copy).toEqual({ file: 'a.md', line: 4, text: 'read when copied', label: 'copy' });
    expect(Object.getOwnPropertyDescriptor(copy, 'text')?.get).toBeUndefined();
    expect(base.line).toBe(3);
    expect(extend(base)).not.toBe(base);
  });

  // The reason extend exists: on Node 20, `{ ...claim }` followed by any new field gave every
  // bound claim a hidden class of its own (a 50 MB article then ran out of memory).
  it('gives the claims of a document one hidden class per set of fields', () => {
    const script = `
      const { readFileSync } = await import('node:fs');
      const { sourceFromBytes } = await import('./dist/load/read-source.js');
      const { analyzeSource } = await import('./dist/pipeline/analyze-document.js');
      const { RULES } = await import('./dist/check/rules/index.js');
      const file = 'seeds/002_302997181c808d8e.txt';
      const { claims } = analyzeSource(sourceFromBytes(file, readFileSync(file)), { rules: RULES });
      const shapes = [];
      for (const c of claims) if (!shapes.some((s) => %HaveSameMap(s, c))) shapes.push(c);
      const keySets = new Set(claims.map((c) => Object.keys(c).join()));
      console.log(JSON.stringify({ claims: claims.length, shapes: shapes.length, keySets: keySets.size }));`;
    const r = spawnSync(process.execPath, ['--allow-natives-syntax', '--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    const { claims, shapes, keySets } = JSON.parse(r.stdout) as { claims: number; shapes: number; keySets: number };
    expect(claims).toBeGreaterThan(30);
    // One hidden class per set of fields (optional fields vary), not one per claim.
    expect(shapes).toBe(keySets);
  });
});
