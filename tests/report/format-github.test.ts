import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub, GITHUB_ANNOTATION_LIMIT } from '../../src/report/format-github.js';
import type { Finding } from '../../src/model/finding.js';
import { finding, location, reportOf } from './report-fixture.js';

/** Undoes GitHub's escaping, as the runner does when it reads a workflow command. */
function unescape(s: string): string {
  return s.replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%');
}

/** Splits `::cmd k=v,k=v::message` the way the runner does: properties at `,`, key from value at the first `=`. */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::(\w+) ([^:]*)::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const props: Record<string, string> = {};
  for (const pair of m[2]!.split(',')) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

describe('GitHub workflow-command output', () => {
  it('escapes %, CR and LF in messages, and also : and , in properties', () => {
    expect(escapeData('50% up\r\nnext: a, b')).toBe('50%25 up%0D%0Anext: a, b');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });

  it('round-trips awkward paths and messages through the runner’s parsing', () => {
    const file = 'news/Q3: revenue, 50% up\nfinal.md';
    const message = 'Revenue "rose 50%" here:\nbut fell, per the filing: 30%.\r\nCheck it.';
    const out = formatGithub(reportOf([finding('error', [location(file, 4), location('other, 2%.md', 8, { label: 'says: 30%' })], { message })]));
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const cmd = parseCommand(lines[0]!);
    expect(cmd.command).toBe('error');
    expect(cmd.props).toEqual({ file, line: '4', col: '3', endLine: '4', endColumn: '9', title: 'factcheck(duplicate-paragraph)' });
    expect(cmd.message).toBe(`${message}\n↔ other, 2%.md:8:3 (says: 30%)`);
  });

  it('prints errors first, then warnings, then notices', () => {
    const out = formatGithub(reportOf([finding('info', [location('a.md', 1)]), finding('warning', [location('a.md', 2)]), finding('error', [location('b.md', 3)])]));
    expect(out.trimEnd().split('\n').map((l) => parseCommand(l).command)).toEqual(['error', 'warning', 'notice']);
  });

  it('prints nothing for a clean report', () => {
    expect(formatGithub(reportOf([]))).toBe('');
  });

  it('annotates at most the per-step limit of each kind, logs the rest and says how many were not shown', () => {
    const many = (severity: Finding['severity'], n: number) => Array.from({ length: n }, (_, i) => finding(severity, [location('a.md', i + 1)]));
    const out = formatGithub(reportOf([...many('error', 12), ...many('warning', 3), ...many('info', 10)]));
    const lines = out.trimEnd().split('\n');
    const commands = lines.filter((l) => l.startsWith('::')).map(parseCommand);
    expect(commands.filter((c) => c.command === 'error')).toHaveLength(GITHUB_ANNOTATION_LIMIT);
    expect(commands.filter((c) => c.command === 'warning')).toHaveLength(3);
    // Nine notices for findings and the closing note as the tenth, so GitHub shows the note.
    const notices = commands.filter((c) => c.command === 'notice');
    expect(notices).toHaveLength(GITHUB_ANNOTATION_LIMIT);
    const note = notices.at(-1)!;
    expect(lines.at(-1)).toMatch(/^::notice title=factcheck::/);
    expect(note.message).toMatch(/^3 findings \(2 errors, 1 info\) not shown as annotations/);
    // The findings that are not annotated still appear in the log, one line each.
    const logged = lines.filter((l) => !l.startsWith('::'));
    expect(logged[0]).toBe('3 more findings (GitHub annotates at most 10 of each kind per step):');
    expect(logged.slice(1)).toEqual([
      expect.stringMatching(/^a\.md:11:3: error Finding number \d+\. \[duplicate-paragraph\]$/),
      expect.stringMatching(/^a\.md:12:3: error /),
      expect.stringMatching(/^a\.md:10:3: info /),
    ]);
  });

  it('adds no note when every finding fits', () => {
    const out = formatGithub(reportOf(Array.from({ length: 10 }, (_, i) => finding('info', [location('a.md', i + 1)]))));
    expect(out.trimEnd().split('\n')).toHaveLength(10);
    expect(out).not.toContain('not shown');
  });
});
