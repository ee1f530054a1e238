// Person precision (branch perp): classes of weakly typed persons that name no one, each rule
// measured on HIPE newseye dev and dev2 separately. Every sentence was written for these tests.
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('a name after "auteur de", "représentation de", "la première de" is a work, no person', () => {
  check('Le jeune Paul Vermand, auteur de Bastringue, a lu hier ses poèmes au cercle.', ['PER:Paul Vermand']);
  check('La première représentation de Malvoisine aura lieu samedi.', []);
  check('On annonce la première de Gravelotte au théâtre.', []);
});

test('without a work cue, or with a title, the person stays', () => {
  check('Le public a applaudi Bastringue et Loriquet.', ['PER:Bastringue', 'PER:Loriquet']);
  check('La première de Mme Loriquet fut un succès.', ['PER:Loriquet']);
  check("L'auteur de la lettre, Bastien Loriquet, a été entendu.", ['PER:Bastien Loriquet']);
});
