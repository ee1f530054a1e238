// The corpus index: one per-document analysis per file, plus cross-document entity linking as a
// separate, incremental step (entityGraph.ts). A change to one file re-analyses that file only
// and relinks only the entities it touches, so the index scales to tens of thousands of files.
// Per-document results are never mutated: `result(file)` returns a copy with corpus-level ids
// and the corpus diagnostics (spelling variants). This API is the contract the language server,
// the CLI and the evaluation use.
import type { AnalysisResult, AnalyzeOptions, Diagnostic, EntityMention, EntityType, Quote } from './types';
import { analyze } from './analyze';
import { stripBom } from './text';
import type { PieceText, TextSource } from './pieceText';
import { parseName, searchKey, subNamePosition, type ParsedName } from './names';
import { EntityGraph, type Component, type LocalEntity } from './entityGraph';
import { buildSpellingTable, spellingDiagnostics, unitsOf, type SpellingTable } from './spellingVariants';

export interface CorpusDocument {
  /** Opaque key: a URI in the server, a path in the CLI. */
  file: string;
  /** The analysed text (BOM removed): every offset points into it. */
  readonly text: string;
  /** The same text, for reading a few units without joining a PieceText into one string. */
  readonly source: TextSource;
  /** Per-document result, with document-level ids. */
  local: AnalysisResult;
}

/** One entity of the corpus, under its corpus-level id. */
export interface CorpusEntity {
  id: string;
  type: EntityType;
  /** Surface form → number of mentions, across the corpus. */
  variants: Record<string, number>;
  mentions: number;
  files: number;
}

export interface CorpusMention {
  file: string;
  mention: EntityMention;
}

export interface CorpusQuote {
  file: string;
  quote: Quote;
}

const RESULT_CACHE = 64;

/** What `get` shows of a record (its text still joined only on demand). */
function publicRecord(doc: DocRecord): CorpusDocument {
  return { file: doc.file, source: doc.source, get text() { return doc.text; }, local: doc.local };
}

interface DocRecord extends CorpusDocument {
  /** Document-level id → local entity. */
  entities: Map<string, LocalEntity>;
  /** The diagnostics last computed, valid while the index's generation is unchanged. */
  diagnostics?: { generation: number; list: Diagnostic[] };
}

interface EntityView {
  entity: CorpusEntity;
  /** Search keys of the id and every variant. */
  keys: string[];
}

export class CorpusIndex {
  private readonly docs = new Map<string, DocRecord>();
  private readonly graph = new EntityGraph();
  /** Bumped by every change, so cached per-file results know when they are stale. */
  private generation = 0;
  private readonly results = new Map<string, { generation: number; result: AnalysisResult }>();

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /** Analyses (or re-analyses) one file and relinks the corpus. */
  update(file: string, rawText: string): CorpusDocument {
    // analyze and updateAnalysed each remove one BOM from the same raw text; stripping here too
    // would remove a second one ("\uFEFF\uFEFF…") from the stored text only, shifting offsets.
    return this.updateAnalysed(file, rawText, analyze(rawText, this.options));
  }

  /**
   * Adds one file whose analysis was done elsewhere (a worker thread) and relinks the corpus.
   * `result` must be `analyze(text)` for this text; it is kept as is and never mutated.
   */
  updateAnalysed(file: string, rawText: string | PieceText, result: AnalysisResult): CorpusDocument {
    // A PieceText (a large open document, BOM already removed) becomes one string only when
    // someone reads `text`: not on the keystroke path.
    const source = typeof rawText === 'string' ? stripBom(rawText) : rawText;
    const old = this.docs.get(file);
    // Typing between names (most keystrokes) leaves the mentions' ids, types and spellings as
    // they were, only moved: the document's entities, and so the corpus links, stay the same.
    const kept = old && sameNames(old.local.entities, result.entities) ? old.entities : undefined;
    const doc: DocRecord = { file, source, get text() { return source.toString(); }, local: result, entities: kept ?? localEntities(file, result.entities) };
    if (!kept) this.graph.replace(old ? [...old.entities.values()] : [], [...doc.entities.values()]);
    this.docs.set(file, doc);
    this.generation++;
    return publicRecord(doc);
  }

  remove(file: string): void {
    const old = this.docs.get(file);
    if (!old) return;
    this.graph.replace([...old.entities.values()], []);
    this.docs.delete(file);
    this.results.delete(file);
    this.generation++;
  }

  get(file: string): CorpusDocument | undefined {
    const doc = this.docs.get(file);
    return doc && publicRecord(doc);
  }

  files(): string[] {
    return [...this.docs.keys()];
  }

  /** Corpus-level id of a document-level id in one file (the id itself when unknown). */
  corpusId(file: string, localId: string): string {
    return this.docs.get(file)?.entities.get(localId)?.heads[0]?.component?.id ?? localId;
  }

  /** The file's analysis with corpus-level ids and corpus diagnostics (spelling variants). */
  result(file: string): AnalysisResult | undefined {
    const doc = this.docs.get(file);
    if (!doc) return undefined;
    const cached = this.results.get(file);
    if (cached && cached.generation === this.generation) return cached.result;
    const id = (local: string): string => this.corpusId(file, local);
    const opt = (local: string | null | undefined): string | null => (local == null ? null : id(local));
    const r = doc.local;
    const result: AnalysisResult = {
      ...r,
      entities: r.entities.map((m) => ({ ...m, id: id(m.id) })),
      quotes: r.quotes.map((q) => ({ ...q, speaker: opt(q.speaker) })),
      sources: r.sources.map((s) => (s.entity == null ? { ...s } : { ...s, entity: id(s.entity) })),
      claims: r.claims.map((c) => ({ ...c, speaker: opt(c.speaker) })),
      diagnostics: this.diagnostics(file),
    };
    // A small cache: the open files are asked for again and again between two edits; a walk
    // over the whole corpus (workspace diagnostics) must not keep a second copy of it.
    if (this.results.size >= RESULT_CACHE) this.results.clear();
    this.results.set(file, { generation: this.generation, result });
    return result;
  }

  entity(id: string): CorpusEntity | undefined {
    const c = this.graph.byId.get(id);
    return c && this.view(c).entity;
  }

  /** Every entity of the corpus, most mentioned first. */
  entities(): CorpusEntity[] {
    const out: CorpusEntity[] = [];
    for (const c of this.graph.components()) out.push(this.view(c).entity);
    return out.sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }

  /**
   * Entities whose id or any spelling matches the query, ignoring case, accents and
   * transliteration ("choigu" finds Sergueï Choïgou; "zelenskyy" finds Zelensky): exact matches
   * first, then prefixes of a name or of a word of it, then substrings.
   */
  searchEntities(query: string, limit = 100): CorpusEntity[] {
    const q = searchKey(query);
    const scored: { e: CorpusEntity; score: number }[] = [];
    for (const c of this.graph.components()) {
      const v = this.view(c);
      let score = q === '' ? 3 : -1;
      if (score < 0) {
        for (const k of v.keys) {
          const s = k === q ? 0 : k.startsWith(q) ? 1 : k.includes(q) ? 2 : -1;
          if (s >= 0 && (score < 0 || s < score)) score = s;
        }
      }
      if (score >= 0) scored.push({ e: v.entity, score });
    }
    scored.sort((a, b) => a.score - b.score || b.e.mentions - a.e.mentions || (a.e.id < b.e.id ? -1 : 1));
    return scored.slice(0, limit).map((s) => s.e);
  }

  /** Every mention of a corpus entity, with corpus-level ids, by file then offset. */
  mentionsOf(id: string): CorpusMention[] {
    const c = this.graph.byId.get(id);
    if (!c) return [];
    const out: CorpusMention[] = [];
    for (const { file, mention } of this.localMentions(c)) out.push({ file, mention: { ...mention, id: c.id } });
    return out;
  }

  /** Quotations whose speaker is this corpus entity, with corpus-level ids, by file then offset. */
  quotesBy(id: string): CorpusQuote[] {
    const c = this.graph.byId.get(id);
    if (!c) return [];
    const out: CorpusQuote[] = [];
    for (const [file, entities] of this.byFile(c)) {
      const doc = this.docs.get(file);
      if (!doc) continue;
      const local = new Set(entities.map((e) => e.localId));
      for (const q of doc.local.quotes) if (q.speaker !== null && local.has(q.speaker)) out.push({ file, quote: { ...q, speaker: c.id } });
    }
    return out;
  }

  /** The file's diagnostics: its own, then the corpus ones (spelling variants), by offset. Do not mutate. */
  diagnostics(file: string): Diagnostic[] {
    const doc = this.docs.get(file);
    if (!doc) return [];
    // Asked for by the result and by the diagnostics of every open file after each change.
    if (doc.diagnostics?.generation === this.generation) return doc.diagnostics.list;
    const list = [...doc.local.diagnostics, ...this.spellingOf(doc)].sort((a, b) => a.start - b.start || a.end - b.end);
    doc.diagnostics = { generation: this.generation, list };
    return list;
  }

  /** `spelling-variant` diagnostics of one file. */
  spellingVariants(file: string): Diagnostic[] {
    const doc = this.docs.get(file);
    return doc ? this.spellingOf(doc) : [];
  }

  private spellingOf(d: DocRecord): Diagnostic[] {
    const out: Diagnostic[] = [];
    const language = this.options.language === 'fr' ? 'fr' : 'en';
    for (const e of d.entities.values()) {
      const c = e.heads[0]?.component;
      if (!c) continue;
      const table = (c.cache.spelling ??= buildSpellingTable(this.graph.statsOf(c).surfaces, c.type)) as SpellingTable;
      if (table.preferred.size === 0) continue;
      const locate = (key: string, lower: string) => this.locateSpelling(c, table, key, lower);
      out.push(...spellingDiagnostics(table, d.file, e.mentions.map((i) => d.local.entities[i]), c.id, language, locate));
    }
    return out;
  }

  /** The first mention (by file, then offset) of a component that spells part `key` as `lower`. */
  private locateSpelling(c: Component, table: SpellingTable, key: string, lower: string): { file: string; start: number; end: number } | null {
    let best: { file: string; start: number; end: number } | null = null;
    for (const e of this.graph.entitiesOf(c)) {
      if (best && e.file > best.file) continue;
      let has = false;
      for (const text of e.surfaces.keys()) if (unitsOf(text, c.type, table.hyphenated).some((u) => u.key === key && u.text.toLowerCase() === lower)) has = true;
      if (!has) continue;
      const doc = this.docs.get(e.file);
      if (!doc) continue;
      for (const i of e.mentions) {
        const m = doc.local.entities[i];
        if (best && e.file === best.file && m.start >= best.start) continue;
        const u = unitsOf(m.text, m.type, table.hyphenated).find((u) => u.key === key && u.text.toLowerCase() === lower);
        if (u) best = { file: e.file, start: m.start + u.start, end: m.start + u.end };
      }
    }
    return best;
  }

  /** The component's local entities grouped by file, files in code-unit order. */
  private byFile(c: Component): [string, LocalEntity[]][] {
    const files = new Map<string, LocalEntity[]>();
    for (const e of this.graph.entitiesOf(c)) {
      const list = files.get(e.file);
      if (list) list.push(e);
      else files.set(e.file, [e]);
    }
    return [...files].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  /** The component's mentions with document-level ids, by file then offset. */
  private localMentions(c: Component): CorpusMention[] {
    const out: CorpusMention[] = [];
    for (const [file, entities] of this.byFile(c)) {
      const doc = this.docs.get(file);
      if (!doc) continue;
      const indices = entities.length === 1 ? entities[0].mentions : entities.flatMap((e) => e.mentions);
      const mentions = indices.map((i) => doc.local.entities[i]);
      if (entities.length > 1 || !sortedByStart(mentions)) mentions.sort((a, b) => a.start - b.start);
      for (const mention of mentions) out.push({ file, mention });
    }
    return out;
  }

  private view(c: Component): EntityView {
    const cached = c.cache.view as EntityView | undefined;
    if (cached) return cached;
    const stats = this.graph.statsOf(c);
    // Most frequent spelling first, then code-unit order: the same whatever the update history.
    const variants: Record<string, number> = {};
    const sorted = [...stats.surfaces].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [text, n] of sorted) variants[text] = n;
    const keys = new Set<string>([searchKey(c.id)]);
    for (const v of stats.surfaces.keys()) keys.add(searchKey(v));
    // Files are counted as local entities: one per file, unless a file names the entity twice
    // under names its own linking kept apart.
    const view: EntityView = { entity: { id: c.id, type: c.type, variants, mentions: stats.mentions, files: stats.entities }, keys: [...keys] };
    c.cache.view = view;
    return view;
  }
}

/**
 * Groups a document's mentions by document-level id and finds each group's head names: the
 * names no other name of the group contains ("Vladimir Poutine", not "Poutine"; "Organisation
 * des Nations unies", not "ONU").
 */
function localEntities(file: string, mentions: EntityMention[]): Map<string, LocalEntity> {
  const out = new Map<string, LocalEntity>();
  // Per entity, its names by key, with the parts any spelling hyphenates.
  const names = new Map<LocalEntity, Map<string, { name: ParsedName; glue: boolean[] }>>();
  const addName = (e: LocalEntity, name: ParsedName): void => {
    if (name.fullKey === '') return;
    const byKey = names.get(e)!;
    const known = byKey.get(name.fullKey);
    if (!known) byKey.set(name.fullKey, { name, glue: name.glue.slice() });
    else name.glue.forEach((g, k) => g && k < known.glue.length && (known.glue[k] = true));
  };
  // Per document-level id: its entity and, per spelling, the mention count and the form it votes
  // for. A spelling seen before (a 1 MB article names its people thousands of times) costs two
  // lookups: its form is known and its name already added.
  const byId = new Map<string, { e: LocalEntity; idName: ParsedName; spellings: Map<string, { count: number; form: { count: number; parts: number } }> }>();
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    let entry = byId.get(m.id);
    if (!entry) {
      const e: LocalEntity = { file, localId: m.id, type: m.type, mentions: [], forms: new Map(), surfaces: new Map(), headDescs: [], heads: [] };
      out.set(m.id, e);
      names.set(e, new Map());
      // The document-level id is a name too: it carries an alias the detector gave
      // ("Corée du Nord" for "République populaire démocratique de Corée").
      const idName = parseName(m.id.replace(TYPE_SUFFIX, ''), m.type);
      addName(e, idName);
      byId.set(m.id, (entry = { e, idName, spellings: new Map() }));
    }
    const { e, idName, spellings } = entry;
    e.mentions.push(i);
    const seen = spellings.get(m.text);
    if (seen) {
      seen.count++;
      seen.form.count++;
      continue;
    }
    const name = parseName(m.text, e.type);
    // A mention that is neither a spelling nor a part of its id is an alias: it votes for the
    // id's form when the corpus entity is named.
    const alias = idName.fullKey !== '' && name.fullKey !== idName.fullKey && !partOf(name, idName);
    const form = alias ? idName.form : name.form || m.text;
    let f = e.forms.get(form);
    if (f) f.count++;
    else e.forms.set(form, (f = { count: 1, parts: (alias ? idName : name).parts.length }));
    spellings.set(m.text, { count: 1, form: f });
    addName(e, name);
  }
  for (const { e, spellings } of byId.values()) for (const [text, { count }] of spellings) e.surfaces.set(text, count);
  for (const [e, byKey] of names) {
    const all = [...byKey.entries()];
    for (const [key, { name, glue }] of all) {
      const reducible = all.some(([k, other]) => k !== key && partOf(name, other.name, other.glue));
      if (!reducible) e.headDescs.push({ key: `${e.type}|${key}`, type: e.type, keys: name.keys, glue, acronym: name.acronym, initials: name.initials });
    }
    if (e.headDescs.length === 0) e.headDescs.push({ key: `${e.type}|=${e.localId}`, type: e.type, keys: [], glue: [], acronym: null, initials: null });
  }
  return out;
}

/** Same mentions in the same order, by document-level id, type and spelling (offsets aside). */
function sameNames(a: EntityMention[], b: EntityMention[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i].id !== b[i].id || a[i].type !== b[i].type || a[i].text !== b[i].text) return false;
  return true;
}

/** The bracket uniqueIds adds to tell same-named entities of different types apart. */
const TYPE_SUFFIX = / \((?:PER|ORG|LOC)(?: \d+)?\)$/;

function sortedByStart(mentions: EntityMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i].start < mentions[i - 1].start) return false;
  return true;
}

/** `name` is a part of `other` (a surname, a name without its middle name) or its acronym. */
function partOf(name: ParsedName, other: ParsedName, otherGlue: boolean[] = other.glue): boolean {
  if (name.type === 'PER') return subNamePosition(name.keys, other.keys, otherGlue) !== null;
  return name.acronym !== null && name.acronym === other.initials;
}
