import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { firstTokenOf, segment, stripBom, tokenOffsets } from '../../server/src/analysis/text';

function sentences(text: string): string[] {
  return segment(text).sentences.map((s) => text.slice(s.start, s.end));
}

test('titles and initials do not end a sentence', () => {
  assert.deepEqual(sentences('M. Dupont a rencontré Jean K. Martin hier. Le Dr Roux était là.'), [
    'M. Dupont a rencontré Jean K. Martin hier.',
    'Le Dr Roux était là.',
  ]);
});

test('a full stop glued to the next sentence still splits it', () => {
  assert.deepEqual(sentences('Il pleuvait sur Lyon.Un orage a suivi.'), ['Il pleuvait sur Lyon.', 'Un orage a suivi.']);
});

test('every line is a paragraph, CRLF included', () => {
  const text = 'Titre\r\n\r\nPremier paragraphe.\r\nSecond.';
  assert.deepEqual(segment(text).paragraphs.map((p) => text.slice(p.start, p.end)), ['Titre', 'Premier paragraphe.', 'Second.']);
});

test('elisions are split from the following word, hyphenated names are kept whole', () => {
  const text = 'l’ONU et d\'Ukraine avec Kim Jong-un, a-t-elle dit';
  const words = segment(text).tokens.map((t) => t.text);
  assert.deepEqual(words, ['l’', 'ONU', 'et', "d'", 'Ukraine', 'avec', 'Kim', 'Jong-un', ',', 'a-t-elle', 'dit']);
});

test('each word keeps its lookup form: lower case, apostrophes and hyphens unified, elisions peeled', () => {
  const text = 'ÉTATS-UNIS, McDonald et Kim Jong‑un ; Lʼarmée, lʼarmée, L’ONU, JUSQU’À Œuvre';
  const got = segment(text).tokens.filter((t) => t.kind === 'word').map((t) => `${t.text}|${t.norm}|${t.upper}`);
  assert.deepEqual(got, [
    'ÉTATS-UNIS|états-unis|true',
    'McDonald|mcdonald|true',
    'et|et|false',
    'Kim|kim|true',
    'Jong‑un|jong-un|true',
    // ʼ (U+02BC) is a letter: a capitalised word with it still has its elision peeled, a
    // lower-case one is taken whole, as before the capitalised words' shortcut.
    'Lʼ|l\'|true',
    'armée|armée|false',
    'lʼarmée|lʼarmée|false',
    'L’|l\'|true',
    'ONU|onu|true',
    'JUSQU’|jusqu\'|true',
    'À|à|true',
    'Œuvre|œuvre|true',
  ]);
});

test('the BOM is removed', () => {
  assert.equal(stripBom('\uFEFFBonjour'), 'Bonjour');
});

test('a closing guillemet after French spacing stays with its sentence', () => {
  assert.deepEqual(sentences('Il a dit : « C’est fini. » Ajoutons que rien ne change.'), [
    'Il a dit : « C’est fini. »',
    'Ajoutons que rien ne change.',
  ]);
});

test('tokens keep exact offsets: numbers, surrogate pairs, elisions', () => {
  const text = 'jusqu’à 2 000,5 € 😀 aujourd’hui';
  const toks = segment(text).tokens;
  for (const t of toks) assert.equal(text.slice(t.start, t.end), t.text);
  assert.deepEqual(toks.map((t) => t.text), ['jusqu’', 'à', '2', '000,5', '€', '😀', 'aujourd’hui']);
});

test('property: paragraphs are the trimmed non-blank lines, whatever the line breaks', () => {
  const piece = fc.constantFrom('\n', '\r', '\r\n', ' ', '\u00A0', '\t', 'mot', 'Il a dit.', '« Oui »', 'é');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const expected: string[] = [];
      for (const line of text.split(/\r\n|\r|\n/)) if (line.trim() !== '') expected.push(line.trim());
      assert.deepEqual(segment(text).paragraphs.map((p) => text.slice(p.start, p.end)), expected, JSON.stringify(text));
    }),
    { numRuns: 500 },
  );
});

test('token offsets and first tokens of sentences agree with the tokens', () => {
  const text = 'M. Dupont l’a dit : « Nous partirons. » Selon lui, 2 000 soldats…\n\nUne autre ligne. Fin';
  const seg = segment(text);
  const { starts, ends } = tokenOffsets(seg);
  assert.deepEqual([...starts], seg.tokens.map((t) => t.start));
  assert.deepEqual([...ends], seg.tokens.map((t) => t.end));
  for (let s = 0; s <= seg.sentences.length; s++) {
    const from = s < seg.sentences.length ? seg.sentences[s].start : text.length + 1;
    const expected = seg.tokens.findIndex((t) => t.start >= from);
    assert.equal(firstTokenOf(seg, s), expected < 0 ? seg.tokens.length : expected, `sentence ${s}`);
  }
});

test('firstTokenOf is the first token at or after each sentence start, on any text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 200 }), (text) => {
      const seg = segment(text);
      for (let s = 0; s < seg.sentences.length; s++) {
        const expected = seg.tokens.findIndex((t) => t.start >= seg.sentences[s].start);
        assert.equal(firstTokenOf(seg, s), expected < 0 ? seg.tokens.length : expected);
      }
      assert.equal(firstTokenOf(seg, seg.sentences.length), seg.tokens.length);
    }),
  );
});
