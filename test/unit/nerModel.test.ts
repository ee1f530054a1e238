// The learned name tagger (server/src/analysis/model/): feature extraction and greedy decoding
// on tiny hand-made inputs and weights, the shipped weights, and how its spans combine with the
// rules' mentions. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities, findRuleEntities } from '../../server/src/analysis/entities';
import { TokenView } from '../../server/src/analysis/entityTokens';
import { Features, tokenFeatures, TokenMemo, wordShape, type TaggerInput } from '../../server/src/analysis/model/features';
import { allowed, NameTagger, ruleTags, spansOf, TAGS } from '../../server/src/analysis/model/tagger';
import { combineWithModel, shippedTagger } from '../../server/src/analysis/model/combine';
import weightsFile from '../../server/src/analysis/data/ner-weights-newseye.json';
import type { EntityMention } from '../../server/src/analysis/types';

function inputOf(text: string): TaggerInput {
  const view = new TokenView(text, makeContext(text, { language: 'fr' }).seg.tokens);
  return { toks: view.toks, low: view.low, initial: view.initial };
}

function featuresOf(text: string, word: string): string[] {
  const input = inputOf(text);
  const i = input.toks.findIndex((t) => t.text === word);
  assert.ok(i >= 0, word);
  const out = new Features();
  tokenFeatures(new TokenMemo(input), i, out);
  return out.keys();
}

/** A tagger from hand-written weights: feature key → { tag: weight }. */
function taggerOf(weights: Record<string, Partial<Record<(typeof TAGS)[number], number>>>): NameTagger {
  const map = new Map<string, number[]>();
  for (const [key, row] of Object.entries(weights)) map.set(key, TAGS.map((t) => row[t] ?? 0));
  return new NameTagger(map);
}

function spanTexts(tagger: NameTagger, text: string): string[] {
  const input = inputOf(text);
  return tagger.spans(input).map((s) => `${s.type}:${text.slice(input.toks[s.s].start, input.toks[s.e - 1].end)}`);
}

test('word shapes collapse runs of one class', () => {
  const cases: Array<[string, string]> = [
    ['Paris', 'Xx'],
    ['ONU', 'X'],
    ['Saint-Denis', 'Xx-Xx'],
    ['1914', 'd'],
    ['M.', 'X.'],
    ['Écouen', 'Xx'],
    ['aujourd’hui', "x'x"],
  ];
  for (const [word, shape] of cases) assert.equal(wordShape(word), shape, word);
});

test('features see the word, its neighbours, its shape and the lists around it', () => {
  const f = featuresOf('Hier soir, le docteur Fontanier est arrivé à Quimperlé.', 'Fontanier');
  for (const key of ['w=fontanier', 'sh=Xx', 'p3=fon', 's3=ier', 'w-1=docteur', 'w-2=le', 'w+1=est', 'sh-2=x', 'L-1=title', 'w-1|w=docteur|fontanier']) {
    assert.ok(f.includes(key), `${key} in ${f.join(' ')}`);
  }
  assert.ok(!f.some((k) => k.startsWith('init=')), 'not a sentence start');
  const abbreviated = featuresOf('Hier soir, M. Fontanier est arrivé.', 'Fontanier');
  assert.ok(abbreviated.includes('L-2=title') && abbreviated.includes('w-1=.'), abbreviated.join(' '));
  const first = featuresOf('Varennes a voté.', 'Varennes');
  assert.ok(first.includes('init=Xx') && first.includes('w-1=<s>'), first.join(' '));
  const place = featuresOf('Il habite près de Lisbonne depuis mai.', 'Lisbonne');
  assert.ok(place.includes('L=LOC'), place.join(' '));
});

test('the rules\' tags are features when the tagger runs after them', () => {
  const text = 'Le docteur Armand Vignal soigne les malades.';
  const input = inputOf(text);
  const mentions = findRuleEntities(makeContext(text, { language: 'fr' }));
  input.rules = ruleTags(input.toks, mentions);
  const i = input.toks.findIndex((t) => t.text === 'Vignal');
  const out = new Features();
  tokenFeatures(new TokenMemo(input), i, out);
  assert.ok(out.keys().includes('R=I-PER'), out.keys().join(' '));
});

test('I-X only continues an X', () => {
  const O = 0, BPER = 1, IPER = 2, BORG = 3, IORG = 4;
  assert.equal(allowed(O, IPER), false);
  assert.equal(allowed(BPER, IPER), true);
  assert.equal(allowed(IPER, IPER), true);
  assert.equal(allowed(BPER, IORG), false);
  assert.equal(allowed(BORG, BPER), true);
  assert.equal(allowed(IORG, O), true);
});

test('BIO tags become token spans', () => {
  const spans = spansOf(Uint8Array.from([0, 1, 2, 0, 5, 3, 4, 4]));
  assert.deepEqual(spans.map((s) => [s.s, s.e, s.type]), [[1, 3, 'PER'], [4, 5, 'LOC'], [5, 8, 'ORG']]);
});

test('greedy decoding with hand-made weights', () => {
  const tagger = taggerOf({
    'sh=Xx': { 'B-LOC': 1, 'I-LOC': 0.5 },
    'sh=x': { O: 5 },
    'p1=I-LOC': { 'I-LOC': 2 },
    'w=sur': { 'I-LOC': 10 },
    'L=title': { O: 10 },
    'L-1=title': { 'B-PER': 5 },
    'b=': { O: 0.1 },
  });
  // "sur" continues the place only because a place is open: lower-case words never open a name,
  // nor does a capitalised function word at a sentence start ("Elle").
  assert.deepEqual(spanTexts(tagger, 'Elle vit à Boulogne sur Mer depuis peu.'), ['LOC:Boulogne sur Mer']);
  assert.deepEqual(spanTexts(tagger, 'Puis Vignal vint.'), ['LOC:Vignal']);
  assert.deepEqual(spanTexts(tagger, 'il passe sur la route.'), []);
  assert.deepEqual(spanTexts(tagger, 'et Mme Jousse aussi.'), ['PER:Jousse']);
});

test('the shipped weights load, say where they come from, and stay small', () => {
  const file = join(__dirname, '../../server/src/analysis/data/ner-weights-newseye.json');
  assert.ok(statSync(file).size < 3e6);
  assert.match(weightsFile.origin, /test\/model\/train\.ts/);
  assert.match(weightsFile.origin, /CC BY 4\.0/);
  assert.match(weightsFile.origin, /Hamdi/);
  assert.match(weightsFile.origin, /Ehrmann/);
  assert.match(weightsFile.origin, /splits dev \+ dev2 \(never test\)/);
  const tagger = shippedTagger();
  assert.ok(tagger.tables.reduce((n, t) => n + t.size, 0) > 1000);
});

test('the shipped tagger reads old-style news with the rules', () => {
  const text = 'Le conseil général de la Sarthe a reçu hier M. Paul Dubreuil, député, et le général Ferrand.';
  const got = findEntities(makeContext(text, { language: 'fr' })).map((m) => `${m.type}:${m.text}`);
  assert.ok(got.includes('PER:Paul Dubreuil'), got.join(' '));
  assert.ok(got.includes('PER:Ferrand'), got.join(' '));
});

function mention(text: string, word: string, type: EntityMention['type'], confidence: number, evidence: string): EntityMention {
  const start = text.indexOf(word);
  return { start, end: start + word.length, text: word, type, id: word, confidence, evidence: [evidence] };
}

test('combination: the rules stay decisive where they have evidence', () => {
  const text = 'Hier, Lamotte et Vauquois ont vu Brives.';
  const input = inputOf(text);
  const rules = [mention(text, 'Lamotte', 'PER', 0.9, 'title:M.'), mention(text, 'Vauquois', 'PER', 0.4, 'capitalised')];
  // A tagger that sees no name anywhere: the strong mention stays, the weak one goes.
  const silent = taggerOf({ 'b=': { O: 10 } });
  assert.deepEqual(combineWithModel(text, input, rules, undefined, silent).map((m) => m.text), ['Lamotte']);
  // A tagger that reads every capitalised word as a place: it retypes nothing the rules found and
  // adds only what they missed, unless the rules turned that word down.
  const eager = taggerOf({ 'sh=Xx': { 'B-LOC': 10 }, 'w=hier': { O: 100 } });
  const got = combineWithModel(text, input, rules, undefined, eager).map((m) => `${m.type}:${m.text}:${m.evidence[0]}`);
  assert.deepEqual(got, ['PER:Lamotte:title:M.', 'PER:Vauquois:capitalised', 'LOC:Brives:model']);
  const vetoed = new Uint8Array(input.toks.length);
  vetoed[input.toks.findIndex((t) => t.text === 'Brives')] = 1;
  assert.deepEqual(combineWithModel(text, input, rules, vetoed, eager).map((m) => m.text), ['Lamotte', 'Vauquois']);
});

test('combination: the tagger adds no month, demonym or capitalised common noun', () => {
  const text = 'il a vu, en Mars, les Bretons et Internet.';
  const eager = taggerOf({ 'sh=Xx': { 'B-LOC': 10 } });
  assert.deepEqual(combineWithModel(text, inputOf(text), [], undefined, eager).map((m) => m.text), []);
});

test('modern sentences keep what the rules find', () => {
  const cases: Array<[string, string[]]> = [
    ['La ministre Catherine Vautrin a rencontré des élus à Valenciennes.', ['PER:Catherine Vautrin', 'LOC:Valenciennes']],
    ['Selon l’Organisation mondiale de la santé, le virus recule au Brésil.', ['ORG:Organisation mondiale de la santé', 'LOC:Brésil']],
  ];
  for (const [text, expected] of cases) {
    const got = findEntities(makeContext(text, { language: 'fr' })).map((m) => `${m.type}:${m.text}`);
    assert.deepEqual(got, expected, text);
  }
});

test('tokens the rules are sure of keep the rules\' tags without scoring', () => {
  const text = 'Hier, Jean Corbière est venu.';
  const input = inputOf(text);
  const rules = ruleTags(input.toks, [mention(text, 'Jean Corbière', 'PER', 0.9, 'first-name')]);
  const silent = taggerOf({ 'b=': { O: 10 } });
  assert.deepEqual(silent.spans({ ...input, rules }).length, 0);
  const fixed = Uint8Array.from(rules.tags, (t) => (t !== 0 ? 1 : 0));
  const spans = silent.spans({ ...input, rules: { ...rules, fixed } });
  assert.deepEqual(spans.map((s) => text.slice(input.toks[s.s].start, input.toks[s.e - 1].end)), ['Jean Corbière']);
});
