// Quotations: every span delimited by « », “ ” or straight " ", marks included, found in one
// left-to-right pass over each paragraph with a small stack for nested marks. Only outermost
// quotes become Quote objects; nested « », “ ”, " " and ‘ ’ stay inside them (‘ ’ are never
// tracked at all, because ’ is also the French apostrophe).
//
// Choices, because news text is messy:
// - A « followed only by punctuation or the end of the paragraph, while a quote is open, is a
//   closing mark typed the wrong way round (« …les autres.« . »).
// - A quote left open at the end of a paragraph continues when the next paragraph starts with
//   the same opening mark: that is the French (and English) convention for a quotation running
//   over several paragraphs. We return ONE quote spanning all its paragraphs (its text then holds
//   the line breaks and the reopening marks), because the attribution usually sits at one end of
//   the whole quotation, and the reader thinks of it as one quotation.
// - Otherwise an unclosed quote ends at its paragraph end with `balanced: false`, and its opening
//   mark is reported in `unbalanced`. A closing mark with nothing open is reported too, and opens
//   a quote back to the start of the paragraph (or the end of the previous quote in it), since a
//   forgotten opening mark is the likeliest cause.
// - `inner` is the text between the marks without the (often non-breaking or narrow) spaces
//   that French typography puts inside « ».
import type { Quote, Span } from './types';
import type { DocContext } from './context';
import { isSpace as isSpaceChar } from './text';
import { classifyQuotes } from './quoteKinds';

export interface QuoteScan {
  quotes: Quote[];
  /** Marks with no partner, for the unbalanced-quote diagnostic. */
  unbalanced: Span[];
}

/** Opening mark → its closing mark. */
const PAIRS: Record<string, string> = { '«': '»', '“': '”', '"': '"' };
const CLOSING = new Set(['»', '”', '"']);
/** What may follow a « that is really a closing mark: punctuation, never text. */
const AFTER_CLOSE = '.,;:!?…)]—–';

interface Open {
  mark: string;
  at: number;
}

export function findQuotes(ctx: DocContext): QuoteScan {
  const { tokens, quoteMarks } = ctx.seg;
  const scan = scanQuotes(ctx.text, ctx.seg.paragraphs, quoteMarks?.map((k) => tokens[k].start));
  classifyQuotes(ctx, scan.quotes);
  return scan;
}

/**
 * The spans alone, without kinds: the part of findQuotes that needs no linguistics. `marks`,
 * the offsets of every « » “ ” " in text order (the tokenizer's), spares reading each character.
 */
export function scanQuotes(text: string, paragraphs: Span[], marks?: readonly number[]): QuoteScan {
  const quotes: Quote[] = [];
  const unbalanced: Span[] = [];
  let outer: Open | null = null;
  const nested: Open[] = [];

  const close = (end: number, innerEnd: number, balanced: boolean) => {
    quotes.push(makeQuote(text, outer!.at, end, outer!.at + 1, innerEnd, balanced));
    outer = null;
    nested.length = 0;
  };

  let m = 0;
  /** The first mark at or after `from` and before `end`, else `end`. */
  const nextMark = (from: number, end: number): number => {
    if (marks !== undefined) {
      while (m < marks.length && marks[m] < from) m++;
      return m < marks.length && marks[m] < end ? marks[m] : end;
    }
    for (let k = from; k < end; k++) {
      const code = text.charCodeAt(k);
      if (code === 0xab || code === 0xbb || code === 0x201c || code === 0x201d || code === 0x22) return k;
    }
    return end;
  };

  for (let p = 0; p < paragraphs.length; p++) {
    const para = paragraphs[p];
    let i = para.start;
    // A continued quote: the reopening mark at the start of this paragraph is consumed.
    if (outer !== null) i++;
    let lastEnd = para.start;
    for (i = nextMark(i, para.end); i < para.end; i = nextMark(i + 1, para.end)) {
      const ch = text[i];
      const o = outer as Open | null;
      if (o === null) {
        if (ch === '«' || ch === '“' || (ch === '"' && !looksClosing(text, i, para))) {
          outer = { mark: ch, at: i };
        } else if (ch === '”' && opensWord(text, i, para)) {
          // A right mark used as the opening one (”mot”): pair it with the next ”.
          outer = { mark: '“', at: i };
        } else {
          unbalanced.push({ start: i, end: i + 1 });
          const start = skipSpaces(text, lastEnd, i);
          if (start < i && /[\p{L}\p{N}]/u.test(text.slice(start, i))) quotes.push(makeQuote(text, start, i + 1, start, i, false));
          // Each stretch of text is looked at once, even in a run of stray marks.
          lastEnd = i + 1;
        }
        continue;
      }
      if (ch === '«' && closesHere(text, i, para)) {
        // The wrong-way closing mark: it closes the innermost open «, else the quote.
        if (popTo(nested, '«')) continue;
        close(i + 1, i, true);
        lastEnd = i + 1;
        continue;
      }
      if (ch === '"') {
        // Straight marks look the same both ways: close what a straight mark opened.
        if (popTo(nested, '"')) continue;
        if (o.mark === '"') {
          close(i + 1, i, true);
          lastEnd = i + 1;
          continue;
        }
      } else if (CLOSING.has(ch)) {
        if (popTo(nested, ch === '»' ? '«' : '“')) continue;
        // Closing the quote, also with a mismatched pair (« … ”): one typo, not two.
        close(i + 1, i, true);
        lastEnd = i + 1;
        continue;
      }
      if (PAIRS[ch] !== undefined) nested.push({ mark: ch, at: i });
    }
    if (outer !== null) {
      const o = outer as Open;
      const next = paragraphs[p + 1];
      if (next !== undefined && text[next.start] === o.mark) {
        nested.length = 0;
        continue;
      }
      unbalanced.push({ start: o.at, end: o.at + 1 });
      close(para.end, para.end, false);
    }
  }
  return { quotes, unbalanced };
}

function makeQuote(text: string, start: number, end: number, innerStart: number, innerEnd: number, balanced: boolean): Quote {
  let s = innerStart;
  let e = innerEnd;
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return {
    start,
    end,
    text: text.slice(start, end),
    kind: 'speech',
    speaker: null,
    confidence: 0,
    attribution: null,
    source: null,
    inner: { start: s, end: e },
    balanced,
  };
}

/** Pops the nested stack down to and including the last `mark`; false when it is not there. */
function popTo(stack: Open[], mark: string): boolean {
  for (let k = stack.length - 1; k >= 0; k--) {
    if (stack[k].mark === mark) {
      stack.length = k;
      return true;
    }
  }
  return false;
}

/** A « with only punctuation (or nothing) after it, and no space before it, closes. */
function closesHere(text: string, i: number, para: Span): boolean {
  let k = i + 1;
  while (k < para.end && isSpace(text[k])) k++;
  if (k < para.end && !AFTER_CLOSE.includes(text[k])) return false;
  return i > para.start && !isSpace(text[i - 1]);
}

/** A straight " that ends a word (text before, space or punctuation after) closes. */
function looksClosing(text: string, i: number, para: Span): boolean {
  const before = i > para.start ? text[i - 1] : ' ';
  const after = i + 1 < para.end ? text[i + 1] : ' ';
  return !isSpace(before) && !'([{«“'.includes(before) && (isSpace(after) || AFTER_CLOSE.includes(after));
}

/** A mark at a word start: space or nothing before, a letter or digit after. */
function opensWord(text: string, i: number, para: Span): boolean {
  const before = i > para.start ? text[i - 1] : ' ';
  const after = i + 1 < para.end ? text[i + 1] : ' ';
  return isSpace(before) && /[\p{L}\p{N}]/u.test(after);
}

/** Spaces by code point (ASCII, no-break, narrow no-break, thin…): cheaper than a regex per character. */
function isSpace(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x202f) return true;
  return c > 0x7f && isSpaceChar(ch);
}

function skipSpaces(text: string, from: number, to: number): number {
  let k = from;
  while (k < to && (isSpace(text[k]) || text[k] === ',' || text[k] === '.')) k++;
  return k;
}
