// Places from context and place spans (branch locc). The sentences were written for these tests
// (invented names and streets, no line from the sample corpus or HIPE).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('a street abbreviation before a capital that the splitter cut off still names the street', () => {
  check('Consultez M. Duranvil, herboriste, r. Ste-Berthilde, 14. Le lundi.', ['PER:Duranvil', 'LOC:r. Ste-Berthilde']);
  check('Leçons de piano, Mlle Vasseron, 27, r. Quévrelle (5e).', ['PER:Vasseron', 'LOC:r. Quévrelle']);
  check('Cours du soir, 9, bd. Marvillon. Inscriptions gratuites.', ['LOC:bd. Marvillon']);
});

test('an initial or an abbreviation after the full stop is no street', () => {
  check('Ecrire : 38, r. E.-Tourvel. 5 fr.', []);
  check('J. h. 17 ans, ch. pl. Œ. 3820 écrire.', []);
});
