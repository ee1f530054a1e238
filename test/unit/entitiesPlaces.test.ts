// Places and organisations as the older French press writes them. The sentences were written for
// these tests (no line from the sample corpus or from HIPE).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities } from '../../server/src/analysis/entities';

function check(sentence: string, expected: string[]): void {
  const got = findEntities(makeContext(sentence)).map((m) => `${m.type}:${m.text}`);
  assert.deepEqual(got, expected, sentence);
}

const cases: Array<[string, string, string[]]> = [
  ['a lower-case ministry with its lower-case complement', 'Le ministère de la marine a publié hier une circulaire.', ['ORG:ministère de la marine']],
  ['a body named by a lower-case phrase alone', 'Le conseil des ministres se réunira demain matin.', ['ORG:conseil des ministres']],
  ['a complement with its adjectives and a second complement joined by "et"', 'La chambre syndicale de la boucherie lyonnaise et du commerce des viandes a protesté.', ['ORG:chambre syndicale de la boucherie lyonnaise et du commerce']],
  ['a complement adjective in -ière', "Le conseil supérieur de l'instruction primaire siégera lundi.", ["ORG:conseil supérieur de l'instruction primaire"]],
  ['no complement, no body', 'Le ministère actuel a repris le projet.', []],
  ['a capitalised complement is a common-noun body by the GUIDELINES', 'Une source au ministère de la Justice a parlé.', []],
  ['a ministry after a possessive is a tenure', "Pendant son ministère de la guerre, il a réformé l'armée.", []],
];

for (const [name, sentence, expected] of cases) test(name, () => check(sentence, expected));

test('a commune whose name starts with an article takes the article written in lower case', () => {
  check('Le courrier part de la Souterraine ; le Creusot reçoit le sien demain.', ['LOC:la Souterraine', 'LOC:le Creusot']);
  check('Les ouvriers de la Ciotat ont voté.', ['LOC:la Ciotat']);
});

test('a lower-case article before a word that is no listed place stays outside', () => {
  check('Il a vu la Seine en crue près de Rouen.', ['LOC:Seine', 'LOC:Rouen']);
});

test("an organisation's name runs on over an adjective, a nationality and two lower-case complements", () => {
  check('Hier, la Compagnie générale des eaux a relevé ses tarifs.', ['ORG:Compagnie générale des eaux']);
  check('La Banque ottomane a fermé ses guichets.', ['ORG:Banque ottomane']);
  check('Hier, la Société des amis de la nature a tenu son assemblée.', ['ORG:Société des amis de la nature']);
  check("Il appartient au Comité national d'être prudent.", ['ORG:Comité national']);
});

test('esplanades, villas, cemeteries, city gates, lecture halls and mansions named by their complement are sites', () => {
  check("Le cortège partit de l'esplanade des Tuileries pour le cimetière de Montmartre.", ['LOC:esplanade des Tuileries', 'LOC:cimetière de Montmartre']);
  check("Il logeait villa Beauséjour, près de la barrière d'Enfer, et lisait à l'hôtel de Soubise.", ['LOC:villa Beauséjour', "LOC:barrière d'Enfer", 'LOC:hôtel de Soubise']);
  check("Le cours a lieu dans l'amphithéâtre Descartes.", ['LOC:amphithéâtre Descartes']);
});

test('an institutional word (République, Guerre, Nation) completes a head or a street', () => {
  check("Hier, le Conseil d'État a siégé près du Théâtre de la Nation, rue de la Constitution.", ["ORG:Conseil d'État", 'LOC:Théâtre de la Nation', 'LOC:rue de la Constitution']);
  check('Une note du Ministère de la Guerre a été lue.', ['ORG:Ministère de la Guerre']);
  check('Vive la République et la Nation !', []);
});

test('a capitalised site head and its complement name a site; a capital "R." is an initial', () => {
  check("Hier, au Quai de Bercy puis Place Vendôme et au 8, Bd. Malesherbes, on a vu R. Lemaître.", ['LOC:Quai de Bercy', 'LOC:Place Vendôme', 'LOC:Bd. Malesherbes', 'PER:R. Lemaître']);
  check("Une excursion au Lac des Settons et à la salle Gaveau.", ['LOC:Lac des Settons', 'LOC:salle Gaveau']);
  check('Place aux jeunes ! Avenue pleine de monde. PLACE AUX DAMES.', []);
});

test("an organisation's aim after 'pour', a third lower-case complement and a complement's adjective in -ants", () => {
  check("Hier, l'Association pour la défense des intérêts ruraux a tenu séance.", ["ORG:Association pour la défense des intérêts ruraux"]);
  check('Le Syndicat des marchands de bois de chauffage a protesté.', ['ORG:Syndicat des marchands de bois de chauffage']);
  check('Hier, le Comité des anciens combattants a voté.', ['ORG:Comité des anciens combattants']);
  // Not after a complement ("la Compagnie d'Orléans pour le rachat"), nor "entière" after the head alone.
  check("Un accord entre l'Etat et la Compagnie du Midi pour le rachat des lignes devant la Chambre entière.", ['ORG:Compagnie du Midi', 'ORG:Chambre']);
});
