// Place gazetteers from public data: the current départements and régions (data/fr/departements.json),
// from the Code officiel géographique. The sentences were written for these tests (invented
// people; the towns are real, since the list is the rule).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

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
