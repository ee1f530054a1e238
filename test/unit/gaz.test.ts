// Place gazetteers from public data: the commune list without small communes named like a French
// word (data/fr/communes.json) and the current départements and régions (data/fr/departements.json),
// both from the Code officiel géographique. The sentences were written for these tests (invented
// people; the towns are real, since the list is the rule).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('a small commune named like a French common word is no place by itself', () => {
  check('Les Sablons et les Dunes furent balayés par la tempête.', []);
  check('Le maire visita les Forges et les Salins.', []);
  check('Les ateliers de la Ville ferment le soir.', []);
});

test('a town of 10000 inhabitants or more stays a place though its name is a word', () => {
  check('Les usines de Sarcelles et de Trappes ont fermé.', ['LOC:Sarcelles', 'LOC:Trappes']);
  check('Les ouvriers de Vitré et de Fougères ont repris le travail.', ['LOC:Vitré', 'LOC:Fougères']);
});

test('current départements and régions are places; Aube, also a common word, is none by itself', () => {
  check("Les inondations touchent l'Essonne, les Yvelines et la Seine-Saint-Denis.", ['LOC:Essonne', 'LOC:Yvelines', 'LOC:Seine-Saint-Denis']);
  check('Le préfet des Côtes-d\'Armor et celui de la Polynésie française.', ["LOC:Côtes-d'Armor", 'LOC:Polynésie française']);
  check("Demain, reprise de La Chanson de l'Aube, drame en trois actes.", []);
});

test('titles and roles keep persons named like towns', () => {
  check('M. Thiers a parlé hier à la Chambre.', ['PER:Thiers', 'ORG:Chambre']);
  check('Le général Foch est arrivé à Thiers.', ['PER:Foch', 'LOC:Thiers']);
  check('Mme Vitré et M. Fougères sont venus.', ['PER:Vitré', 'PER:Fougères']);
});
