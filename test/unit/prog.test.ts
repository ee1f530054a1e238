// Entertainment programmes as the press of 1850-1950 prints them: a run of items "VENUE, time,
// play (cast)." whose layout makes the head of each item a venue even without a time, and the
// television listings of modern news, whose channels are no venues. Every sentence was written
// for these tests; the venues and plays are invented.
import { test } from 'node:test';
import { checkEntities as check } from './helpers/entityCheck';

const cases: Array<[string, string, string[]]> = [
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
    'modern news: television channels before their times are no venues ("TF1", "France 2", "ARTE")',
    'Ce soir à la télévision : TF1, 21 h 05 : Koh-Lanta. France 2, 21 h 10 : Envoyé spécial. ARTE, 20.55, Le Dessous des cartes. M6, 21 h, Capital.',
    ['ORG:TF', 'LOC:France', 'ORG:ARTE'],
  ],
  [
    'modern news: a channel number after the name ("FRANCE 3, 20 h 50") is no show time, a short acronym no venue',
    'Programme télé. FRANCE 3, 20 h 50, Thalassa. ARTE, 20.55, Documentaire. LCI, 18 h, Le Débat.',
    ['LOC:FRANCE', 'ORG:ARTE'],
  ],
  [
    'modern news: unions meeting at set times are bodies, not venues',
    'Les syndicats ont rendez-vous mardi : CGT, 9 h, place de la République ; FO, 10 h, devant le ministère. CFDT, 11 h. Communiqué.',
    ['ORG:CGT', 'LOC:place de la République', 'ORG:FO', 'ORG:CFDT'],
  ],
  [
    "in a programme, a person with a title right after the time starts a play's title, and the cast stays in its brackets",
    'Ce soir : FLORIDOR, 8 h. 30, Le Billet perdu. CASTELLANE. — 8 h. 45 : Mlle Rosine, ma cousine. VERNISSAGE, 8 h. 30. Monsieur Tapinois. CORMORAN. — 9 h. ; Zig-Zag (Lamorlière).',
    ['LOC:FLORIDOR', 'LOC:CASTELLANE', 'LOC:VERNISSAGE', 'LOC:CORMORAN', 'PER:Lamorlière'],
  ],
  [
    'modern news: speakers announced at set times are persons, no programme around them',
    'Programme de la journée : à 9 h, M. Jean Valère ouvrira le congrès ; à 10 h. 30, Mme Claire Dufort présentera le rapport. Mardi, 20 h : Mme Hélène Castel reçoit le prix.',
    ['PER:Jean Valère', 'PER:Claire Dufort', 'PER:Hélène Castel'],
  ],
];

for (const [name, sentence, expected] of cases) test(name, () => check(sentence, expected));
