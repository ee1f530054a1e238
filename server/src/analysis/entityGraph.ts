// Cross-document entity linking, kept current one file at a time. Each document contributes its
// local entities (one per document-level id); each local entity is filed under its "head" names
// (its fullest names, as keys: "PER|vladimirputine"). Local entities sharing a head key are the
// same entity. A head that is only part of longer names ("PER|putine", "ORG|onu") attaches to
// the one fullest name it fits, and stays apart when it fits several (two Kims); a one-word
// "person" that no full name explains attaches to the organisation or place spelled alike.
// Entities are the connected components of this graph.
//
// Everything is found through hash maps (head key → head, atom key → heads, initials → heads),
// so a change to one file only touches the heads of that file, the names they are part of, and
// the components holding them; components are rebuilt by walking heads (a handful per entity),
// and totals per head are kept up to date, so no update walks an entity's mentions and no step
// compares all pairs of entities. Names and ids depend only on the corpus, never on the order
// in which files were added.
import type { EntityType } from './types';
import { gappedParts, subNamePosition } from './names';
import { uniqueIds } from './linking';

export interface HeadDesc {
  key: string;
  type: EntityType;
  keys: string[];
  glue: boolean[];
  acronym: string | null;
  initials: string | null;
}

/** One document-level entity: the mentions of one id in one file. */
export interface LocalEntity {
  file: string;
  localId: string;
  type: EntityType;
  /** Indices into the document's entity mentions. */
  mentions: number[];
  /** Written form (initials dropped) → mentions and atom count, to name the corpus entity. */
  forms: Map<string, { count: number; parts: number }>;
  /** Mention text → count. */
  surfaces: Map<string, number>;
  headDescs: HeadDesc[];
  /** Set by the graph. */
  heads: Head[];
}

export interface Head extends HeadDesc {
  /** How many local entities write each part hyphenated; `glue` is true where any does. */
  glueCount: number[];
  refs: Set<LocalEntity>;
  parent: Head | null;
  children: Set<Head>;
  /** Other heads of the same local entities (an entity filed under two names), with counts. */
  coHeads: Map<Head, number>;
  /** Totals over the local entities this head owns (an entity is owned by its first head). */
  stats: HeadStats;
  component: Component | null;
}

/** What an entity's hover and name need, summed so that no question walks every mention. */
export interface HeadStats {
  forms: Map<string, FormStats>;
  surfaces: Map<string, number>;
  mentions: number;
  entities: number;
}

export interface FormStats {
  count: number;
  /** Local entities (≈ files) using the form. */
  files: number;
  parts: number;
}

export interface Component {
  id: string;
  /** The name before disambiguation of a clash with another type. */
  base: string;
  type: EntityType;
  heads: Head[];
  /** Smallest head key: a stable tie-breaker. */
  minKey: string;
  /** Lazily computed views (stats, spelling table); dropped with the component. */
  cache: Record<string, unknown>;
}

export class EntityGraph {
  private readonly heads = new Map<string, Head>();
  private readonly atomIndex = new Map<string, Set<Head>>();
  private readonly initialsIndex = new Map<string, Set<Head>>();
  private readonly byBase = new Map<string, Set<Component>>();
  readonly byId = new Map<string, Component>();

  get size(): number {
    return this.byId.size;
  }

  components(): IterableIterator<Component> {
    return this.byId.values();
  }

  /** The local entities a component holds (each once). */
  entitiesOf(c: Component): LocalEntity[] {
    const out = new Set<LocalEntity>();
    for (const h of c.heads) for (const e of h.refs) out.add(e);
    return [...out];
  }

  /** Replaces one file's local entities (`before` → `after`) and relinks only what they touch. */
  replace(before: LocalEntity[], after: LocalEntity[]): void {
    // Heads whose links change (their components are rebuilt) and heads whose totals change only.
    const structural = new Set<Head>();
    const counted = new Set<Head>();
    const changed = new Set<Head>();
    const glued = new Set<Head>();
    for (const e of before) {
      if (e.heads.length > 0) {
        addStats(e.heads[0].stats, e, -1);
        counted.add(e.heads[0]);
      }
      if (e.heads.length > 1) linkHeads(e.heads, -1, structural);
      e.heads.forEach((h, i) => {
        h.refs.delete(e);
        if (h.refs.size === 0) changed.add(h);
        if (countGlue(h, e.headDescs[i], -1)) glued.add(h);
      });
    }
    for (const e of after) {
      e.heads = [];
      for (const d of e.headDescs) {
        let h = this.heads.get(d.key);
        if (!h) {
          const glue = d.glue.map(() => false);
          const glueCount = d.glue.map(() => 0);
          h = { ...d, glue, glueCount, refs: new Set(), parent: null, children: new Set(), coHeads: new Map(), stats: emptyStats(), component: null };
          this.heads.set(d.key, h);
          this.index(h, true);
          changed.add(h);
        }
        if (!e.heads.includes(h)) e.heads.push(h);
        h.refs.add(e);
        if (countGlue(h, d, 1)) glued.add(h);
      }
      if (e.heads.length > 0) {
        addStats(e.heads[0].stats, e, 1);
        counted.add(e.heads[0]);
      }
      if (e.heads.length > 1) linkHeads(e.heads, 1, structural);
    }

    const reattach = new Set<Head>();
    for (const h of changed) {
      structural.add(h);
      if (h.refs.size > 0) continue;
      this.heads.delete(h.key);
      this.index(h, false);
      if (h.parent) {
        h.parent.children.delete(h);
        structural.add(h.parent);
        h.parent = null;
      }
      for (const c of h.children) {
        c.parent = null;
        reattach.add(c);
        structural.add(c);
      }
      h.children.clear();
    }
    for (const g of changed) {
      if (this.alive(g)) reattach.add(g);
      for (const sub of this.subHeads(g)) reattach.add(sub);
    }
    // A name that gains or loses a hyphen gains or loses gapped parts ("Jean Martin" of "Jean Pierre Martin").
    for (const g of glued) {
      if (!this.alive(g)) continue;
      structural.add(g);
      for (const sub of this.subHeads(g)) reattach.add(sub);
      for (const c of g.children) reattach.add(c);
    }
    for (const h of reattach) {
      if (!this.alive(h)) continue;
      const p = this.attach(h);
      if (p === h.parent) continue;
      if (h.parent) {
        h.parent.children.delete(h);
        structural.add(h.parent);
      }
      h.parent = p;
      if (p) {
        p.children.add(h);
        structural.add(p);
      }
      structural.add(h);
    }
    this.recompute(structural, counted);
  }

  private alive(h: Head): boolean {
    return this.heads.get(h.key) === h;
  }

  private index(h: Head, add: boolean): void {
    const entries: [Map<string, Set<Head>>, string][] = [];
    if (h.type === 'PER' && h.keys.length > 1) for (const k of new Set(h.keys)) entries.push([this.atomIndex, `${h.type}|${k}`]);
    if (h.type !== 'PER' && h.initials) entries.push([this.initialsIndex, `${h.type}|${h.initials}`]);
    for (const [map, key] of entries) {
      let set = map.get(key);
      if (add) {
        if (!set) map.set(key, (set = new Set()));
        set.add(h);
      } else if (set) {
        set.delete(h);
        if (set.size === 0) map.delete(key);
      }
    }
  }

  /** Live heads whose name is a proper part of g's name (they may attach to g). */
  private subHeads(g: Head): Head[] {
    const out: Head[] = [];
    if (g.type === 'PER') {
      const n = g.keys.length;
      for (let i = 0; i < n; i++) {
        for (let j = i + 1; j <= n; j++) {
          if (j - i === n) continue;
          const h = this.heads.get(`${g.type}|${g.keys.slice(i, j).join('')}`);
          if (h && h !== g && subNamePosition(h.keys, g.keys)) out.push(h);
        }
      }
      for (const keys of gappedParts(g.keys, g.glue)) {
        const h = this.heads.get(`${g.type}|${keys.join('')}`);
        if (h && h !== g && subNamePosition(h.keys, g.keys, g.glue)) out.push(h);
      }
    } else {
      if (g.initials) {
        const h = this.heads.get(`${g.type}|${g.initials}`);
        if (h && h !== g && h.acronym === g.initials) out.push(h);
      }
      const orphan = this.heads.get(`PER|${g.key.slice(g.type.length + 1)}`);
      if (orphan && orphan.keys.length === 1) out.push(orphan);
    }
    return out;
  }

  /** The one fullest name h is part of, or null when there is none or several. */
  private attach(h: Head): Head | null {
    if (h.type !== 'PER') {
      if (!h.acronym) return null;
      const set = this.initialsIndex.get(`${h.type}|${h.acronym}`);
      if (!set) return null;
      const cands = [...set].filter((c) => c !== h);
      return cands.length === 1 ? cands[0] : null;
    }
    if (h.keys.length === 0) return null;
    let pool: Set<Head> | undefined;
    for (const k of h.keys) {
      const s = this.atomIndex.get(`${h.type}|${k}`);
      if (!s) return h.keys.length === 1 ? this.orphanTarget(h) : null;
      if (!pool || s.size < pool.size) pool = s;
    }
    const edge: Head[] = [];
    const middle: Head[] = [];
    for (const c of pool!) {
      if (c === h) continue;
      const pos = subNamePosition(h.keys, c.keys, c.glue);
      if (pos === 'middle') middle.push(c);
      else if (pos) edge.push(c);
    }
    if (edge.length + middle.length === 0 && h.keys.length === 1) return this.orphanTarget(h);
    return uniqueMaximal(edge.length > 0 ? edge : middle);
  }

  /** See linking.ts: a one-word person no full name explains, spelled like one organisation or place, is it. */
  private orphanTarget(h: Head): Head | null {
    const org = this.heads.get(`ORG|${h.keys[0]}`);
    const loc = this.heads.get(`LOC|${h.keys[0]}`);
    return org && loc ? null : (org ?? loc ?? null);
  }

  /**
   * Rebuilds the components holding structurally changed heads (a walk over heads, not
   * mentions), then renames the components whose totals alone changed.
   */
  private recompute(structural: Set<Head>, counted: Set<Head>): void {
    const old = new Set<Component>();
    for (const h of structural) if (h.component) old.add(h.component);
    const seeds = new Set<Head>(structural);
    for (const c of old) for (const h of c.heads) seeds.add(h);
    const renamed = new Set<string>();
    const release = (c: Component): void => {
      old.add(c);
      this.unregister(c);
      renamed.add(c.base);
    };
    for (const c of old) release(c);

    const built = new Set<Component>();
    const visited = new Set<Head>();
    for (const seed of seeds) {
      if (visited.has(seed) || !this.alive(seed)) continue;
      const heads: Head[] = [];
      const stack = [seed];
      visited.add(seed);
      while (stack.length > 0) {
        const h = stack.pop()!;
        heads.push(h);
        if (h.component && !old.has(h.component)) release(h.component);
        const next: Head[] = [...h.coHeads.keys(), ...h.children];
        if (h.parent) next.push(h.parent);
        for (const n of next) {
          if (!visited.has(n) && this.alive(n)) {
            visited.add(n);
            stack.push(n);
          }
        }
      }
      let minKey = heads[0].key;
      for (const h of heads) if (h.key < minKey) minKey = h.key;
      const c: Component = { id: '', base: '', type: heads[0].type, heads, minKey, cache: {} };
      for (const h of heads) h.component = c;
      c.type = typeOf(c);
      c.base = this.nameOf(c);
      this.register(c);
      built.add(c);
      renamed.add(c.base);
    }
    for (const h of counted) {
      const c = h.component;
      if (!c || built.has(c) || !this.alive(h)) continue;
      built.add(c);
      c.cache = {};
      const type = typeOf(c);
      const base = this.nameOf(c);
      if (base === c.base && type === c.type) continue;
      this.unregister(c);
      renamed.add(c.base);
      c.base = base;
      c.type = type;
      this.register(c);
      renamed.add(base);
    }
    for (const base of renamed) this.renumber(base);
  }

  private register(c: Component): void {
    let set = this.byBase.get(c.base);
    if (!set) this.byBase.set(c.base, (set = new Set()));
    set.add(c);
  }

  private unregister(c: Component): void {
    const set = this.byBase.get(c.base);
    if (set) {
      set.delete(c);
      if (set.size === 0) this.byBase.delete(c.base);
    }
    if (this.byId.get(c.id) === c) this.byId.delete(c.id);
  }

  /** Totals of a component: its heads' totals summed. */
  statsOf(c: Component): HeadStats {
    const cached = c.cache.stats as HeadStats | undefined;
    if (cached) return cached;
    const out = emptyStats();
    for (const h of c.heads) {
      for (const [form, f] of h.stats.forms) {
        const s = out.forms.get(form);
        if (s) {
          s.count += f.count;
          s.files += f.files;
        } else out.forms.set(form, { ...f });
      }
      for (const [text, n] of h.stats.surfaces) out.surfaces.set(text, (out.surfaces.get(text) ?? 0) + n);
      out.mentions += h.stats.mentions;
      out.entities += h.stats.entities;
    }
    c.cache.stats = out;
    return out;
  }

  /**
   * The corpus name: a person's most frequent full name (two atoms or more), an organisation's
   * or place's most frequent form; ties go to more files, more atoms, more accents (the French
   * form), then code-unit order, so the name depends only on the corpus, not on update order.
   */
  private nameOf(c: Component): string {
    const stats = this.statsOf(c).forms;
    const multi = c.type === 'PER' && [...stats.values()].some((s) => s.parts > 1);
    let best = '';
    let bs: FormStats | null = null;
    for (const [form, s] of stats) {
      if (s.count <= 0 || (multi && s.parts < 2)) continue;
      if (!bs || better(form, s, best, bs)) {
        best = form;
        bs = s;
      }
    }
    return best || c.minKey;
  }

  private renumber(base: string): void {
    const set = this.byBase.get(base);
    if (!set) return;
    const comps = [...set];
    for (const c of comps) if (this.byId.get(c.id) === c) this.byId.delete(c.id);
    const ids = uniqueIds(comps.map((c) => ({ name: base, type: c.type, key: c.minKey })));
    comps.forEach((c, i) => {
      if (c.id !== ids[i]) c.cache = {};
      c.id = ids[i];
      this.byId.set(c.id, c);
    });
  }
}

/**
 * Names of one type make a component, except a one-word "person" attached to an organisation or
 * place: the type is the one of the names nothing else explains (the roots), by mentions.
 */
function typeOf(c: Component): EntityType {
  const n: Record<EntityType, number> = { PER: 0, ORG: 0, LOC: 0 };
  for (const h of c.heads) if (!h.parent) n[h.type] += h.stats.mentions + 1;
  return n.PER >= n.ORG && n.PER >= n.LOC ? 'PER' : n.ORG >= n.LOC ? 'ORG' : 'LOC';
}

/** Counts one entity's hyphens into a head; true when the head's `glue` changed. */
function countGlue(h: Head, d: HeadDesc, sign: 1 | -1): boolean {
  let changed = false;
  d.glue.forEach((g, i) => {
    if (!g || i >= h.glueCount.length) return;
    h.glueCount[i] += sign;
    const now = h.glueCount[i] > 0;
    if (now !== h.glue[i]) {
      h.glue[i] = now;
      changed = true;
    }
  });
  return changed;
}

function emptyStats(): HeadStats {
  return { forms: new Map(), surfaces: new Map(), mentions: 0, entities: 0 };
}

function addStats(stats: HeadStats, e: LocalEntity, sign: 1 | -1): void {
  for (const [form, f] of e.forms) {
    let s = stats.forms.get(form);
    if (!s) stats.forms.set(form, (s = { count: 0, files: 0, parts: f.parts }));
    s.count += sign * f.count;
    s.files += sign;
    if (s.files <= 0) stats.forms.delete(form);
  }
  for (const [text, n] of e.surfaces) {
    const total = (stats.surfaces.get(text) ?? 0) + sign * n;
    if (total > 0) stats.surfaces.set(text, total);
    else stats.surfaces.delete(text);
  }
  stats.mentions += sign * e.mentions.length;
  stats.entities += sign;
}

/** Adds (or removes) the links between the heads of one entity filed under several names. */
function linkHeads(heads: Head[], sign: 1 | -1, touched: Set<Head>): void {
  for (const a of heads) {
    touched.add(a);
    for (const b of heads) {
      if (a === b) continue;
      const n = (a.coHeads.get(b) ?? 0) + sign;
      if (n > 0) a.coHeads.set(b, n);
      else a.coHeads.delete(b);
    }
  }
}

function nonAscii(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) n++;
  return n;
}

function better(a: string, sa: FormStats, b: string, sb: FormStats): boolean {
  if (sa.count !== sb.count) return sa.count > sb.count;
  if (sa.files !== sb.files) return sa.files > sb.files;
  if (sa.parts !== sb.parts) return sa.parts > sb.parts;
  const na = nonAscii(a);
  const nb = nonAscii(b);
  if (na !== nb) return na > nb;
  return a < b;
}

/** The longest candidate when every other candidate is part of it; null when two are unrelated. */
function uniqueMaximal(cands: Head[]): Head | null {
  if (cands.length === 0) return null;
  let longest = cands[0];
  for (const c of cands) if (c.keys.length > longest.keys.length) longest = c;
  for (const c of cands) if (c !== longest && !subNamePosition(c.keys, longest.keys, longest.glue)) return null;
  return longest;
}
