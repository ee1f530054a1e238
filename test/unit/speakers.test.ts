// Speaker attribution (server/src/analysis/speakers.ts, persons.ts), table-driven. Entity
// mentions are built here from the text (every occurrence of the listed names, found by
// searching), so these tests do not depend on the entity detector. Most sentences are written
// for these tests, with other people and topics than the sample corpus; the last group are
// lines of the sample corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findQuotes } from '../../server/src/analysis/quotes';
import { attributeSpeakers } from '../../server/src/analysis/speakers';
import fc from 'fast-check';
import './propertyConfig';
import type { AttributionMethod, EntityMention, EntityType, Source } from '../../server/src/analysis/types';

/** A name as it appears in the text, its type, and its id when it is a variant ("Dubois" → "Claire Dubois"). */
type Name = [text: string, type: EntityType, id?: string];

/** The start of the quote's text, its speaker (null: none), and optionally the method and vague source. */
type Want = [quoteStart: string, speaker: string | null, method?: AttributionMethod, source?: number | null];

function mentions(text: string, names: Name[]): EntityMention[] {
  const out: EntityMention[] = [];
  const taken = new Array<boolean>(text.length).fill(false);
  const sorted = [...names].sort((a, b) => b[0].length - a[0].length);
  for (const [name, type, id] of sorted) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = text[at - 1] ?? ' ';
      const after = text[at + name.length] ?? ' ';
      if (/[\p{L}\p{N}-]/u.test(before) || /[\p{L}\p{N}]/u.test(after)) continue;
      if (taken.slice(at, at + name.length).some(Boolean)) continue;
      for (let k = at; k < at + name.length; k++) taken[k] = true;
      out.push({ start: at, end: at + name.length, text: name, type, id: id ?? name, confidence: 1, evidence: [] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function vagueSources(text: string, phrases: string[]): Source[] {
  return phrases.map((p) => {
    const start = text.indexOf(p);
    assert.ok(start >= 0, `source phrase not in text: ${p}`);
    return { start, end: start + p.length, text: p, vague: true };
  });
}

function check(input: string, names: Name[], expected: Want[], sources: string[] = []): void {
  const ctx = makeContext(input);
  const { quotes } = findQuotes(ctx);
  attributeSpeakers(ctx, mentions(input, names), quotes, vagueSources(input, sources));
  for (const [quoteStart, speaker, method, source] of expected) {
    const q = quotes.find((x) => x.text.startsWith(quoteStart));
    assert.ok(q, `no quote starting with ${quoteStart} in: ${input}`);
    assert.equal(q.speaker, speaker, `speaker of ${q.text} (${q.attribution?.method} ${q.attribution?.mention?.text ?? ''})`);
    if (method) assert.equal(q.attribution?.method, method, `method for ${q.text}`);
    if (source !== undefined) assert.equal(q.source, source, `source of ${q.text}`);
    if (speaker === null) assert.equal(q.confidence, 0);
    else assert.ok(q.confidence > 0 && q.confidence <= 1);
    const a = q.attribution;
    if (a?.cue) assert.equal(input.slice(a.cue.start, a.cue.end), a.cue.text);
    if (a?.mention) assert.equal(input.slice(a.mention.start, a.mention.end), a.mention.text);
  }
}

test('a reporting verb after the quote names the speaker', () => {
  check('« Les routes seront rouvertes demain », a déclaré Jean Martin, préfet de la Savoie.', [['Jean Martin', 'PER'], ['Savoie', 'LOC']], [
    ['« Les routes', 'Jean Martin', 'verb-after'],
  ]);
  check('« La saison est perdue », estime Lucie Bernard.', [['Lucie Bernard', 'PER']], [['« La saison', 'Lucie Bernard', 'verb-after']]);
  check('« Le vaccin est sûr », explique le spécialiste des virus Paul Girard (Institut Pasteur).', [['Paul Girard', 'PER'], ['Institut Pasteur', 'ORG']], [
    ['« Le vaccin', 'Paul Girard', 'verb-after'],
  ]);
  check('“Personne ne sera licencié”, déclare Marc Petit, qui dirige l’usine depuis 2015.', [['Marc Petit', 'PER']], [['“Personne', 'Marc Petit']]);
  check('« L’hiver sera long », prévient Météo-France.', [['Météo-France', 'ORG']], [['« L’hiver', 'Météo-France']]);
  check('« Le dossier est clos », a écrit M. Renaud dans sa lettre.', [['Renaud', 'PER', 'Alain Renaud']], [['« Le dossier', 'Alain Renaud']]);
});

test('a reporting verb before the quote, with a colon or que', () => {
  check('Claire Dubois a ajouté : « Nous attendons les résultats. »', [['Claire Dubois', 'PER']], [['« Nous attendons', 'Claire Dubois', 'verb-before']]);
  check('Le Parlement européen a averti : « Aucune dérogation ne sera accordée. »', [['Parlement européen', 'ORG']], [['« Aucune', 'Parlement européen']]);
  check('Julien Moreau a affirmé que le pays devait agir « sans délai » face à la crise.', [['Julien Moreau', 'PER']], [['« sans délai', 'Julien Moreau', 'same-sentence']]);
});

test('selon, before or after the quote', () => {
  check('« Le projet est abandonné », selon Hélène Roux.', [['Hélène Roux', 'PER']], [['« Le projet', 'Hélène Roux', 'selon']]);
  check('Selon Hélène Roux, « le projet est abandonné » depuis mars.', [['Hélène Roux', 'PER']], [['« le projet', 'Hélène Roux', 'selon']]);
});

test('a reporting clause earlier in the sentence', () => {
  check('Depuis mardi, a expliqué Marc Petit, les négociations sont « au point mort », ajoutant qu’un accord restait possible.', [['Marc Petit', 'PER']], [
    ['« au point mort', 'Marc Petit', 'same-sentence'],
  ]);
  check('Le maire Paul Vidal a qualifié de « honteuse » la décision du conseil.', [['Paul Vidal', 'PER']], [['« honteuse', 'Paul Vidal']]);
  check('Pierre Lenoir a dénoncé ce qu’il a appelé une « mascarade électorale ».', [['Pierre Lenoir', 'PER']], [['« mascarade', 'Pierre Lenoir', 'pronoun']]);
  check(
    'Sarah Cohen, économiste à la Banque de France, qui suit le dossier depuis dix ans, a estimé que la hausse des taux était « inévitable ».',
    [['Sarah Cohen', 'PER'], ['Banque de France', 'ORG']],
    [['« inévitable', 'Sarah Cohen']],
  );
});

test('pronouns resolve to the nearest compatible named person', () => {
  const text =
    'Le ministre Henri Blanc a rencontré Sophie Laurent, directrice de l’hôpital de Brest.\n« Nous manquons de lits », a-t-elle déclaré.\n« Nous ferons le nécessaire », a-t-il répondu.';
  check(text, [['Henri Blanc', 'PER'], ['Sophie Laurent', 'PER'], ['Brest', 'LOC']], [
    ['« Nous manquons', 'Sophie Laurent', 'pronoun'],
    ['« Nous ferons', 'Henri Blanc', 'pronoun'],
  ]);
  check('Mme Garnier a reçu M. Dupuis hier. « Le dossier avance », a-t-elle affirmé.', [['Garnier', 'PER'], ['Dupuis', 'PER']], [['« Le dossier', 'Garnier', 'pronoun']]);
  check(
    'Interrogé sur le budget, Antoine Leroy a souri. Il a répondu que la ville était « en bonne santé ».',
    [['Antoine Leroy', 'PER']],
    [['« en bonne santé', 'Antoine Leroy', 'pronoun']],
  );
  check('Marc Petit est arrivé à midi. « C’est fini », dit-il.', [['Marc Petit', 'PER']], [['« C’est fini', 'Marc Petit', 'pronoun']]);
  // Gender from « elle » used afterwards, after a man was named more recently.
  check(
    'Camille Ferrand, qui s’est entretenu avec la radio, estime que Paul Aubry a tort.\nElle a rappelé ses réserves.\n« Rien n’est réglé », a-t-elle ajouté.',
    [['Camille Ferrand', 'PER'], ['Paul Aubry', 'PER']],
    [['« Rien', 'Camille Ferrand', 'pronoun']],
  );
});

test('gender from given names and determiners picks the right person for a pronoun', () => {
  check('Marie Vasseur a visité l’usine avec Paul Garnier. « C’est impressionnant », a-t-elle déclaré.', [['Marie Vasseur', 'PER'], ['Paul Garnier', 'PER']], [
    ['« C’est', 'Marie Vasseur', 'pronoun'],
  ]);
  check('La ministre Kofi Asante a reçu le porte-parole Ama Mensah. « Le plan est prêt », a-t-elle assuré.', [['Kofi Asante', 'PER'], ['Ama Mensah', 'PER']], [
    ['« Le plan', 'Kofi Asante', 'pronoun'],
  ]);
});

test('past a prepositional phrase after the verb, the person named is the speaker', () => {
  check('« Nous ne paierons pas », a déclaré à la radio RTL le maire Denis Caron.', [['RTL', 'ORG'], ['Denis Caron', 'PER']], [['« Nous ne paierons', 'Denis Caron']]);
  check('« Rien n’est décidé », a déclaré le porte-parole du ministère, Yann Le Goff.', [['Yann Le Goff', 'PER']], [['« Rien', 'Yann Le Goff']]);
  check('D’après Inès Haddad, « la récolte sera mauvaise ».', [['Inès Haddad', 'PER']], [['« la récolte', 'Inès Haddad']]);
});

test('an incise after a quote reports it even with a verb missing from the list', () => {
  check('« Nous ne céderons pas au chantage », a répliqué le directeur du port, Jacques Hamel.', [['Jacques Hamel', 'PER']], [['« Nous ne céderons', 'Jacques Hamel', 'verb-after']]);
  check('Léa Fontaine préside le club. « On gagnera », tranche-t-elle.', [['Léa Fontaine', 'PER']], [['« On gagnera', 'Léa Fontaine', 'pronoun']]);
  check('« Quelle honte ! », tonne Gérard Lambert.', [['Gérard Lambert', 'PER']], [['« Quelle honte', 'Gérard Lambert', 'verb-after']]);
});

test('« Pour X, … » gives X’s words; an unnamed body right before the verb is not replaced by an earlier name', () => {
  check('Pour Sandrine Dupuis, économiste à Rouen, le coût est lourd : « Chaque jour de grève coûte cher. »', [['Sandrine Dupuis', 'PER'], ['Rouen', 'LOC']], [
    ['« Chaque jour', 'Sandrine Dupuis', 'selon'],
  ]);
  check('Mardi, la CGT a appelé à la grève, tandis que la direction du port dénonce un « blocage irresponsable ».', [['CGT', 'ORG']], [['« blocage', null, 'vague']]);
});

test('an unnamed person described by a role stays unnamed', () => {
  check('Joe Parker est arrivé. « Nous verrons », a déclaré le porte-parole du président Joe Parker.', [['Joe Parker', 'PER']], [['« Nous verrons', null, 'vague']]);
  check('« Rien ne presse », a glissé un conseiller de Sam Okafor, sous couvert d’anonymat.', [['Sam Okafor', 'PER']], [['« Rien', null, 'vague']]);
});

test('indirect speech with a verb missing from the list still governs a fragment', () => {
  check('La cheffe de l’opposition, Keira Stone, a rétorqué que le texte était « un cadeau aux plus riches ».', [['Keira Stone', 'PER']], [['« un cadeau', 'Keira Stone']]);
  check('Pour l’économiste Martin Hale, de l’Institut Delors, les chiffres sont « optimistes ».', [['Martin Hale', 'PER'], ['Institut Delors', 'ORG']], [['« optimistes', 'Martin Hale', 'selon']]);
});

test('an incise inside the marks names the speaker', () => {
  check('Paul Girard a présenté son plan. « Nous ouvrirons dix hôpitaux, a-t-il assuré, dont trois en Bretagne. »', [['Paul Girard', 'PER'], ['Bretagne', 'LOC']], [
    ['« Nous ouvrirons', 'Paul Girard', 'pronoun'],
  ]);
  check('Paul Girard a présenté son plan.\n« Ce plan est une illusion, a réagi la députée Anne Lefort. Il n’y a pas de médecins. »', [['Paul Girard', 'PER'], ['Anne Lefort', 'PER']], [
    ['« Ce plan', 'Anne Lefort', 'verb-after'],
  ]);
  check('“We will win,” said John Smith, the coach.', [['John Smith', 'PER']], [['“We will win', 'John Smith', 'verb-after']]);
  check('Mrs. Clara Holt met Tom Reed on Monday. “The deal is done,” she said.', [['Clara Holt', 'PER'], ['Tom Reed', 'PER']], [['“The deal', 'Clara Holt', 'pronoun']]);
});

test('a role matches the person it described, by its qualifiers too', () => {
  check(
    'La ministre chilienne Maisa Rojas a ouvert la séance. Son homologue française, Agnès Morel, est restée prudente.\n« Nous voulions aller plus loin », a déclaré la ministre française.',
    [['Maisa Rojas', 'PER'], ['Agnès Morel', 'PER']],
    [['« Nous voulions', 'Agnès Morel', 'role']],
  );
});

test('a clause before a colon introduces the quote when nothing else does, but not before an echo', () => {
  check('Interrogée par la radio, la négociatrice Ali Mohamed a regretté l’absence de calendrier : « Sans date, ces promesses ne valent rien. »', [['Ali Mohamed', 'PER']], [
    ['« Sans date', 'Ali Mohamed', 'verb-before'],
  ]);
  check(
    'Paul Rey envisage un voyage à Oslo : « Les prix de l’énergie vont encore monter cet hiver »\n\nLe marché est tendu. « Les prix de l’énergie vont encore monter cet hiver, sans doute », estime l’analyste Lina Berg.',
    [['Paul Rey', 'PER'], ['Oslo', 'LOC'], ['Lina Berg', 'PER']],
    [['« Les prix de l’énergie vont encore monter cet hiver »', 'Lina Berg', 'echo']],
  );
  check('L’ONG Vigie estime que les pays riches « ont esquivé leurs responsabilités ».', [['Vigie', 'ORG']], [['« ont esquivé', 'Vigie']]);
  check('L’ONG estime que les pays riches « ont esquivé leurs responsabilités ».', [], [['« ont esquivé', null, 'vague', 0]], ['L’ONG estime']);
});

test('a quotation over several paragraphs keeps its speaker', () => {
  check('Le maire, Louis Perrin, a déclaré : « La ville change.\n« Les quartiers nord seront rénovés. »\nFin.', [['Louis Perrin', 'PER']], [
    ['« La ville change', 'Louis Perrin', 'verb-before'],
  ]);
});

test('role descriptions resolve to the person they described earlier', () => {
  const text =
    'Le ministre brésilien de l’Économie, Carlos Souza, a rencontré le banquier Luis Prado à Rio.\n« Nos réserves sont solides », a souligné le ministre brésilien.';
  check(text, [['Carlos Souza', 'PER'], ['Luis Prado', 'PER'], ['Rio', 'LOC']], [['« Nos réserves', 'Carlos Souza', 'role']]);
  const text2 = 'La présidente kényane Amina Odhiambo a visité Nairobi.\nElle a ensuite reçu Peter Otieno.\n« Nous investirons dans l’eau », a précisé la présidente.';
  check(text2, [['Amina Odhiambo', 'PER'], ['Peter Otieno', 'PER'], ['Nairobi', 'LOC']], [['« Nous investirons', 'Amina Odhiambo', 'role']]);
  // No described person: the most recent one in the paragraph.
  check('Jorge Ramos a présidé la séance. Le chef du gouvernement a prévenu : « Il n’y aura pas de report. »', [['Jorge Ramos', 'PER']], [
    ['« Il n’y aura', 'Jorge Ramos', 'role'],
  ]);
});

test('a stand-alone quote paragraph continues the previous speaker', () => {
  check('« Le marché reste fragile », a estimé Laura Meyer.\n« Les prix vont encore monter. »', [['Laura Meyer', 'PER']], [
    ['« Le marché', 'Laura Meyer'],
    ['« Les prix', 'Laura Meyer', 'continuation'],
  ]);
  check('Selon lui, la crise durera. « Nous sommes au début. »', [], [['« Nous sommes', null]]);
  check('Tom Weber a parlé longtemps. Selon lui, la crise durera. « Nous sommes au début. »', [['Tom Weber', 'PER']], [
    ['« Nous sommes', 'Tom Weber', 'continuation'],
  ]);
});

test('a headline quote repeated in the body takes the body speaker', () => {
  const text =
    '« Nous ne fermerons aucune école » : la promesse du ministre\n\nLe ministre de l’Éducation, Marc Aubert, était à Lille lundi. « Nous ne fermerons aucune école cette année », a déclaré Marc Aubert.';
  check(text, [['Marc Aubert', 'PER'], ['Lille', 'LOC']], [
    ['« Nous ne fermerons aucune école »', 'Marc Aubert', 'echo'],
    ['« Nous ne fermerons aucune école cette', 'Marc Aubert', 'verb-after'],
  ]);
});

test('organisations and countries can speak', () => {
  check('Un communiqué de Greenpeace indique que la centrale est « dangereuse ».', [['Greenpeace', 'ORG']], [['« dangereuse', 'Greenpeace']]);
  check(
    'Le Brésil a accusé l’Argentine de protectionnisme, affirmant que ses tarifs étaient « injustifiables ».',
    [['Brésil', 'LOC'], ['Argentine', 'LOC']],
    [['« injustifiables', 'Brésil']],
  );
});

test('a quote resting only on an unnamed source has no speaker, only the source', () => {
  const text = 'Des responsables européens ont averti que la situation était « très préoccupante ».';
  check(text, [], [['« très', null, 'vague', 0]], ['Des responsables européens ont averti']);
  check(text, [], [['« très', null, 'vague', null]]);
  check('« La fusion est prévue pour juin », selon des sources proches du dossier.', [], [['« La fusion', null, 'vague', 0]], ['selon des sources proches du dossier']);
});

test('terms and unbalanced quotes get no speaker and never throw', () => {
  check('Il a signé un « accord de principe » avec Nairobi.', [['Nairobi', 'LOC']], [['« accord', null]]);
  // The closing mark is missing, but the incise inside the quote still names the speaker.
  check('« Nous resterons, a dit Paul Girard.\nFin.', [['Paul Girard', 'PER']], [['« Nous resterons', 'Paul Girard', 'verb-after']]);
  check('« » , a déclaré « » : selon', [], []);
});

test('corpus lines', () => {
  check(
    '« Tout cela est entravé par les sanctions », a écrit M. Akopov.\n\nM. Akopov a ajouté : « Le monde change. »',
    [['Akopov', 'PER', 'Petr Akopov']],
    [
      ['« Tout cela', 'Petr Akopov', 'verb-after'],
      ['« Le monde', 'Petr Akopov', 'verb-before'],
    ],
  );
  check(
    'Khrouchtcheva, qui s’est entretenu avec CBC lors d’un appel vidéo depuis Moscou, estime que la visite était une chance pour Poutine de montrer que les dirigeants sont prêts à se rendre en Russie pour « embrasser le ring ».\n\nElle a déclaré que la réunion était typique.\n\n« Mais cela rappelle aussi les Soviétiques », a-t-elle déclaré.',
    [['Khrouchtcheva', 'PER', 'Nina Khrouchtcheva'], ['CBC', 'ORG'], ['Moscou', 'LOC'], ['Poutine', 'PER', 'Vladimir Poutine'], ['Russie', 'LOC']],
    [
      ['« embrasser', 'Nina Khrouchtcheva', 'same-sentence'],
      ['« Mais cela', 'Nina Khrouchtcheva', 'pronoun'],
    ],
  );
  check(
    'Le dirigeant nord-coréen, Kim Jong-un, et le président russe, Vladimir Poutine, à Pyongyang.\n\nM. Poutine en a dévoilé le point le plus substantiel : « Le traité prévoit une assistance mutuelle », a précisé le président russe.',
    [['Kim Jong-un', 'PER'], ['Vladimir Poutine', 'PER'], ['Poutine', 'PER', 'Vladimir Poutine'], ['Pyongyang', 'LOC']],
    [['« Le traité', 'Vladimir Poutine', 'role']],
  );
  check(
    'Qui a suscité des inquiétudes occidentales.Un bref communiqué publié sur le site Internet du Kremlin indique que la visite de Kim répond à l’invitation de Poutine et aurait lieu “dans les prochains jours”.',
    [['Kremlin', 'ORG'], ['Kim', 'PER', 'Kim Jong-un'], ['Poutine', 'PER', 'Vladimir Poutine']],
    [['“dans les prochains jours', 'Kremlin', 'same-sentence']],
  );
  check(
    'Tout en utilisant la diversion provoquée par le conflit ukrainien, la Corée du Nord a à plusieurs reprises blâmé Washington pour la crise en Ukraine, affirmant que la « politique hégémonique » de l’Occident justifiait une offensive russe.',
    [['Corée du Nord', 'LOC'], ['Washington', 'LOC'], ['Ukraine', 'LOC'], ['Occident', 'LOC']],
    [['« politique hégémonique', 'Corée du Nord']],
  );
  check(
    'Nina Khrouchtcheva, professeur d’affaires internationales à la New School de New York, a parlé.\n\nLe lieu de la réunion est « très important », selon le professeur\n\nDes responsables russes ont déclaré que les réunions comprenaient des discussions.\n\nRamon Pacheco Pardo, professeur de relations internationales au King’s College de Londres, a déclaré que cette visite envoyait un message.',
    [['Nina Khrouchtcheva', 'PER'], ['New School de New York', 'ORG'], ['Ramon Pacheco Pardo', 'PER'], ['King’s College de Londres', 'ORG']],
    [['« très important', 'Ramon Pacheco Pardo', 'role']],
  );
  check(
    'Maintenant que Kim Jong-un envisage un voyage en Russie : « Il y a des bombardements sans fin, tôt ou tard il faut faire ses achats à l’étranger »\n\nIl est logique que les deux pays se retrouvent. “Il y a une guerre d’usure en Ukraine, il y a des bombardements incessants et tôt ou tard les gens devront faire leurs achats à l’étranger”, explique le spécialiste de la défense Dick Zandee (Institut Clingendael).',
    [['Kim Jong-un', 'PER'], ['Russie', 'LOC'], ['Ukraine', 'LOC'], ['Dick Zandee', 'PER'], ['Institut Clingendael', 'ORG']],
    [
      ['« Il y a des bombardements', 'Dick Zandee', 'echo'],
      ['“Il y a une guerre', 'Dick Zandee', 'verb-after'],
    ],
  );
  check(
    '“Cependant, cela n’aura que peu ou pas d’influence sur le cours de la guerre”, estime Zandee.',
    [['Zandee', 'PER', 'Dick Zandee']],
    [['“Cependant', 'Dick Zandee', 'verb-after']],
  );
});

// Rules drawn from articles nobody tuned on (Wikinews), each shown on sentences written here.
test('a subject, any verb and a colon introduce the quote; a parenthesis after a name is not the subject', () => {
  check('Le maire Paul Girard a ensuite défendu sa décision : « Nous n’avions pas le choix. »', [['Paul Girard', 'PER']], [['« Nous', 'Paul Girard']]);
  check('Sophie Marchand (EELV) a lui écrit : « Le tracé doit être revu. »', [['Sophie Marchand', 'PER'], ['EELV', 'ORG']], [['« Le tracé', 'Sophie Marchand']]);
  check('Luc Berthier (PCF, Nord) a répondu : « Nous voterons contre. »', [['Luc Berthier', 'PER'], ['PCF', 'ORG'], ['Nord', 'LOC']], [['« Nous', 'Luc Berthier']]);
  check(
    'Selon le quotidien Ouest-Éclair, le maire Yves Le Goff a défendu sa décision : « La digue devait être fermée. »',
    [['Ouest-Éclair', 'ORG'], ['Yves Le Goff', 'PER']],
    [['« La digue', 'Yves Le Goff', 'verb-before']],
  );
  check('Myriam Petit, de la CFDT, a elle relevé qu’il « manque des postes ».', [['Myriam Petit', 'PER'], ['CFDT', 'ORG']], [['« manque', 'Myriam Petit']]);
  check(
    'L’Union des producteurs de lait a condamné la baisse et estimé que « la filière ne tiendra pas ».',
    [['Union des producteurs', 'ORG']],
    [['« la filière', 'Union des producteurs']],
  );
});

test('an inverted incise takes the name after the verb, past an object pronoun', () => {
  check(
    'Hélène Roy a rencontré le ministre. « Nous avons avancé », lui avait dit Marc Olivier, président du groupe centriste.',
    [['Hélène Roy', 'PER'], ['Marc Olivier', 'PER']],
    [['« Nous avons', 'Marc Olivier']],
  );
  check('« Revenez demain », leur a lancé Irène Caron.', [['Irène Caron', 'PER']], [['« Revenez', 'Irène Caron']]);
});

test('a pronoun goes to the subject of its own paragraph before an earlier speaker', () => {
  check(
    '« Je partirai », lui avait rétorqué Jean Bosc.\n\nAutre avocat du prévenu, Marc Tessier a appris la nouvelle mardi, alors qu’il plaidait avec Léon Faure. Très ému, il confie au journal que « tout est à refaire ».',
    [['Marc Tessier', 'PER'], ['Léon Faure', 'PER'], ['Jean Bosc', 'PER']],
    [['« Je partirai', 'Jean Bosc'], ['« tout est', 'Marc Tessier', 'pronoun']],
  );
});

test('a pronoun: a new subject in its paragraph takes over from the speaker of the paragraph before', () => {
  check(
    'Lors du procès, Paul Roche s’en était pris au juge : « Vous êtes partial ! »\n\nAncienne associée de Léa Morin, Irène Vasseur a appris la nouvelle en route pour dîner avec Roche. Très émue, elle confie au journal que « tout est à refaire ».',
    [['Paul Roche', 'PER'], ['Roche', 'PER', 'Paul Roche'], ['Léa Morin', 'PER'], ['Irène Vasseur', 'PER']],
    [['« Vous', 'Paul Roche'], ['« tout est', 'Irène Vasseur', 'pronoun']],
  );
  check(
    'Lors du procès, Paul Roche s’en était pris au juge : « Vous êtes partial ! »\n\nAutre avocat de Marc Lenoir, Yves Vidal a appris la nouvelle en route pour dîner avec Roche. Très ému, il confie au journal que « tout est à refaire ».',
    [['Paul Roche', 'PER'], ['Roche', 'PER', 'Paul Roche'], ['Marc Lenoir', 'PER'], ['Yves Vidal', 'PER']],
    [['« tout est', 'Yves Vidal', 'pronoun']],
  );
});

test('selon + pronoun inside a sentence stands for the subject of its reporting verb', () => {
  check(
    'Le juge Alain Mercier a rencontré Paul Roux. Selon Paul Roux, rien n’a changé. « Les preuves sont solides », ajoute le rapport de la Cour des comptes, qui précise que la fraude est, selon lui, le fait « de quelques agents ».',
    [['Alain Mercier', 'PER'], ['Paul Roux', 'PER'], ['Cour des comptes', 'ORG']],
    [['« de quelques', 'Cour des comptes', 'pronoun']],
  );
});

test('a name, any verb, a few adverbs and que report what follows', () => {
  check('Le maire Yves Carrel reconnait tout de même qu’il faut que le plan soit « rééquilibré ».', [['Yves Carrel', 'PER']], [['« rééquilibré', 'Yves Carrel']]);
  check('Claire Dubois espère que la loi sera « votée avant l’été ».', [['Claire Dubois', 'PER']], [['« votée', 'Claire Dubois']]);
});

test('« Pour X, » opening a sentence: people and organisations alike', () => {
  check('Pour la CGT, « la réforme est un recul ».', [['CGT', 'ORG']], [['« la réforme', 'CGT', 'selon']]);
  check('Pour Amélie Cros, « rien ne presse ».', [['Amélie Cros', 'PER']], [['« rien', 'Amélie Cros', 'selon']]);
});

test('a statement speaks for its author (de, du, par), not for a medium named beside it', () => {
  check('Un communiqué publié sur le site Internet du Quai d’Orsay indique que la visite aura lieu « dans les prochains jours ».', [['Internet', 'ORG'], ['Quai d’Orsay', 'ORG']], [
    ['« dans les', 'Quai d’Orsay'],
  ]);
});

test('organisations speak, named or referred back to (l’ONG, le quotidien, le rapport)', () => {
  check('Amnesty International a publié un bilan. L’ONG précise que « la répression s’est durcie ».', [['Amnesty International', 'ORG']], [['« la répression', 'Amnesty International']]);
  check('Le bilan s’alourdit, comme le rappelle Oxfam, « la faim progresse partout ».', [['Oxfam', 'ORG']], [['« la faim', 'Oxfam']]);
  check('Le Courrier picard a enquêté sur l’usine. « Les rejets dépassent les seuils », indique le quotidien.', [['Courrier picard', 'ORG']], [['« Les rejets', 'Courrier picard']]);
  check('Un rapport de Greenpeace apporte la même conclusion : « La nappe est polluée. »', [['Greenpeace', 'ORG']], [['« La nappe', 'Greenpeace']]);
  check(
    'Le syndicat Force ouvrière a appelé à la grève. « Les salaires doivent suivre », affirme la centrale syndicale.',
    [['Force ouvrière', 'ORG']],
    [['« Les salaires', 'Force ouvrière']],
  );
  check('Le ministère de la Santé a publié un avis. Le ministère s’est dit déterminé à « agir vite ».', [['ministère de la Santé', 'ORG']], [['« agir vite', 'ministère de la Santé']]);
  check('Selon la fédération des transporteurs, Transfret, « le trafic a chuté de moitié ».', [['Transfret', 'ORG']], [['« le trafic', 'Transfret', 'selon']]);
  check(
    'Le documentaire de la chaîne Arte précise : « Les tests sont positifs. »\n\nLe tournage a duré un an. « Les niveaux étaient élevés », ajoute le documentaire.',
    [['Arte', 'ORG']],
    [['« Les niveaux', 'Arte']],
  );
  // A body named by its complement (« le ministère de la Défense ») that the detector missed
  // is not whatever organisation came last.
  check('La SNCF a repris le trafic. « Ces actes sont inadmissibles », juge le ministère de la Défense.', [['SNCF', 'ORG']], [['« Ces actes', null]]);
  // An anaphor with no organisation before it names no one.
  check('« Les prix montent », affirme le quotidien.', [['Lucie Bernard', 'PER']], [['« Les prix', null]]);
});

test('describing and naming verbs: the quoted words are the describer’s', () => {
  check('Dans ses mémoires, Anne Vidal décrit sa fille comme « petite-bourgeoise ».', [['Anne Vidal', 'PER']], [['« petite', 'Anne Vidal']]);
  check('Jacques Morel le caractérise d’être « grossier ».', [['Jacques Morel', 'PER']], [['« grossier', 'Jacques Morel']]);
  check('Interrogée, Anne Vidal a refusé de qualifier son frère de « traître ».', [['Anne Vidal', 'PER']], [['« traître', 'Anne Vidal']]);
});

test('a quote sentence after a sentence whose named subject introduced it', () => {
  check(
    'La CGT a réuni ses délégués. Pour finir, la porte-parole de la centrale a nuancé les chiffres. « On a compté 40 cas, pas 400. »',
    [['CGT', 'ORG']],
    [['« On a compté', 'CGT', 'continuation']],
  );
  check('Paul Girard a visité le chantier mardi. « Tout sera prêt en juin. »', [['Paul Girard', 'PER']], [['« Tout sera', 'Paul Girard', 'continuation']]);
  check(
    'Bruno Le Roux, président du groupe PS, a répondu au ministre.\n« Nous ne voterons pas ce texte. »',
    [['Bruno', 'PER', 'Bruno Le Roux'], ['Le Roux', 'PER', 'Bruno Le Roux'], ['PS', 'ORG']],
    [['« Nous ne', 'Bruno Le Roux', 'continuation']],
  );
  // A quote inside the sentence is not introduced by the sentence before.
  check('Paul Girard a visité le chantier mardi. Le chantier reste « en retard ».', [['Paul Girard', 'PER']], [['« en retard', null]]);
});

test('an unmatched qualified role is someone unnamed, not the last person named', () => {
  check(
    'Claire Dubois a salué l’accord. De son côté, le négociateur syndical a appelé au calme : « Rien n’est signé. »',
    [['Claire Dubois', 'PER']],
    [['« Rien', null]],
  );
});

test('a first name the entity detector left out still introduces the rest of the name', () => {
  check('Jean-Marie Le Gall a déclaré : « Je ne me représenterai pas. »', [['Le Gall', 'PER', 'Jean-Marie Le Gall']], [['« Je ne', 'Jean-Marie Le Gall']]);
});

test('property: attribution never throws; a speaker is an entity id with a confidence, a source an index', () => {
  const piece = fc.constantFrom('«', '»', '“', '”', ', ', '. ', ' : ', '\n', 'Marie Roux', 'Paul Dufour', 'Mme', ' a déclaré ', ' a-t-elle dit', ' il a ajouté que ', ' selon ', 'le président', ' des experts ', 'Greenpeace', ' mot ');
  const names: Name[] = [['Marie Roux', 'PER'], ['Paul Dufour', 'PER'], ['Greenpeace', 'ORG']];
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
      const text = parts.join('');
      const ctx = makeContext(text);
      const { quotes } = findQuotes(ctx);
      const sources = text.includes(' des experts ') ? vagueSources(text, [' des experts ']) : [];
      attributeSpeakers(ctx, mentions(text, names), quotes, sources);
      for (const q of quotes) {
        if (q.speaker !== null) {
          assert.ok(['Marie Roux', 'Paul Dufour', 'Greenpeace'].includes(q.speaker));
          assert.ok(q.confidence > 0 && q.confidence <= 1);
        } else assert.equal(q.confidence, 0);
        if (q.source !== null) assert.ok(q.source >= 0 && q.source < sources.length);
        if (q.kind === 'term') assert.equal(q.speaker, null);
      }
    }),
    { numRuns: 300 },
  );
});
