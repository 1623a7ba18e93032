import { describe, expect, it } from 'vitest';
import { EntityMatcher, withAliases } from '../../src/bind/entity-mentions.js';
import { alternation } from '../../src/extract/pattern.js';
import { ENTITIES } from '../../src/vocab/aliases.js';

/** The plain definition the matcher must agree with: one alternation of every name, longest first. */
function byRegex(text: string, start: number, end: number): { start: number; end: number; label: string }[] {
  const names = new RegExp(alternation(ENTITIES.flatMap((e) => e.names)), 'g');
  const slice = text.slice(start, end);
  const out: { start: number; end: number; label: string }[] = [];
  const latin = /[A-Za-z0-9]/;
  for (let m = names.exec(slice); m; m = names.exec(slice)) {
    const a = m.index;
    const b = a + m[0].length;
    if ((latin.test(slice[a]!) && a > 0 && latin.test(slice[a - 1]!)) || (latin.test(slice[b - 1]!) && b < slice.length && latin.test(slice[b]!))) {
      names.lastIndex = a + 1;
      continue;
    }
    out.push({ start: start + a, end: start + b, label: m[0] });
  }
  return out;
}

const TEXTS = [
  'NVIDIA Corporation和英伟达、Nvidia Corp.以及NVIDIAX都不同；Metaverse不是Meta，Meta Platforms是。',
  'AMD, AMDX and Advanced Micro Devices; 阿里巴巴与阿里、Alibaba Group; DeepSeek-V3.2 and DeepSeek V4.',
  'xAI said Grok 5 beats GPT-5 while 谷歌公司 and Alphabet\'s Google disagree; AlphabetX is no name.',
];

describe('EntityMatcher', () => {
  it('finds the leftmost longest names at word edges, as one regex alternation would', () => {
    const matcher = new EntityMatcher();
    for (const text of TEXTS) {
      for (const [start, end] of [[0, text.length], [1, text.length - 1], [7, 40], [3, 12]] as const) {
        const found = matcher.find(text, start, end).map(({ start, end, label }) => ({ start, end, label }));
        expect(found, `${text} [${start}, ${end})`).toEqual(byRegex(text, start, end));
      }
    }
  });

  it('takes a word edge at the end of the stretch as an edge', () => {
    const text = 'MetaX';
    expect(new EntityMatcher().find(text, 0, 4).map((m) => m.label)).toEqual(['Meta']);
    expect(new EntityMatcher().find(text, 0, 5)).toEqual([]);
  });

  it('counts a short name only after its family, and labels it with the full name', () => {
    const text = 'Nemotron 3 comes in three sizes. Super has 100B parameters.';
    const start = text.indexOf('Super');
    const found = new EntityMatcher().find(text, start, text.length);
    expect(found.map((m) => [m.id, m.label])).toEqual([['nemotron-3-super', 'Nemotron 3 Super']]);
    expect(new EntityMatcher().find('Super has 100B parameters.', 0, 26)).toEqual([]);
  });

  it('takes no short name that ends another product name, even after its family', () => {
    const text = 'Nemotron 3 comes in three sizes: Nano, Super and Ultra. Vireo launches X9 Ultra; Google showed Gemini Ultra, Samsung the S25 Ultra.';
    const found = new EntityMatcher().find(text, text.indexOf('three'), text.length);
    expect(found.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
      ['nemotron-3-nano', 'Nano'],
      ['nemotron-3-super', 'Super'],
      ['nemotron-3-ultra', 'Ultra'],
      ['google', 'Google'],
      ['samsung', 'Samsung'],
    ]);
  });

  it('knows a name that starts with a small letter when a sentence capitalises it, and labels it as the table writes it', () => {
    const text = 'Gpt-oss-2 has 1.4T parameters. XAI bought 67,000 GPUs; xAI and gpt-oss-2 as written.';
    const found = new EntityMatcher().find(text, 0, text.length);
    expect(found.map((m) => [m.id, text.slice(m.start, m.end), m.label])).toEqual([
      ['gptoss2', 'Gpt-oss-2', 'gpt-oss-2'],
      ['xai', 'XAI', 'xAI'],
      ['xai', 'xAI', 'xAI'],
      ['gptoss2', 'gpt-oss-2', 'gpt-oss-2'],
    ]);
  });

  it('matches names a configuration adds', () => {
    const matcher = withAliases({ Nvidia: ['辉达'], Acme: ['艾克米'] });
    expect(matcher.find('辉达与艾克米', 0, 6).map((m) => m.id)).toEqual(['nvidia', 'acme']);
  });
});
