// Rename an entity across the corpus. Only entity mentions can be renamed (prepareRename refuses
// anything else). What is renamed is the word of the name under the cursor, in every mention of
// the entity: renaming « Poutine » to « Putin » turns « Vladimir V. Poutine » into « Vladimir V.
// Putin », keeps « M. » in « M. Poutine », and also renames a near spelling (Choïgu, Choïgou).
import { ResponseError, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { foldAccents, type EntityMention } from '../analysis';
import { sortMentions } from './definition';
import { mentionAt, toOffset, toRange, type FileView, type Session } from './session';

/** Code -32803 "RequestFailed": the client shows the message instead of a rename box. */
const REQUEST_FAILED = -32803;

export function providePrepareRename(view: FileView, position: Position): { range: Range; placeholder: string } {
  const target = wordAt(view, toOffset(view, position));
  return { range: toRange(view, target), placeholder: target.text };
}

export function provideRename(session: Session, view: FileView, position: Position, newName: string): WorkspaceEdit {
  const target = wordAt(view, toOffset(view, position));
  const name = newName.trim();
  if (!name) throw new ResponseError(REQUEST_FAILED, 'The new name is empty.');
  const changes: Record<string, TextEdit[]> = {};
  const seen = new Set<string>();
  for (const { file, mention } of sortMentions(session.index.mentionsOf(target.mention.id))) {
    const other = file === view.file ? view : session.view(file);
    const word = other && renamedWord(mention, target.text);
    // Two mentions sharing a word (nested spans) must not produce overlapping edits.
    if (!other || !word || seen.has(`${file} ${word.start}`)) continue;
    seen.add(`${file} ${word.start}`);
    (changes[other.uri] ??= []).push({ range: toRange(other, word), newText: name });
  }
  return { changes };
}

interface Word {
  start: number;
  end: number;
  text: string;
}

/** The word of an entity mention under the cursor: what a rename replaces. */
function wordAt(view: FileView, offset: number): Word & { mention: EntityMention } {
  const mention = mentionAt(view, offset);
  if (!mention) throw new ResponseError(REQUEST_FAILED, 'Only a named person, organisation or place can be renamed.');
  const list = words(mention);
  const word = list.find((w) => w.start <= offset && offset <= w.end) ?? list[list.length - 1];
  if (!word) throw new ResponseError(REQUEST_FAILED, 'Only a named person, organisation or place can be renamed.');
  return { ...word, mention };
}

/**
 * The word of another mention of the same entity that a rename of `old` rewrites: the same word
 * (ignoring accents and case), else a near spelling of it (Choïgu for Choïgou, Shoigu), else none
 * — a mention that only says « M. Kim » keeps its name when « Jong-un » is renamed.
 */
export function renamedWord(mention: Pick<EntityMention, 'start' | 'text'>, old: string): Word | undefined {
  const key = foldAccents(old);
  const list = words(mention);
  const same = list.find((w) => foldAccents(w.text) === key);
  if (same) return same;
  let best: Word | undefined;
  let bestDistance = Math.max(2, Math.floor(key.length / 4)) + 1;
  for (const w of list) {
    const d = editDistance(foldAccents(w.text), key, bestDistance);
    if (d < bestDistance) [best, bestDistance] = [w, d];
  }
  return best;
}

/** Words of a mention (letters, digits, inner hyphens and apostrophes), as absolute spans. */
function words(mention: Pick<EntityMention, 'start' | 'text'>): Word[] {
  return [...mention.text.matchAll(/[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu)].map((w) => ({
    start: mention.start + w.index!,
    end: mention.start + w.index! + w[0].length,
    text: w[0],
  }));
}

/** Levenshtein distance, giving up (returning `limit`) once it must reach it. Names are short. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) >= limit) return limit;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...row) >= limit) return limit;
    prev = row;
  }
  return Math.min(prev[b.length], limit);
}
