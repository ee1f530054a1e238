// Telephone exchanges before their line numbers, as the older press prints addresses and small
// ads. The sentences were written for these tests (no line from the sample corpus or from HIPE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities } from '../../server/src/analysis/entities';

function check(sentence: string, expected: string[]): void {
  const got = findEntities(makeContext(sentence)).map((m) => `${m.type}:${m.text}`);
  assert.deepEqual(got, expected, sentence);
}

test('a telephone exchange before its line number is a place, with its abbreviation', () => {
  check('Renseignements au bureau du journal. Tél. : Trudaine 12-34.', ['LOC:Trudaine']);
  check('Cours du soir, prix modérés, Marcad. 45-07, 45-08.', ['LOC:Marcad.']);
  check('Ecrire ou téléphoner : Provence 33-12 ; Elys. 08-91.', ['LOC:Provence', 'LOC:Elys.']);
});

test('a score or a range after a name is no telephone number', () => {
  check('En finale, Lecoutrel bat Varmont 21-19, 21-15.', ['PER:Lecoutrel']);
  check('Le club a perdu contre Castelbrac 24-18 samedi.', []);
});
