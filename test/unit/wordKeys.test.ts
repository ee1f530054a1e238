// The word-list pre-check (server/src/analysis/wordKeys.ts): it may let a word through that the
// list lacks, never turn away one it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { classesOfKey, keyClass, keyTable, wordKey } from '../../server/src/analysis/wordKeys';
import { makeContext } from '../../server/src/analysis/context';
import { CONDITIONAL_SHAPE, normalizedWords, tokenClasses, tokenKeys } from '../../server/src/analysis/cues';
import verbData from '../../server/src/analysis/data/fr/reporting-verbs.json';

test('every word of a list passes its key table, and most other words do not', () => {
  const list = [...verbData.regular, ...verbData.auxiliaries.avoir, ...verbData.auxiliaries.être, 'a', 'é', "qu'"];
  const table = keyTable(list);
  for (const w of list) assert.equal(table[wordKey(w)], 1, w);
  const others = ['le', 'la', 'de', 'des', 'pays', 'guerre', 'Moscou', 'économie', 'frontière', 'mardi'].filter((w) => !list.includes(w));
  assert.ok(others.filter((w) => table[wordKey(w)] === 1).length <= 2);
});

test('property: a key table never turns away a word of its list', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ minLength: 0, maxLength: 12, unit: 'grapheme' }), { maxLength: 30 }), (words) => {
      const table = keyTable(words);
      for (const w of words) assert.equal(table[wordKey(w)], 1, JSON.stringify(w));
    }),
    { numRuns: 300 },
  );
});

test('a key class marks the keys of its words, and a document made before it is classed again', () => {
  const ctx = makeContext('Selon elle, le ministre aurait démissionné, a-t-il dit hier.');
  const before = tokenClasses(ctx);
  const list = ['ministre', 'hier', 'zzz'];
  const bit = keyClass(list);
  for (const w of list) assert.notEqual(classesOfKey(wordKey(w)) & bit, 0, w);
  const words = normalizedWords(ctx);
  const keys = tokenKeys(ctx);
  const classes = tokenClasses(ctx);
  assert.notEqual(classes, before);
  words.forEach((w, i) => {
    assert.equal(keys[i], wordKey(w));
    if (list.includes(w)) assert.notEqual(classes[i] & bit, 0, w);
    assert.equal((classes[i] & CONDITIONAL_SHAPE) !== 0, w.length >= 5 && w.endsWith('t'), w);
  });
});
