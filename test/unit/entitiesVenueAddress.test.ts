// A name in capitals followed by a figure is a venue of a theatre programme only when the figure
// is a show time. The sentences were written for these tests (no line from the sample corpus or HIPE).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test("a shop's house number before its street is no show time", () => {
  check('MAISON BROQUET, 11, rue Lamartine. Vins fins et liqueurs.', ['LOC:rue Lamartine']);
  check('BONNETERIE VALMOREL 9, Rue Saint-Denis. Prix de gros.', ['LOC:Rue Saint-Denis']);
});

test('a price is no show time', () => {
  check('Propriété LOUÉE 35,00 francs par mois.', []);
});

test('a venue before its show time stays a place', () => {
  check('Ce soir. GYMNASE, 8 h. 30, Le Voleur. ODÉON, 8.30, Phèdre.', ['LOC:GYMNASE', 'LOC:ODÉON']);
});
