import { bindClaims } from '../bind/bind-claims.js';
import { runDocumentRules, stamp, type RuleOptions } from '../check/run-rules.js';
import { findRule } from '../check/rules/index.js';
import { digestsOf } from '../check/rules/duplicate-paragraph.js';
import { extractClaims } from '../extract/extract-claims.js';
import type { Source } from '../load/read-source.js';
import type { Finding } from '../model/finding.js';
import type { Lang } from '../model/lang.js';
import type { DocumentResult } from '../model/result.js';
import { segmentDocument } from '../segment/segment-document.js';
import { parseDirectives } from '../suppress/parse-directives.js';
import { Suppressions } from '../suppress/suppressions.js';
import { LineIndex } from '../text/line-index.js';
import { withAliases, type EntityMatcher } from '../bind/entity-mentions.js';
import { translationOf } from '../check/pairing/translation-of.js';
import { unreadNumerals } from '../check/pairing/unread-numerals.js';

/** What the per-document stages need besides the rules. */
export interface AnalyzeOptions extends RuleOptions {
  /** Language forced on this document by a config override. */
  readonly lang?: Lang;
  /** Config aliases (canonical subject → other names), extending the built-in table for the binder. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
}

/**
 * Runs every per-document stage on one loaded source: segment → extract → bind → document
 * checks, honouring the document's inline suppressions. The result holds no text, so a scan can
 * drop each document once it is analysed.
 */
export function analyzeSource(source: Source, options: AnalyzeOptions): DocumentResult {
  const problems = problemFindings(source, options);
  if (source.encoding === 'unknown') {
    return { file: source.path, lang: 'und', encoding: 'unknown', claims: [], findings: problems, blocks: [] };
  }
  const doc = segmentDocument(source, options.lang ? { lang: options.lang } : {});
  const directives = parseDirectives(doc);
  const suppressions = directives.length > 0 ? Suppressions.forDocument(doc.path, directives) : undefined;
  const claims = bindClaims(doc, extractClaims(doc), entitiesFor(options.aliases));
  const findings = suppressions ? problems.filter((f) => !silence(suppressions, f)) : problems;
  findings.push(...runDocumentRules(doc, claims, suppressions ? { ...options, suppressions } : options));
  return {
    file: doc.path,
    lang: doc.lang,
    encoding: doc.encoding,
    ...(doc.referenceDate ? { referenceDate: doc.referenceDate } : {}),
    claims,
    findings,
    blocks: digestsOf(doc),
    ...(suppressions ? { directives: suppressions.digestsOf(doc.path) } : {}),
    unreadNumerals: unreadNumerals(doc, claims),
    ...translationOf(doc),
  };
}

/** Load problems (bad encoding, bad front matter) can be silenced too, e.g. by `factcheck-disable-file`. */
function silence(suppressions: Suppressions, finding: Finding): boolean {
  if (!suppressions.silences(finding.ruleId, finding)) return false;
  suppressions.markUsed(finding.ruleId, finding);
  return true;
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

/** One alias table per configuration, built once for all the documents of a scan. */
const matchers = new WeakMap<object, EntityMatcher>();

function entitiesFor(aliases: AnalyzeOptions['aliases']): EntityMatcher | undefined {
  if (!aliases) return undefined;
  let m = matchers.get(aliases);
  if (!m) matchers.set(aliases, (m = withAliases(aliases)));
  return m;
}
