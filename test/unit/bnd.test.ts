// Place and organisation span boundaries (branch bnd). The sentences were written for these
// tests (invented venues, plays and names; no line from the sample corpus or HIPE).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

// Venues with abbreviated words ("COM. CH. X") are tested in prog.test.ts, whose programme reading
// (a run of venues before their times) took over from this branch's.

test('a numeral spelt like a town starts a sentence as a numeral', () => {
  check('Trente délégués ont voté la motion.', []);
  check('Le concile de Trente a duré dix-huit ans.', ['LOC:Trente']);
});

test('an adjective in -ïque after a body\'s head keeps the name going', () => {
  check('Il a adhéré au Centre laïque des Randonneurs de la Vallée hier.', ['ORG:Centre laïque des Randonneurs de la Vallée']);
  check('La Fédération laïque des Amicales a voté.', ['ORG:Fédération laïque des Amicales']);
});

test('an adjective in -ère after a lower-case complement stays in the body\'s name', () => {
  check('L\'Association pour la diffusion des revues étrangères a tenu séance.', ['ORG:Association pour la diffusion des revues étrangères']);
});
