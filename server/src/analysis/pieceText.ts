// A long text kept as pieces of about 16 KB, for a large document edited keystroke by keystroke.
// Editing one string of a 1 MB article makes a new 1 MB string, whose first read copies 2 MB into
// fresh memory (8-15 ms on the CI machines, where fresh memory costs about 4 ms per MB); an edit
// here rebuilds one piece. A PieceText never changes: `replace` returns a new one that shares
// the untouched pieces, so the index can hold the text it analysed while the editor moves on.
// The whole string is joined only when asked for (`toString`), once per PieceText.
import { lastAtMost } from './spans';

/** Read access to a text: a string is one, and so is a PieceText. */
export interface TextSource {
  readonly length: number;
  charCodeAt(index: number): number;
  slice(start: number, end: number): string;
}

const PIECE = 16_384;

export class PieceText implements TextSource {
  readonly length: number;
  private flat: string | undefined;
  /** Index of the piece the last read fell in: reads cluster around an edit. */
  private last = 0;

  private constructor(
    private readonly pieces: readonly string[],
    /** Offset of each piece's first unit. */
    private readonly starts: readonly number[],
  ) {
    this.length = pieces.length === 0 ? 0 : starts[starts.length - 1] + pieces[pieces.length - 1].length;
  }

  static from(text: string): PieceText {
    const pieces = cut(text);
    const p = new PieceText(pieces, startsOf(pieces, [], 0));
    p.flat = text;
    return p;
  }

  /** The text with [start, end) replaced by `text` (both clamped to the text). */
  replace(start: number, end: number, text: string): PieceText {
    start = clamp(start, 0, this.length);
    end = clamp(end, start, this.length);
    if (this.pieces.length === 0) return PieceText.from(text);
    const first = this.pieceAt(start);
    // An end on a piece boundary belongs to the piece before it, so an insertion touches one piece.
    const lastPiece = end > this.starts[first] && end > 0 ? this.pieceAt(end - 1) : first;
    const head = this.pieces[first].slice(0, start - this.starts[first]);
    const tail = this.pieces[lastPiece].slice(end - this.starts[lastPiece]);
    const joined = head + text + tail;
    const middle = joined.length > 2 * PIECE ? cut(joined) : joined.length > 0 ? [joined] : [];
    const pieces = [...this.pieces.slice(0, first), ...middle, ...this.pieces.slice(lastPiece + 1)];
    return new PieceText(pieces, startsOf(pieces, this.starts, first));
  }

  charCodeAt(index: number): number {
    if (index < 0 || index >= this.length) return NaN;
    const k = this.pieceAt(index);
    return this.pieces[k].charCodeAt(index - this.starts[k]);
  }

  slice(start: number, end: number): string {
    start = clamp(start, 0, this.length);
    end = clamp(end, start, this.length);
    if (this.flat !== undefined) return this.flat.slice(start, end);
    if (start === end) return '';
    const a = this.pieceAt(start);
    const b = this.pieceAt(end - 1);
    if (a === b) return this.pieces[a].slice(start - this.starts[a], end - this.starts[a]);
    const parts = [this.pieces[a].slice(start - this.starts[a])];
    for (let k = a + 1; k < b; k++) parts.push(this.pieces[k]);
    parts.push(this.pieces[b].slice(0, end - this.starts[b]));
    return parts.join('');
  }

  /** The whole text as one string, joined on first request. */
  toString(): string {
    return (this.flat ??= this.pieces.join(''));
  }

  /** The piece holding `index` (0 <= index < length). */
  private pieceAt(index: number): number {
    const { starts, pieces } = this;
    const k = this.last;
    if (k < starts.length && starts[k] <= index && index < starts[k] + pieces[k].length) return k;
    return (this.last = lastAtMost(starts, index));
  }
}

/** Pieces of about PIECE units, cut after a line break when one is near (never inside a surrogate pair). */
function cut(text: string): string[] {
  const pieces: string[] = [];
  let at = 0;
  while (text.length - at > PIECE * 1.5) {
    let end = text.indexOf('\n', at + PIECE);
    if (end < 0 || end > at + 2 * PIECE) {
      end = at + PIECE;
      const c = text.charCodeAt(end - 1);
      if (c >= 0xd800 && c <= 0xdbff) end++;
    } else end++;
    pieces.push(text.slice(at, end));
    at = end;
  }
  if (at < text.length) pieces.push(text.slice(at));
  return pieces;
}

/** Piece offsets, reusing `old` before piece `from` (unchanged there). */
function startsOf(pieces: readonly string[], old: readonly number[], from: number): number[] {
  const starts = old.slice(0, from);
  let offset = from === 0 ? 0 : old[from - 1] + pieces[from - 1].length;
  for (let k = from; k < pieces.length; k++) {
    starts.push(offset);
    offset += pieces[k].length;
  }
  return starts;
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}
