// Offset ↔ line/column conversion, in one tested place. The analysis speaks in UTF-16 offsets;
// the language server needs LSP positions (0-based line, UTF-16 character) and the CLI prints
// 1-based line and column as a terminal user counts them (one column per Unicode code point).
// Lines end at "\n", "\r\n" or a lone "\r", as editors count them. A line index is built once per
// text (one linear pass) and every lookup is a binary search, so reporting thousands of
// diagnostics on a large file stays cheap.

import { lastAtMost } from './spans';

/**
 * Appends to `out` the offset just after each line break of `text` ("\n", "\r\n" or a lone
 * "\r"), moved by `offset` (where `text` sits in a larger text), and returns `out`.
 */
export function lineBreakEnds(text: string, offset: number, out: number[]): number[] {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      out.push(offset + i + 1);
    } else if (c === 10 /* \n */) {
      out.push(offset + i + 1);
    }
  }
  return out;
}

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 code unit offset within the line (the LSP default encoding). */
  character: number;
}

export class LineIndex {
  /** Offset at which each line starts; lineStarts[0] is always 0. */
  readonly lineStarts: number[];
  /** Whether the text holds any surrogate pair: when not, code point columns are offsets. */
  private readonly astral: boolean;

  constructor(readonly text: string) {
    this.lineStarts = lineBreakEnds(text, 0, [0]);
    this.astral = /[\ud800-\udfff]/.test(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /**
   * Clamps an offset into the text and off the inside of a line break or a surrogate pair, so
   * that no position ever splits a character: the result always starts a character.
   */
  clamp(offset: number): number {
    const text = this.text;
    let o = Number.isFinite(offset) ? Math.trunc(offset) : 0;
    if (o < 0) o = 0;
    if (o > text.length) o = text.length;
    if (o > 0 && o < text.length) {
      const prev = text.charCodeAt(o - 1);
      const cur = text.charCodeAt(o);
      if (prev >= 0xd800 && prev <= 0xdbff && cur >= 0xdc00 && cur <= 0xdfff) o--;
      else if (prev === 13 && cur === 10) o--;
    }
    return o;
  }

  /** 0-based line holding the offset. */
  lineOf(offset: number): number {
    return lastAtMost(this.lineStarts, this.clamp(offset));
  }

  /** Offset where `line` ends, before its line break. */
  lineEnd(line: number): number {
    const starts = this.lineStarts;
    if (line >= starts.length - 1) return this.text.length;
    let end = starts[line + 1];
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** The text of a line without its line break. */
  lineText(line: number): string {
    if (line < 0 || line >= this.lineStarts.length) return '';
    return this.text.slice(this.lineStarts[line], this.lineEnd(line));
  }

  /** LSP position (UTF-16 character) of an offset. */
  position(offset: number): Position {
    const o = this.clamp(offset);
    const line = this.lineOf(o);
    return { line, character: o - this.lineStarts[line] };
  }

  /** Offset of an LSP position; a character past the end of the line lands at the line end. */
  offset(position: Position): number {
    const starts = this.lineStarts;
    if (position.line < 0) return 0;
    if (position.line >= starts.length) return this.text.length;
    const start = starts[position.line];
    const end = this.lineEnd(position.line);
    return this.clamp(Math.min(start + Math.max(0, position.character), end));
  }

  /**
   * 1-based line and column for people: the column counts Unicode code points, so an emoji or
   * a rare CJK character written as a surrogate pair is one column, like a terminal shows it.
   */
  humanPosition(offset: number): { line: number; column: number } {
    const o = this.clamp(offset);
    const line = this.lineOf(o);
    if (!this.astral) return { line: line + 1, column: o - this.lineStarts[line] + 1 };
    let column = 1;
    for (let i = this.lineStarts[line]; i < o; i++) {
      const c = this.text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        const next = this.text.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff && i + 1 < o) i++;
      }
      column++;
    }
    return { line: line + 1, column };
  }
}

/** One-off conversion; build a LineIndex instead when converting many offsets of one text. */
export function offsetToPosition(text: string, offset: number): Position {
  return new LineIndex(text).position(offset);
}

export function positionToOffset(text: string, position: Position): number {
  return new LineIndex(text).offset(position);
}
