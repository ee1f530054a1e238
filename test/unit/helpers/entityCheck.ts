// The entity test tables' one assertion: the mentions found in a sentence, as "TYPE:text" in
// text order ("TYPE:text|role" when an expected item asks for the role), each text the exact
// slice of the sentence it spans.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeContext } from '../../../server/src/analysis/context';
import { findEntities } from '../../../server/src/analysis/entities';

export function checkEntities(sentence: string, expected: string[]): void {
  const mentions = findEntities(makeContext(sentence));
  for (const m of mentions) assert.equal(sentence.slice(m.start, m.end), m.text, 'text is the exact slice');
  const hasRole = expected.some((e) => e.includes('|'));
  const got = mentions.map((m) => `${m.type}:${m.text}${hasRole && m.role ? `|${m.role}` : ''}`);
  assert.deepEqual(got, expected, sentence);
}

/** A table of [test name, sentence, expected mentions], one test each. */
export type EntityCases = Array<[string, string, string[]]>;

/** Registers one node:test test per row of the table. */
export function testEntityCases(cases: EntityCases): void {
  for (const [name, sentence, expected] of cases) test(name, () => checkEntities(sentence, expected));
}
