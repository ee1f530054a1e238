// Person mentions and the role the text gives them in apposition: which role belongs to which
// name when appositions follow one another, and a title in apposition that names someone else.
// Every sentence was written for these tests.
import { testEntityCases, type EntityCases } from './helpers/entityCheck';

const cases: EntityCases = [
  [
    "a role between two commas is the apposition of the name before it, not the role of the name after it",
    "On remarquait MM. Paul Vernier, député, ancien ministre, Octave Lamberdin, conseiller municipal de Lyon, et bien d'autres.",
    ['PER:Paul Vernier|député, ancien ministre', 'PER:Octave Lamberdin|conseiller municipal de Lyon', 'LOC:Lyon'],
  ],
  [
    'a role before the name after a comma is still its role',
    'Le ministre de la Défense, Jean Dupré, a annoncé mardi de nouvelles mesures.',
    ['PER:Jean Dupré|ministre de la Défense'],
  ],
  [
    'a title followed by a name after a comma is another person, not an apposition',
    'Parmi les invités, Georges Tavel, lord Brancaster et Henri Maubec. Dans la loge, Louis Garnaud, monsieur de Valcourt et sa femme.',
    ['PER:Georges Tavel', 'PER:Brancaster|lord', 'PER:Henri Maubec', 'PER:Louis Garnaud', 'PER:de Valcourt|monsieur'],
  ],
  [
    'a role noun before an acronym stays a role',
    'Claire Mabon, députée LR de la Manche, a voté contre le texte.',
    ['PER:Claire Mabon|députée LR de la Manche', 'PER:LR|députée', 'LOC:Manche'],
  ],
  [
    'a one-word title before the name gives way to the apposition after it',
    'Notre camarade Lucien Ferrat, député de la Drôme, présidait la réunion.',
    ['PER:Lucien Ferrat|député de la Drôme', 'LOC:Drôme'],
  ],
  [
    'a role phrase before the name is kept even when an apposition follows',
    'Le porte-parole du gouvernement, Olivier Varenne, a démenti.',
    ['PER:Olivier Varenne|porte-parole du gouvernement'],
  ],
  [
    'a second role after the first is part of the apposition; a name after the comma is not',
    'Ont pris la parole MM. Firmin Lavergne, député, ancien ministre, et Ernest Cabrol, sénateur, Paul Dagorne, maire.',
    ['PER:Firmin Lavergne|député, ancien ministre', 'PER:Ernest Cabrol|sénateur', 'PER:Paul Dagorne|maire'],
  ],
  [
    'after a first name or a title and "de", a capitalised article starts the surname; alone it is a place',
    'M. Louis de La Brosse-Varaine et Amédée de La Villemarque sont partis pour La Rochelle. Le bateau de Louis a quitté La Rochelle.',
    ['PER:Louis de La Brosse-Varaine', 'PER:Amédée de La Villemarque', 'LOC:La Rochelle', 'PER:Louis', 'LOC:La Rochelle'],
  ],
  [
    'a regnal ordinal "Ier" ends the name like a roman numeral',
    'Le roi Baudouin Ier a reçu Napoléon III et Catherine Ire.',
    ['PER:Baudouin Ier', 'PER:Napoléon III', 'PER:Catherine Ire'],
  ],
  [
    'an abbreviated given name is part of the name, like an initial',
    'M. Ch. Vaudrelle et M. Aug. Pontalis ont parlé ; le peintre Alph. Brissac expose.',
    ['PER:Ch. Vaudrelle', 'PER:Aug. Pontalis', 'PER:Alph. Brissac'],
  ],
  [
    'modern news: one role each in a coordination, a role phrase before the name after a comma, a capitalised role',
    'Lundi, Pierre Valmont, président, et Greta Holm, chancelière, se sont vus. Le président américain, John Harlan, a reçu le chancelier, Olaf Brenner. Jean Castel, Premier ministre, a parlé.',
    ['PER:Pierre Valmont|président', 'PER:Greta Holm|chancelière', 'PER:John Harlan|président américain', 'PER:Olaf Brenner|chancelier', 'PER:Jean Castel|Premier ministre'],
  ],
];

testEntityCases(cases);
