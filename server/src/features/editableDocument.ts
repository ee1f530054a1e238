// An open document as the server keeps it: vscode-languageserver-textdocument's behaviour (same
// positions, same line table kept edit by edit), but the text is a PieceText, so a keystroke in a
// 1 MB article rebuilds one 16 KB piece instead of the whole string. It also remembers which part
// of the text changed since the index last took it, so the splice need not compare two 1 MB
// strings to find the edit. The whole string is joined only when something asks for all of it.
import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { PieceText, lastAtMost, lineBreakEnds } from '../analysis';

/** What changed since a version: the text before `prefix` and the last `suffix` units are as they were. */
export interface TextChange {
  prefix: number;
  suffix: number;
  /** Length of the text at that version. */
  previousLength: number;
}

const CR = 0x0d;
const LF = 0x0a;
const isEol = (c: number): boolean => c === CR || c === LF;

export class EditableDocument implements TextDocument {
  private content: PieceText;
  private lineOffsets: number[] | undefined;
  /** Version the change below is counted from, and the changes since it. */
  private base: number;
  private prefix = Infinity;
  private suffix = Infinity;
  private baseLength: number;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    public version: number,
    text: string,
  ) {
    this.content = PieceText.from(text);
    this.base = version;
    this.baseLength = text.length;
  }

  /** For `new TextDocuments(EditableDocument)`: the configuration the documents manager takes. */
  static create(uri: string, languageId: string, version: number, content: string): EditableDocument {
    return new EditableDocument(uri, languageId, version, content);
  }

  static update(document: EditableDocument, changes: TextDocumentContentChangeEvent[], version: number): EditableDocument {
    document.update(changes, version);
    return document;
  }

  get length(): number {
    return this.content.length;
  }

  /** The text as an immutable snapshot: reading it never joins the whole string. */
  get text(): PieceText {
    return this.content;
  }

  getText(range?: Range): string {
    if (range) return this.content.slice(this.offsetAt(range.start), this.offsetAt(range.end));
    return this.content.toString();
  }

  get lineCount(): number {
    return this.lines().length;
  }

  update(changes: TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) {
        let { start, end } = change.range;
        if (start.line > end.line || (start.line === end.line && start.character > end.character)) [start, end] = [end, start];
        const startOffset = this.offsetAt(start);
        const endOffset = this.offsetAt(end);
        this.changed(startOffset, endOffset);
        const lines = this.lineOffsets;
        this.content = this.content.replace(startOffset, endOffset, change.text);
        const insertedEnd = startOffset + change.text.length;
        const c = this.content;
        // A CRLF pair across an edit boundary is not in the inserted text's line offsets.
        const crlfAtStart = c.charCodeAt(startOffset - 1) === CR && c.charCodeAt(startOffset) === LF;
        const crlfAtEnd = c.charCodeAt(insertedEnd - 1) === CR && c.charCodeAt(insertedEnd) === LF;
        if (crlfAtStart || crlfAtEnd || !lines) {
          this.lineOffsets = undefined;
          continue;
        }
        const startLine = Math.max(start.line, 0);
        const endLine = Math.max(end.line, 0);
        const added = lineBreakEnds(change.text, startOffset, []);
        if (endLine - startLine === added.length) {
          for (let i = 0; i < added.length; i++) lines[i + startLine + 1] = added[i];
        } else if (added.length < 10_000) {
          lines.splice(startLine + 1, endLine - startLine, ...added);
        } else {
          this.lineOffsets = [...lines.slice(0, startLine + 1), ...added, ...lines.slice(endLine + 1)];
        }
        const diff = change.text.length - (endOffset - startOffset);
        const table = this.lineOffsets!;
        if (diff !== 0) for (let i = startLine + 1 + added.length; i < table.length; i++) table[i] += diff;
      } else {
        this.changed(0, this.content.length);
        this.content = PieceText.from(change.text);
        this.lineOffsets = undefined;
      }
    }
    this.version = version;
  }

  /**
   * What changed since `version`, if that is the version the count started from; the count then
   * starts again from the current version. Undefined when unknown (the caller compares texts).
   */
  takeChange(version: number | undefined): TextChange | undefined {
    const known = version === this.base;
    const length = this.content.length;
    const prefix = Math.min(this.prefix, length, this.baseLength);
    const change = { prefix, suffix: Math.min(this.suffix, length - prefix, this.baseLength - prefix), previousLength: this.baseLength };
    this.base = this.version;
    this.baseLength = length;
    this.prefix = this.suffix = Infinity;
    return known ? change : undefined;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.content.length), 0);
    const lines = this.lines();
    const line = lastAtMost(lines, offset);
    return { line, character: this.beforeEol(offset, lines[line]) - lines[line] };
  }

  offsetAt(position: Position): number {
    const lines = this.lines();
    if (position.line >= lines.length) return this.content.length;
    if (position.line < 0) return 0;
    const lineOffset = lines[position.line];
    if (position.character <= 0) return lineOffset;
    const next = position.line + 1 < lines.length ? lines[position.line + 1] : this.content.length;
    return this.beforeEol(Math.min(lineOffset + position.character, next), lineOffset);
  }

  getLineRange(line: number): Range {
    const lines = this.lines();
    if (line >= lines.length) {
      const last = lines.length - 1;
      return { start: { line: last, character: 0 }, end: { line: last, character: this.content.length - lines[last] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const next = line + 1 < lines.length ? lines[line + 1] : this.content.length;
    return { start: { line, character: 0 }, end: { line, character: this.beforeEol(next, lines[line]) - lines[line] } };
  }

  getEOLCharacters(line: number): string {
    const lines = this.lines();
    if (line < 0 || line >= lines.length) return '';
    const next = line + 1 < lines.length ? lines[line + 1] : this.content.length;
    return this.content.slice(this.beforeEol(next, lines[line]), next);
  }

  /** Records an edit of [start, end) of the current text in the change counted since `base`. */
  private changed(start: number, end: number): void {
    this.prefix = Math.min(this.prefix, start);
    this.suffix = Math.min(this.suffix, this.content.length - end);
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.content.charCodeAt(offset - 1))) offset--;
    return offset;
  }

  private lines(): number[] {
    return (this.lineOffsets ??= lineBreakEnds(this.content.toString(), 0, [0]));
  }
}
