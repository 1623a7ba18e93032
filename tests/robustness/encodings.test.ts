import { describe, expect, it } from 'vitest';
import { decode } from '../../src/load/decode.js';
import { analyzeBytes, expectClaimsConsistent, fixtureBytes } from './support.js';

const ZH_TEXT = '# 英伟达与Groq达成合作\n\n英伟达以约200亿美元与Groq达成合作，交易于12月24日宣布。\n\n该公司的营收同比增长62%，达到570亿美元。\n';
const REFERENCE = analyzeBytes('reference.md', new TextEncoder().encode(ZH_TEXT)).result;

describe('encodings: every supported encoding decodes to the same text and the same claims', () => {
  const cases: [string, string, boolean][] = [
    ['encodings/utf8.md', 'utf-8', false],
    ['encodings/utf8-bom.md', 'utf-8', true],
    ['encodings/utf16le-bom.txt', 'utf-16le', true],
    ['encodings/utf16be-bom.txt', 'utf-16be', true],
    ['encodings/gb18030.txt', 'gb18030', false],
  ];
  for (const [file, encoding, bom] of cases) {
    it(`${file} is read as ${encoding}${bom ? ' with BOM' : ''}`, () => {
      const result = decode(fixtureBytes(file));
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.decoded).toEqual({ text: ZH_TEXT, encoding, bom });
      const { result: doc, text } = analyzeBytes(file, fixtureBytes(file));
      expect(doc.encoding).toBe(encoding);
      expect(doc.findings).toEqual([]);
      expect(doc.claims.map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('200亿美元'), '62%', '570亿美元']));
      // Every encoding yields the claims of the UTF-8 text, at the same offsets.
      expect(doc.claims.map(({ text: t, start, end, line, column }) => ({ t, start, end, line, column }))).toEqual(
        REFERENCE.claims.map(({ text: t, start, end, line, column }) => ({ t, start, end, line, column })),
      );
      // Positions refer to the decoded text: the BOM is not counted, line 3 is the first sentence.
      expect(doc.claims.find((c) => c.text.includes('200亿美元'))).toMatchObject({ line: 3, endLine: 3, end: ZH_TEXT.indexOf('美元与') + 2 });
      expectClaimsConsistent(doc, text);
    });
  }

  it('reads unmarked Big5 (traditional Chinese) as Big5, not as GBK mojibake', () => {
    const { result: doc, text } = analyzeBytes('big5.txt', fixtureBytes('encodings/big5.txt'));
    expect(doc.encoding).toBe('big5');
    expect(text.startsWith('輝達以約200億美元與Groq達成合作')).toBe(true);
    expect(doc.claims.map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('200億美元'), '36%', expect.stringContaining('9,000億元')]));
    expectClaimsConsistent(doc, text);
  });

  it('tells GBK from Big5 on texts of two to a few characters', () => {
    const gbk = decode(fixtureBytes('encodings/gbk-short.txt'));
    // These GBK bytes also happen to be valid UTF-8 ("Ŀǰ,DeepSeek"): the reading must not stop there.
    expect(gbk).toEqual({ ok: true, decoded: { text: '目前,DeepSeek', encoding: 'gb18030', bom: false } });
    expect(decode(fixtureBytes('encodings/big5-short.txt'))).toEqual({ ok: true, decoded: { text: '輝達', encoding: 'big5', bom: false } });
  });

  it('keeps UTF-8 with accented Latin, Greek and Cyrillic letters as UTF-8', () => {
    for (const s of ['Café crème', 'Łódź 5%', 'да', 'αβγ 3 μm', 'Größe']) {
      const r = decode(new TextEncoder().encode(s));
      expect(r).toEqual({ ok: true, decoded: { text: s, encoding: 'utf-8', bom: false } });
    }
  });

  it('replaces invalid UTF-8 bytes, warns with the file and the byte offset, and scans the rest', () => {
    const bytes = fixtureBytes('encodings/invalid-utf8.md');
    const badByte = bytes.indexOf('Caf') + 3;
    const { result: doc, text } = analyzeBytes('invalid-utf8.md', bytes);
    expect(doc.encoding).toBe('utf-8');
    expect(doc.findings).toHaveLength(1);
    const [finding] = doc.findings;
    expect(finding!.ruleId).toBe('invalid-encoding');
    expect(finding!.severity).toBe('warning');
    expect(finding!.message).toBe(`invalid-utf8.md: invalid utf-8 byte sequence at byte ${badByte}; replaced with U+FFFD, the rest scanned`);
    // The finding points at the replacement character in the decoded text.
    expect(finding!.locations[0]).toMatchObject({ line: 5, column: 4, start: text.indexOf('\ufffd') });
    expect(doc.claims.map((c) => c.text)).toEqual(expect.arrayContaining([expect.stringContaining('200亿美元'), '5%', '570亿美元']));
    expectClaimsConsistent(doc, text);
  });

  it('counts every invalid sequence and rejects overlong and surrogate forms like the decoder does', () => {
    const prose = new TextEncoder().encode('Revenue rose 62% to $57 billion in the third quarter of 2025. ');
    // An overlong "/", an encoded surrogate and a truncated three-byte sequence at the very end.
    const bytes = Buffer.concat([Buffer.from('a'), Buffer.from([0xc0, 0xaf]), prose, Buffer.from([0xed, 0xa0, 0x80]), prose, Buffer.from([0xe4, 0xb8])]);
    const r = decode(bytes);
    const decoded = new TextDecoder().decode(bytes);
    expect(r).toEqual({ ok: true, decoded: { text: decoded, encoding: 'utf-8', bom: false, replaced: { count: 6, byteOffset: 1, textOffset: 1 } } });
    // Each invalid sequence is one U+FFFD, as in the WHATWG decoder.
    expect(decoded.split('\ufffd')).toHaveLength(7);
  });

  it('reports a lone surrogate in UTF-16 at its byte offset', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0x00, 0xd8, 0x42, 0x00]);
    const r = decode(bytes);
    expect(r.ok && r.decoded).toEqual({ text: 'A\ufffdB', encoding: 'utf-16le', bom: true, replaced: { count: 1, byteOffset: 4, textOffset: 1 } });
  });

  it('reads UTF-16 without a BOM when every other byte is zero', () => {
    const le = Buffer.from('Revenue rose 62% to $57 billion.\n', 'utf16le');
    expect(decode(le)).toEqual({ ok: true, decoded: { text: 'Revenue rose 62% to $57 billion.\n', encoding: 'utf-16le', bom: false } });
    const be = Buffer.from(le).swap16();
    expect(decode(be)).toMatchObject({ ok: true, decoded: { encoding: 'utf-16be' } });
  });

  it('refuses a file that no encoding reads as an error, with no claims', () => {
    const { result: doc } = analyzeBytes('undecodable.txt', fixtureBytes('encodings/undecodable.txt'));
    expect(doc.encoding).toBe('unknown');
    expect(doc.claims).toEqual([]);
    expect(doc.findings.map((f) => [f.ruleId, f.severity])).toEqual([['load-error', 'error']]);
    expect(doc.findings[0]!.message).toMatch(/^undecodable\.txt cannot be decoded: \d+% of its bytes are invalid in UTF-8/);
  });

  it('decodes an empty file as an empty UTF-8 document with nothing to report', () => {
    const { result: doc } = analyzeBytes('empty.md', new Uint8Array());
    expect(doc).toMatchObject({ encoding: 'utf-8', claims: [], findings: [] });
  });
});

describe('not text: binary files named as documents', () => {
  it('does not take text that starts like a signature for a binary file', () => {
    for (const s of ['RIFF raff cut 5% of jobs.', 'PK said revenue rose 5%.', 'GIF8 is not an image.', '%PDF is a prefix.']) {
      expect(decode(new TextEncoder().encode(s))).toMatchObject({ ok: true, decoded: { encoding: 'utf-8' } });
    }
  });

  for (const [file, kind] of [
    ['binary/photo.png.md', 'PNG image'],
    ['binary/report.pdf.txt', 'PDF document'],
    ['binary/article.docx.md', 'ZIP archive'],
  ] as const) {
    it(`${file} is a load-error naming the format, with no claims`, () => {
      const { result: doc } = analyzeBytes(file, fixtureBytes(file));
      expect(doc.claims).toEqual([]);
      expect(doc.findings).toHaveLength(1);
      expect(doc.findings[0]).toMatchObject({ ruleId: 'load-error', severity: 'error' });
      expect(doc.findings[0]!.message).toContain(kind);
      expect(doc.findings[0]!.message.startsWith(`${file} cannot be decoded: binary content`)).toBe(true);
    });
  }
});
