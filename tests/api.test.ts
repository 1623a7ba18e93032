import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exposes the pipeline stages and formatters, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([
      'CLAIMS_FORMATS', 'DEFAULT_EXTENSIONS', 'DOCS_BASE_URL', 'LineIndex', 'REPORT_FORMATS', 'RULES', 'SCHEMA_VERSION',
      'VERSION', 'analyzeSource', 'bindClaims', 'buildReport', 'checkDocuments', 'collectFiles', 'decode', 'extractClaims',
      'formatClaimsJson', 'formatClaimsTable', 'formatCompact', 'formatGithub', 'formatJson', 'formatJsonl', 'formatSarif',
      'formatTable', 'parseFrontMatter', 'readSource', 'ruleDocsUrl', 'scan', 'segmentDocument', 'sourceFromBytes',
    ]);
  });

  it('scans from strings to a report without touching the process', async () => {
    const source = api.sourceFromBytes('brief.md', new TextEncoder().encode('英伟达以约200亿美元与Groq达成合作。\n'));
    const result = api.analyzeSource(source, { rules: api.RULES });
    expect(result.claims.map((c) => [c.text, c.kind, c.value, c.currency, c.qualifier])).toEqual([
      ['约200亿美元', 'money', 2e10, 'USD', 'approx'],
    ]);
    const report = api.buildReport({ documents: [result], findings: api.checkDocuments([result]) });
    expect(report.summary).toEqual({ documents: 1, claims: 1, findings: { error: 0, warning: 0, info: 0 } });
  });
});
