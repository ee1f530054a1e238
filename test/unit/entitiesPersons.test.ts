// Person names in the older press: the span and the type of names that lists, registers and
// programmes print in their own ways. Every sentence was written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities } from '../../server/src/analysis/entities';

/** Expected mentions as "TYPE:text". */
function check(sentence: string, expected: string[]): void {
  const mentions = findEntities(makeContext(sentence));
  for (const m of mentions) assert.equal(sentence.slice(m.start, m.end), m.text, 'text is the exact slice');
  assert.deepEqual(
    mentions.map((m) => `${m.type}:${m.text}`),
    expected,
    sentence,
  );
}

const cases: Array<[string, string, string[]]> = [
  [
    'a surname with its first name in brackets is one person; an author and his character are two',
    'Naissances : Lefort (Adélaïde), à Épinal ; Marchais (Anne-Sophie), à Toul. Dessins de Tom Baxter (Félix) et Lyon (Rhône).',
    ['PER:Lefort (Adélaïde)', 'LOC:Épinal', 'PER:Marchais (Anne-Sophie)', 'LOC:Toul', 'PER:Tom Baxter', 'PER:Félix', 'LOC:Lyon', 'LOC:Rhône'],
  ],
  [
    'a hyphen that joins a surname to the next first name parts two people, not a compound first name',
    'Au programme : Sully Prudhomme-Gabriel Pierné, Albert Martin-Henri Dupuis, puis Mme Jeanne Marie-Christine Dubois et Pierre Jean-Marie Lenoir au piano.',
    ['PER:Sully Prudhomme', 'PER:Gabriel Pierné', 'PER:Albert Martin', 'PER:Henri Dupuis', 'PER:Jeanne Marie-Christine Dubois', 'PER:Pierre Jean-Marie Lenoir'],
  ],
  [
    'capitalised words joined by du, des, de la or de before a plural make no person; after a first name or a title they do',
    'Demain : Exposition du Salon de Printemps et Cycle de Causeries, avec Bertrand du Guesclin, M. Lenoir de la Tour et Leconte de Lisle.',
    ['PER:Bertrand du Guesclin', 'PER:Lenoir de la Tour', 'PER:Leconte de Lisle'],
  ],
  [
    'a body after a title noun and its particle is no person: "secrétaire général de la Fédération"',
    'Le secrétaire général de la Ligue des Paysans a écrit au comte de Valmont.',
    ['ORG:Ligue des Paysans', 'PER:de Valmont'],
  ],
  [
    'a capitalised word that takes a noun complement is a common noun; before a verb it stays a name',
    'Annonces : vends Commerce de primeurs, Bail de longue durée. Le juge ordonna que Brossard de son côté paie, et pria Vernier de partir.',
    ['PER:Brossard', 'PER:Vernier'],
  ],
  [
    'a capitalised word without a vowel is an abbreviation, no name',
    'Vends piano droit, Px modéré, Mlle Fournier, ou voir Grb, chez Vernier.',
    ['PER:Fournier', 'PER:Vernier'],
  ],
  [
    'an initial before a surname is no common word, though the letter stands alone in lower case elsewhere',
    'Le Rival, comédie en trois actes par E. Marlot ; la lettre e y manque partout.',
    ['PER:E. Marlot'],
  ],
  [
    'a particle that starts a sentence is no common word of the name, though the same name writes it in lower case',
    'On annonça le graveur van Dorsten. Van Dorsten arriva seul ; Van Meel le suivait.',
    ['PER:van Dorsten', 'PER:Van Dorsten', 'PER:Van Meel'],
  ],
  [
    'after a title, an initial and a particle start the name',
    'Féerie en cinq actes, de MM. H. d\'Orville et Bastien ; décors de M. L. de Vrigny.',
    ["PER:H. d'Orville", 'PER:Bastien', 'PER:L. de Vrigny'],
  ],
  [
    'a share in a market report may carry its class in lower case or lose its comma; it is no person',
    'Valeurs américaines (calmes) : Anaconda, 15 ; Steel common, 175 1/2 ; Northern Pacific 124 ; Wabash ord. 31 ; Golden Horseshoe. 9 3/4 ; le cuivre : Comptant, 71 18 9.',
    ['ORG:Anaconda', 'ORG:Steel common', 'ORG:Northern Pacific', 'ORG:Wabash ord', 'ORG:Golden Horseshoe'],
  ],
  [
    'a long word in capitals with a trade in apposition is a person, as small ads sign',
    'MALADIES DU SANG. — GASPARD, médecin, reçoit de midi à 4 h. Voir aussi DURANDEAU, pharmacien, et BERNARDIN, rue de Rivoli.',
    ['PER:GASPARD', 'PER:DURANDEAU', 'LOC:rue de Rivoli'],
  ],
  [
    'an initial may stand before a particle, and after a particle it starts another name',
    'Causerie par H. de la Vernède. Sirop de J. L. Barbotin, la boîte 2 francs.',
    ['PER:H. de la Vernède', 'PER:J. L. Barbotin'],
  ],
  [
    'a noble title is no common word of the name, though the text writes it in lower case too',
    'Le lord maire a parlé. Hier, Lord Ashcombe et Sir Neville Tarrant sont arrivés.',
    ['PER:Lord Ashcombe', 'PER:Sir Neville Tarrant'],
  ],
  [
    'a surname at a sentence start with a trade in apposition is a person, not a word before a form of address',
    'Faillites. Vautrain, négociant en grains, rue des Lilas. Pardon, madame, je passais.',
    ['PER:Vautrain', 'LOC:rue des Lilas'],
  ],
  [
    'a name of three hyphened capitalised parts, or of a place and an unknown word, is a firm; two surnames or a name with particles stay a person',
    'Les actions Vobis-Tonfilm-Union et Loire-Bréguet montent, tandis que Lloyd-George reste prudent et que Kaddour-Ben-Slimane est parti.',
    ['ORG:Vobis-Tonfilm-Union', 'ORG:Loire-Bréguet', 'PER:Lloyd-George', 'PER:Kaddour-Ben-Slimane'],
  ],
  [
    'only a person is split into the known names it joins: a firm keeps its hyphens',
    'M. Vobis et M. Klang ont fondé la firme. Valeurs : Anaconda, 15 ; Vobis-Klang, 12 ; la hausse de Vobis-Klang surprend.',
    ['PER:Vobis', 'PER:Klang', 'ORG:Anaconda', 'ORG:Vobis-Klang', 'ORG:Vobis-Klang'],
  ],
  [
    'a name that a genre follows is the title of a work; a person with a trade in apposition stays one',
    'Au programme : Gaspard, comédie en 2 actes ; Roland et Delphine, opérette ; le chanteur Paul Vidal, ténor.',
    ['PER:Paul Vidal'],
  ],
  [
    'a capitalised word before a colon and a date or a figure is a label; before words it may be a speaker',
    'Cargaison de bois, Arrivée : 4 mars, Tirage : 12 000. Ensuite Brochard : je refuse.',
    ['PER:Brochard'],
  ],
  [
    'in shipping news the word after a ship and its flag is the port, not a person',
    'Arrivées : Meurthe, fr., Taourirt ; Guadiana, esp., Londres. Parti : Wilberforce, ang., Départ : 3 janvier.',
    ['LOC:Taourirt', 'LOC:Londres'],
  ],
  [
    'a street or a site written with a capital is a place, not a person; a colonel is no site',
    'Il habite 56, Bd Malesherbes, puis Avenue Kléber, près de la Place Clichy ; le Col. Hardy et Pierre Pont sont venus.',
    ['LOC:Bd Malesherbes', 'LOC:Avenue Kléber', 'LOC:Place Clichy', 'PER:Hardy', 'PER:Pierre Pont'],
  ],
  [
    'in a chain of stops a listed town after one unknown word is a second stop whose comma was lost; elsewhere it stays in the name',
    'Horaires : Concarneau à Rospordenn Quimper à Douarnenez ; Cindy Santos, J. Paris et Drieu La Rochelle écrivent.',
    ['LOC:Rospordenn', 'LOC:Quimper', 'LOC:Douarnenez', 'PER:Cindy Santos', 'PER:J. Paris', 'PER:Drieu La Rochelle'],
  ],
  [
    'a capitalised word that a feminine adjective follows is a common noun; before a verb with its pronoun it stays a name',
    'Arrivages : AFRIQUE (Rive occidentale), puis Zone portuaire ; aussi Mirville prit-elle le train.',
    ['LOC:AFRIQUE', 'PER:Mirville'],
  ],
  [
    'a name that a Roman ordinal starts numbers a work or an event, not a person',
    'Programme du jeudi : VIIe Symphonie, puis XIIe Nocturne ; au piano, Louis XIV Dumont.',
    ['PER:Louis XIV Dumont'],
  ],
  [
    'a name joined by "et" to a play\'s title after a clock time is the rest of the title; after a year it is a person',
    'Ce soir : LYRIQUE, 8.30, Céphale et Procris ; GYMNASE, 9 h., Tartuffe. En 1922, M. Dumoulin et Lerouge sont venus.',
    ['LOC:LYRIQUE', 'LOC:GYMNASE', 'PER:Dumoulin', 'PER:Lerouge'],
  ],
  [
    'after a year a name is a person; after a clock time in a programme it is a title',
    'En 1922, Vaneau et Lerouge sont venus. GYMNASE, 9 h., Cendrillon.',
    ['PER:Vaneau', 'PER:Lerouge', 'LOC:GYMNASE'],
  ],
];

for (const [name, sentence, expected] of cases) test(name, () => check(sentence, expected));
