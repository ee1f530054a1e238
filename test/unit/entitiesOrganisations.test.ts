// Organisations as the older French press prints them, and what only looks like one. The
// sentences were written for these tests (invented names, no line from the sample corpus or HIPE).
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

test('a row of a stock list with its two prices names a company', () => {
  check('Valeurs diverses 312 .. 310 .. Brasseries Vormel ........ 415 .. 418 .. Tanneries Ardal ....... 96 50 97 ..', ['ORG:Brasseries Vormel', 'ORG:Tanneries Ardal']);
});

test('a row of a price list or a leader with no figure names no one', () => {
  check('ABONNEMENTS Trois mois Six mois Un an Départements ......... 20 » 38 » 70 » Outremer ......... 28 » 52 » 98 »', []);
  check('Tarif des annonces. Modes et Coiffure . . .. 12 fr. la ligne.', []);
  check('Derniers cours 388 .. 390 Pellion Varde ........... ... .. ... ... Fin de la cote.', []);
});

test('an ellipsis after a name in a dialogue is no leader', () => {
  check('— Et Dubrenil... il viendra ?', ['PER:Dubrenil']);
});

test("after an article, a name whose words \"des\", \"de la\" join without a head word is a work's or an event's title", () => {
  check('Ce soir au Casino, la Fête des Lilas, avec souper dansant.', []);
  check("Demain, reprise de La Chanson de l'Aube, drame en trois actes.", []);
  // With a head word the same shape names a body.
  check('La Ligue des Amis du Vin tiendra sa réunion.', ['ORG:Ligue des Amis du Vin']);
  // A body named by an article and its own words stays one.
  check('Le bureau de la Libre Musique est ouvert.', ['ORG:Libre Musique']);
});

test('a name led by a plural common noun names a firm, not a plural phrase, a linked heading or a person', () => {
  check('412 .. 415 .. Forges Valdrac ........ 495 .. 488 .. ', ['ORG:Forges Valdrac']);
  check('Nos petites annonces : Locations Saisonnières, le lundi.', []);
  check('Le programme passe ensuite à Ombres Lointaines, un film de Pierre Lomard.', ['PER:Pierre Lomard']);
  check("Rubriques : Ventes d'Immeubles, Offres et demandes.", []);
});

// Modern news: the rules above for the older press leave these names as they were.
test('modern firms and bodies keep their names', () => {
  check('Les salariés des Galeries Vendôme sont en grève depuis lundi.', ['ORG:Galeries Vendôme']);
  check('Selon les Laboratoires Marvel, le médicament était sûr.', ['ORG:Laboratoires Marvel']);
  check('La présidente de la Ligue des droits des piétons a réagi.', ['ORG:Ligue des droits des piétons']);
  check('Le directeur de KLM France et la SNCF ont signé un accord.', ['ORG:KLM France', 'ORG:SNCF']);
});

test('a short word in capitals starts an acronym and a name only if no other word is in capitals or a stray letter', () => {
  check("Rien n'égale la PATE de GUIMAUVE de VERLANDIER pour la toux.", []);
  check('BOURSE DU 3 Mars VA E U C OU E V A L E U cours précédents', []);
});

test('"le X" alone names a body as the subject of a verb or a source, not in a list or before a full stop', () => {
  check('Hier soir, le Valmoran a démenti toute négociation.', ['ORG:Valmoran']);
  check('Selon le Valmoran, les ventes reprennent.', ['ORG:Valmoran']);
  check('Sous sa direction sont placés le Kerdaly, le Valmoran et le restaurant du port.', []);
  check('Il faut toujours prévoir une réserve pour le Terzal.', []);
});

// Modern news: a body after "le" as the subject keeps its name.
test('modern bodies after "le" keep their names', () => {
  check('Le Bundesrat a rejeté le texte, et le Kremlin a protesté.', ['ORG:Bundesrat', 'ORG:Kremlin']);
});
