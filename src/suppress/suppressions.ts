import type { Claim } from '../model/claim.js';
import type { Finding } from '../model/finding.js';
import type { DirectiveDigest, DocumentResult, SuppressedRegion } from '../model/result.js';

interface Entry {
  readonly file: string;
  readonly digest: DirectiveDigest;
  readonly used: Set<string>;
}

/**
 * The inline suppressions of a set of documents. Rules run twice where a directive applies: on
 * everything, to learn which directives silence something (for the unused report), and on the
 * claims and blocks outside the silenced regions, whose findings are the ones reported.
 */
export class Suppressions {
  private readonly entries: Entry[] = [];
  private readonly byFile = new Map<string, { entry: Entry; region: SuppressedRegion }[]>();

  static fromResults(results: readonly DocumentResult[]): Suppressions | undefined {
    if (!results.some((r) => r.directives?.length)) return undefined;
    const s = new Suppressions();
    for (const r of results) for (const d of r.directives ?? []) s.add(r.file, d);
    return s;
  }

  static forDocument(file: string, directives: readonly DirectiveDigest[]): Suppressions {
    const s = new Suppressions();
    for (const d of directives) s.add(file, d);
    return s;
  }

  private add(file: string, digest: DirectiveDigest): void {
    const entry = { file, digest, used: new Set(digest.used) };
    this.entries.push(entry);
    const list = this.byFile.get(file) ?? [];
    for (const region of digest.regions) list.push({ entry, region });
    this.byFile.set(file, list);
  }

  /** Whether any region silences `ruleId`: if not, the rule runs once, as without suppressions. */
  applies(ruleId: string): boolean {
    for (const list of this.byFile.values()) if (list.some((x) => covers(x.region, ruleId))) return true;
    return false;
  }

  isSilenced(ruleId: string, file: string, offset: number): boolean {
    return this.covering(ruleId, file, offset).length > 0;
  }

  /** A finding is silenced when any of its places is: the claim there takes no part in the rule. */
  silences(ruleId: string, finding: Finding): boolean {
    return finding.locations.some((l) => this.isSilenced(ruleId, l.file, l.start));
  }

  /** Records which directives a finding (from the unfiltered run) is silenced by. */
  markUsed(ruleId: string, finding: Finding): void {
    for (const l of finding.locations) for (const entry of this.covering(ruleId, l.file, l.start)) entry.used.add(ruleId);
  }

  /** The claims a rule may see, or undefined when none is silenced. */
  visibleClaims(ruleId: string, file: string, claims: readonly Claim[]): readonly Claim[] | undefined {
    if (!this.byFile.has(file)) return undefined;
    const kept = claims.filter((c) => !this.isSilenced(ruleId, file, c.start));
    return kept.length === claims.length ? undefined : kept;
  }

  /** The documents a corpus rule may see (claims and blocks outside silenced regions), or undefined if unchanged. */
  visibleResults(ruleId: string, results: readonly DocumentResult[]): readonly DocumentResult[] | undefined {
    let changed = false;
    const out = results.map((r) => {
      if (!this.byFile.has(r.file)) return r;
      const claims = this.visibleClaims(ruleId, r.file, r.claims);
      const blocks = r.blocks.filter((b) => !this.isSilenced(ruleId, r.file, b.location.start));
      if (!claims && blocks.length === r.blocks.length) return r;
      changed = true;
      return { ...r, claims: claims ?? r.claims, blocks };
    });
    return changed ? out : undefined;
  }

  /** The directives of one file with what they silenced so far. */
  digestsOf(file: string): DirectiveDigest[] {
    return this.entries.filter((e) => e.file === file).map((e) => ({ ...e.digest, used: [...e.used].sort() }));
  }

  all(): readonly { readonly file: string; readonly digest: DirectiveDigest; readonly used: ReadonlySet<string> }[] {
    return this.entries;
  }

  private covering(ruleId: string, file: string, offset: number): Entry[] {
    const out: Entry[] = [];
    for (const { entry, region } of this.byFile.get(file) ?? []) {
      if (offset >= region.start && offset < region.end && covers(region, ruleId)) out.push(entry);
    }
    return out;
  }
}

function covers(region: SuppressedRegion, ruleId: string): boolean {
  return region.rules.length > 0 ? region.rules.includes(ruleId) : !region.except?.includes(ruleId);
}

/**
 * Runs a rule under suppressions: once on everything to mark the directives that silence its
 * findings, then (only if some input is silenced) on what it may see; silenced findings are dropped.
 */
export function runSuppressible<T>(
  ruleId: string,
  suppressions: Suppressions | undefined,
  input: T,
  visible: (s: Suppressions, input: T) => T | undefined,
  run: (input: T) => Finding[],
): Finding[] {
  if (!suppressions?.applies(ruleId)) return run(input);
  const all = run(input);
  for (const f of all) suppressions.markUsed(ruleId, f);
  const narrowed = visible(suppressions, input);
  const kept = narrowed === undefined ? all : run(narrowed);
  return kept.filter((f) => !suppressions.silences(ruleId, f));
}
