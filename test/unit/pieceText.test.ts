// PieceText (a large text kept as pieces, edited without rebuilding it) and EditableDocument
// (the server's open document over it): checked against plain strings and against
// vscode-languageserver-textdocument on random edits of the sample articles joined (about
// 40 KB, so several pieces), with line breaks in every style.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { PieceText } from '../../server/src/analysis/pieceText';
import { EditableDocument } from '../../server/src/features/editableDocument';
import { sampleArticles } from './helpers/samples';

const DOC = sampleArticles().join('\n\n');
const CRLF_DOC = DOC.replace(/\n/g, '\r\n');

/** An edit as offsets into the current text: [start, end) replaced by `text`. */
const editArb = fc.record({
  start: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 40_000 }),
  text: fc.oneof(fc.constantFrom('', 'x', '\n', '\r\n', '\r', '« Oui »', 'é\n\nà', '😀'), fc.string({ maxLength: 50 }), fc.constant('y'.repeat(40_000))),
});

test('PieceText: every read after random replacements equals the same edits on a string; old snapshots do not change', () => {
  fc.assert(
    fc.property(fc.constantFrom(DOC, CRLF_DOC, ''), fc.array(editArb, { minLength: 1, maxLength: 12 }), (initial, edits) => {
      let text = initial;
      let pieces = PieceText.from(initial);
      for (const e of edits) {
        const start = Math.floor(e.start * text.length);
        const end = Math.min(text.length, start + e.length);
        const before = pieces;
        const beforeText = text;
        pieces = pieces.replace(start, end, e.text);
        text = text.slice(0, start) + e.text + text.slice(end);
        assert.equal(pieces.length, text.length);
        for (const at of [0, start - 1, start, start + e.text.length, text.length - 1, text.length >> 1]) {
          assert.equal(pieces.charCodeAt(at), text.charCodeAt(at), `charCodeAt(${at})`);
          assert.equal(pieces.slice(at - 100, at + 100), text.slice(Math.max(0, at - 100), Math.max(0, at + 100)));
        }
        assert.equal(before.toString(), beforeText, 'the snapshot before the edit is unchanged');
      }
      assert.equal(pieces.toString(), text);
    }),
  );
});

test('PieceText: a one-unit edit of a 1 MB text leaves all but one piece shared', () => {
  const big = DOC.repeat(Math.ceil(1e6 / DOC.length));
  const a = PieceText.from(big);
  const b = a.replace(500_000, 500_000, 'x');
  assert.equal(b.slice(499_990, 500_011), big.slice(499_990, 500_000) + 'x' + big.slice(500_000, 500_010));
  // Reading around the edit must not join the text (the joined string is cached once made).
  assert.equal((b as unknown as { flat?: string }).flat, undefined);
});

/** The same changes as LSP content changes (ranges in the current text), applied to both documents. */
function lspChange(doc: TextDocument, start: number, end: number, text: string) {
  return { range: { start: doc.positionAt(start), end: doc.positionAt(end) }, text };
}

test('EditableDocument: positions, offsets, lines and text equal TextDocument after random edits, and takeChange bounds the change', () => {
  fc.assert(
    fc.property(fc.constantFrom(DOC, CRLF_DOC), fc.array(fc.array(editArb, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), (initial, events) => {
      const ours = new EditableDocument('file:///a.txt', 'news-article', 1, initial);
      const theirs = TextDocument.create('file:///a.txt', 'news-article', 1, initial);
      let version = 1;
      let taken = ours.getText();
      assert.equal(ours.takeChange(undefined), undefined, 'unknown base version');
      for (const event of events) {
        // Several changes in one notification, each in the text the previous one left.
        const changes = [];
        let text = theirs.getText();
        const scratch = TextDocument.create('file:///s.txt', 'x', 0, text);
        for (const e of event) {
          const start = Math.floor(e.start * text.length);
          const end = Math.min(text.length, start + (e.length % 200));
          const change = lspChange(scratch, start, end, e.text);
          changes.push(change);
          TextDocument.update(scratch, [change], 0);
          text = scratch.getText();
        }
        version++;
        TextDocument.update(theirs, changes, version);
        EditableDocument.update(ours, changes, version);
        const now = theirs.getText();
        assert.equal(ours.version, version);
        assert.equal(ours.lineCount, theirs.lineCount);
        for (const at of [0, 1, now.length >> 2, now.length >> 1, now.length - 1, now.length]) {
          assert.deepEqual(ours.positionAt(at), theirs.positionAt(at), `positionAt(${at})`);
          const p = theirs.positionAt(at);
          assert.equal(ours.offsetAt(p), theirs.offsetAt(p));
          assert.deepEqual(ours.getLineRange(p.line), theirs.getLineRange(p.line));
          assert.equal(ours.getEOLCharacters(p.line), theirs.getEOLCharacters(p.line));
        }
        assert.equal(ours.getText({ start: theirs.positionAt(10), end: theirs.positionAt(400) }), theirs.getText({ start: theirs.positionAt(10), end: theirs.positionAt(400) }));
        const change = ours.takeChange(version - 1)!;
        assert.ok(change, 'the change since the last taken version is known');
        assert.equal(change.previousLength, taken.length);
        assert.equal(now.slice(0, change.prefix), taken.slice(0, change.prefix), 'same prefix');
        assert.equal(now.slice(now.length - change.suffix), taken.slice(taken.length - change.suffix), 'same suffix');
        assert.ok(change.prefix + change.suffix <= Math.min(now.length, taken.length));
        taken = now;
        assert.equal(ours.getText(), now);
      }
    }),
  );
});
