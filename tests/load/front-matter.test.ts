import { describe, expect, it } from 'vitest';
import { parseFrontMatter, referenceDateOf } from '../../src/load/front-matter.js';

describe('parseFrontMatter', () => {
  it('parses the block at the top and records its span', () => {
    const text = '---\ntitle: "1121nvdia"\ndate: "2025-12-22 22:20:48 +0800"\n---\n\nbody';
    const fm = parseFrontMatter(text)!;
    expect(fm.error).toBeUndefined();
    expect(fm.data.title).toBe('1121nvdia');
    expect(text.slice(fm.span.start, fm.span.end)).toBe('---\ntitle: "1121nvdia"\ndate: "2025-12-22 22:20:48 +0800"\n---\n');
    expect(referenceDateOf(fm.data)).toBe('2025-12-22');
  });

  it('keeps the calendar day of an unquoted YAML date, whatever the time zone', () => {
    expect(referenceDateOf(parseFrontMatter('---\ndate: 2025-12-22\n---\n')!.data)).toBe('2025-12-22');
  });

  it('reports invalid YAML with its reason instead of throwing', () => {
    const fm = parseFrontMatter('---\ntitle: [unclosed\n---\nbody')!;
    expect(fm.data).toEqual({});
    expect(fm.error?.message).toMatch(/^invalid YAML: /);
  });

  it('refuses executable tags', () => {
    const fm = parseFrontMatter('---\nx: !!js/function "function(){}"\n---\n')!;
    expect(fm.error?.message).toMatch(/unknown tag/);
  });

  it('reports a block that is never closed', () => {
    expect(parseFrontMatter('---\ntitle: x\nbody text')!.error?.message).toMatch(/not closed/);
  });

  it('does not take a thematic break in the body for front matter', () => {
    expect(parseFrontMatter('text\n---\nmore')).toBeUndefined();
  });
});
