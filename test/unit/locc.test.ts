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
  check('Vends piano droit, prix à débattre, pl. Œ. 12, le soir.', []);
});

test('a hyphenated compound of capitals after a preposition and an article is a place', () => {
  check('Un vol a été commis hier à la Butte-Morvan, chez un bijoutier.', ['LOC:Butte-Morvan']);
  check('On a retrouvé la voiture au bas de la Côte-Verdière.', ['LOC:Côte-Verdière']);
  check('Les ouvriers du Val-Trémazan se sont réunis à la Pré-Verdel.', ['LOC:Val-Trémazan', 'LOC:Pré-Verdel']);
});

test('a hyphenated compound led by a town or a body\'s head, or without the article, is no place by this rule', () => {
  check('Le défenseur est arrivé au Paris-Trévanec la semaine dernière.', []);
  check('Il a rejoint le bureau du Vélo-Club hier.', ['ORG:Vélo-Club']);
  check('Hier soir, Jean-Loup Kervadec est arrivé.', ['PER:Jean-Loup Kervadec']);
});

test('a town whose name starts with an article written in lower case or contracted is a place', () => {
  check('Le conseil a voté les crédits du lycée à la Flèche mardi.', ['LOC:la Flèche']);
  check('Une souscription est ouverte à la Châtre pour le monument.', ['LOC:la Châtre']);
  check('Les pêcheurs sont rentrés au Croisic avant la tempête.', ['LOC:Croisic']);
});

test('a town named like a common noun is no place after "de la" or "du"', () => {
  check("Le prince Aldric, héritier de la Couronne, était à Londres.", ['PER:Aldric', 'LOC:Londres']);
  check('Les fidèles de la Couronne se sont rassemblés.', []);
});

test('a hyphenated compound that is a club, an event, a period or a body is no place', () => {
  check('Le milieu a signé au Real-Madrid pour cinq saisons.', []);
  check('Il a gagné au Grand-Prix de Monaco.', ['LOC:Monaco']);
  check("Les décors de la Belle-Époque sont restaurés.", []);
  check('Le rapport de la Haute-Autorité a été publié.', []);
});

test('an article before a word that is no listed town stays out of this rule', () => {
  check('Il parla longtemps à la Chambre avant de partir.', ['ORG:Chambre']);
  check('Le film passe cette semaine au Trévanec.', []);
});

test('a plural place noun announces places as its singular does', () => {
  check('La propriété est située sur les communes de Varlenc et de Mortagny.', ['LOC:Varlenc', 'LOC:Mortagny']);
  check('Les villages de Trécouët sont isolés.', ['LOC:Trécouët']);
});
