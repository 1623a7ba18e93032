import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { planOutputs } from '../../src/cli/output-targets.js';

const FORMATS = ['table', 'compact', 'json', 'sarif'];
const CWD = path.resolve('/work/project');
const plan = (format: string[] | undefined, outputFile?: string) =>
  planOutputs({ ...(format ? { format } : {}), ...(outputFile !== undefined ? { outputFile } : {}) }, FORMATS, CWD).map((t) =>
    t.file ? `${t.format}>${t.file.given}@${t.file.resolved}` : t.format,
  );

describe('planning outputs from --format and --output-file', () => {
  it('defaults to the first format on stdout', () => {
    expect(plan(undefined)).toEqual(['table']);
  });

  it('sends name=path to a file, resolved against the working directory, and keeps the order given', () => {
    expect(plan(['table', 'sarif=out/results.sarif', 'json=/tmp/r.json'])).toEqual([
      'table',
      `sarif>out/results.sarif@${path.join(CWD, 'out/results.sarif')}`,
      `json>/tmp/r.json@${path.resolve('/tmp/r.json')}`,
    ]);
  });

  it('lets --output-file take the first format that has no path', () => {
    expect(plan(['sarif=a.sarif', 'json', 'table'], 'r.json')).toEqual([`sarif>a.sarif@${path.join(CWD, 'a.sarif')}`, `json>r.json@${path.join(CWD, 'r.json')}`, 'table']);
    expect(plan(undefined, 'report.txt')).toEqual([`table>report.txt@${path.join(CWD, 'report.txt')}`]);
  });

  it('keeps everything after the first "=" as the path', () => {
    expect(plan(['json=a=b.json'])).toEqual([`json>a=b.json@${path.join(CWD, 'a=b.json')}`]);
  });

  it('refuses unknown formats, empty paths, two formats on stdout and two formats into one file', () => {
    expect(() => plan(['xml'])).toThrow('unknown format "xml" (choose from table, compact, json, sarif)');
    expect(() => plan(['table', 'xml=out.xml'])).toThrow('unknown format "xml"');
    expect(() => plan(['sarif='])).toThrow('needs a file path');
    expect(() => plan(['table'], '')).toThrow('--output-file needs a path');
    expect(() => plan(['table', 'json'])).toThrow('only one format can go to stdout');
    expect(() => plan(['json=r.json', 'sarif=./r.json'])).toThrow('"./r.json" is named as the output of two formats');
    expect(() => plan(['json=r.json'], 'x.json')).toThrow('--output-file needs a --format without "=path"');
  });
});
