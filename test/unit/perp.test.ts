// Person precision (branch perp): classes of weakly typed persons that name no one, each rule
// measured on HIPE newseye dev and dev2 separately. Every sentence was written for these tests.
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('a name after "auteur de" is a work, no person', () => {
  check('Le jeune Paul Vermand, auteur de Bastringue, a lu hier ses poèmes au cercle.', ['PER:Paul Vermand']);
  check('Les auteurs de Malvoisine seront présents samedi.', []);
});

test('a name after "la première de" or "la représentation de" stays a person', () => {
  check("C'est la première de Vermandel comme ministre du budget.", ['PER:Vermandel']);
  check('La représentation de Lorinquet dans les médias inquiète son parti.', ['PER:Lorinquet']);
});

test('without a work cue, or with a title, the person stays', () => {
  check('Le public a applaudi Bastrengue et Lorinquet.', ['PER:Bastrengue', 'PER:Lorinquet']);
  check("L'auteur de la lettre, Bastien Lorinquet, a été entendu.", ['PER:Bastien Lorinquet']);
});

test('a capital inside a word of a name typed by shape alone is OCR debris, no person', () => {
  check('Hier, Bardonnet a salué MonVarel devant la mairie.', ['PER:Bardonnet']);
  check('Le discours fut applaudi par Bertoux MarTeau hier.', []);
  check('La somme fut versée à la caisse, avec Verdet, NoTarel les anciens partirent.', ['PER:Verdet']);
});

test('name prefixes keep their inner capital, and a first name or a title keeps the person', () => {
  check('Selon Ron DeSantis et John McCain, la loi passera ; Leonardo DiCaprio a signé.', ['PER:Ron DeSantis', 'PER:John McCain', 'PER:Leonardo DiCaprio']);
  check('Le témoin a cité DeMarcy, puis Vanloo.', ['PER:DeMarcy', 'PER:Vanloo']);
  check('Pierre Lavigne a parlé avec Gaston FerBlanc.', ['PER:Pierre Lavigne', 'PER:Gaston FerBlanc']);
});

test('a plural place noun or a compound port noun before "de" makes the name a place', () => {
  check('La propriété est située sur les communes de Brenoux et de Vassieux.', ['LOC:Brenoux', 'LOC:Vassieux']);
  check("Seul l'avant-port de Kersabec reste ouvert en hiver.", ['LOC:Kersabec']);
  check('Les délégués des cantons de Morvilliers sont venus.', ['LOC:Morvilliers']);
  check('Les quartiers de Jean Valmont furent fouillés.', ['PER:Jean Valmont']);
});

test('modern news keeps its people and places', () => {
  check('LeBron James et Kevin DeBruyne ont dîné avec Elon Musk à Miami.', ['PER:LeBron James', 'PER:Kevin DeBruyne', 'PER:Elon Musk', 'LOC:Miami']);
  check("L'auteur de Valmorin, Louis Ferrand, a été reçu à Toulouse.", ['PER:Louis Ferrand', 'LOC:Toulouse']);
  check('Les communes de Saint-Denis et de Montreuil ont voté, selon le maire de Paris.', ['LOC:Saint-Denis', 'LOC:Montreuil', 'LOC:Paris']);
});
