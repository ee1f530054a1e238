// The common-word lexicon (lexicon.ts, data/fr/common-words.json) and the rule it serves: a
// capitalised common word typed a person by shape alone is no person. Sentences written for
// these tests.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeLexicon, decodeWords, encodeWords, isCommonWord, lexiconHas } from '../../server/src/analysis/lexicon';
import { analyze } from '../../server/src/analysis';
import { checkEntities as check } from './helpers/entityCheck';

test('front coding gives back the sorted list it was given', () => {
  const words = ['abaissa', 'abaissable', 'abaisse', 'bal', 'balle', 'ballon', 'œuvre', 'œuvrer'];
  assert.deepEqual(decodeWords(encodeWords(words)), words);
  // Random lists of lower-case words, with shared prefixes longer than the cap of 35.
  let seed = 7;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  for (let round = 0; round < 20; round++) {
    const set = new Set<string>();
    const stem = 'a'.repeat(next() % 50);
    for (let k = 0; k < 60; k++) set.add(stem + Array.from({ length: 1 + (next() % 6) }, () => String.fromCharCode(97 + (next() % 26))).join(''));
    const sorted = [...set].sort();
    assert.deepEqual(decodeWords(encodeWords(sorted)), sorted);
  }
  assert.deepEqual(decodeWords(''), []);
});

test('the decoded lexicon answers membership as a Set of the same words does', () => {
  let seed = 11;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff);
  const word = () => Array.from({ length: 1 + (next() % 7) }, () => 'abcéœ'[next() % 5]).join('');
  for (let round = 0; round < 20; round++) {
    const set = new Set(Array.from({ length: next() % 80 }, word));
    const lex = decodeLexicon(encodeWords([...set].sort()));
    // Members, and words that are not: prefixes and extensions of members, random words, "".
    const probes = [...set, ...[...set].flatMap((w) => [w.slice(0, -1), `${w}a`, `${w}œ`]), ...Array.from({ length: 40 }, word), ''];
    for (const p of probes) assert.equal(lexiconHas(lex, p), set.has(p), `"${p}" in ${[...set].sort().join(',')}`);
  }
});

test('a common word is found in its capitalised, unaccented-capital and plural forms; proper nouns are not common words', () => {
  assert.equal(isCommonWord('Fraîcheur'), true);
  assert.equal(isCommonWord('Ecrire'), true, 'old print drops the accent of a capital É');
  assert.equal(isCommonWord('Hôtels'), true, 'a plural');
  assert.equal(isCommonWord('Paris'), false, 'the plural of "pari" is the city');
  assert.equal(isCommonWord('Martin'), false, 'listed with a capital: a name');
  assert.equal(isCommonWord('Pierre'), false);
  assert.equal(isCommonWord('Zorvanek'), false);
});

test('a capitalised common word with no other evidence is no person', () => {
  check('Pour le teint, exigez la crème Velouté : Douceur et Fraîcheur garanties.', []);
  check('Le feuilleton reprend demain (Suite de la page 2) avec un épisode inédit.', []);
  check('Hier soir, les invités criaient Bravo et Merci pendant le concert.', []);
  check('Le secret de Polichinelle a été éventé par la presse.', []);
});

test('a common word that names a person keeps its evidence: a title, a first name, a list of persons', () => {
  check('Le général Boulanger est arrivé ; Jean Chevalier aussi.', ['PER:Boulanger', 'PER:Jean Chevalier']);
  check('La commission a entendu MM. Roblot, Charpentier et Mauvais hier.', ['PER:Roblot', 'PER:Charpentier', 'PER:Mauvais']);
  check('On cite Charpentier, Mauvais et Jean Roblot.', ['PER:Charpentier', 'PER:Mauvais', 'PER:Jean Roblot']);
  check('Hier, Roblot et Zorvanek sont venus, puis Tessier.', ['PER:Roblot', 'PER:Zorvanek', 'PER:Tessier']);
});

test('a name made only of common words is no person, unless an initial or a list of persons says so; one common word is not enough', () => {
  check('Réglez par Compte Chèques postaux ou mandat.', []);
  check('Selon Lance Armstrong, tout va bien.', ['PER:Lance Armstrong']);
  check('Au programme : Mireille, avec Y. Barreau.', ['PER:Y. Barreau']);
  check('On applaudit Sylvie Vartan, Rose Bouche et Pierre Palmade.', ['PER:Sylvie Vartan', 'PER:Rose Bouche', 'PER:Pierre Palmade']);
});

test('a name read from its shape alone lends no common word to other mentions; a name with evidence lends its surname', () => {
  // "B. R. Patienter" is kept (an initial), but "Patienter" alone elsewhere is the verb of an advertisement.
  check('Place de gérant, B. R. Patienter, libre. Patienter : Œ. 12.', ['PER:B. R. Patienter']);
  check('Le notaire Jean Boulanger a signé. Hier, Boulanger est reparti.', ['PER:Jean Boulanger', 'PER:Boulanger']);
});

test('a common word that the sentence makes a person stays one: the subject of a verb, a source, a name in a line-up', () => {
  check('Interrogé mardi, Boulanger a reconnu avoir menti.', ['PER:Boulanger']);
  check('Candidat à sa réélection, Blanc promet de baisser les impôts.', ['PER:Blanc']);
  check('Selon Marin Blanc, le chantier avance.', ['PER:Marin Blanc']);
  check('La sélection compte Vasseur, Boucher, Meunier et Charpentier.', ['PER:Vasseur', 'PER:Boucher', 'PER:Meunier', 'PER:Charpentier']);
  check('Les buts sont de Berger (12e) et Vasseur (78e).', ['PER:Berger', 'PER:Vasseur']);
  check('Au milieu, Lenoir, Boucher et Meunier.', ['PER:Lenoir', 'PER:Boucher', 'PER:Meunier']);
  check('Réglez par Compte Chèques postaux ou mandat.', []);
});

test('a subject is in a subject\'s place: not after a noun ("le cheval Espoir"); a source after "selon" stays named', () => {
  check('Le cheval Espoir a remporté la course.', []);
  check('Le parfum Fraîcheur est vendu partout.', []);
  check('Selon Berger, les prix baisseront.', ['PER:Berger']);
  check('Et Blanc promet de revenir.', ['PER:Blanc']);
});

test('a person who acts is in no list of places', () => {
  check('Le club a battu Nantes et Meunier a inscrit un doublé.', ['LOC:Nantes', 'PER:Meunier']);
  check('Rennes, Brest et Berger ont signé la convention.', ['LOC:Rennes', 'LOC:Brest', 'PER:Berger']);
});

test('a surname that is a word stays a person, and the speaker, after the reporting verb of an incise', () => {
  check('« Nous partons », a déclaré Boulanger.', ['PER:Boulanger']);
  check('« Rien ne va », explique Mercier, un élu local.', ['PER:Mercier']);
  check("L'entreprise annonce Printemps, son nouveau programme.", []);
  const r = analyze('« Nous partons », a déclaré Boulanger.');
  assert.deepEqual(r.quotes.map((q) => q.speaker), [r.entities[0].id]);
});

test('a word in capitals may have lost any one accent: "CAFE" is a word, "DUPONT" is not', () => {
  assert.equal(isCommonWord('CAFE'), true);
  assert.equal(isCommonWord('MEDECIN'), true);
  assert.equal(isCommonWord('DUPONT'), false);
  assert.equal(isCommonWord('Cafe'), false, 'a capitalised word keeps its lower-case letters as written');
});

test('a word of the language in capitals is no acronym; an unknown one still is', () => {
  check('On a vendu le fonds : CAFE à céder avec licence.', []);
  check('La direction de la SNOR a démenti hier.', ['ORG:SNOR']);
  check('Le RAID est intervenu hier soir.', ['ORG:RAID']);
});

test('a name in capitals signing a small ad with a street address is a person; a word of the language is not', () => {
  check('Leçons de piano. PELLETIER, rue de Rivoli, 116.', ['PER:PELLETIER', 'LOC:rue de Rivoli']);
  check('Réparations. DUPONT, 12, boulevard Haussmann.', ['PER:DUPONT', 'LOC:boulevard Haussmann']);
  check('Fonds à céder. BOULANGERIE, r. de Vaugirard.', ['LOC:r. de Vaugirard']);
  check('Devant le siège de la CGT, rue de Montreuil.', ['ORG:CGT', 'LOC:rue de Montreuil']);
});

test('a commune named like a word of the language needs a place cue', () => {
  check("Cours des métaux : Etain d'Australie 174 ; Plomb anglais 22.", ['LOC:Australie']);
  check('Un accident s\'est produit à Étain hier soir.', ['LOC:Étain']);
  check('Les vignerons de Bourgueil sont inquiets.', ['LOC:Bourgueil']);
});
