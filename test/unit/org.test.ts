// Organisations (branch org): rules on body names, each with sentences written for these tests
// (invented names, no line from the sample corpus or HIPE), and modern sentences they must leave alone.
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('"l\'Opéra" alone names the institution', () => {
  check("Les choristes de l'Opéra réclament une hausse de salaire.", ['ORG:Opéra']);
  // In a site's name it stays part of the place.
  check("Il habite avenue de l'Opéra depuis dix ans.", ["LOC:avenue de l'Opéra"]);
  // Modern news: a named opera house keeps its whole name.
  check("L'Opéra de Valdrac a annulé sa saison.", ["ORG:Opéra de Valdrac"]);
});

test('an adjective in -ère(s) after a lower-case complement stays in the name', () => {
  check("Sous les auspices de l'Association pour l'étude des langues étrangères, M. Varnier parla.", ["ORG:Association pour l'étude des langues étrangères", 'PER:Varnier']);
  // Not a noun in -ères that starts the sentence's next part.
  check('La Société des amis du Vernois et ses adhérents.', ['ORG:Société des amis du Vernois']);
});

test('a lower-case "parti" names a body only after a definite article', () => {
  check('Le congrès du parti radical-valoisien a voté la motion.', ['ORG:parti radical-valoisien']);
  check('Il a adhéré au parti travailliste en 1921.', ['ORG:parti travailliste']);
  // Modern news: an indefinite or a possessive determiner, or none, makes it a common noun.
  check('Elle veut créer un parti politique avant les élections.', []);
  check('Le pays vit sous un régime de parti unique depuis 1990.', []);
});

test('a lower-case head with a place complement names a body only after an article', () => {
  check('Le tribunal correctionnel de Valdrac a jugé l\'affaire.', ['ORG:tribunal correctionnel de Valdrac']);
  check("Il enseigne à l'université de Vernois.", ["ORG:université de Vernois"]);
  // Modern news: after an indefinite or a demonstrative, a description with a place in it.
  check('Un tribunal de Moscou a condamné l\'opposant.', ['LOC:Moscou']);
  check('Il travaille pour une banque de Francfort depuis 2010.', ['LOC:Francfort']);
});

test('"du X" alone before a comma still names the body (modern news)', () => {
  check('Selon une source proche du Pentagone, la décision est prise.', ['ORG:Pentagone']);
  check('Les exigences du Bundestag, révélées lundi, inquiètent Varsovie.', ['ORG:Bundestag', 'LOC:Varsovie']);
});

test('an adjective in -ïque after a head stays in the body\'s name', () => {
  check('Le drapeau du Comité laïque des Amis de Valdrac flotte.', ['ORG:Comité laïque des Amis de Valdrac']);
});

test('"du X de …" with X a word of the language is a common noun, unless a person, a body or a report of X comes before', () => {
  check('La réforme du Code d\'instruction criminelle est votée.', []);
  check('Les ressources du Fonds de garantie baissent.', []);
  check('Le porte-parole américain du Pentagone de passage à Paris a démenti.', ['ORG:Pentagone', 'LOC:Paris']);
  // Alone, "du X" still names the body, whatever noun comes before.
  check('La réaction du Pentagone est attendue.', ['ORG:Pentagone']);
  check('Un éditorial du Monde critique la réforme.', ['ORG:Monde']);
});

test('a dotted acronym that spells a place of the gazetteers is that place; others stay bodies', () => {
  check("Le traité avec l'U. R. S. S. est signé par la S. N. C. F.", ['LOC:U. R. S. S.', 'ORG:S. N. C. F.']);
  check('Ils exportent vers les U.S.A. et vers les USA.', ['LOC:U.S.A.', 'LOC:USA']);
});
