import { describe, expect, it } from 'vitest';
import * as api from '../src/index.js';

describe('public API', () => {
  it('exposes the pipeline stages, formatters, configuration, baseline and ignore API, and nothing else', () => {
    expect(Object.keys(api).sort()).toEqual([
      'AUTO_MIN_BYTES', 'CLAIMS_FORMATS', 'CONFIG_SCHEMA', 'ConfigError', 'DEFAULT_CACHE_LOCATION',
      'DEFAULT_EXTENSIONS', 'DEFAULT_SUPPRESSIONS_FILE', 'DOCS_BASE_URL', 'LineIndex', 'REPORT_FORMATS', 'RULES',
      'SCHEMA_VERSION', 'SHARD_SCHEMA_VERSION', 'ShardFormatError', 'VERSION', 'analyzeFiles', 'analyzeSource',
      'applyBaseline', 'bindClaims', 'buildReport', 'checkDocuments', 'checkShards', 'claimId', 'collectFiles',
      'createIgnoreFilter', 'decode', 'extractClaims', 'findConfig', 'formatClaimsJson', 'formatClaimsTable',
      'formatCompact', 'formatGithub', 'formatJson', 'formatJsonl', 'formatSarif', 'formatTable', 'loadConfigFile',
      'parseFrontMatter', 'parseRuleFlags', 'printableConfig', 'pruneBaseline', 'readDocumentResults', 'readSource',
      'readSourceSync', 'readSuppressionsFile', 'recordBaseline', 'resolveConfig', 'ruleDocsUrl', 'scan',
      'segmentDocument', 'shardDocumentLine', 'shardHeaderLine', 'sourceFromBytes', 'writeSuppressionsFile',
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
