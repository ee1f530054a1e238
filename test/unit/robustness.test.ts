// Property tests: whatever the text, the analysis returns well-formed spans and never throws.
// Inputs are built from the characters that drive the detectors (quotation marks, capitals,
// apostrophes, line breaks, titles, reporting verbs) so the generators reach the odd corners:
// unbalanced and nested quotes, empty lines, lone surrogates, control characters.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { analyze } from '../../server/src/analysis/analyze';
import { CorpusIndex } from '../../server/src/analysis/corpus';
import type { AnalysisResult, Span } from '../../server/src/analysis/types';
import { stripBom } from '../../server/src/analysis/text';

const PIECES = [
  '«', '»', '“', '”', '"', '‘', '’', "'", ' ', '\u00A0', '\u202F', '\n', '\r\n', '\n\n', '.', ',', ':', '…', '–', '-', '(', ')',
  'M.', 'Mme', 'Le', 'la', 'l’', 'd’', 'de', 'Kim', 'Jong-un', 'Marie', 'Curie', 'ONU', 'Paris', 'France', 'Conseil', 'Université',
  'a déclaré', 'a-t-elle déclaré', 'selon', 'les analystes', 'estime', 'que', 'se rendrait', 'Selon', 'Mais', 'juillet',
  '\uD83D\uDE00', '\uD83D', '\uDE00', '\u0000', '\uFEFF', 'é', 'É', 'ï', '1990', 'a',
];

const textArb = fc.array(fc.constantFrom(...PIECES), { maxLength: 120 }).map((parts) => parts.join(''));

function checkSpans(text: string, spans: Span[], what: string): void {
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(0 <= s.start && s.start <= s.end && s.end <= text.length, `${what}: ${s.start}-${s.end} within 0-${text.length}`);
  }
}

/** Offsets point into the text after BOM removal. */
function checkResult(raw: string, r: AnalysisResult): void {
  const text = stripBom(raw);
  checkSpans(text, r.entities, 'entity');
  for (const e of r.entities) {
    assert.equal(e.text, text.slice(e.start, e.end));
    assert.ok(e.end > e.start, 'entities are not empty');
    assert.ok(['PER', 'ORG', 'LOC'].includes(e.type));
  }
  checkSpans(text, r.quotes, 'quote');
  for (const q of r.quotes) {
    assert.equal(q.text, text.slice(q.start, q.end));
    assert.ok(q.start <= q.inner.start && q.inner.end <= q.end, 'inner span inside the quote');
    assert.ok(q.source === null || (q.source >= 0 && q.source < r.sources.length), 'quote source index in range');
  }
  checkSpans(text, r.sources, 'source');
  for (const s of r.sources) assert.equal(s.text, text.slice(s.start, s.end));
  checkSpans(text, r.claims, 'claim');
  for (const c of r.claims) assert.ok(c.source === null || (c.source >= 0 && c.source < r.sources.length));
  checkSpans(text, r.diagnostics, 'diagnostic');
  for (const d of r.diagnostics) assert.ok(d.message.length > 0, 'every diagnostic has a message');
  checkSpans(text, r.sentences, 'sentence');
  checkSpans(text, r.paragraphs, 'paragraph');
}

test('analyze returns well-formed spans on arbitrary news-like text', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      checkResult(text, analyze(text));
    }),
    { numRuns: 400 },
  );
});

test('analyze survives arbitrary Unicode, including lone surrogates and control characters', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
      checkResult(text, analyze(text));
    }),
    { numRuns: 300 },
  );
});

test('French messages are produced for every diagnostic when asked', () => {
  fc.assert(
    fc.property(textArb, (text) => {
      const r = analyze(text, { language: 'fr' });
      for (const d of r.diagnostics) assert.ok(d.message.length > 0);
    }),
    { numRuns: 100 },
  );
});

test('the corpus index relinks consistently whatever the order of updates and removals', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 3 }), textArb), { maxLength: 12 }), (ops) => {
      const index = new CorpusIndex();
      const live = new Map<string, string>();
      for (const [slot, text] of ops) {
        const file = `f${slot}.txt`;
        if (text.length % 5 === 0 && live.has(file)) {
          index.remove(file);
          live.delete(file);
        } else {
          index.update(file, text);
          live.set(file, text);
        }
      }
      assert.deepEqual(index.files().sort(), [...live.keys()].sort());
      for (const [file, text] of live) {
        const r = index.result(file);
        assert.ok(r, `result for ${file}`);
        checkResult(text, r);
      }
      // Every corpus id that a mention carries is known to the index, with that mention counted.
      for (const e of index.entities()) assert.equal(index.mentionsOf(e.id).length, e.mentions);
    }),
    { numRuns: 150 },
  );
});

test('pathological inputs finish: one huge line, many marks, deep nesting', () => {
  const cases = [
    'a'.repeat(200_000),
    '«'.repeat(50_000),
    '« '.repeat(20_000) + '»'.repeat(20_000),
    'Le Conseil de '.repeat(10_000),
    'M. '.repeat(30_000) + 'Dupont',
    ('Jean Dupont a déclaré : « oui ». ' + '\n').repeat(5_000),
    '\n'.repeat(100_000),
    '"'.repeat(30_001),
  ];
  for (const text of cases) checkResult(text, analyze(text));
});

test('marks before a word at the very start of a text are no venue abbreviation to look behind', () => {
  // Found by the property test above: ".-Leé" made abbreviatedVenueStart read before the first token.
  for (const text of ['.-Leé', '.-Kim', '.-COM. CH. VARÈSE', '-.-Kim', '.-LEÉ, 8 h 30.']) checkResult(text, analyze(text));
});
