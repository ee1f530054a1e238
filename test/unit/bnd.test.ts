// Place and organisation span boundaries (branch bnd). The sentences were written for these
// tests (invented venues, plays and names; no line from the sample corpus or HIPE).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('a venue in a programme keeps the abbreviated words printed before its name', () => {
  check('Relâche. GR. TH.-VERMONDE, 8.45, Le Voleur. COM. CH. LORVAIN, 9 h., Amphitryon.', ['LOC:GR. TH.-VERMONDE', 'LOC:COM. CH. LORVAIN']);
  check('Mardi. P.-TRÉVAULT, 8.30, La Nuit bleue.', ['LOC:P.-TRÉVAULT']);
  check('opérette. STUDIO CH.-MARVELLE, 9 h, Le Pardon.', ['LOC:STUDIO CH.-MARVELLE']);
  check('Revue. 3-CORBEAUX, 9 h. Chansons.', ['LOC:3-CORBEAUX']);
});

test('an abbreviation after a word ends what comes before, not the venue', () => {
  check('Le film passe au ROX. CH. LORVAIN, 9 h.', ['LOC:CH. LORVAIN']);
  check('Le bureau de la S.A. LORVAIN a fermé hier.', []);
});

test('a numeral spelt like a town starts a sentence as a numeral', () => {
  check('Trente orateurs sont inscrits.', []);
  check('Le concile de Trente a duré dix-huit ans.', ['LOC:Trente']);
});

test('an adjective in -ïque after a body\'s head keeps the name going', () => {
  check('Il a adhéré au Centre laïque des Randonneurs de la Vallée hier.', ['ORG:Centre laïque des Randonneurs de la Vallée']);
  check('La Fédération laïque des Amicales a voté.', ['ORG:Fédération laïque des Amicales']);
});

test('an adjective in -ère after a lower-case complement stays in the body\'s name', () => {
  check('L\'Association pour la diffusion des revues étrangères a tenu séance.', ['ORG:Association pour la diffusion des revues étrangères']);
});
