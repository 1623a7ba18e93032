import { ENTITIES, type EntityEntry, type EntityType } from '../vocab/aliases.js';
import { NameScanner } from './name-scanner.js';
import { extend } from '../util/extend.js';
import { isAsciiDigit, isAsciiLetter } from '../segment/script.js';
import { withTraditional } from '../vocab/spellings.js';

/** A name from the alias table found in the text. */
export interface EntityMention {
  readonly id: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly label: string;
  /** Found as a company the article introduces, not in the alias table (see `discoverNames`). */
  readonly inferred?: true;
  /** Introduced as another's subsidiary (`全资子公司宁川储能科技有限公司`): `the company` is not it. */
  readonly subsidiary?: true;
}

/**
 * The alias table with a user's additions, keyed by an entity's id or any of its names (`Nvidia:
 * [辉达]`, `nvidia: [NV]`); a key that names no known entity starts a new one (taken as a company).
 */
export function withAliases(extra: Readonly<Record<string, readonly string[]>> | undefined): EntityMatcher {
  if (!extra || Object.keys(extra).length === 0) return new EntityMatcher();
  const entries: EntityEntry[] = ENTITIES.map((e) => ({ ...e }));
  for (const [key, names] of Object.entries(extra)) {
    const lower = key.toLowerCase();
    const i = entries.findIndex((e) => e.id === lower || e.names.some((n) => n.toLowerCase() === lower));
    if (i >= 0) entries[i] = { ...entries[i]!, names: [...names, ...entries[i]!.names] };
    else entries.push({ id: lower, type: 'company', names: [key, ...names] });
  }
  return new EntityMatcher(entries);
}

/** How far back a family name (`Nemotron 3`) lets its members' short names (`Nano`) count. */
const FAMILY_REACH = 600;
/** A capitalised word or a code with a digit right before a short name makes it part of another name (`X9 Ultra`, `Gemini Ultra`). */
const OTHER_NAME_BEFORE = /(?<![A-Za-z0-9-])(?:[A-Z][A-Za-z0-9-]*|[A-Za-z-]*[0-9][A-Za-z0-9-]*)[ \t]?$/;

/** What the binder reads a sentence's names from. */
export interface MentionFinder {
  /** Entity mentions in `text[start, end)`, in order. */
  find(text: string, start: number, end: number): EntityMention[];
}

/** Finds entity names in text, longest name first; built once per alias table. */
export class EntityMatcher implements MentionFinder {
  private readonly byName = new Map<string, EntityEntry>();
  private readonly byShort = new Map<string, EntityEntry>();
  /** Capitalised spellings → the name as the table writes it. */
  private readonly spelling = new Map<string, string>();
  private readonly names: NameScanner;
  private readonly shorts: NameScanner | null;

  constructor(entries: readonly EntityEntry[] = ENTITIES) {
    for (const e of entries) {
      // Names in Traditional spelling too (英伟达 → 英偉達); spellings the press settled on otherwise (輝達) are listed.
      for (const n of withTraditional(e.names)) if (!this.byName.has(n)) this.byName.set(n, e);
      for (const n of e.short ?? []) if (!this.byShort.has(n)) this.byShort.set(n, e);
    }
    // A sentence that opens with a name written with a small letter capitalises it (`Gpt-oss-2
    // has…`, `XAI bought…`): that spelling is known too, and labelled as the name is written.
    for (const table of [this.byName, this.byShort]) {
      for (const [n, e] of [...table]) {
        const capital = /^[a-z]/.test(n) ? n[0]!.toUpperCase() + n.slice(1) : undefined;
        if (capital && !table.has(capital)) {
          table.set(capital, e);
          this.spelling.set(capital, n);
        }
      }
    }
    this.names = new NameScanner(this.byName.keys());
    this.shorts = this.byShort.size > 0 ? new NameScanner(this.byShort.keys()) : null;
  }

  /**
   * Entity mentions in `text[start, end)`, in order. A short name counts where its family, or another
   * member of it, is named shortly before (`Nemotron 3 Super … Ultra`); it is labelled with its full name.
   */
  find(text: string, start: number, end: number): EntityMention[] {
    const found = this.scan(this.names, this.byName, text, start, end);
    // Short names are rare: look back for their family only when the stretch holds one.
    const shorts = this.shorts ? this.scan(this.shorts, this.byShort, text, start, end) : [];
    if (shorts.length > 0) {
      const contextStart = Math.max(0, start - FAMILY_REACH);
      const families = new Set<string>();
      for (const m of this.scan(this.names, this.byName, text, contextStart, end)) {
        const entry = this.byName.get(m.label)!;
        if (entry.type === 'family') families.add(entry.id);
        if (entry.family) families.add(entry.family);
      }
      if (families.size > 0) {
        for (const m of shorts) {
          const entry = this.byShort.get(m.label)!;
          if (entry.family && families.has(entry.family) && !found.some((f) => f.start < m.end && m.start < f.end) && !OTHER_NAME_BEFORE.test(text.slice(Math.max(start, m.start - 16), m.start))) {
            found.push(extend(m, { label: entry.names[0] ?? m.label }));
          }
        }
        found.sort((a, b) => a.start - b.start);
      }
    }
    return found;
  }

  /** Leftmost-longest names in `text[start, end)`; a Latin name must stand at word edges within the stretch. */
  private scan(names: NameScanner, table: Map<string, EntityEntry>, text: string, start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    for (let at = names.nextCandidate(text, start, end); at < end; at = names.nextCandidate(text, at, end)) {
      const name = names.nameAt(text, at, end);
      if (name === undefined || !atWordEdges(text, at, at + name.length, start, end)) {
        at++;
        continue;
      }
      const entry = table.get(name)!;
      out.push({ id: entry.id, type: entry.type, start: at, end: at + name.length, label: this.spelling.get(name) ?? name });
      at += name.length;
    }
    return out;
  }
}


/** A Latin name must not continue a longer word of the stretch `[from, to)` (`Meta` in `Metaverse`, `AMD` in `AMDX`). */
export function atWordEdges(text: string, start: number, end: number, from: number, to: number): boolean {
  if (isLatinOrDigit(text.charCodeAt(start)) && start > from && isLatinOrDigit(text.charCodeAt(start - 1))) return false;
  if (isLatinOrDigit(text.charCodeAt(end - 1)) && end < to && isLatinOrDigit(text.charCodeAt(end))) return false;
  return true;
}

function isLatinOrDigit(c: number): boolean {
  return isAsciiDigit(c) || isAsciiLetter(c);
}
