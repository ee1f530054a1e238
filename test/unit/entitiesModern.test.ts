// Rules written for the older press must leave modern news alone: each case here is a modern
// sentence, written for this test, that an old-press rule once got wrong.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities } from '../../server/src/analysis/entities';

function persons(sentence: string): string[] {
  return findEntities(makeContext(sentence)).filter((m) => m.type === 'PER').map((m) => m.text);
}

test('a full name followed by an everyday word that also names a genre stays a person', () => {
  assert.deepEqual(persons('Hier soir, Mathilde Verrier, suite à sa nomination, a quitté la réunion.'), ['Mathilde Verrier']);
  assert.deepEqual(persons('Pour le parti, Julien Morvan, pièce maîtresse du dispositif, a tranché.'), ['Julien Morvan']);
});

test('a surname before a reporting verb that ends like a feminine adjective stays a person', () => {
  assert.deepEqual(persons('Interrogé mardi, Lebrasseur explique que le budget est tenu.'), ['Lebrasseur']);
  assert.deepEqual(persons('De son côté, Kervella rappelle que rien n’est signé.'), ['Kervella']);
  assert.deepEqual(persons('Hier encore, Vandamme signale une hausse des loyers.'), ['Vandamme']);
});

test('two names joined by a hyphen after a meeting noun are two people, not a firm', () => {
  const got = findEntities(makeContext('Le sommet Lyon-Durandal a tourné court, selon les diplomates.'));
  assert.ok(!got.some((m) => m.type === 'ORG'), JSON.stringify(got.map((m) => `${m.type}:${m.text}`)));
  const route = findEntities(makeContext('La ligne Paris-Lyon-Marseille a été coupée hier.'));
  assert.ok(!route.some((m) => m.type === 'ORG'), JSON.stringify(route.map((m) => `${m.type}:${m.text}`)));
});

test('a word at a sentence start before a trade or a form of address is no person', () => {
  assert.deepEqual(persons('Merci, docteur, pour ces explications.'), []);
  assert.deepEqual(persons('Bravo, professeur, la démonstration est faite.'), []);
});

test('a capitalised "Le" after a first name starts the surname, even before a title word ("Le Maire")', () => {
  assert.deepEqual(persons('Hier, Bruno Le Maire a présenté le budget.'), ['Bruno Le Maire']);
  assert.deepEqual(persons('Selon Anne Le Comte, la réforme passera.'), ['Anne Le Comte']);
  assert.deepEqual(persons('Hier, le maire a reçu Xavier Dumontel.'), ['Xavier Dumontel'], 'a first name of the calendar list');
  assert.deepEqual(persons('Le Maire de Lyon a parlé.'), [], 'no first name before: the office');
});

test('a surname that starts with a capitalised article keeps it where the document repeats it', () => {
  assert.deepEqual(persons('Hier, Anne Le Querrec était à Lyon. Le Querrec a dénoncé la réforme. Selon Le Querrec, rien ne va.'), ['Anne Le Querrec', 'Le Querrec', 'Le Querrec']);
  assert.deepEqual(persons('Paul de La Ferrière écrivit. La Ferrière mourut en 1895.'), ['Paul de La Ferrière', 'La Ferrière']);
  assert.deepEqual(persons('Hier, Anne Querrec est venue. Le Querrec que nous connaissons…'), ['Anne Querrec', 'Querrec'], 'no article in the surname given in full: the article stays out');
});
