// Entertainment programmes as the press of 1850-1950 prints them: a run of items "VENUE, time,
// play (cast)." whose layout makes the head of each item a venue even without a time, and the
// television listings of modern news, whose channels are no venues. Every sentence was written
// for these tests; the venues and plays are invented.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findEntities } from '../../server/src/analysis/entities';
import { testEntityCases, type EntityCases } from './helpers/entityCheck';

const cases: EntityCases = [
  [
    'in a programme, a head in capitals is a venue when closed ("Relâche"), before a dash and a title, or before the cast',
    'Ce soir : FLORIDOR, 8 h. 30, Le Billet perdu. CASTELLANE, 8.45, Les Ailes. BÉRANGÈRE. Relâche. PLANTIN. — La Nuit de mai. TOURNESOL, Lucienne Varet, Marc Doré. TAVERNAY, 9 h., Les Trois Valses.',
    ['LOC:FLORIDOR', 'LOC:CASTELLANE', 'LOC:BÉRANGÈRE', 'LOC:PLANTIN', 'LOC:TOURNESOL', 'PER:Lucienne Varet', 'PER:Marc Doré', 'LOC:TAVERNAY'],
  ],
  [
    'in a programme, a capitalised venue before its time, and a venue with its hall in brackets before the time',
    'Cet après-midi : Mirabelle-Palace, 3 h. VERNISSAGE, 3 h. 30, Les Ailes. CORMORAN, 9 h., Les Trois Valses. TAMARIS (Salle Bréval), 9 h., La Source.',
    ['LOC:Mirabelle-Palace', 'LOC:VERNISSAGE', 'LOC:CORMORAN', 'LOC:TAMARIS', 'LOC:Salle Bréval'],
  ],
  [
    "a venue's name takes in its abbreviated words: \"S.-\", \"COM. CH.\", \"STUDIO R.-\", \"3-\"",
    'BELCOURT, 8 h. 30, Le Voyage. S.-VERNIER, 8.45, Amélie. COM. CH. VARÈSE, 9 h, Le Piège. STUDIO R.-DORVAL, 9 h, Le Péché. 3-BAUDETS, 9 h. Rires. PALOMBE, 8.30, Rêverie.',
    ['LOC:BELCOURT', 'LOC:S.-VERNIER', 'LOC:COM. CH. VARÈSE', 'LOC:STUDIO R.-DORVAL', 'LOC:3-BAUDETS', 'LOC:PALOMBE'],
  ],
  [
    'without a programme around it, a word in capitals before a dash or a lower-case "relâche" is no venue',
    'La séance est ouverte. MARCEL. Relâche ce soir pour cause de grève, annonce le directeur. GALLIARD. — Le conseil municipal a voté hier le budget.',
    [],
  ],
  [
    'modern news: unions meeting at set times are bodies, not venues',
    'Les syndicats ont rendez-vous mardi : CGT, 9 h, place de la République ; FO, 10 h, devant le ministère. CFDT, 11 h. Communiqué.',
    ['ORG:CGT', 'LOC:place de la République', 'ORG:FO', 'ORG:CFDT'],
  ],
  [
    'in a programme, a play after ";" and the time is no name, and the cast stays in its brackets',
    'Ce soir : FLORIDOR, 8 h. 30, Le Billet perdu. CASTELLANE, 8.45, Les Ailes. CORMORAN. — 9 h. ; Zig-Zag (Lamorlière).',
    ['LOC:FLORIDOR', 'LOC:CASTELLANE', 'LOC:CORMORAN', 'PER:Lamorlière'],
  ],
  [
    'a person with a title after a time stays a person, in a programme too (a conference agenda)',
    'AMPHITHÉÂTRE VARNIER, 9 h 30 : M. Jean Dulac, recteur. SALLE PORTALIS, 10 h 30 : Mme Claire Vanel. SALLE CASTAGNE, 11 h : M. Paul Roset.',
    ['LOC:AMPHITHÉÂTRE VARNIER', 'PER:Jean Dulac', 'LOC:SALLE PORTALIS', 'PER:Claire Vanel', 'LOC:SALLE CASTAGNE', 'PER:Paul Roset'],
  ],
  [
    'outside a programme, ";" after a time ends a clause and the name after it stays',
    'Réunion à 18 h ; Vandrel présidera la séance.',
    ['PER:Vandrel'],
  ],
  [
    'an abbreviation right after a word ends what comes before, not the venue',
    'BELCOURT, 8 h. 30, Le Voyage. PALOMBE, 8.30, Rêverie. On jouera au ROX. CH. VARÈSE, 9 h, Le Piège.',
    ['LOC:BELCOURT', 'LOC:PALOMBE', 'LOC:CH. VARÈSE'],
  ],
  [
    'modern news: speakers announced at set times are persons, no programme around them',
    'Programme de la journée : à 9 h, M. Jean Valère ouvrira le congrès ; à 10 h. 30, Mme Claire Dufort présentera le rapport. Mardi, 20 h : Mme Hélène Castel reçoit le prix.',
    ['PER:Jean Valère', 'PER:Claire Dufort', 'PER:Hélène Castel'],
  ],
];

testEntityCases(cases);

// Television listings: channels before their times are media, never venues (what they are typed
// as otherwise is the acronym and name rules' business, not this layout's).
for (const listing of [
  'Ce soir à la télévision : TF1, 21 h 05 : Koh-Lanta. France 2, 21 h 10 : Envoyé spécial. ARTE, 20.55, Le Dessous des cartes. M6, 21 h, Capital.',
  'Programme télé. FRANCE 3, 20 h 50, Thalassa. ARTE, 20.55, Documentaire. LCI, 18 h, Le Débat.',
]) {
  test(`modern news: television channels are no venues (${listing.slice(0, 30)}…)`, () => {
    const venues = findEntities(makeContext(listing)).filter((m) => m.evidence.some((e) => e.startsWith('venue') || e.startsWith('programme')));
    assert.deepEqual(venues.map((m) => m.text), []);
  });
}
