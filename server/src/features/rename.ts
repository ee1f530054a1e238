// Rename an entity across the corpus. Only entity mentions can be renamed (prepareRename refuses
// anything else). The new name replaces the name words that changed and nothing around them:
// renaming « Poutine » to « Putin » turns « Vladimir V. Poutine » into « Vladimir V. Putin »,
// keeps « M. » in « M. Poutine », and also renames a variant spelling of the same surname.
import { ResponseError, type Position, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { foldAccents, type EntityMention } from '../analysis';
import { sortMentions } from './definition';
import { mentionAt, toOffset, toRange, type FileView, type Session } from './session';

/** Code -32803 "RequestFailed": the client shows the message instead of a rename box. */
const REQUEST_FAILED = -32803;

export function providePrepareRename(view: FileView, position: Position): { range: Range; placeholder: string } {
  const mention = mentionAt(view, toOffset(view, position));
  if (!mention) throw new ResponseError(REQUEST_FAILED, 'Only a named person, organisation or place can be renamed.');
  return { range: toRange(view, mention), placeholder: mention.text };
}

export function provideRename(session: Session, view: FileView, position: Position, newName: string): WorkspaceEdit {
  const mention = mentionAt(view, toOffset(view, position));
  if (!mention) throw new ResponseError(REQUEST_FAILED, 'Only a named person, organisation or place can be renamed.');
  if (!newName.trim()) throw new ResponseError(REQUEST_FAILED, 'The new name is empty.');
  const changes: Record<string, TextEdit[]> = {};
  for (const { file, mention: m } of sortMentions(session.index.mentionsOf(mention.id))) {
    const target = file === view.file ? view : session.view(file);
    if (!target) continue;
    for (const edit of renameMention(m, mention.text, newName.trim())) {
      (changes[target.uri] ??= []).push({ range: toRange(target, edit), newText: edit.text });
    }
  }
  return { changes };
}

interface WordEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits that rename one mention, given the old and new forms of the renamed mention. Words
 * are aligned from the end (the surname is last); a word is replaced when it is the old word,
 * or when it is the last word (a variant spelling of the surname). When the old and new names
 * have different word counts, a mention equal to the old name is replaced whole, and any other
 * mention has the old name replaced where it appears in it, or its last word replaced.
 */
export function renameMention(m: Pick<EntityMention, 'start' | 'text'>, oldName: string, newName: string): WordEdit[] {
  const mine = words(m.text);
  const oldWords = words(oldName);
  const newWords = words(newName);
  if (foldAccents(m.text) === foldAccents(oldName)) return [{ start: m.start, end: m.start + m.text.length, text: newName }];
  if (oldWords.length !== newWords.length) {
    const at = m.text.indexOf(oldName);
    if (at >= 0) return [{ start: m.start + at, end: m.start + at + oldName.length, text: newName }];
    const last = mine[mine.length - 1];
    return last ? [{ start: m.start + last.start, end: m.start + last.end, text: newName }] : [];
  }
  const edits: WordEdit[] = [];
  for (let k = 1; k <= Math.min(mine.length, oldWords.length); k++) {
    const w = mine[mine.length - k];
    const o = oldWords[oldWords.length - k];
    const n = newWords[newWords.length - k];
    if (o.text === n.text) continue;
    if (foldAccents(w.text) === foldAccents(o.text) || k === 1) edits.push({ start: m.start + w.start, end: m.start + w.end, text: n.text });
  }
  return edits;
}

function words(text: string): { start: number; end: number; text: string }[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}][\p{L}\p{M}\p{N}'’-]*/gu)].map((w) => ({ start: w.index!, end: w.index! + w[0].length, text: w[0] }));
}
