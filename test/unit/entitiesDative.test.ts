// "à X" after a verb whose indirect object is a person names a person, not a place. The
// sentences were written for these tests (invented names, no line from the sample corpus or HIPE).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('"à X" after a verb with a personal indirect object is no place cue', () => {
  check("Le garde champêtre intima à Tarvelon l'ordre de quitter la ferme.", ['PER:Tarvelon']);
  check('En 1802, il avait succédé à Morvanel comme notaire du bourg.', ['PER:Morvanel']);
  check('Ce délai doit permettre à Quérillac de rembourser ses dettes.', ['PER:Quérillac']);
  check('Le capitaine répondit à Lestrobel que la route était coupée.', ['PER:Lestrobel']);
});

test('"à X" after other verbs still announces a place', () => {
  check('Le vapeur est arrivé à Tarvelon hier soir.', ['LOC:Tarvelon']);
  check('Il partit se reposer à Morvanel avec sa famille.', ['LOC:Morvanel']);
  check("L'aviateur a été retrouvé à Quérillac par des paysans.", ['LOC:Quérillac']);
});

test('a known place after a dative verb stays a place', () => {
  check('Le traité doit permettre à la France et à Lyon de commercer.', ['LOC:France', 'LOC:Lyon']);
  check('Le ministre a demandé à Washington de lever les sanctions.', ['LOC:Washington']);
  check('Kiev a aussitôt répondu à Moscou par un communiqué.', ['LOC:Kiev', 'LOC:Moscou']);
});
