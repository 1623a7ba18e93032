import { bindClaims } from '../bind/bind-claims.js';
import type { EntityMatcher } from '../bind/entity-mentions.js';
import { runDocumentRules, stamp, type RuleOptions } from '../check/run-rules.js';
import { findRule } from '../check/rules/index.js';
import { digestsOf } from '../check/rules/duplicate-paragraph.js';
import { extractClaims } from '../extract/extract-claims.js';
import type { Source } from '../load/read-source.js';
import type { Finding } from '../model/finding.js';
import type { DocumentResult } from '../model/result.js';
import { segmentDocument } from '../segment/segment-document.js';
import { LineIndex } from '../text/line-index.js';
import { translationOf } from '../check/pairing/translation-of.js';
import { unreadNumerals } from '../check/pairing/unread-numerals.js';

/**
 * Runs every per-document stage on one loaded source: segment → extract → bind → document
 * checks. The result holds no text, so a scan can drop each document once it is analysed.
 */
export function analyzeSource(source: Source, options: RuleOptions, binding: { entities?: EntityMatcher } = {}): DocumentResult {
  const findings: Finding[] = problemFindings(source, options);
  if (source.encoding === 'unknown') {
    return { file: source.path, lang: 'und', encoding: 'unknown', claims: [], findings, blocks: [] };
  }
  const doc = segmentDocument(source);
  const claims = bindClaims(doc, extractClaims(doc), binding.entities);
  findings.push(...runDocumentRules(doc, claims, options));
  return {
    file: doc.path,
    lang: doc.lang,
    encoding: doc.encoding,
    ...(doc.referenceDate ? { referenceDate: doc.referenceDate } : {}),
    claims,
    findings,
    blocks: digestsOf(doc),
    unreadNumerals: unreadNumerals(doc, claims),
    ...translationOf(doc),
  };
}

function problemFindings(source: Source, options: RuleOptions): Finding[] {
  if (source.problems.length === 0) return [];
  const lines = new LineIndex(source.text);
  const out: Finding[] = [];
  for (const p of source.problems) {
    const rule = findRule(p.ruleId)!;
    const severity = options.severities?.[p.ruleId] ?? p.severity;
    if (severity === 'off') continue;
    const place = lines.place({ start: p.offset, end: p.offset });
    out.push(
      stamp(rule, severity, {
        message: p.message,
        locations: [{ file: source.path, ...place, text: '' }],
        fingerprintParts: [source.path, p.message],
      }),
    );
  }
  return out;
}
