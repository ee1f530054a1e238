// The splice of re-analysed paragraphs into a previous result (incremental.ts), on real
// articles: what must be exact (segmentation, offsets, indices between arrays, anything near
// the edit), and that it re-analyses a window, not the document.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { analyze } from '../../server/src/analysis/analyze';
import { changedRange, reanalyze, reanalyzeChange } from '../../server/src/analysis/incremental';
import { PieceText } from '../../server/src/analysis/pieceText';
import type { AnalysisResult, Span } from '../../server/src/analysis/types';
import { sampleArticles } from './helpers/samples';

const ARTICLES = sampleArticles();
const DOC = ARTICLES.join('\n\n');
const FR = { language: 'fr' as const };
const BEFORE = analyze(DOC, FR);

function sortedByStart(items: Span[]): boolean {
  return items.every((x, i) => i === 0 || items[i - 1].start <= x.start);
}

/** Everything a reader of the result relies on: offsets in the text, sorted arrays, valid indices. */
function assertWellFormed(text: string, r: AnalysisResult): void {
  for (const m of r.entities) assert.equal(text.slice(m.start, m.end), m.text);
  for (const q of r.quotes) {
    assert.equal(text.slice(q.start, q.end), q.text);
    assert.ok(q.inner.start >= q.start && q.inner.end <= q.end);
    if (q.source !== null) assert.ok(r.sources[q.source], `quote source ${q.source} exists`);
    const a = q.attribution;
    if (a?.cue) assert.equal(text.slice(a.cue.start, a.cue.end), a.cue.text);
    // An echo's mention may point anywhere in the document; the splice leaves it to the exact pass.
    if (a?.mention && a.method !== 'echo') assert.equal(text.slice(a.mention.start, a.mention.end), a.mention.text);
  }
  for (const s of r.sources) assert.equal(text.slice(s.start, s.end), s.text);
  for (const c of r.claims) {
    assert.ok(c.start >= 0 && c.end <= text.length && c.start <= c.end);
    if (c.source !== null) assert.ok(r.sources[c.source], `claim source ${c.source} exists`);
    if (c.cue) assert.equal(text.slice(c.cue.start, c.cue.end), c.cue.text);
  }
  for (const d of r.diagnostics) {
    assert.ok(d.start >= 0 && d.end <= text.length && d.start <= d.end);
    if (typeof d.data?.source === 'number') assert.ok(r.sources[d.data.source]?.vague, 'a vague-source diagnostic points at a vague source');
  }
  for (const s of r.sentences) assert.ok(r.paragraphs[s.paragraph].start <= s.start && s.end <= r.paragraphs[s.paragraph].end);
  for (const list of [r.entities, r.sources, r.claims, r.diagnostics, r.sentences, r.paragraphs]) assert.ok(sortedByStart(list));
}

function edit(text: string, at: string, insert: string, occurrence = 0): string {
  let i = -1;
  for (let k = 0; k <= occurrence; k++) i = text.indexOf(at, i + 1);
  assert.ok(i >= 0, `"${at}" is in the text`);
  return text.slice(0, i) + insert + text.slice(i);
}

test('an edit in one paragraph re-analyses a window of a few paragraphs, not the document', () => {
  const next = edit(DOC, 'Tertitskiy', 'Fyodor ');
  const s = reanalyze(DOC, BEFORE, next, FR);
  assert.equal(s.exact, false);
  assert.ok(s.window.end - s.window.start < DOC.length / 10, `window ${s.window.end - s.window.start} of ${DOC.length}`);
  assert.ok(s.core.start <= DOC.indexOf('Tertitskiy') && s.core.end > DOC.indexOf('Tertitskiy'));
  assertWellFormed(next, s.result);
});

test('a speaker named in the edit is found in the splice, with offsets in the new text', () => {
  const marker = 'Cette précision est';
  const next = edit(DOC, marker, '« Nous ne céderons rien », a déclaré Marie Durand. ');
  const s = reanalyze(DOC, BEFORE, next, FR);
  const quote = s.result.quotes.find((q) => q.text === '« Nous ne céderons rien »');
  assert.ok(quote, 'the new quotation is found');
  assert.equal(next.slice(quote.start, quote.end), quote.text);
  assert.equal(quote.speaker, 'Marie Durand');
  assert.ok(s.result.entities.some((m) => m.text === 'Marie Durand' && m.type === 'PER'));
});

test('segmentation of the splice equals the whole analysis, whatever the edit (property)', () => {
  const pieces = ['x', ' ', '\n', '\n\n', '«', '»', '“', '”', '"', '. Le ', 'Jean Dupont', ', a-t-il ajouté', 'selon des experts', ' se rendrait '];
  fc.assert(
    fc.property(fc.nat(DOC.length), fc.nat(30), fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), (at, removed, parts) => {
      const next = DOC.slice(0, at) + parts.join('') + DOC.slice(at + removed);
      const s = reanalyze(DOC, BEFORE, next, FR);
      const full = analyze(next, FR);
      assertWellFormed(next, s.result);
      // Paragraphs and sentences are local to their lines: the splice must find them exactly.
      assert.deepEqual(s.result.paragraphs, full.paragraphs);
      assert.deepEqual(s.result.sentences, full.sentences);
      // Inside the core, quotations are the whole analysis's (their extents never cross the core).
      const inCore = (x: Span) => x.start >= s.core.start && x.end <= s.core.end;
      const spans = (r: AnalysisResult) => r.quotes.filter(inCore).map((q) => [q.start, q.end, q.kind, q.balanced]);
      assert.deepEqual(spans(s.result), spans(full));
    }),
    { numRuns: 60 },
  );
});

test('on a PieceText, with the change the editor reports, the splice is the one made on the string (property)', () => {
  const pieces = ['x', ' ', '\n', '\n\n', '«', '»', '. Le ', 'Jean Dupont', ', a-t-il ajouté', 'selon des experts'];
  const text = PieceText.from(DOC);
  fc.assert(
    fc.property(fc.nat(DOC.length), fc.nat(30), fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 4 }), (at, removed, parts) => {
      const inserted = parts.join('');
      const end = Math.min(DOC.length, at + removed);
      const next = DOC.slice(0, at) + inserted + DOC.slice(end);
      // The editor's own bounds (no longer than the edit), not the longest common prefix and suffix.
      const change = { prefix: at, suffix: DOC.length - end, previousLength: DOC.length };
      const onPieces = reanalyzeChange(BEFORE, text.replace(at, end, inserted), change, FR);
      const onString = reanalyzeChange(BEFORE, next, change, FR);
      assert.deepEqual(onPieces, onString);
      assertWellFormed(next, onPieces.result);
      assert.deepEqual(onPieces.result.sentences, analyze(next, FR).sentences);
    }),
    { numRuns: 40 },
  );
});

test('editing inside a quotation over several paragraphs re-analyses the whole quotation', () => {
  const text = [
    'Le ministre a pris la parole devant la presse.',
    '« Nous avons travaillé pendant des mois sur ce texte.',
    '« Il reste des désaccords sur le calendrier.',
    '« Mais nous avançons », a déclaré Paul Martin.',
    'La séance a été levée à midi.',
  ].join('\n');
  const before = analyze(text, FR);
  const long = before.quotes.find((q) => q.text.startsWith('« Nous avons'));
  assert.ok(long && long.text.endsWith('avançons »'), 'the quotation runs over three paragraphs');
  const next = edit(text, 'désaccords', 'graves ');
  const s = reanalyze(text, before, next, FR);
  assert.ok(s.core.start <= long.start && s.core.end >= long.end + 'graves '.length, 'the core covers the quotation');
  const quote = s.result.quotes.find((q) => q.text.startsWith('« Nous avons'));
  assert.equal(quote?.speaker, 'Paul Martin');
  assert.deepEqual(s.result, analyze(next, FR));
});

test('an opening mark typed without its partner is reported where it was typed', () => {
  const next = edit(DOC, 'Cette précision est', '« ');
  const s = reanalyze(DOC, BEFORE, next, FR);
  const at = next.indexOf('« Cette précision est');
  assert.ok(s.result.diagnostics.some((d) => d.code === 'unbalanced-quote' && d.start === at), 'unbalanced-quote at the new mark');
  assert.ok(!BEFORE.diagnostics.some((d) => d.code === 'unbalanced-quote' && d.start === at));
});

test('results after the edit keep their content and move by its length', () => {
  const insert = 'Un mot de plus. ';
  const next = edit(DOC, 'Cette précision est', insert);
  const s = reanalyze(DOC, BEFORE, next, FR);
  const after = (r: AnalysisResult, from: number) => r.entities.filter((m) => m.start >= from).map((m) => [m.text, m.type]);
  const cut = s.core.end;
  assert.deepEqual(after(s.result, cut), after(BEFORE, cut - insert.length));
  for (const m of s.result.entities.filter((x) => x.start >= cut)) assert.equal(next.slice(m.start, m.end), m.text);
});

test('a BOM added in front moves every offset: the whole text is analysed', () => {
  const s = reanalyze(DOC, BEFORE, `\ufeff${DOC}`, FR);
  assert.equal(s.exact, true);
  assert.deepEqual(s.result, analyze(DOC, FR));
});

test('no change gives the previous result back, re-analysing one paragraph', () => {
  const s = reanalyze(DOC, BEFORE, DOC, FR);
  assert.deepEqual(s.result, BEFORE);
});

test('changedRange finds the longest common prefix and suffix, across its block comparisons (property)', () => {
  fc.assert(
    fc.property(fc.nat(DOC.length), fc.nat(5000), fc.string({ maxLength: 3 }), (at, removed, inserted) => {
      const next = DOC.slice(0, at) + inserted + DOC.slice(at + removed);
      const { prefix, suffix } = changedRange(DOC, next);
      assert.ok(prefix + suffix <= Math.min(DOC.length, next.length));
      assert.equal(DOC.slice(0, prefix), next.slice(0, prefix));
      assert.equal(DOC.slice(DOC.length - suffix), next.slice(next.length - suffix));
      // Maximal: one more unit on either side differs (or there is no room for it).
      const room = Math.min(DOC.length, next.length);
      if (prefix < room) assert.notEqual(DOC[prefix], next[prefix]);
      if (prefix + suffix < room) assert.notEqual(DOC[DOC.length - 1 - suffix], next[next.length - 1 - suffix]);
    }),
    { numRuns: 200 },
  );
});

test('splices chained over several edits stay well formed, with exact segmentation (property)', () => {
  const pieces = ['x', ' ', '\n', '«', '»', '“', '”', '. Le ', 'Jean Dupont', ', a-t-il ajouté', 'selon des experts'];
  const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), removed: fc.nat(20), text: fc.array(fc.constantFrom(...pieces), { maxLength: 3 }).map((p) => p.join('')) });
  fc.assert(
    fc.property(fc.array(edit, { minLength: 2, maxLength: 6 }), (edits) => {
      let text = DOC;
      let result = BEFORE;
      for (const e of edits) {
        const at = Math.floor(e.at * text.length);
        const next = text.slice(0, at) + e.text + text.slice(at + e.removed);
        // Each splice starts from the previous splice, as in an editor before the exact pass.
        result = reanalyze(text, result, next, FR).result;
        text = next;
      }
      assertWellFormed(text, result);
      const full = analyze(text, FR);
      assert.deepEqual(result.paragraphs, full.paragraphs);
      assert.deepEqual(result.sentences, full.sentences);
    }),
    { numRuns: 25 },
  );
});
