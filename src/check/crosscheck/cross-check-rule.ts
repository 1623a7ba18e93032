import type { Claim } from '../../model/claim.js';
import type { Document } from '../../model/document.js';
import type { Rule, RuleMeta, RuleReport } from '../rule.js';
import { crossCheck } from './cross-check.js';
import { slipsInArticle } from './slips-in-article.js';
import { headlineOf } from '../../segment/headline.js';
import { growthSlipsInRows } from './growth-in-rows.js';
import { growthSlipsFromFigures } from './growth-from-figures.js';
import { growthSlipsBetweenLevels } from './growth-between-levels.js';
import { totalSlipsInTables } from './table-totals.js';
import { shareSlipsFromFigures } from './share-from-figures.js';
import { conversionSlips } from './conversion-slips.js';

/**
 * The cross-check rules share one pass over the corpus (`crossCheck`, computed once per run);
 * each rule reports its own share of it, so that each keeps its own severity, options and docs.
 * They also report the slips inside one article that no comparison by period sees
 * (`slipsInArticle`) and the rates of growth a table row's own figures, or the article's, contradict
 * (`growthSlipsInRows`, `growthSlipsBetweenLevels`, `growthSlipsFromFigures`), the totals its rows do not add up to (`totalSlipsInTables`) and the
 * shares its figures do not give (`shareSlipsFromFigures`) and the conversions a power of ten off (`conversionSlips`),
 * found where the article is analysed, once for the three rules.
 */
export function crossCheckRule(meta: Omit<RuleMeta, 'docs'>): Rule {
  return {
    meta: { ...meta, docs: `docs/rules/${meta.id}.md` },
    checkDocument({ document, claims, report }) {
      for (const { rule, report: r } of slipsOf(claims, document)) if (rule === meta.id) report(r);
    },
    checkCorpus({ documents, focus, report }) {
      for (const r of crossCheck(documents, focus).get(meta.id) ?? []) report(r);
    },
  };
}

const SLIPS = new WeakMap<readonly Claim[], readonly { rule: string; report: RuleReport }[]>();

function slipsOf(claims: readonly Claim[], document: Document): readonly { rule: string; report: RuleReport }[] {
  let slips = SLIPS.get(claims);
  if (!slips) {
    // A rate written with the two levels it moved between is read against those; no other figure is its level.
    const between = growthSlipsBetweenLevels(document.text, claims);
    const found = [...slipsInArticle(claims, headlineOf(document), document.text), ...growthSlipsInRows(claims), ...between.found, ...growthSlipsFromFigures(claims, between.read), ...totalSlipsInTables(document, claims), ...shareSlipsFromFigures(document.text, claims), ...conversionSlips(claims)];
    SLIPS.set(claims, (slips = found));
  }
  return slips;
}
