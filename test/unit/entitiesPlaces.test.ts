// Places and organisations as the older French press writes them. The sentences were written for
// these tests (no line from the sample corpus or from HIPE).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities } from '../../server/src/analysis/entities';
import { checkEntities as check } from './helpers/entityCheck';

// GUIDELINES: a lower-case body is a description ("le ministère de la Défense"), never a name,
// whatever the older press makes of it.
test('lower-case bodies and ministries name no organisation', () => {
  check('Le ministère de la marine a publié hier une circulaire.', []);
  check('Le conseil des ministres se réunira demain matin.', []);
  check('Selon le ministère de la défense néerlandaise, rien ne change.', []);
});

test('a lower-case article before a place stays outside the name', () => {
  check('Il a vu la Seine en crue près de Rouen.', ['LOC:Seine', 'LOC:Rouen']);
});

test("an organisation's name runs on over an adjective, a nationality and two lower-case complements", () => {
  check('Hier, la Compagnie générale des eaux a relevé ses tarifs.', ['ORG:Compagnie générale des eaux']);
  check('La Banque hollandaise a fermé ses guichets.', ['ORG:Banque hollandaise']);
  check('Hier, la Société des amis de la nature a tenu son assemblée.', ['ORG:Société des amis de la nature']);
  check("Il appartient au Comité national d'être prudent.", ['ORG:Comité national']);
});

test('esplanades, villas, cemeteries, city gates, lecture halls and mansions named by their complement are sites', () => {
  check("Le cortège partit de l'esplanade des Tuileries pour le cimetière de Montmartre.", ['LOC:esplanade des Tuileries', 'LOC:cimetière de Montmartre']);
  check("Il logeait villa Beauséjour, près de la barrière d'Enfer, et lisait à l'hôtel de Soubise.", ['LOC:villa Beauséjour', "LOC:barrière d'Enfer", 'LOC:hôtel de Soubise']);
  check("Le cours a lieu dans l'amphithéâtre Descartes.", ['LOC:amphithéâtre Descartes']);
});

test('schools, hospitals and museums named after someone are organisations; churches, barracks, prisons and theatres so named are sites', () => {
  check("Blessé, il fut conduit à l'hôpital Bichat, puis interrogé au lycée Buffon.", ['ORG:hôpital Bichat', 'ORG:lycée Buffon']);
  check("La messe fut dite à l'église Saint-Eustache, près de la caserne Lobau et du théâtre Réjane.", ['LOC:église Saint-Eustache', 'LOC:caserne Lobau', 'LOC:théâtre Réjane']);
  check('Le musée Carnavalet et la prison de la Roquette.', ['ORG:musée Carnavalet', 'LOC:prison de la Roquette']);
  // After "une", the head describes a kind of school; the name stays the person's.
  check('Une école Montessori ouvrira ; Hugo parle.', ['PER:Montessori', 'PER:Hugo']);
});

test('the name of a telephone exchange before its number is a place, not a range, a score or an age', () => {
  check('Location : Marbeuf 12-40. Tél. Voltaire 33-18 et Trud. 05-61.', ['LOC:Marbeuf', 'LOC:Voltaire', 'LOC:Trud']);
  check('Les années 1914-1918 ; Garnier 12-14 ans ; le match fini 21-12.', []);
  // A score has the same shape; without a telephone word or an abbreviation, no exchange.
  for (const score of ['Hier soir : Stormers 24-10 Leinster.', 'Il a dominé Kovalenko 21-18, 21-15.']) {
    const exchanges = findEntities(makeContext(score)).filter((m) => m.evidence.includes('phone-exchange'));
    assert.deepEqual(exchanges, [], score);
  }
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
