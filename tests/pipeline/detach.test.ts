import { describe, expect, it } from 'vitest';
import { detachFromText, Interner } from '../../src/pipeline/detach.js';
import { ownCopy } from '../../src/text/own-copy.js';
import { readSourceSync } from '../../src/load/read-source.js';
import { collectFiles } from '../../src/load/collect-files.js';
import { analyzeSource } from '../../src/pipeline/analyze-document.js';
import { RULES } from '../../src/check/rules/index.js';
import { ROOT } from '../helpers.js';

describe('ownCopy', () => {
  it.each([
    ['ASCII', 'Nvidia said revenue rose 17% to $57 billion'],
    ['Latin-1', 'Société Générale paid €2 million'],
    ['CJK and full-width forms', '英伟达发布了新的GPU，售价约为３万美元。'],
    ['astral characters', 'rose 𝟏𝟕% 🚀 in 2025'],
    ['lone surrogates', 'broken \ud800 pair and \udfff tail'],
    ['the empty string', ''],
  ])('keeps every code unit of %s', (_, text) => {
    const parent = `${'x'.repeat(40)}${text}${'y'.repeat(40)}`;
    const copy = ownCopy(parent.slice(40, 40 + text.length));
    expect(copy).toBe(text);
    expect(copy.length).toBe(text.length);
  });
});

describe('detachFromText', () => {
  it('leaves a result equal to the one analysed, with one shared copy of repeated strings', async () => {
    const { files } = await collectFiles(['fixtures/duplicates/copied-a.txt'], { cwd: ROOT });
    // The same file twice: equal strings and subjects that were read apart.
    const results = [files[0]!, files[0]!].map((file) => analyzeSource(readSourceSync(file), { rules: RULES }));
    const before = results.map((r) => JSON.stringify(r));
    const strings = new Interner();
    const detached = results.map((r) => detachFromText(r, strings));
    expect(detached.map((r) => JSON.stringify(r))).toEqual(before);
    const [a, b] = detached.map((r) => r.claims.find((c) => c.subject)!);
    expect(results[0]!.claims[0]).not.toBe(results[1]!.claims[0]);
    // Equal subjects from two documents become one object, so each claim costs a pointer.
    expect(b!.subject).toBe(a!.subject);
  });

  it('shares a subject only with one of the same id, label and confidence', () => {
    const strings = new Interner();
    const nvidia = { id: 'nvidia', label: '英伟达', confidence: 0.7 };
    expect(strings.subject({ ...nvidia })).not.toBe(nvidia);
    expect(strings.subject(nvidia)).toEqual(nvidia);
    const first = strings.subject({ id: 'groq', label: 'Groq', confidence: 0.9 });
    expect(strings.subject({ id: 'groq', label: 'Groq', confidence: 0.9 })).toBe(first);
    for (const other of [{ id: 'groq', label: 'GROQ', confidence: 0.9 }, { id: 'groq', label: 'Groq', confidence: 0.7 }, { id: 'nvidia', label: 'Groq', confidence: 0.9 }]) {
      expect(strings.subject(other)).toBe(other);
      expect(strings.subject({ ...other })).toBe(other);
    }
  });
});
