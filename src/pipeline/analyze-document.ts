import { bindClaims, DEFAULT_ENTITIES } from '../bind/bind-claims.js';
import { discoverNames } from '../bind/discover-names.js';
import { unpinned } from '../text/own-copy.js';
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
import { keepCompared, mayBeTranslation } from '../check/crosscheck/compared-claims.js';

/** What the per-document stages need besides the rules. */
export interface AnalyzeOptions extends RuleOptions {
  /** Language forced on this document by a config override. */
  readonly lang?: Lang;
  /** Config aliases (canonical subject → other names), extending the built-in table for the binder. */
  readonly aliases?: Readonly<Record<string, readonly string[]>>;
  /** `false`: subjects only from the alias table, none from the companies an article introduces. */
  readonly inferCompanies?: boolean;
  /**
   * `compared`: the result keeps only the claims a cross-document check compares
   * (`withComparedClaims`), and what only a translation reads is not worked out unless the
   * document may be one.
   */
  readonly keepClaims?: 'all' | 'compared';
}

/**
 * Runs every per-document stage on one loaded source: segment → extract → bind → document
 * checks, honouring the document's inline suppressions. The result holds no text, so a scan can
 * drop each document once it is analysed. A failure inside a stage becomes an `internal-error`
 * finding on this document: one bad document never stops the others from being checked.
 */
export function analyzeSource(source: Source, options: AnalyzeOptions): DocumentResult {
  const problems = problemFindings(source, options);
  if (source.encoding === 'unknown') {
    return { file: source.path, lang: 'und', encoding: 'unknown', claims: [], findings: problems, blocks: [] };
  }
  try {
    return analyzeText(source, problems, options);
  } catch (err) {
    return { file: source.path, lang: 'und', encoding: source.encoding, claims: [], findings: [...problems, internalErrorFinding(source, err, options)], blocks: [] };
  }
}

function analyzeText(source: Source, problems: Finding[], options: AnalyzeOptions): DocumentResult {
  const doc = segmentDocument(source, options.lang ? { lang: options.lang } : {});
  const directives = parseDirectives(doc);
  const suppressions = directives.length > 0 ? Suppressions.forDocument(doc.path, directives) : undefined;
  const known = entitiesFor(options.aliases) ?? DEFAULT_ENTITIES;
  const extracted = extractClaims(doc);
  // A document without figures has no company to compare: its text is not searched for names.
  const discovered = options.inferCompanies !== false && extracted.length > 0 ? discoverNames(doc.text, known) : [];
  const claims = bindClaims(doc, extracted, known, { discovered });
  const findings = suppressions ? problems.filter((f) => !silence(suppressions, f)) : problems;
  // A loop, not push(...spread): a hostile document can yield more findings than fit on the stack.
  for (const f of runDocumentRules(doc, claims, suppressions ? { ...options, suppressions } : options)) findings.push(f);
  const translation = translationOf(doc);
  const pairable = options.keepClaims !== 'compared' || mayBeTranslation({ file: doc.path, claims, ...translation });
  const result: DocumentResult = {
    file: doc.path,
    lang: doc.lang,
    encoding: doc.encoding,
    ...(doc.referenceDate ? { referenceDate: doc.referenceDate } : {}),
    claims,
    findings,
    blocks: digestsOf(doc),
    ...(suppressions ? { directives: suppressions.digestsOf(doc.path) } : {}),
    ...(pairable ? { unreadNumerals: unreadNumerals(doc, claims) } : {}),
    ...translation,
    // Copies: a name sliced from the text would keep the whole text alive with the result.
    ...(discovered.length > 0 ? { companies: discovered.map((d) => ({ id: unpinned(d.id), names: d.names.map(unpinned) })) } : {}),
  };
  // Trimmed here, where the document is analysed: a worker thread then posts the fewer claims only.
  return pairable ? result : keepCompared(result);
}

function internalErrorFinding(source: Source, err: unknown, options: RuleOptions): Finding {
  const rule = findRule('internal-error')!;
  const reason = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  const message = `${source.path}: internal error while analysing this document (${reason.split('\n')[0]}); it was not checked, please report it`;
  // Never "off": a document that was not checked is never passed over in silence.
  const severity = options.severities?.['internal-error'];
  return stamp(rule, severity === undefined || severity === 'off' ? 'error' : severity, {
    message,
    locations: [{ file: source.path, line: 1, column: 1, endLine: 1, endColumn: 1, start: 0, end: 0, text: '' }],
    fingerprintParts: [source.path, reason],
  });
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
