// Re-analysis of the paragraphs an edit touched, spliced into the previous result: what keeps a
// 1 MB article responsive while the reader types. The edited paragraphs ("the core") are analysed
// again with a few paragraphs of context on each side; everything outside the core is the
// previous result, moved by the edit's length. Whenever something links the core to the text
// around it (a quotation over several paragraphs, a speaker named before a quotation, a source a
// claim rests on), the core grows to take it in, so no result is cut in two. What stays
// approximate is what depends on the whole document: the document-level ids of names first seen
// far away (mapped back to the previous result's ids by their spelling), speakers known only
// from a distant role, echoes of a quotation elsewhere, and single words typed as names because
// the document names them elsewhere. So the splice is a quick answer, and the caller runs
// `analyze` on the whole text afterwards for the exact one. On random edits of a 1 MB article the
// splice's diagnostics equal the whole analysis's in 27 of 30 edits (60 KB article: 243 of 300).
import type { AnalysisResult, AnalyzeOptions, Claim, Diagnostic, EntityMention, Quote, Sentence, Source, Span } from './types';
import { analyze } from './analyze';
import { stripBom } from './text';
import { countEndingBy, countStartingBefore } from './spans';
import type { TextSource } from './pieceText';

export interface Splice {
  result: AnalysisResult;
  /** True when the whole text was analysed (no previous result could be reused). */
  exact: boolean;
  /** The part of the new text analysed again and taken from the new analysis. */
  core: Span;
  /** What was analysed (the core with its context). */
  window: Span;
}

export interface SpliceOptions extends AnalyzeOptions {
  /** Paragraphs of context on each side of the core. Default 2. */
  context?: number;
  /** Above this many UTF-16 units of window, analyse the whole text instead. Default 1/4 of it, at least 20,000. */
  maxWindow?: number;
}

const MAX_ROUNDS = 8;

/**
 * The analysis of `nextText`, reusing `previous` (the analysis of `previousText`) outside the
 * paragraphs that changed. Both texts are raw (a BOM is removed as `analyze` removes it).
 */
export function reanalyze(previousText: string, previous: AnalysisResult, nextText: string, options: SpliceOptions = {}): Splice {
  const before = stripBom(previousText);
  const text = stripBom(nextText);
  // A BOM added or removed moves every offset: nothing to reuse.
  if (before.length - previousText.length !== text.length - nextText.length) return whole(text, options);
  return reanalyzeChange(previous, text, { ...changedRange(before, text), previousLength: before.length }, options);
}

/** Where two texts differ: the first `prefix` and the last `suffix` units are the same in both. */
export interface KnownChange {
  prefix: number;
  suffix: number;
  previousLength: number;
}

/**
 * `reanalyze` when the caller knows what changed (an editor does, edit by edit), on a text read
 * piece by piece: only the paragraphs around the change are read, never the whole text as one
 * string. `text` has no BOM, and neither had the previous text.
 */
export function reanalyzeChange(previous: AnalysisResult, text: TextSource, change: KnownChange, options: SpliceOptions = {}): Splice {
  const delta = text.length - change.previousLength;
  const { prefix, suffix } = change;
  const maxWindow = options.maxWindow ?? Math.max(20000, text.length >> 2);
  const context = options.context ?? 2;

  // The core, in the new text's offsets: whole lines around the change, and the paragraph after
  // it (its quotations take their candidate speakers from the paragraph before).
  let core = { start: lineStart(text, prefix), end: linesForward(text, lineEnd(text, text.length - suffix), 1) };
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const window = { start: linesBack(text, core.start, context), end: linesForward(text, core.end, context) };
    if (window.end - window.start > maxWindow) return whole(text, options);
    const fresh = analyze(text.slice(window.start, window.end), options);
    // Previous results in the new text's offsets: unchanged before the core, moved after it.
    const oldCore = { start: core.start, end: core.end - delta };
    const grown = { ...core };
    const widen = (s: Span): void => {
      grown.start = Math.min(grown.start, s.start);
      grown.end = Math.max(grown.end, s.end);
    };
    forEachExtent(previous, (start, end) => {
      if (crosses(start, end, oldCore)) widen({ start: start < oldCore.start ? start : start + delta, end: end <= oldCore.start ? end : end + delta });
    });
    forEachExtent(fresh, (start, end) => {
      if (crosses(start + window.start, end + window.start, core)) widen({ start: start + window.start, end: end + window.start });
    });
    if (grown.start === core.start && grown.end === core.end) {
      return { result: splice(previous, fresh, core, delta, window.start), exact: false, core, window };
    }
    core = { start: lineStart(text, grown.start), end: lineEnd(text, grown.end) };
  }
  return whole(text, options);
}

function whole(text: TextSource, options: AnalyzeOptions): Splice {
  const span = { start: 0, end: text.length };
  return { result: analyze(text.toString(), options), exact: true, core: span, window: { ...span } };
}

/** Length of the common prefix and of the common suffix (not overlapping it). */
export function changedRange(a: string, b: string): { prefix: number; suffix: number } {
  const n = Math.min(a.length, b.length);
  // Whole blocks first (string equality compares them at memory speed), then code unit by unit.
  let prefix = 0;
  while (prefix + BLOCK <= n && a.substring(prefix, prefix + BLOCK) === b.substring(prefix, prefix + BLOCK)) prefix += BLOCK;
  while (prefix < n && a.charCodeAt(prefix) === b.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  const room = n - prefix;
  while (suffix + BLOCK <= room && a.substring(a.length - suffix - BLOCK, a.length - suffix) === b.substring(b.length - suffix - BLOCK, b.length - suffix)) suffix += BLOCK;
  while (suffix < room && a.charCodeAt(a.length - 1 - suffix) === b.charCodeAt(b.length - 1 - suffix)) suffix++;
  return { prefix, suffix };
}

const BLOCK = 2048;

const isBreak = (c: number): boolean => c === 0x0a || c === 0x0d;

function lineStart(text: TextSource, at: number): number {
  let i = Math.min(at, text.length);
  while (i > 0 && !isBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

function lineEnd(text: TextSource, at: number): number {
  let i = Math.max(0, at);
  while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
  return i;
}

/** The start of the `n`th non-blank line before `at` (a line start). */
function linesBack(text: TextSource, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n && i > 0; ) {
    i = lineStart(text, i - 1);
    if (!blank(text, i)) k++;
  }
  // Blank lines just before are part of the context, so the window starts on a line start.
  return i;
}

function linesForward(text: TextSource, at: number, n: number): number {
  let i = at;
  for (let k = 0; k < n && i < text.length; ) {
    let next = i;
    while (next < text.length && isBreak(text.charCodeAt(next))) next++;
    const end = lineEnd(text, next);
    if (!blank(text, next)) k++;
    i = end;
  }
  return i;
}

function blank(text: TextSource, lineAt: number): boolean {
  for (let i = lineAt; i < text.length && !isBreak(text.charCodeAt(i)); i++) if (text.charCodeAt(i) > 0x20) return false;
  return true;
}

/** [start, end) has text on both sides of a boundary of `core`, or covers it whole. */
function crosses(start: number, end: number, core: Span): boolean {
  return (start < core.start && end > core.start) || (start < core.end && end > core.end);
}

/**
 * Every item's extent: its own span joined with every span it points at (the attribution's cue
 * and speaker mention, the source it rests on, the quotations resting on a source, a fix's
 * insertion point). A splice must keep each extent whole on one side. (No allocation: a 1 MB
 * article has thousands of items, visited on every edit.)
 */
function forEachExtent(r: AnalysisResult, visit: (start: number, end: number) => void): void {
  for (const q of r.quotes) {
    let start = q.start;
    let end = q.end;
    const a = q.attribution;
    if (a?.cue) (start = Math.min(start, a.cue.start)), (end = Math.max(end, a.cue.end));
    // An echo repeats a quotation anywhere in the document: a whole-document link the exact pass
    // redoes, or every headline would tie the splice to the end of the article.
    if (a?.mention && a.method !== 'echo') (start = Math.min(start, a.mention.start)), (end = Math.max(end, a.mention.end));
    const s = q.source === null ? undefined : r.sources[q.source];
    if (s) (start = Math.min(start, s.start)), (end = Math.max(end, s.end));
    visit(start, end);
  }
  for (const c of r.claims) {
    let start = c.start;
    let end = c.end;
    if (c.cue) (start = Math.min(start, c.cue.start)), (end = Math.max(end, c.cue.end));
    const s = c.source === null ? undefined : r.sources[c.source];
    if (s) (start = Math.min(start, s.start)), (end = Math.max(end, s.end));
    visit(start, end);
  }
  for (const d of r.diagnostics) {
    let start = d.start;
    let end = d.end;
    for (const rel of d.related ?? []) if (rel.file === undefined) (start = Math.min(start, rel.start)), (end = Math.max(end, rel.end));
    const at = d.data?.insertAt;
    if (typeof at === 'number') (start = Math.min(start, at)), (end = Math.max(end, at));
    visit(start, end);
  }
}

/** `previous` outside the core, `fresh` (analysed at offset `base`) inside it. */
function splice(previous: AnalysisResult, fresh: AnalysisResult, core: Span, delta: number, base: number): AnalysisResult {
  const oldCore = { start: core.start, end: core.end - delta };
  const inCore = (s: Span) => s.start + base >= core.start && s.end + base <= core.end;
  // Where a previous offset is now: unmoved before the core, moved by the edit after it. (Only an
  // echo's mention can point into the old core; it keeps its offset until the exact pass.)
  const at = (n: number) => (n >= oldCore.end ? n + delta : n);
  const fromFresh = (n: number) => n + base;

  // The arrays are sorted by start: the previous items before the core are a prefix, those after
  // it a suffix; an item overlapping the core is in neither (the fresh analysis has it).
  const part = <T extends Span>(old: T[], neu: T[]) => {
    // Ending by the core's start and starting before it: the shorter of the two prefixes.
    const head = old.slice(0, Math.min(countEndingBy(old, oldCore.start), countStartingBefore(old, oldCore.start)));
    const tail = old.slice(countStartingBefore(old, oldCore.end));
    return { head, tail, mid: neu.filter(inCore) };
  };
  const paragraphs = part(previous.paragraphs, fresh.paragraphs);
  const sentences = part(previous.sentences, fresh.sentences);
  const sources = part(previous.sources, fresh.sources);
  const entities = part(previous.entities, fresh.entities);
  const claims = part(previous.claims, fresh.claims);
  const diagnostics = part(previous.diagnostics, fresh.diagnostics);
  // Quotations nest, so an early one may end after a later one starts: filter, not slice.
  const quotes = {
    head: previous.quotes.filter((q) => q.end <= oldCore.start && q.start < oldCore.start),
    tail: previous.quotes.filter((q) => q.start >= oldCore.end),
    mid: fresh.quotes.filter(inCore),
  };

  const oldSource = indexMap(previous.sources, sources.head, sources.tail, 0, sources.mid.length);
  const newSource = indexMap(fresh.sources, [], sources.mid, sources.head.length, 0);
  const oldParagraph = indexMap(previous.paragraphs, paragraphs.head, paragraphs.tail, 0, paragraphs.mid.length);
  const newParagraph = indexMap(fresh.paragraphs, [], paragraphs.mid, paragraphs.head.length, 0);

  const ids = documentIds(previous, entities.mid);
  const id = (local: string | null): string | null => (local === null ? null : ids.get(local) ?? local);
  const same = (x: string | null) => x;
  // One mover per large array, each seeing one shape: a 1 MB article moves some 50,000 objects per edit.
  const moveEntity = (m: EntityMention, d: number): EntityMention => {
    // Written out, in the detector's key order: a spread copy is several times slower here.
    const moved: EntityMention = { start: m.start + d, end: m.end + d, text: m.text, type: m.type, id: m.id, confidence: m.confidence, evidence: m.evidence };
    if (m.role !== undefined) moved.role = m.role;
    return moved;
  };
  const moveSentence = (s: Sentence, d: number, paragraph: number): Sentence => ({ start: s.start + d, end: s.end + d, paragraph });
  const moveParagraph = (p: Span, d: number): Span => ({ start: p.start + d, end: p.end + d });

  const result: AnalysisResult = {
    entities: entities.head.concat(
      entities.mid.map((m) => ({ ...moveEntity(m, base), id: id(m.id)! })),
      entities.tail.map((m) => moveEntity(m, delta)),
    ),
    quotes: [
      // A quotation before the core is reused as it is unless its echo points past the core.
      ...quotes.head.map((q) => ((q.attribution?.mention?.end ?? 0) > oldCore.start ? moveQuote(q, at, (i) => i, same) : q)),
      ...quotes.mid.map((q) => moveQuote(q, fromFresh, newSource, id)),
      ...quotes.tail.map((q) => moveQuote(q, at, oldSource, same)),
    ],
    sources: [
      ...sources.head,
      ...sources.mid.map((s): Source => ({ ...moveSpan(s, fromFresh), ...(s.entity != null ? { entity: id(s.entity) } : {}) })),
      ...sources.tail.map((s) => moveSpan(s, at)),
    ],
    claims: [
      ...claims.head,
      ...claims.mid.map((c) => moveClaim(c, fromFresh, newSource, id)),
      ...claims.tail.map((c) => moveClaim(c, at, oldSource, same)),
    ],
    diagnostics: [
      ...diagnostics.head,
      ...diagnostics.mid.map((d) => moveDiagnostic(d, fromFresh, newSource, id)),
      ...diagnostics.tail.map((d) => moveDiagnostic(d, at, oldSource, same)),
    ],
    sentences: sentences.head.concat(
      sentences.mid.map((s) => moveSentence(s, base, newParagraph(s.paragraph))),
      sentences.tail.map((s) => moveSentence(s, delta, oldParagraph(s.paragraph))),
    ),
    paragraphs: paragraphs.head.concat(paragraphs.mid.map((p) => moveParagraph(p, base)), paragraphs.tail.map((p) => moveParagraph(p, delta))),
  };
  extendSpellings(previous, result, result.entities.slice(entities.head.length, entities.head.length + entities.mid.length));
  return result;
}

/**
 * Index of an item of `all` in the spliced array, where `head` is a prefix of `all` and `tail` a
 * run of it (a suffix of the previous array, or the core's part of the fresh one): the head keeps
 * its place, the tail follows the `gap` items put in between. Items dropped map to -1 (nothing
 * refers to them: their referrers were dropped with them, the extents guarantee it).
 */
function indexMap<T>(all: T[], head: T[], tail: T[], offset: number, gap: number): (i: number) => number {
  const tailStart = tail.length === 0 ? all.length : all.indexOf(tail[0]);
  return (i) => (i < head.length ? offset + i : i >= tailStart && i < tailStart + tail.length ? offset + head.length + gap + (i - tailStart) : -1);
}

function moveSpan<T extends Span>(s: T, f: (n: number) => number): T {
  return { ...s, start: f(s.start), end: f(s.end) };
}

type Ids = (x: string | null) => string | null;

function moveQuote(q: Quote, f: (n: number) => number, source: (i: number) => number, id: Ids): Quote {
  const a = q.attribution;
  return {
    start: f(q.start),
    end: f(q.end),
    text: q.text,
    kind: q.kind,
    speaker: id(q.speaker),
    confidence: q.confidence,
    attribution: a && { ...a, ...(a.cue ? { cue: moveSpan(a.cue, f) } : {}), ...(a.mention ? { mention: moveSpan(a.mention, f) } : {}) },
    source: q.source === null ? null : source(q.source),
    inner: { start: f(q.inner.start), end: f(q.inner.end) },
    balanced: q.balanced,
  };
}

function moveClaim(c: Claim, f: (n: number) => number, source: (i: number) => number, id: Ids): Claim {
  // Written out in the detector's key order: spreads of a thousand claims per edit cost milliseconds.
  const moved: Claim = { start: f(c.start), end: f(c.end), kind: c.kind, speaker: id(c.speaker), source: c.source === null ? null : source(c.source) };
  if (c.cue) moved.cue = { start: f(c.cue.start), end: f(c.cue.end), text: c.cue.text };
  return moved;
}

function moveDiagnostic(x: Diagnostic, f: (n: number) => number, source: (i: number) => number, id: Ids): Diagnostic {
  const out: Diagnostic = moveSpan(x, f);
  if (x.related) out.related = x.related.map((r) => (r.file === undefined ? moveSpan(r, f) : r));
  if (x.data) {
    const data: Record<string, unknown> = { ...x.data };
    if (typeof data.insertAt === 'number') data.insertAt = f(data.insertAt);
    if (typeof data.source === 'number') data.source = source(data.source);
    if (Array.isArray(data.candidates)) data.candidates = data.candidates.map((c: { id: string }) => ({ ...c, id: id(c.id) }));
    out.data = data;
  }
  return out;
}

/**
 * The previous result's document-level id for each id of the re-analysed part: the window alone
 * may not see the full name ("Poutine" there, "Vladimir Poutine" in the document), so an id
 * takes the document's id of the longest of its spellings the previous result knew.
 */
function documentIds(previous: AnalysisResult, fresh: EntityMention[]): Map<string, string> {
  const known = spellingIds(previous);
  const best = new Map<string, { id: string; length: number }>();
  for (const m of fresh) {
    const id = known.get(`${m.type}|${m.text}`);
    if (id === undefined) continue;
    const b = best.get(m.id);
    if (!b || m.text.length > b.length) best.set(m.id, { id, length: m.text.length });
  }
  const out = new Map<string, string>();
  for (const [local, { id }] of best) out.set(local, id);
  return out;
}

/** Spelling ("PER|Poutine") → document-level id, per result; a splice's table extends its previous one. */
const SPELLINGS = new WeakMap<AnalysisResult, Map<string, string>>();

function spellingIds(r: AnalysisResult): Map<string, string> {
  let table = SPELLINGS.get(r);
  if (!table) {
    table = new Map();
    for (const m of r.entities) {
      const key = `${m.type}|${m.text}`;
      if (!table.has(key)) table.set(key, m.id);
    }
    SPELLINGS.set(r, table);
  }
  return table;
}

/**
 * The spliced result's table: the previous one, plus the spellings the core brought. (A spelling
 * the edit removed stays known: ids here are a quick answer until the exact analysis.)
 */
function extendSpellings(previous: AnalysisResult, next: AnalysisResult, core: EntityMention[]): void {
  const table = new Map(spellingIds(previous));
  for (const m of core) {
    const key = `${m.type}|${m.text}`;
    if (!table.has(key)) table.set(key, m.id);
  }
  SPELLINGS.set(next, table);
}
