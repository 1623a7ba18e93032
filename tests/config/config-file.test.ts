import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONFIG_SCHEMA } from '../../src/config/schema.js';
import { ROOT, runCli } from '../helpers.js';
import { tempProject } from '../temp-project.js';

const ARTICLE = `# 英伟达与Groq

英伟达以约200亿美元与Groq达成合作，这一交易金额创下了英伟达历史上最大规模的技术授权纪录。

英伟达以约200亿美元与Groq达成合作，这一交易金额创下了英伟达历史上最大规模的技术授权纪录。
`;

/** Rule ids and severities of a JSON report. */
function rulesOf(stdout: string): string[] {
  return (JSON.parse(stdout) as { findings: { ruleId: string; severity: string }[] }).findings.map((f) => `${f.ruleId}:${f.severity}`);
}

/** A failure the way users must see it: exit 2, one line on stderr, nothing on stdout. */
function expectConfigError(r: ReturnType<typeof runCli>, ...parts: string[]): void {
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
  for (const p of parts) expect(r.stderr).toContain(p);
}

describe('config file discovery', () => {
  it('finds .factcheckrc.yaml in a parent folder of the working directory', () => {
    const dir = tempProject({ '.factcheckrc.yaml': 'rules:\n  duplicate-paragraph: error\n', 'news/a.md': ARTICLE });
    const r = runCli(['scan', 'a.md', '--format', 'json'], { cwd: path.join(dir, 'news') });
    expect(rulesOf(r.stdout)).toEqual(['duplicate-paragraph:error']);
    expect(r.code).toBe(1);
  });

  it('stops at the repository root: a config above the folder holding .git is not used', () => {
    const dir = tempProject({ '.factcheckrc.yaml': 'rules:\n  duplicate-paragraph: off\n', 'repo/a.md': ARTICLE }, { git: false });
    const repo = path.join(dir, 'repo');
    mkdirSync(path.join(repo, '.git'));
    const r = runCli(['scan', 'a.md', '--format', 'json'], { cwd: repo });
    expect(rulesOf(r.stdout)).toEqual(['duplicate-paragraph:warning']);
  });

  it('reads the "factcheck" key of package.json, and skips a package.json without it', () => {
    const dir = tempProject({
      'package.json': JSON.stringify({ name: 'newsroom', factcheck: { rules: { 'duplicate-paragraph': 'info' } } }),
      'sub/package.json': JSON.stringify({ name: 'sub' }),
      'sub/a.md': ARTICLE,
    });
    const r = runCli(['scan', 'a.md', '--format', 'json'], { cwd: path.join(dir, 'sub') });
    expect(rulesOf(r.stdout)).toEqual(['duplicate-paragraph:info']);
  });

  it('prefers .factcheckrc.yaml over .factcheckrc.json in one folder and says so on stderr', () => {
    const dir = tempProject({
      '.factcheckrc.yaml': 'rules:\n  duplicate-paragraph: info\n',
      '.factcheckrc.json': '{"rules": {"duplicate-paragraph": "off"}}',
      'a.md': ARTICLE,
    });
    const r = runCli(['scan', 'a.md', '--format', 'json'], { cwd: dir });
    expect(rulesOf(r.stdout)).toEqual(['duplicate-paragraph:info']);
    expect(r.stderr).toContain('.factcheckrc.json is not used: .factcheckrc.yaml in the same folder takes precedence');
  });

  it('uses the file given with -c, and none with --no-config-lookup', () => {
    const dir = tempProject({ '.factcheckrc.yaml': 'rules:\n  duplicate-paragraph: off\n', 'ci.json': '{"rules": {"duplicate-paragraph": "error"}}', 'a.md': ARTICLE });
    expect(rulesOf(runCli(['scan', 'a.md', '-c', 'ci.json', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['duplicate-paragraph:error']);
    expect(rulesOf(runCli(['scan', 'a.md', '--no-config-lookup', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['duplicate-paragraph:warning']);
  });

  it('applies extensions and maxFileSize from the config', () => {
    const dir = tempProject({ '.factcheckrc.yml': 'extensions: [".text"]\nmaxFileSize: 100\n', 'docs/a.text': ARTICLE, 'docs/b.md': ARTICLE });
    const r = runCli(['scan', 'docs', '--format', 'json'], { cwd: dir });
    const report = JSON.parse(r.stdout) as { documents: { file: string }[]; findings: { ruleId: string; message: string }[] };
    expect(report.documents.map((d) => d.file)).toEqual(['docs/a.text']);
    expect(report.findings[0]!.ruleId).toBe('load-error');
    expect(report.findings[0]!.message).toContain('over the 100-byte limit');
  });

  it('forces the language of documents matching an override', () => {
    const dir = tempProject({ '.factcheckrc.yaml': 'overrides:\n  - files: ["en/**"]\n    lang: en\n', 'en/a.md': ARTICLE, 'zh/a.md': ARTICLE });
    const report = JSON.parse(runCli(['scan', '.', '--format', 'json'], { cwd: dir }).stdout) as { documents: { file: string; lang: string }[] };
    expect(report.documents.map((d) => `${d.file}:${d.lang}`)).toEqual(['en/a.md:en', 'zh/a.md:zh']);
  });
});

describe('config errors (exit code 2, one line naming the file and the key)', () => {
  const cases: [string, string, string, string[]][] = [
    ['an unknown key', '.factcheckrc.yaml', 'rules:\n  duplicate-paragraph: off\nrulez: {}\n', ['.factcheckrc.yaml', 'unknown key "rulez"']],
    ['an unknown nested key', '.factcheckrc.yaml', 'overrides:\n  - files: ["*.md"]\n    language: en\n', ['.factcheckrc.yaml', 'unknown key "language"', 'overrides[0]']],
    ['a wrong type', '.factcheckrc.json', '{"maxFileSize": "1MB"}', ['.factcheckrc.json', '"maxFileSize" must be integer']],
    ['a bad severity', '.factcheckrc.yaml', 'rules:\n  duplicate-paragraph: fatal\n', ['"rules.duplicate-paragraph" must be error, warning, info, off']],
    ['an unknown rule', '.factcheckrc.yaml', 'rules:\n  no-such-rule: error\n', ['unknown rule "no-such-rule"']],
    ['a rule id in the wrong case', '.factcheckrc.yaml', 'rules:\n  Duplicate-Paragraph: error\n', ['unknown rule "Duplicate-Paragraph"', 'lower-case']],
    ['a bad language code', '.factcheckrc.yaml', 'overrides:\n  - files: ["*"]\n    lang: Chinese\n', ['"overrides[0].lang" must be a language code such as zh or en']],
    ['a config that is not a mapping', '.factcheckrc.json', '["rules"]', ['.factcheckrc.json: the config must be a mapping of keys to values']],
    ['options for a rule that takes none', '.factcheckrc.yaml', 'rules:\n  duplicate-paragraph: [warning, {tolerance: 0.1}]\n', ['rule "duplicate-paragraph" takes no options']],
    ['invalid YAML', '.factcheckrc.yaml', 'rules:\n  duplicate-paragraph: [off\n', ['.factcheckrc.yaml: invalid YAML', 'line']],
    ['invalid JSON', '.factcheckrc.json', '{"rules": }', ['.factcheckrc.json: invalid JSON']],
    ['an executable YAML tag', '.factcheckrc.yaml', 'rules: !!js/function "function () {}"\n', ['.factcheckrc.yaml: invalid YAML']],
    ['a bad package.json key', 'package.json', '{"factcheck": {"extensions": "md"}}', ['package.json#factcheck', '"extensions" must be array']],
  ];
  for (const [what, name, content, parts] of cases) {
    it(`rejects ${what}`, () => {
      const dir = tempProject({ [name]: content, 'a.md': ARTICLE });
      expectConfigError(runCli(['scan', 'a.md'], { cwd: dir }), ...parts);
    });
  }

  it('rejects a missing -c file', () => {
    const dir = tempProject({ 'a.md': ARTICLE });
    expectConfigError(runCli(['scan', 'a.md', '-c', 'nope.yaml'], { cwd: dir }), 'nope.yaml', 'no such file');
  });
});

describe('--rule', () => {
  it('overrides the config in ESLint form and in id=severity form', () => {
    const dir = tempProject({ '.factcheckrc.yaml': 'rules:\n  duplicate-paragraph: off\n', 'a.md': ARTICLE });
    expect(rulesOf(runCli(['scan', 'a.md', '--rule', 'duplicate-paragraph: error', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['duplicate-paragraph:error']);
    expect(rulesOf(runCli(['scan', 'a.md', '--rule', 'duplicate-paragraph=info', '--format', 'json'], { cwd: dir }).stdout)).toEqual(['duplicate-paragraph:info']);
  });

  it('rejects an unknown rule or severity with exit code 2', () => {
    const dir = tempProject({ 'a.md': ARTICLE });
    expectConfigError(runCli(['scan', 'a.md', '--rule', 'nope: error'], { cwd: dir }), '--rule "nope: error"', 'unknown rule "nope"');
    expectConfigError(runCli(['scan', 'a.md', '--rule', 'duplicate-paragraph=loud'], { cwd: dir }), 'must be error, warning, info, off');
  });
});

describe('--print-config', () => {
  it('prints the configuration in force with every rule and exits 0, paths or not', () => {
    const dir = tempProject({ '.factcheckrc.yaml': 'rules:\n  duplicate-paragraph: off\naliases:\n  Nvidia: [英伟达, NVIDIA Corp.]\n', '.factcheckignore': 'drafts/\n' });
    const r = runCli(['scan', '--print-config', '--rule', 'duplicate-table-row: error'], { cwd: dir });
    expect(r.code).toBe(0);
    const printed = JSON.parse(r.stdout) as { configFile: string; ignoreFiles: string[]; config: { rules: Record<string, string>; aliases: unknown } };
    expect(printed.configFile).toBe('.factcheckrc.yaml');
    expect(printed.ignoreFiles).toEqual(['.factcheckignore']);
    expect(printed.config.rules['duplicate-paragraph']).toBe('off');
    expect(printed.config.rules['duplicate-table-row']).toBe('error');
    expect(printed.config.rules['load-error']).toBe('error');
    expect(printed.config.aliases).toEqual({ Nvidia: ['英伟达', 'NVIDIA Corp.'] });
  });
});

describe('companies an article introduces', () => {
  const files = {
    'results.md': readFileSync(path.join(ROOT, 'fixtures/companies/qicheng-q3-results.md'), 'utf8'),
    'brief.txt': readFileSync(path.join(ROOT, 'fixtures/companies/qicheng-brief.txt'), 'utf8'),
  };
  const conflicts = (stdout: string) => rulesOf(stdout).filter((r) => r.startsWith('conflicting-figure'));

  it('reports their conflicts as info by default, as errors once the aliases list them, and none when inferCompanies is false', () => {
    const inferred = runCli(['scan', '.', '--format', 'json'], { cwd: tempProject(files) });
    expect([inferred.code, conflicts(inferred.stdout)]).toEqual([0, ['conflicting-figure:info']]);
    const listed = runCli(['scan', '.', '--format', 'json'], { cwd: tempProject({ ...files, '.factcheckrc.yaml': 'aliases:\n  启程汽车: [启程]\n' }) });
    expect([listed.code, conflicts(listed.stdout)]).toEqual([1, ['conflicting-figure:error']]);
    const off = runCli(['scan', '.', '--format', 'json'], { cwd: tempProject({ ...files, '.factcheckrc.yaml': 'inferCompanies: false\n' }) });
    expect([off.code, conflicts(off.stdout)]).toEqual([0, []]);
    expectConfigError(runCli(['scan', '.'], { cwd: tempProject({ ...files, '.factcheckrc.yaml': 'inferCompanies: sometimes\n' }) }), 'inferCompanies');
  });
});

describe('published schema', () => {
  it('docs/config.schema.json is the schema the loader validates with', () => {
    expect(JSON.parse(readFileSync(path.join(ROOT, 'docs', 'config.schema.json'), 'utf8'))).toEqual(CONFIG_SCHEMA);
  });
});

describe('documentation', () => {
  it('the example config of the README is valid', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const example = /```yaml\n(# \.factcheckrc\.yaml\n[\s\S]*?)```/.exec(readme)?.[1];
    expect(example).toBeDefined();
    const dir = tempProject({ '.factcheckrc.yaml': example! });
    const r = runCli(['scan', '--print-config'], { cwd: dir });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});
