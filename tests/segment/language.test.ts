import { describe, expect, it } from 'vitest';
import { chooseLanguage, LanguageTally } from '../../src/segment/language.js';
import type { Lang } from '../../src/model/lang.js';

describe('chooseLanguage', () => {
  it('settles short English news sentences full of names as English, where franc guesses other languages', () => {
    for (const sentence of [
      "Alibaba Group's cloud revenue grew 45% year over year.",
      'Jensen Huang invested $2.1 billion in Elon Musk\'s xAI.',
      "Meta's planned H100 purchases last year reached 490,000 units.",
      'ByteDance wants to control long-context reasoning despite export restrictions.',
    ]) {
      expect(chooseLanguage(sentence)).toBe('en');
    }
  });

  it('still asks franc about Latin-script text with accented letters or without English words', () => {
    expect(chooseLanguage("Le chiffre d'affaires du groupe a progressé de 45 % sur un an, selon la société.")).toBe('fr');
    expect(chooseLanguage('Das Unternehmen beschäftigt inzwischen 430 Mitarbeiter in München und Berlin.')).toBe('de');
    // `in` is German too: no English marker word here, so franc decides.
    expect(chooseLanguage('Die Firma hat inzwischen 430 Mitarbeiter in Berlin und Hamburg.')).toBe('de');
  });

  it('counts words as the lower-cased text spells them, letters that lower-case to ASCII included', () => {
    // İ lower-cases to i and a combining dot, the Kelvin sign to k: `İT`, `THE` and `İN` stay words.
    expect(chooseLanguage('THE FİRM SAİD İT WİLL HİRE 430 STAFF İN THE SPRİNG.')).toBe('en');
    expect(chooseLanguage('THE \u212aEY FIGURE IS 430 AND IT IS FOR THE YEAR.')).toBe('en');
  });

  it('reads words of any case and length: a marker word in capitals, words longer than eleven letters', () => {
    // `ACCORDING` is an English marker word once lower-cased; nothing else here is English.
    expect(chooseLanguage('DIE FIRMA HAT 430 MITARBEITER ACCORDING ZU BERICHTEN.')).toBe('en');
    // Six words (ä parts one), three of them long: too many to be waved through as a short fragment.
    expect(chooseLanguage('Konzern meldet Rekordumsatz, Unternehmensberatung, Wettbewerbsfähigkeit.')).toBe('de');
  });

  it('gives the same verdict when a stretch franc has read comes back', () => {
    const line = 'Die Firma hat inzwischen 430 Mitarbeiter in Berlin und Hamburg.';
    expect([chooseLanguage(line), chooseLanguage(line)]).toEqual(['de', 'de']);
  });

  it('decides Chinese by script, without franc', () => {
    expect(chooseLanguage('阿里巴巴集团周二公布，云智能集团本季度收入达到255.95亿元。')).toBe('zh');
  });
});

/** The language a tally gives for these stretches, added in order. */
function dominantLanguage(parts: readonly { lang: Lang; weight: number }[]): Lang {
  const tally = new LanguageTally();
  for (const p of parts) tally.add(p.lang, p.weight);
  return tally.dominant();
}

describe('LanguageTally', () => {
  it('sums each language over its stretches and picks the heaviest, the first in code order on a tie', () => {
    expect(dominantLanguage([{ lang: 'en', weight: 1 }, { lang: 'zh', weight: 2 }, { lang: 'en', weight: 1.5 }])).toBe('en');
    expect(dominantLanguage([{ lang: 'zh', weight: 3 }, { lang: 'en', weight: 3 }])).toBe('en');
    expect(dominantLanguage([{ lang: 'und', weight: 9 }, { lang: 'zh', weight: 0.5 }])).toBe('zh');
    expect(dominantLanguage([{ lang: 'und', weight: 9 }])).toBe('und');
    expect(dominantLanguage([])).toBe('und');
  });
});
