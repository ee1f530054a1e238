// The scoring functions of `npm run eval`, on tiny hand-made inputs whose right answers are
// worked out by hand in the comments.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  iobSpans,
  mapIds,
  matchExact,
  matchOverlap,
  pairwiseCounts,
  ratio,
  scores,
  spanKey,
  tokenRange,
} from '../../test/eval/metrics';
import { dropNested, hipeSpan, mergeAddressTowns, mergeAffiliations, parseHipe, rebuildText, rejoinLineEndSplits, rejoinLostLineBreakSplits, scoreHipeDoc, trimPunctuationEdges, widenOverTitles } from '../../test/eval/hipe';
import { evaluateSample } from '../../test/eval/sample';
import { loadGold, type GoldDoc } from '../../test/eval/gold';
import type { AnalysisResult, EntityMention, Quote, Source } from '../../server/src/analysis/types';
import { join } from 'node:path';

const close = (a: number, b: number) => assert.ok(Math.abs(a - b) < 1e-9, `${a} ≠ ${b}`);

test('precision, recall and F1 from counts', () => {
  const s = scores({ tp: 3, fp: 1, fn: 2 });
  close(s.precision, 0.75);
  close(s.recall, 0.6);
  close(s.f1, (2 * 0.75 * 0.6) / 1.35);
  assert.deepEqual(scores({ tp: 0, fp: 0, fn: 0 }).f1, 1, 'nothing to find, nothing found');
  assert.deepEqual(scores({ tp: 0, fp: 0, fn: 4 }), { tp: 0, fp: 0, fn: 4, precision: 0, recall: 0, f1: 0 });
  assert.equal(scores({ tp: 0, fp: 2, fn: 0 }).precision, 0);
  assert.equal(ratio(0, 0).value, 0);
  close(ratio(2, 3).value, 2 / 3);
});

test('strict matching needs span and type equal, and counts a duplicate prediction once', () => {
  type E = { start: number; end: number; type: string };
  const key = (e: E) => `${e.start}:${e.end}:${e.type}`;
  const gold: E[] = [
    { start: 0, end: 5, type: 'PER' },
    { start: 10, end: 15, type: 'LOC' },
    { start: 20, end: 25, type: 'ORG' },
  ];
  const pred: E[] = [
    { start: 0, end: 5, type: 'PER' }, // right
    { start: 0, end: 5, type: 'PER' }, // duplicate: false positive
    { start: 10, end: 15, type: 'ORG' }, // wrong type: FP, and the LOC is missed
    { start: 20, end: 24, type: 'ORG' }, // wrong end: FP, and the ORG is missed
  ];
  const m = matchExact(gold, pred, key, key);
  assert.deepEqual([m.tp, m.fp, m.fn], [1, 3, 2]);
  assert.deepEqual(m.missed.map((g) => g.type).sort(), ['LOC', 'ORG']);
  assert.equal(matchExact(gold, [], key, key).fn, 3);
});

test('overlap matching pairs each gold span with its best unused overlapping prediction', () => {
  const gold = [
    { start: 0, end: 10 },
    { start: 12, end: 20 },
    { start: 30, end: 35 },
  ];
  const pred = [
    { start: 5, end: 14 }, // overlaps gold 0 by 5 and gold 1 by 2
    { start: 14, end: 40 }, // overlaps gold 1 by 6 and gold 2 by 5
    { start: 50, end: 60 }, // nothing
  ];
  const m = matchOverlap(gold, pred);
  // gold 0 takes pred 0; gold 1 takes pred 1 (6 > 0 left); gold 2 finds pred 1 used: missed.
  assert.deepEqual(m.pairs.map(([g, p]) => [g.start, p.start]), [[0, 5], [12, 14]]);
  assert.deepEqual([m.tp, m.fp, m.fn], [2, 1, 1]);
  // a long early prediction stays visible to later gold spans
  const long = matchOverlap([{ start: 2, end: 3 }, { start: 50, end: 55 }], [{ start: 0, end: 1 }, { start: 40, end: 100 }]);
  assert.deepEqual([long.tp, long.fp, long.fn], [1, 1, 1]);
  assert.equal(spanKey({ start: 3, end: 9 }), '3:9');
});

test('predicted ids map to the gold id their mentions overlap most, across files', () => {
  const gold = [
    { file: 'a', start: 0, end: 16, id: 'Vladimir Poutine' },
    { file: 'a', start: 30, end: 37, id: 'Vladimir Poutine' },
    { file: 'b', start: 0, end: 6, id: 'Russie' },
    { file: 'b', start: 10, end: 17, id: 'Poutine-ville' },
  ];
  const pred = [
    { file: 'a', start: 9, end: 16, id: 'poutine#1' }, // 7 chars on Vladimir Poutine
    { file: 'b', start: 10, end: 17, id: 'poutine#1' }, // 7 chars on Poutine-ville: a tie, alphabetical wins
    { file: 'a', start: 30, end: 37, id: 'poutine#2' },
    { file: 'b', start: 0, end: 6, id: 'RU' },
    { file: 'c', start: 0, end: 6, id: 'ghost' }, // file without gold
  ];
  const map = mapIds(gold, pred);
  assert.equal(map.get('poutine#1'), 'Poutine-ville');
  assert.equal(map.get('poutine#2'), 'Vladimir Poutine');
  assert.equal(map.get('RU'), 'Russie');
  assert.equal(map.has('ghost'), false);
  // same file, another span: no overlap, no vote
  assert.equal(mapIds(gold, [{ file: 'a', start: 17, end: 29, id: 'x' }]).has('x'), false);
});

test('pairwise linking counts pairs from cluster sizes', () => {
  // gold {1,2,3} {4}; predicted {1,2} {3,4}
  // pairs: gold 12 13 23; predicted 12 34; tp = 12 → tp 1, fp 1 (34), fn 2 (13, 23)
  const items = [
    { gold: 'A', pred: 'x' },
    { gold: 'A', pred: 'x' },
    { gold: 'A', pred: 'y' },
    { gold: 'B', pred: 'y' },
  ];
  assert.deepEqual(pairwiseCounts(items), { tp: 1, fp: 1, fn: 2 });
  // everything right: every gold pair found, none invented
  assert.deepEqual(pairwiseCounts([{ gold: 'A', pred: 'p' }, { gold: 'A', pred: 'p' }, { gold: 'B', pred: 'q' }]), { tp: 1, fp: 0, fn: 0 });
  // everything merged: 3 predicted pairs, 1 right
  assert.deepEqual(pairwiseCounts([{ gold: 'A', pred: 'p' }, { gold: 'A', pred: 'p' }, { gold: 'B', pred: 'p' }]), { tp: 1, fp: 2, fn: 0 });
});

test('IOB2 tags become token spans; a stray I- opens a span, a type change closes one', () => {
  assert.deepEqual(iobSpans(['B-PER', 'I-PER', 'O', 'I-LOC', 'I-LOC', 'B-LOC', 'I-ORG', 'B-PER']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'LOC' },
    { start: 6, end: 7, type: 'ORG' },
    { start: 7, end: 8, type: 'PER' },
  ]);
  assert.deepEqual(iobSpans([]), []);
});

test('a character span maps to the tokens it overlaps', () => {
  // "M. Émile Laurent" tokens: "M." 0-2, "Émile" 3-8, "Laurent" 9-16
  const tokens = [
    { start: 0, end: 2 },
    { start: 3, end: 8 },
    { start: 9, end: 16 },
  ];
  assert.deepEqual(tokenRange(tokens, { start: 3, end: 16 }), { start: 1, end: 3 });
  assert.deepEqual(tokenRange(tokens, { start: 4, end: 12 }), { start: 1, end: 3 }, 'partial overlap counts');
  assert.equal(tokenRange(tokens, { start: 2, end: 3 }), null, 'the space between tokens');
  assert.equal(tokenRange(tokens, { start: 16, end: 20 }), null);
});

const TSV = [
  'TOKEN\tNE-COARSE-LIT\tNE-COARSE-METO\tNE-FINE-LIT\tNE-FINE-METO\tNE-FINE-COMP\tNE-NESTED\tNEL-LIT\tNEL-METO\tMISC',
  '# hipe2022:document_id = d1',
  'Hier\tO\t_\t_\t_\t_\t_\t_\t_\t_',
  'M.\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter',
  'Poin¬\tB-PER\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter|EndOfLine',
  'caré\tI-PER\t_\t_\t_\t_\t_\t_\t_\t_',
  'parlait\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter',
  'à\tO\t_\t_\t_\t_\t_\t_\t_\t_',
  'l\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter',
  "'\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter",
  'Echo\tB-HumanProd\t_\t_\t_\t_\t_\t_\t_\t_',
  'de\tI-HumanProd\t_\t_\t_\t_\t_\t_\t_\t_',
  'Paris\tI-HumanProd\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter',
  '.\tO\t_\t_\t_\t_\t_\t_\t_\tEndOfSentence',
  '3\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter',
  ',\tO\t_\t_\t_\t_\t_\t_\t_\tNoSpaceAfter',
  '5\tO\t_\t_\t_\t_\t_\t_\t_\t_',
  '',
  '# hipe2022:document_id = d2',
  'Lyon\tB-LOC\t_\t_\t_\t_\t_\t_\t_\t_',
].join('\n');

test('HIPE documents are rebuilt: hyphenation joined, lost line breaks spaced, elisions kept', () => {
  const docs = parseHipe(TSV);
  assert.deepEqual(docs.map((d) => [d.id, d.tokens.length]), [['d1', 15], ['d2', 1]]);
  const { text, spans } = rebuildText(docs[0].tokens);
  assert.equal(text, "Hier M. Poincaré parlait à l'Echo de Paris. 3,5");
  assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Hier', 'M.', 'Poin', 'caré', 'parlait', 'à', 'l', "'", 'Echo', 'de', 'Paris', '.', '3', ',', '5']);
});

test('HIPE scoring is strict on token spans and ignores predictions inside HumanProd', () => {
  const doc = parseHipe(TSV)[0];
  const { text, spans } = rebuildText(doc.tokens);
  const ent = (surface: string, type: 'PER' | 'ORG' | 'LOC'): EntityMention => {
    const start = text.indexOf(surface);
    return { start, end: start + surface.length, text: surface, type, id: surface, confidence: 1, evidence: [] };
  };
  const right = scoreHipeDoc(doc.tokens, spans, [ent('Poincaré', 'PER'), ent('Paris', 'LOC')]);
  // Poincaré covers exactly tokens 2-3: true positive; Paris lies inside the HumanProd: ignored.
  assert.deepEqual(right.counts, { tp: 1, fp: 0, fn: 0 });
  assert.deepEqual(right.status, ['tp', null], 'each prediction says how it scored; the one inside HumanProd is not scored');
  const wrong = scoreHipeDoc(doc.tokens, spans, [ent('M. Poincaré', 'PER'), ent('Hier', 'LOC')]);
  assert.deepEqual(wrong.counts, { tp: 0, fp: 2, fn: 1 });
  assert.deepEqual(wrong.status, ['overlap', 'spurious']);
  assert.deepEqual(wrong.fuzzy, { tp: 1, fp: 1, fn: 0 }, 'M. Poincaré overlaps Poincaré with the same type');
  assert.deepEqual(wrong.byType.PER, { tp: 0, fp: 1, fn: 1 });
  assert.deepEqual(wrong.byType.LOC, { tp: 0, fp: 1, fn: 0 });
});

/** One row of a HIPE TSV file: token, NE-COARSE-LIT tag, Wikidata id (NEL-LIT) and MISC flags. */
const row = (text: string, tag: string, id = '_', misc = '_') => `${text}\t${tag}\t_\t_\t_\t_\t_\t${id}\t_\t${misc}`;

test('a line-end hyphen joins a word, hyphenates a capitalised compound, and gives way to a new block after a lower-case half', () => {
  const doc = parseHipe([
    '# hipe2022:document_id = d1',
    row('Saint¬', 'B-LOC', '_', 'NoSpaceAfter|EndOfLine'),
    row('Nazaire', 'I-LOC'),
    row('le', 'O'),
    row('journalis¬', 'O', '_', 'NoSpaceAfter|EndOfLine'),
    row('Paul', 'B-PER'),
    row('GOUVER¬', 'O', '_', 'NoSpaceAfter|EndOfLine'),
    row('NEMENT', 'O'),
    row('Poin¬', 'B-PER', '_', 'NoSpaceAfter|EndOfLine'),
    row('caré', 'I-PER'),
  ].join('\n'))[0];
  const { text, spans } = rebuildText(doc.tokens);
  assert.equal(text, 'Saint-Nazaire le journalis Paul GOUVERNEMENT Poincaré');
  assert.deepEqual(spans.map((sp) => text.slice(sp.start, sp.end)), ['Saint', 'Nazaire', 'le', 'journalis', 'Paul', 'GOUVER', 'NEMENT', 'Poin', 'caré']);
});

test('HIPE gold mentions cut at a line-end hyphen are rejoined only when both halves have one type', () => {
  const doc = parseHipe([
    '# hipe2022:document_id = d1',
    row('M', 'B-PER', '_', 'NoSpaceAfter'),
    row('.', 'I-PER'),
    row('Dupon¬', 'I-PER', '_', 'NoSpaceAfter|EndOfLine'),
    row('tel', 'B-PER'),
    row('à', 'O'),
    row('Mar¬', 'B-ORG', '_', 'NoSpaceAfter|EndOfLine'),
    row('seille', 'B-LOC'),
    row('et', 'O'),
    row('Lyon', 'B-LOC'),
    row('Paris', 'B-LOC'),
  ].join('\n'))[0];
  assert.equal(rejoinLineEndSplits(doc), 1);
  assert.deepEqual(doc.tokens.map((t) => t.tag), ['B-PER', 'I-PER', 'I-PER', 'I-PER', 'O', 'B-ORG', 'B-LOC', 'O', 'B-LOC', 'B-LOC']);
  const { text, spans } = rebuildText(doc.tokens);
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, id: s, confidence: 1, evidence: [] });
  const scored = scoreHipeDoc(doc.tokens, spans, [{ ...at('Dupontel'), type: 'PER' }, { ...at('Lyon'), type: 'LOC' }, { ...at('Paris'), type: 'LOC' }], text);
  assert.deepEqual(scored.byType.PER, { tp: 1, fp: 0, fn: 0 }, 'M. Dupontel is one gold mention, found once');
});

test('HIPE gold mentions cut at a lost line break are rejoined only with one type, one id and no repeated word', () => {
  const doc = parseHipe([
    '# hipe2022:document_id = d1',
    row('M', 'B-PER', 'Q1', 'NoSpaceAfter'),
    row('.', 'I-PER', 'Q1', 'NoSpaceAfter'),
    row('Verdelet', 'B-PER', 'Q1'),
    row('vit', 'O'),
    row('à', 'O'),
    row('Brioude', 'B-LOC', 'Q2', 'NoSpaceAfter'),
    row('BRIOUDE', 'B-LOC', 'Q2'),
    row(',', 'O'),
    row('Anse', 'B-LOC', 'NIL', 'NoSpaceAfter'),
    row('Rouge', 'B-LOC', 'NIL'),
    row('et', 'O'),
    row('Tulle', 'B-LOC', 'Q3', 'NoSpaceAfter'),
    row('Paris', 'B-LOC', 'Q4'),
  ].join('\n'))[0];
  assert.equal(rejoinLostLineBreakSplits(doc), 1);
  assert.deepEqual(doc.tokens.map((t) => t.tag), ['B-PER', 'I-PER', 'I-PER', 'O', 'O', 'B-LOC', 'B-LOC', 'O', 'B-LOC', 'B-LOC', 'O', 'B-LOC', 'B-LOC']);
  const { text, spans } = rebuildText(doc.tokens);
  assert.ok(text.startsWith('M. Verdelet vit à Brioude BRIOUDE'), 'rebuildText puts the lost break back as a space');
  const at = (s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length, text: s, id: s, confidence: 1, evidence: [] });
  const scored = scoreHipeDoc(doc.tokens, spans, [{ ...at('Verdelet'), type: 'PER' }], text);
  assert.deepEqual(scored.byType.PER, { tp: 1, fp: 0, fn: 0 }, 'M. Verdelet is one gold mention, found once');
});

test('HIPE gold mentions cut at a lost line break after a preposition, an article or "et" are rejoined whatever their ids', () => {
  const doc = parseHipe([
    '# hipe2022:document_id = d1',
    row('Cercle', 'B-ORG', 'NIL'),
    row('nautique', 'I-ORG', 'NIL'),
    row('de', 'I-ORG', 'NIL', 'NoSpaceAfter'),
    row('Vierzon', 'B-ORG', 'Q5'),
    row('et', 'O'),
    row('Ligue', 'B-ORG', 'NIL', 'NoSpaceAfter'),
    row('Cher', 'B-ORG', 'NIL'),
    row('à', 'O', '_', 'NoSpaceAfter'),
    row('Bourges', 'B-LOC', 'Q6'),
  ].join('\n'))[0];
  assert.equal(rejoinLostLineBreakSplits(doc), 1);
  assert.deepEqual(doc.tokens.map((t) => t.tag), ['B-ORG', 'I-ORG', 'I-ORG', 'I-ORG', 'O', 'B-ORG', 'B-ORG', 'O', 'B-LOC'], 'no mention ends in "de"; "Ligue" may end one (two NIL ids, no link word)');
  const lower = parseHipe([
    '# hipe2022:document_id = d2',
    row('Ligue', 'B-ORG', 'NIL', 'NoSpaceAfter'),
    row('régionale', 'B-ORG', 'NIL'),
    row('et', 'O'),
    row('Ber', 'B-PER', 'Q7', 'NoSpaceAfter'),
    row('-', 'I-PER', 'Q7', 'NoSpaceAfter'),
    row('trand', 'B-PER', 'Q7'),
    row('à', 'O'),
    row('Angers', 'B-LOC', 'Q8', 'NoSpaceAfter'),
    row('la', 'B-LOC', 'Q9'),
    row('Flèche', 'I-LOC', 'Q9'),
  ].join('\n'))[0];
  assert.equal(rejoinLostLineBreakSplits(lower), 2);
  assert.deepEqual(
    lower.tokens.map((t) => t.tag),
    ['B-ORG', 'I-ORG', 'O', 'B-PER', 'I-PER', 'I-PER', 'O', 'B-LOC', 'B-LOC', 'I-LOC'],
    'no mention starts with "régionale" or with the rest of a hyphenated word; one may start with an article ("la Flèche")',
  );
});

test('HIPE gold mentions lose a comma, semicolon or colon at their edges, never their only token', () => {
  const doc = parseHipe([
    '# hipe2022:document_id = d1',
    row('M', 'B-PER'),
    row('.', 'I-PER'),
    row('Lavergne', 'I-PER'),
    row(',', 'I-PER'),
    row('vint', 'O'),
    row(',', 'B-LOC'),
    row('quai', 'I-LOC'),
    row('Lepic', 'I-LOC'),
    row(';', 'B-ORG'),
  ].join('\n'))[0];
  assert.equal(trimPunctuationEdges(doc), 2);
  assert.deepEqual(doc.tokens.map((t) => t.tag), ['B-PER', 'I-PER', 'I-PER', 'O', 'O', 'O', 'B-LOC', 'I-LOC', 'B-ORG']);
});

// The whole sample-corpus scoring on a two-sentence article written for this test, with
// predictions made by hand so every count below is known.

test('sample scoring: entities, quotes, speakers through id mapping, sources, linking', () => {
  const text = 'Jean Dupont est à Lyon. « Nous partons », a dit Dupont. Les experts estiment que non. Selon des sources, « rien ne va ».';
  const at = (s: string, from = 0) => {
    const start = text.indexOf(s, from);
    assert.ok(start >= 0, s);
    return { start, end: start + s.length, text: s };
  };
  const gold: GoldDoc = {
    file: 'a.txt',
    text,
    entities: [
      { ...at('Jean Dupont'), type: 'PER', id: 'Jean Dupont' },
      { ...at('Lyon'), type: 'LOC', id: 'Lyon' },
      { ...at('Dupont', 10), type: 'PER', id: 'Jean Dupont' },
    ],
    quotes: [
      { ...at('« Nous partons »'), kind: 'speech', speakerKind: 'named', speaker: 'Jean Dupont', term: false },
      { ...at('« rien ne va »'), kind: 'speech', speakerKind: 'vague', speaker: null, term: false },
    ],
    sources: [
      { ...at('Les experts estiment'), vague: true },
      { ...at('Selon des sources'), vague: true },
    ],
  };
  const quote = (s: ReturnType<typeof at>, speaker: string | null): Quote => ({
    ...s,
    kind: 'speech',
    speaker,
    confidence: 1,
    attribution: null,
    source: null,
    inner: { start: s.start + 2, end: s.end - 2 },
    balanced: true,
  });
  const source = (s: ReturnType<typeof at>): Source => ({ ...s, vague: true });
  const predicted: AnalysisResult = {
    entities: [
      { ...at('Jean Dupont'), type: 'PER', id: 'dupont#1', confidence: 1, evidence: [] },
      { ...at('Lyon'), type: 'ORG', id: 'lyon', confidence: 1, evidence: [] }, // wrong type
      { ...at('Dupont', 10), type: 'PER', id: 'dupont#1', confidence: 1, evidence: [] },
    ],
    quotes: [quote(at('« Nous partons »'), 'dupont#1'), quote(at('« rien ne va'), null)], // second: span too short
    sources: [source(at('Les experts')), source(at('Selon des sources'))],
    claims: [],
    diagnostics: [],
    sentences: [],
    paragraphs: [],
  };
  const e = evaluateSample([gold], () => new Map([['a.txt', predicted]]));
  assert.deepEqual([e.entities.tp, e.entities.fp, e.entities.fn], [2, 1, 1]);
  assert.deepEqual([e.entitiesByType.PER.tp, e.entitiesByType.LOC.fn, e.entitiesByType.ORG.fp], [2, 1, 1]);
  assert.deepEqual([e.quotes.tp, e.quotes.fp, e.quotes.fn], [1, 1, 1]);
  assert.deepEqual(e.speakerMatched, { correct: 1, total: 1, value: 1 }, 'dupont#1 maps to Jean Dupont');
  assert.deepEqual(e.quoteKind, { correct: 1, total: 1, value: 1 });
  assert.deepEqual([e.sourcesExact.tp, e.sourcesExact.fp, e.sourcesExact.fn], [1, 1, 1]);
  assert.deepEqual([e.sourcesOverlap.tp, e.sourcesOverlap.fp, e.sourcesOverlap.fn], [2, 0, 0]);
  assert.deepEqual([e.linking.tp, e.linking.fp, e.linking.fn], [1, 0, 0]);
  assert.equal(e.linkedMentions.correct, 3);
  assert.ok(e.errors.some((l) => l.includes('entity FN  LOC "Lyon"')), e.errors.join('\n'));

  // the same predictions with the speaker given to Lyon: wrong, and reported
  predicted.quotes[0].speaker = 'lyon';
  const wrong = evaluateSample([gold], () => new Map([['a.txt', predicted]]));
  assert.deepEqual(wrong.speakerMatched, { correct: 0, total: 1, value: 0 });
  assert.ok(wrong.errors.some((l) => l.includes('speaker') && l.includes('"Lyon"')), wrong.errors.join('\n'));
});

test('the gold standards fed back as predictions score 1 everywhere', (t) => {
  const root = join(__dirname, '../..');
  const sets = [
    loadGold(join(root, 'test/fixtures/gold'), join(root, 'samples/corpus')),
    loadGold(join(root, 'test/fixtures/heldout'), join(root, '../shared/datasets/wikinews-fr')),
  ];
  if (sets.every((g) => g.docs.length === 0)) return t.skip('no gold files yet');
  const echo = (docs: readonly GoldDoc[]) =>
    new Map(
      docs.map((d): [string, AnalysisResult] => [
        d.file,
        {
          entities: d.entities.map((g) => ({ ...g, id: `#${g.id}`, confidence: 1, evidence: [] })),
          quotes: d.quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker && `#${q.speaker}`, confidence: 1, attribution: null, source: null, inner: q, balanced: true })),
          sources: d.sources,
          claims: [],
          diagnostics: [],
          sentences: [],
          paragraphs: [],
        },
      ]),
    );
  for (const gold of sets) {
    if (gold.docs.length === 0) continue;
    assert.deepEqual(gold.problems, []);
    const e = evaluateSample(gold.docs, echo);
    for (const [name, value] of Object.entries({ entities: e.entities.f1, quotes: e.quotes.f1, kind: e.quoteKind.value, speakers: e.speakerAll.value, sources: e.sourcesExact.f1, linking: e.linking.f1 })) {
      assert.equal(value, 1, `${gold.docs[0].file}: ${name}`);
    }
    assert.deepEqual(e.errors, []);
  }
});

test('HIPE convention: a predicted PER span is widened over directly preceding titles only', () => {
  const text = 'Hier, M. Chéron et le docteur Funck ont vu Mgr Dupanloup, le ministre. Paris et Mme  Curie.';
  const widened = (name: string) => text.slice(widenOverTitles(text, text.indexOf(name)), text.indexOf(name) + name.length);
  assert.equal(widened('Chéron'), 'M. Chéron');
  assert.equal(widened('Funck'), 'docteur Funck', 'the article before the title stays out');
  assert.equal(widened('Dupanloup'), 'Mgr Dupanloup');
  assert.equal(widened('Curie'), 'Mme  Curie');
  assert.equal(widened('Paris'), 'Paris', 'a full stop ending a sentence is not a title');
  assert.equal(widened('Hier'), 'Hier');
});

test('HIPE convention: PER spans take in roles, bracketed first names, maiden names and appositions; street LOCs their house number', () => {
  const text =
    "Le jury a entendu l'horloger Dubreuil, puis Mlle Lambert (Marie), Mme Vernet, née Castel, Girard, 42 ans, et M. Rivière, greffier du tribunal, devant M. le colonel Brun. " +
    'Il loge 14, rue des Lilas, puis boulevard Voltaire, 32. Le chat de Lucien dort.';
  const span = (name: string, type: string, extra: { role?: string; evidence?: string[] } = {}) => {
    const start = text.indexOf(name);
    const s = hipeSpan(text, { start, end: start + name.length, type, ...extra });
    return text.slice(s.start, s.end);
  };
  assert.equal(span('Dubreuil', 'PER'), 'horloger Dubreuil', 'a noun after an article describes the person');
  const paper = 'Un article du Figaro Jean Valtier a paru.';
  const v = hipeSpan(paper, { start: paper.indexOf('Jean'), end: paper.indexOf(' a paru'), type: 'PER' });
  assert.equal(paper.slice(v.start, v.end), 'Jean Valtier', 'a capitalised word after an article is a name, not a describing noun');
  const judge = "Il a comparu devant M. le juge d'instruction Lemarchand.";
  const j = hipeSpan(judge, { start: judge.indexOf('Lemarchand'), end: judge.indexOf('.', judge.indexOf('Lemarchand')), type: 'PER' });
  assert.equal(judge.slice(j.start, j.end), "M. le juge d'instruction Lemarchand", 'a role with an elided complement, and the title before it');
  assert.equal(span('Lambert', 'PER'), 'Mlle Lambert (Marie)');
  assert.equal(span('Vernet', 'PER'), 'Mme Vernet, née Castel');
  assert.equal(span('Girard', 'PER'), 'Girard, 42 ans');
  assert.equal(span('Brun', 'PER'), 'M. le colonel Brun', 'a title and an article before a title in the span');
  const caps = 'Au Sénat, M. LE BARON DE VALBRUN : Non.';
  const at = caps.indexOf('DE VALBRUN');
  const w = hipeSpan(caps, { start: at, end: at + 'DE VALBRUN'.length, type: 'PER' });
  assert.equal(caps.slice(w.start, w.end), 'M. LE BARON DE VALBRUN', 'the same in capitals, as parliamentary reports print speakers');
  assert.equal(span('Rivière', 'PER', { role: 'greffier du tribunal', evidence: ['title:M.', 'apposition'] }), 'M. Rivière, greffier du tribunal');
  assert.equal(span('Rivière', 'PER', { role: 'greffier du tribunal', evidence: ['title:M.'] }), 'M. Rivière', 'only a role the analysis found in apposition');
  assert.equal(span('rue des Lilas', 'LOC'), '14, rue des Lilas');
  assert.equal(span('boulevard Voltaire', 'LOC'), 'boulevard Voltaire, 32');
  const address = 'Réunion au 12 de la rue des Tanneurs (IXe), puis 9, rue Cardinet, 17e. Fin.';
  const street = (name: string) => {
    const s = hipeSpan(address, { start: address.indexOf(name), end: address.indexOf(name) + name.length, type: 'LOC' });
    return address.slice(s.start, s.end);
  };
  assert.equal(street('rue des Tanneurs'), '12 de la rue des Tanneurs (IXe)', 'a number before "de la" and the arrondissement after');
  assert.equal(street('rue Cardinet'), '9, rue Cardinet, 17e');
  const notAddress = 'Né en 1912 de la rue Haxo, il loge 3, rue Cadet 2e étage.';
  const street2 = (name: string) => {
    const s = hipeSpan(notAddress, { start: notAddress.indexOf(name), end: notAddress.indexOf(name) + name.length, type: 'LOC' });
    return notAddress.slice(s.start, s.end);
  };
  assert.equal(street2('rue Haxo'), 'rue Haxo', 'a year is no house number');
  assert.equal(street2('rue Cadet'), '3, rue Cadet', 'a floor is no arrondissement');
  assert.equal(span('Lucien', 'PER'), 'Lucien', 'no article right before the name');
  assert.equal(span('des Lilas', 'ORG'), 'des Lilas', 'other types are left as they are');
});

test('HIPE convention: only a noun that designates one person joins the mention; honorifics, list functions, birth and generation join it too; a telephone exchange takes in its number', () => {
  const text =
    "Depuis l'affaire Marchetti, le régime Pavlov tient bon ; les chanteurs Paul Orsat et Nina répètent chez le graveur Lemoine et la doctoresse Anne Viret. " +
    'S. Exc. M. Tornelli est arrivé avec Son Excellence Pedro Alvar. Le bureau : Président : Garnier Louis ; Trésorier : Sabre Henri ; Ordre : Martin. ' +
    'On a arrêté Luis Ortega, né en 1901 à Séville (Espagne), et entendu Rosny aîné et Dumas fils.';
  const span = (name: string) => {
    const start = text.indexOf(name);
    const s = hipeSpan(text, { start, end: start + name.length, type: 'PER' });
    return text.slice(s.start, s.end);
  };
  assert.equal(span('Marchetti'), 'Marchetti', 'an affair is no description of the person');
  assert.equal(span('Pavlov'), 'Pavlov', 'nor is a regime');
  assert.equal(span('Paul Orsat'), 'Paul Orsat', 'a plural noun describes no single person');
  assert.equal(span('Lemoine'), 'graveur Lemoine', 'an agent noun (-eur) does');
  assert.equal(span('Anne Viret'), 'doctoresse Anne Viret', 'and so does -esse');
  assert.equal(span('M. Tornelli'), 'S. Exc. M. Tornelli', 'an abbreviated honorific before a title');
  assert.equal(span('Pedro Alvar'), 'Son Excellence Pedro Alvar');
  assert.equal(span('Garnier Louis'), 'Président : Garnier Louis', 'a function heading a name in a list');
  assert.equal(span('Sabre Henri'), 'Trésorier : Sabre Henri', 'an agent noun as the function');
  assert.equal(span('Martin'), 'Martin', 'a heading that is no function stays out');
  assert.equal(span('Luis Ortega'), 'Luis Ortega, né en 1901 à Séville (Espagne)', 'birth in apposition');
  assert.equal(span('Rosny'), 'Rosny aîné', 'a generation after the name');
  assert.equal(span('Dumas'), 'Dumas fils');
  const phone = 'Location : Marbeuf 12-40, 12-41. Tél. Trud. 05-61.';
  const loc = (name: string) => {
    const s = hipeSpan(phone, { start: phone.indexOf(name), end: phone.indexOf(name) + name.length, type: 'LOC', evidence: ['phone-exchange'] });
    return phone.slice(s.start, s.end);
  };
  assert.equal(loc('Marbeuf'), 'Marbeuf 12-40, 12-41', 'a telephone exchange takes in its numbers');
  assert.equal(loc('Trud'), 'Trud. 05-61', 'and the full stop of its abbreviation');
  const score = 'Hier : Lorient 21-18.';
  const s2 = hipeSpan(score, { start: 7, end: 14, type: 'LOC', evidence: ['gazetteer:cities'] });
  assert.equal(score.slice(s2.start, s2.end), 'Lorient', 'only a LOC the analysis read as an exchange');
  const months = 'Paris, 14 janvier : Dumoulin arrive ; le peintre Gavarel expose.';
  const m1 = hipeSpan(months, { start: months.indexOf('Dumoulin'), end: months.indexOf('Dumoulin') + 8, type: 'PER' });
  assert.equal(months.slice(m1.start, m1.end), 'Dumoulin', 'a month is no function heading a name');
  const m2 = hipeSpan(months, { start: months.indexOf('Gavarel'), end: months.indexOf('Gavarel') + 7, type: 'PER' });
  assert.equal(months.slice(m2.start, m2.end), 'peintre Gavarel', "the analysis's title words designate a person");
  const gerant = 'Le gérant : R. VALMORE. Le major Tessol est arrivé.';
  const g1 = hipeSpan(gerant, { start: gerant.indexOf('R.'), end: gerant.indexOf('R.') + 'R. VALMORE'.length, type: 'PER' });
  assert.equal(gerant.slice(g1.start, g1.end), 'gérant : R. VALMORE', 'the newspaper\'s manager signing the issue');
  const g2 = hipeSpan(gerant, { start: gerant.indexOf('Tessol'), end: gerant.indexOf('Tessol') + 6, type: 'PER' });
  assert.equal(gerant.slice(g2.start, g2.end), 'major Tessol', 'a military rank is a title');
});

test('HIPE convention: a street address takes in the town right after it, not one after "à"', () => {
  const text = 'Écrire 8, rue des Lilas, Lyon. Bureau : quai Voltaire, à Nantes.';
  const at = (name: string, type: string, evidence: string[]) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type, evidence });
  const predicted = [at('rue des Lilas', 'LOC', ['site:rue']), at('Lyon', 'LOC', ['gazetteer:cities']), at('quai Voltaire', 'LOC', ['site:quai']), at('Nantes', 'LOC', ['gazetteer:cities'])];
  const widened = predicted.map((e) => hipeSpan(text, e));
  mergeAddressTowns(text, predicted, widened);
  assert.deepEqual(
    widened.map((w) => text.slice(w.start, w.end)),
    ['8, rue des Lilas, Lyon', '', 'quai Voltaire', 'Nantes'],
  );
});

test('HIPE convention: a person takes in the body or house named after ", du", ", de l\'", not a town after ", de"', () => {
  const text = 'Avec Rose Vernet, de l\'Opéra-Comique, Paul Lenoir, des Concerts Pasdeloup, et Jean Morel, de Lyon.';
  const at = (name: string, type: string) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type });
  const predicted = [at('Rose Vernet', 'PER'), at('Opéra-Comique', 'LOC'), at('Paul Lenoir', 'PER'), at('Concerts Pasdeloup', 'ORG'), at('Jean Morel', 'PER'), at('Lyon', 'LOC')];
  const widened = predicted.map((e) => hipeSpan(text, e));
  mergeAffiliations(text, predicted, widened);
  dropNested(widened);
  assert.deepEqual(
    widened.map((w) => text.slice(w.start, w.end)),
    ["Rose Vernet, de l'Opéra-Comique", '', 'Paul Lenoir, des Concerts Pasdeloup', '', 'Jean Morel', 'Lyon'],
  );
});

test('HIPE convention: a name inside a widened PER span is nested, not scored on its own', () => {
  const text = 'M. Jean Morel, préfet de la Lozère, et Mme Dufour, née Lacombe, sont venus à Mende.';
  const at = (name: string, type: string, extra: { role?: string; evidence?: string[] } = {}) => ({ start: text.indexOf(name), end: text.indexOf(name) + name.length, type, ...extra });
  const predicted = [
    at('Jean Morel', 'PER', { role: 'préfet de la Lozère', evidence: ['title:M.', 'apposition'] }),
    at('Lozère', 'LOC'),
    at('Dufour', 'PER'),
    at('Lacombe', 'PER'),
    at('Mende', 'LOC'),
  ];
  const widened = predicted.map((e) => hipeSpan(text, e));
  dropNested(widened);
  assert.deepEqual(
    widened.map((w) => text.slice(w.start, w.end)),
    ['M. Jean Morel, préfet de la Lozère', '', 'Mme Dufour, née Lacombe', '', 'Mende'],
  );
});
