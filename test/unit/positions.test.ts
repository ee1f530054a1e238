import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LineIndex, offsetToPosition, positionToOffset } from '../../server/src/analysis/positions';

/** Positions are found by searching for text, never written by hand as line/column pairs. */
function check(text: string, needle: string, expected: { line: number; character: number; column: number }) {
  const offset = text.indexOf(needle);
  assert.ok(offset >= 0, `needle ${needle} not in text`);
  const index = new LineIndex(text);
  const pos = index.position(offset);
  assert.deepEqual(pos, { line: expected.line, character: expected.character }, `LSP position of ${needle}`);
  assert.equal(index.offset(pos), offset, `round trip of ${needle}`);
  assert.deepEqual(index.humanPosition(offset), { line: expected.line + 1, column: expected.column }, `human position of ${needle}`);
}

test('LF, CRLF and lone CR all end a line', () => {
  check('Titre\nLe maire de Lyon', 'Lyon', { line: 1, character: 12, column: 13 });
  check('Titre\r\nLe maire de Lyon', 'Lyon', { line: 1, character: 12, column: 13 });
  check('Titre\r\rLe maire de Lyon', 'Lyon', { line: 2, character: 12, column: 13 });
  check('a\r\n\r\n\r\nb', 'b', { line: 3, character: 0, column: 1 });
});

test('a surrogate pair counts two UTF-16 units but one human column', () => {
  check('Salut 👋 à Nantes', 'Nantes', { line: 0, character: 11, column: 11 });
  check('x\n𝔘𝔫 mot à Brest', 'Brest', { line: 1, character: 11, column: 10 });
});

test('accents and non-breaking spaces are single units', () => {
  check('« Ça suffit », a dit Élise.', 'Élise', { line: 0, character: 21, column: 22 });
});

test('offsets inside a CRLF or a surrogate pair are moved to the start of the character', () => {
  const text = 'ab\r\ncd😀e';
  const index = new LineIndex(text);
  assert.deepEqual(index.position(3), { line: 0, character: 2 }, 'between \\r and \\n');
  const emoji = text.indexOf('😀');
  assert.deepEqual(index.position(emoji + 1), { line: 1, character: 2 }, 'inside the pair');
  assert.deepEqual(index.humanPosition(emoji + 2), { line: 2, column: 4 });
});

test('out-of-range offsets and positions are clamped, never thrown', () => {
  const text = 'un\ndeux';
  const index = new LineIndex(text);
  assert.deepEqual(index.position(-5), { line: 0, character: 0 });
  assert.deepEqual(index.position(999), { line: 1, character: 4 });
  assert.deepEqual(index.position(Number.NaN), { line: 0, character: 0 });
  assert.equal(index.offset({ line: 0, character: 99 }), 2, 'past the line end stays on the line');
  assert.equal(index.offset({ line: 7, character: 0 }), text.length);
  assert.equal(index.offset({ line: -1, character: 3 }), 0);
});

test('line texts exclude their line break and the empty text has one line', () => {
  const index = new LineIndex('premier\r\nsecond\rtroisième\n');
  assert.deepEqual([0, 1, 2, 3].map((l) => index.lineText(l)), ['premier', 'second', 'troisième', '']);
  assert.equal(index.lineCount, 4);
  const empty = new LineIndex('');
  assert.equal(empty.lineCount, 1);
  assert.deepEqual(empty.position(0), { line: 0, character: 0 });
  assert.deepEqual(empty.humanPosition(0), { line: 1, column: 1 });
});

test('every offset of a mixed text round-trips through its position', () => {
  const text = 'Ligne 1\r\n« Ça » 🎉 fin\rsuite\n\nderniè😀re';
  const index = new LineIndex(text);
  for (let o = 0; o <= text.length; o++) {
    const clamped = index.clamp(o);
    assert.equal(index.offset(index.position(o)), clamped, `offset ${o}`);
    assert.equal(offsetToPosition(text, o).line, index.position(o).line);
  }
  assert.equal(positionToOffset(text, { line: 4, character: 6 }), text.indexOf('😀'));
});
