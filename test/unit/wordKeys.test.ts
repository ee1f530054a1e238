// The word-list pre-check (server/src/analysis/wordKeys.ts): it may let a word through that the
// list lacks, never turn away one it holds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { keyTable, wordKey } from '../../server/src/analysis/wordKeys';
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
