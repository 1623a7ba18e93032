import { alternation } from '../extract/pattern.js';
import { ENTITIES, type EntityEntry, type EntityType } from '../vocab/aliases.js';

/** A name from the alias table found in the text. */
export interface EntityMention {
  readonly id: string;
  readonly type: EntityType;
  readonly start: number;
  readonly end: number;
  readonly label: string;
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

/** Finds entity names in text, longest name first; built once per alias table. */
export class EntityMatcher {
  private readonly byName = new Map<string, EntityEntry>();
  private readonly byShort = new Map<string, EntityEntry>();
  private readonly names: RegExp;
  private readonly shorts: RegExp | null;

  constructor(entries: readonly EntityEntry[] = ENTITIES) {
    for (const e of entries) {
      for (const n of e.names) if (!this.byName.has(n)) this.byName.set(n, e);
      for (const n of e.short ?? []) if (!this.byShort.has(n)) this.byShort.set(n, e);
    }
    this.names = new RegExp(alternation(this.byName.keys()), 'g');
    this.shorts = this.byShort.size > 0 ? new RegExp(alternation(this.byShort.keys()), 'g') : null;
  }

  /**
   * Entity mentions in `text[start, end)`, in order. A short name counts where its family, or another
   * member of it, is named shortly before (`Nemotron 3 Super … Ultra`); it is labelled with its full name.
   */
  find(text: string, start: number, end: number): EntityMention[] {
    const found = this.scan(this.names, this.byName, text, start, end);
    if (this.shorts) {
      const contextStart = Math.max(0, start - FAMILY_REACH);
      const families = new Set<string>();
      for (const m of this.scan(this.names, this.byName, text, contextStart, end)) {
        const entry = this.byName.get(m.label)!;
        if (entry.type === 'family') families.add(entry.id);
        if (entry.family) families.add(entry.family);
      }
      if (families.size > 0) {
        for (const m of this.scan(this.shorts, this.byShort, text, start, end)) {
          const entry = this.byShort.get(m.label)!;
          if (entry.family && families.has(entry.family) && !found.some((f) => f.start < m.end && m.start < f.end)) {
            found.push({ ...m, label: entry.names[0] ?? m.label });
          }
        }
        found.sort((a, b) => a.start - b.start);
      }
    }
    return found;
  }

  private scan(pattern: RegExp, table: Map<string, EntityEntry>, text: string, start: number, end: number): EntityMention[] {
    const out: EntityMention[] = [];
    const slice = text.slice(start, end);
    pattern.lastIndex = 0;
    for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
      const name = m[0];
      if (!atWordEdges(slice, m.index, m.index + name.length)) {
        pattern.lastIndex = m.index + 1;
        continue;
      }
      const entry = table.get(name)!;
      out.push({ id: entry.id, type: entry.type, start: start + m.index, end: start + m.index + name.length, label: name });
    }
    return out;
  }
}

const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/** A Latin name must not continue a longer word (`Meta` in `Metaverse`, `AMD` in `AMDX`). */
function atWordEdges(text: string, start: number, end: number): boolean {
  const first = text[start]!;
  const last = text[end - 1]!;
  if (LATIN_OR_DIGIT.test(first) && start > 0 && LATIN_OR_DIGIT.test(text[start - 1]!)) return false;
  if (LATIN_OR_DIGIT.test(last) && end < text.length && LATIN_OR_DIGIT.test(text[end]!)) return false;
  return true;
}
