// What every feature reads: the corpus index, the current settings and, for any corpus file,
// a view that converts the core's UTF-16 offsets to LSP positions. Open documents are analysed
// lazily: an edit only marks the file stale, and the first request (or the debounced
// diagnostics) re-analyses it, so typing never waits for the analysis. A large document is
// re-analysed only around the edit (the core's `reanalyze`) and marked provisional; the server
// then has the whole text analysed off the main thread and installs that exact result.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Position, Range } from 'vscode-languageserver';
import { CorpusIndex, hasPlaceholder, reanalyze, reanalyzeChange, stripBom, type PieceText, type Splice, type TextSource, type AnalysisResult, type Diagnostic as CoreDiagnostic, type EntityMention, type Quote, type Span } from '../analysis';
import { isGapCode } from '../shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { canonicalUri } from './corpusFiles';
import { EditableDocument } from './editableDocument';

/** One corpus file as features see it: its analysis and offset ↔ position conversion. */
export interface FileView {
  /** Index key (canonical URI). */
  file: string;
  /** The URI to send to the client (its own spelling when the file is open). */
  uri: string;
  text: string;
  /** The analysis with corpus-level ids (computed on first read). */
  readonly result: AnalysisResult;
  /** The text as the client has it, for line and column arithmetic. */
  lines: TextDocument;
  /** 1 when the client's text starts with a BOM the analysis removed, else 0. */
  shift: number;
}

export interface OpenDocument {
  uri: string;
  version: number;
  getText(): string;
}

export class Session {
  index: CorpusIndex;
  settings: Settings = DEFAULT_SETTINGS;
  /** Open documents by index key; the server keeps this in step with the client. */
  readonly open = new Map<string, OpenDocument>();
  /** Version of each open document that the index holds. */
  private readonly indexedVersion = new Map<string, number>();
  /** Version of each open document whose text the index last took (stays when it goes stale). */
  private readonly takenVersion = new Map<string, number>();
  /** Line tables, kept per analysis (the index returns a fresh document record on every `get`). */
  private readonly views = new WeakMap<AnalysisResult, TextDocument>();
  /** Open documents whose indexed analysis is a splice around edits, awaiting the exact one. */
  readonly provisional = new Set<string>();
  /** Called when a file becomes provisional, whatever asked for the refresh (an edit, a request). */
  onProvisional?: (file: string) => void;

  constructor() {
    this.index = new CorpusIndex({ language: this.settings.language });
  }

  key(uri: string): string {
    return canonicalUri(uri);
  }

  /** Re-analyses every indexed text, e.g. after the message language changed. */
  rebuild(): void {
    const old = this.index;
    this.index = new CorpusIndex({ language: this.settings.language });
    this.provisional.clear(); // Every text is analysed whole below.
    for (const file of old.files()) {
      const doc = old.get(file);
      if (doc) this.index.update(file, doc.text);
    }
  }

  update(file: string, text: string): void {
    this.index.update(file, text);
    this.provisional.delete(file);
  }

  remove(file: string): void {
    this.index.remove(file);
    this.indexedVersion.delete(file);
    this.takenVersion.delete(file);
    this.provisional.delete(file);
  }

  /** Brings the index up to date with an open document; true if it re-analysed. */
  refresh(file: string): boolean {
    const open = this.open.get(file);
    if (!open || this.indexedVersion.get(file) === open.version) return false;
    const before = this.index.get(file);
    // An editable document knows what changed since the version the index holds, and its text is
    // read around the change only: a keystroke never joins a large text into one string.
    const editable = open instanceof EditableDocument ? open : undefined;
    const change = editable?.takeChange(this.takenVersion.get(file));
    this.takenVersion.set(file, open.version);
    if (editable && change && before && editable.length >= INCREMENTAL_FROM && editable.text.charCodeAt(0) !== 0xfeff && before.source.charCodeAt(0) !== 0xfeff) {
      if (change.prefix + change.suffix < Math.max(editable.length, change.previousLength)) {
        this.installSplice(file, editable.text, reanalyzeChange(before.local, editable.text, change, { language: this.settings.language }));
      }
    } else {
      const text = open.getText();
      // Both sides without a BOM: a BOM the client keeps must not look like an edit of every offset.
      const plain = stripBom(text);
      // Opened as it is on disk, or edited back: the index already holds this text's analysis.
      if (before?.text !== plain) {
        if (before && text.length >= INCREMENTAL_FROM) this.installSplice(file, text, reanalyze(before.text, before.local, plain, { language: this.settings.language }));
        else this.update(file, text);
      }
    }
    this.indexedVersion.set(file, open.version);
    return true;
  }

  private installSplice(file: string, text: string | PieceText, splice: Splice): void {
    this.index.updateAnalysed(file, text, splice.result);
    if (splice.exact) this.provisional.delete(file);
    else {
      this.provisional.add(file);
      this.onProvisional?.(file);
    }
  }

  /**
   * Installs the exact analysis of an open document, made elsewhere (a worker) from the text of
   * `version`. Refused (false) if the document has changed since: the next splice starts from
   * whatever the index holds, and the caller asks again.
   */
  settle(file: string, version: number, text: string, result: AnalysisResult): boolean {
    const open = this.open.get(file);
    if (!open || open.version !== version || this.indexedVersion.get(file) !== version) return false;
    this.index.updateAnalysed(file, text, result);
    this.provisional.delete(file);
    return true;
  }

  /** The version of an open document the index holds, if it is current. */
  indexedVersionOf(file: string): number | undefined {
    return this.indexedVersion.get(file);
  }

  /** Marks an open document's index entry stale (called on every change). */
  stale(file: string): void {
    this.indexedVersion.delete(file);
  }

  /** Re-analyses every stale open document. */
  refreshAll(): string[] {
    return [...this.open.keys()].filter((file) => this.refresh(file));
  }

  view(uriOrFile: string): FileView | undefined {
    const file = this.key(uriOrFile);
    this.refresh(file);
    const doc = this.index.get(file);
    if (!doc) return undefined;
    // Editors drop a file's BOM, so disk text is converted without it; an open document that
    // still has one (some clients send it) is converted with it, every offset moved by one.
    const open = this.open.get(file);
    const shift = open && (open instanceof EditableDocument ? open.text : open.getText()).charCodeAt(0) === 0xfeff ? 1 : 0;
    let lines = this.views.get(doc.local);
    if (!lines && open && isTextDocument(open) && open.version === this.indexedVersion.get(file)) {
      // The client's document is the indexed text: its line table, kept current edit by edit, serves.
      lines = open;
    } else if (!lines || lines.getText().length !== doc.text.length + shift) {
      this.views.set(doc.local, (lines = TextDocument.create(file, 'news-article', 0, shift ? `\ufeff${doc.text}` : doc.text)));
    }
    const index = this.index;
    let result: AnalysisResult | undefined;
    return {
      file,
      uri: open?.uri ?? file,
      // Joined into one string (a large open document's PieceText) only by the features that read it.
      get text(): string {
        return doc.text;
      },
      // Copying a large result with corpus ids costs milliseconds: only the features that read it pay.
      get result(): AnalysisResult {
        return (result ??= index.result(file) ?? doc.local);
      },
      lines,
      shift,
    };
  }

  /**
   * The file's diagnostics the reader should see: codes not switched off, and gaps not already
   * marked with a placeholder by the quick fix.
   */
  diagnostics(file: string): CoreDiagnostic[] {
    const text = this.index.get(file)?.source ?? '';
    return this.index.diagnostics(file).filter((d) => this.settings.diagnostics[d.code] !== 'off' && !(isGapCode(d.code) && hasPlaceholder(text, placeholderOffset(text, d))));
  }

  /** Every indexed file, open or not, in a stable order. */
  files(): string[] {
    return this.index.files().sort();
  }
}

/**
 * From this size (UTF-16 units) an edit re-analyses only the paragraphs around it: below it the
 * whole analysis takes a few milliseconds and is exact at once.
 */
export const INCREMENTAL_FROM = 50_000;

function isTextDocument(doc: OpenDocument): doc is OpenDocument & TextDocument {
  return typeof (doc as Partial<TextDocument>).positionAt === 'function' && typeof (doc as Partial<TextDocument>).offsetAt === 'function';
}

export function toPosition(view: FileView, offset: number): Position {
  return view.lines.positionAt(offset + view.shift);
}

export function toRange(view: FileView, span: Span): Range {
  return { start: toPosition(view, span.start), end: toPosition(view, span.end) };
}

export function toLocation(view: FileView, span: Span): Location {
  return { uri: view.uri, range: toRange(view, span) };
}

export function toOffset(view: FileView, position: Position): number {
  return Math.max(0, view.lines.offsetAt(position) - view.shift);
}

/** The entity mention under the cursor; a cursor just after the last letter still counts. */
export function mentionAt(view: FileView, offset: number): EntityMention | undefined {
  return view.result.entities.find((m) => m.start <= offset && offset < m.end) ?? view.result.entities.find((m) => m.end === offset);
}

/** The innermost quotation holding the cursor. */
export function quoteAt(view: FileView, offset: number): Quote | undefined {
  let best: Quote | undefined;
  for (const q of view.result.quotes) if (q.start <= offset && offset < q.end && (!best || q.end - q.start < best.end - best.start)) best = q;
  return best;
}

/**
 * Where the quick fix puts the core's SOURCE_PLACEHOLDER for this gap: the core's insertion
 * point, before a closing sentence stop. The core looks for the placeholder at the gap's end
 * only, which misses it before the stop of a quotation left open to the end of its paragraph,
 * so `Session.diagnostics` also asks the core's `hasPlaceholder` at this offset.
 */
export function placeholderOffset(text: TextSource, d: CoreDiagnostic): number {
  let at = typeof d.data?.insertAt === 'number' ? d.data.insertAt : d.end;
  while (at > d.start && /[\s.!?…]/.test(text.slice(at - 1, at))) at--;
  return at;
}
