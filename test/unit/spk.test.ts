// Speaker attribution on fresh news text: general French reporting constructions found wrong on
// the held-out Wikinews articles, each tested here on sentences written for these tests
// (invented people and bodies). Entity mentions are built from the listed names, as in
// speakers.test.ts, so these tests do not depend on the entity detector.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findQuotes } from '../../server/src/analysis/quotes';
import { attributeSpeakers } from '../../server/src/analysis/speakers';
import { findSources } from '../../server/src/analysis/sources';
import type { EntityMention, EntityType } from '../../server/src/analysis/types';

type Name = [text: string, type: EntityType, id?: string];
/** The start of a quote's text, its speaker (null: none), and optionally its kind. */
type Want = [quoteStart: string, speaker: string | null, kind?: 'speech' | 'term'];

function mentions(text: string, names: Name[]): EntityMention[] {
  const out: EntityMention[] = [];
  for (const [name, type, id] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      if (/[\p{L}\p{N}-]/u.test(text[at - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[at + name.length] ?? ' ')) continue;
      out.push({ start: at, end: at + name.length, text: name, type, id: id ?? name, confidence: 1, evidence: [] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

function check(input: string, names: Name[], expected: Want[]): void {
  const ctx = makeContext(input);
  const { quotes } = findQuotes(ctx);
  attributeSpeakers(ctx, mentions(input, names), quotes, []);
  for (const [quoteStart, speaker, kind] of expected) {
    const q = quotes.find((x) => x.text.startsWith(quoteStart));
    assert.ok(q, `no quote starting with ${quoteStart} in: ${input}`);
    if (kind) assert.equal(q.kind, kind, `kind of ${q.text}`);
    assert.equal(q.speaker, speaker, `speaker of ${q.text} (${q.attribution?.method} ${q.attribution?.mention?.text ?? ''})`);
  }
}

test('a dash after a dateline opens the sentence: its subject still speaks', () => {
  check('Grève au port\n\n12 mars 2031. - Le quotidien régional La Gazette du Littoral annonce que les dockers seraient « prêts à bloquer le terminal ».', [['Gazette du Littoral', 'ORG']], [
    ['« prêts', 'Gazette du Littoral'],
  ]);
  check('4 avril 2030 - La syndicaliste Odile Ferrand affirme que la direction a « rompu le dialogue ».', [['Odile Ferrand', 'PER']], [['« rompu', 'Odile Ferrand']]);
});

test('a quote introduced by the sentence before it is not an echo of the reply that follows', () => {
  const text =
    'Au conseil municipal, Gaston Ferrier, élu de l’opposition, s’est levé. Il a contesté l’ordre du jour. « Un budget voté sans débat, cela ne s’est jamais vu ! » « Vous méprisez cette assemblée ! »\n\n' +
    'Lucien Marsac a ensuite répondu : « Un budget voté sans débat reste un budget voté. »';
  check(text, [['Gaston Ferrier', 'PER'], ['Lucien Marsac', 'PER']], [
    ['« Un budget voté sans débat, cela', 'Gaston Ferrier'],
    ['« Vous méprisez', 'Gaston Ferrier'],
    ['« Un budget voté sans débat reste', 'Lucien Marsac'],
  ]);
});

test('traiter quelqu’un de « … » and a description past an apposition report the describer’s words', () => {
  check('Le sénateur Hervé Lassalle traite son adversaire de « girouette ».', [['Hervé Lassalle', 'PER']], [['« girouette', 'Hervé Lassalle', 'speech']]);
  check('Nadia Berthier a répondu au ministre. Elle l’a traité de « menteur » devant la commission.', [['Nadia Berthier', 'PER']], [['« menteur', 'Nadia Berthier', 'speech']]);
  check('Dans un entretien, la romancière Inès Vautrin décrit son frère, Paul Vautrin, comme « incorrigible ».', [['Inès Vautrin', 'PER'], ['Paul Vautrin', 'PER']], [
    ['« incorrigible', 'Inès Vautrin', 'speech'],
  ]);
  // Traiter de alone deals with a subject, and so does traiter + object before a noun phrase.
  check('Cet essai de Jules Ternier traite de « fin du travail » sans détour.', [['Jules Ternier', 'PER']], [['« fin du travail', null, 'term']]);
  check('Le rapport traite la question de « la dette publique » en détail.', [], [['« la dette', null, 'term']]);
  // A participle takes its clitic with an auxiliary: "le traité de « … »" is a treaty's name.
  check('Les deux présidents ont signé le traité de « coopération renforcée ».', [], [['« coopération', null, 'term']]);
});

test('« Tout comme X, … » opens on a subject like « Comme X »', () => {
  check('Le député Rémi Castan a jugé le plan « mort-né ». Tout comme Léa Garnier, maire de Brives, l’avait dit avant lui, la sénatrice Aline Roux l’a qualifié d’« irréaliste ».', [
    ['Rémi Castan', 'PER'],
    ['Léa Garnier', 'PER'],
    ['Aline Roux', 'PER'],
  ], [
    ['« mort-né', 'Rémi Castan'],
    ['« irréaliste', 'Aline Roux'],
  ]);
});

test('« Pour lui, … » and « Pour l’ONG, … » open a sentence like selon', () => {
  check('Le syndicat Solidaires Rail a réuni ses délégués mardi. Pour le syndicat, la réforme reste « une provocation pure et simple ».', [['Solidaires Rail', 'ORG']], [
    ['« une provocation', 'Solidaires Rail'],
  ]);
  check('Sophie Roussel a quitté la réunion avant la fin. Pour elle, ce compromis est « une capitulation en rase campagne ».', [['Sophie Roussel', 'PER']], [
    ['« une capitulation', 'Sophie Roussel'],
  ]);
  // A reporting verb in the same sentence speaks instead.
  check('La CGT a rencontré le ministre. Pour le syndicat, le plan prévoit « une enveloppe spéciale », a précisé Paul Arnal.', [['CGT', 'ORG'], ['Paul Arnal', 'PER']], [
    ['« une enveloppe', 'Paul Arnal'],
  ]);
  // A later clause with a verb of its own does not take the quote from « Pour X ».
  check('Pour la CGT, la réforme est « une provocation », alors que Paul Arnal a déclaré la veille qu’elle était nécessaire.', [['CGT', 'ORG'], ['Paul Arnal', 'PER']], [
    ['« une provocation', 'CGT'],
  ]);
  // A plural pronoun stands for a group: no one person speaks.
  check('Marc Olivo et Anne Prat ont voté contre. Pour eux, la loi est « un recul historique ».', [['Marc Olivo', 'PER'], ['Anne Prat', 'PER']], [['« un recul', null]]);
});

test('the subject of a passive reporting verb does not speak; an agent after par does', () => {
  check('L’avocat Yann Carré a présenté le dossier hier. Selon l’enquête, les stocks sont entreposés dans « des hangars sans toit ».', [['Yann Carré', 'PER']], [
    ['« des hangars', null],
  ]);
  // Citer is the exception: its passive subject is the one quoted.
  check('Le maire Paul Denis est cité par la radio locale : la commune est « au bord de la faillite ».', [['Paul Denis', 'PER']], [['« au bord', 'Paul Denis']]);
  // Unless the agent describes the subject: « cité par Y comme « … » » is Y's description.
  check('Le rapport de Paul Denis est cité par Radio Alpha comme « une charge sévère ».', [['Paul Denis', 'PER'], ['Radio Alpha', 'ORG']], [['« une charge', 'Radio Alpha']]);
  check('Le nouveau calendrier est annoncé par Claire Vasseur : « Les travaux commenceront en mai. »', [['Claire Vasseur', 'PER']], [['« Les travaux', 'Claire Vasseur']]);
  // A pronominal verb is active, with en or y before the auxiliary too.
  check('Le maire Paul Denis s’en est félicité : « Enfin une bonne nouvelle pour le quartier. »', [['Paul Denis', 'PER']], [['« Enfin', 'Paul Denis']]);
  check('« C’est une erreur grave », s’en est indigné le maire Paul Denis.', [['Paul Denis', 'PER']], [['« C’est', 'Paul Denis']]);
});

test('the subject of a verb right after qui is the name before it, not the main clause’s subject', () => {
  const names: Name[] = [['Paul Arnal', 'PER'], ['Force Unie', 'ORG'], ['Léon Vidal', 'PER']];
  check('Le ministre Paul Arnal a reçu mardi Force Unie, qui affirme « ne rien lâcher » sur les salaires.', names, [['« ne rien', 'Force Unie']]);
  check('Le ministre Paul Arnal a salué Léon Vidal qui a jugé l’accord « équilibré ».', names, [['« équilibré', 'Léon Vidal']]);
  // The main clause's own subject, or a name after a preposition, is left to the usual reading.
  check('Paul Arnal, qui a jugé l’accord « équilibré », quittera ses fonctions.', names, [['« équilibré', 'Paul Arnal']]);
});

test('leaders of a named party are unnamed people: a vague source', () => {
  const text = 'Des leaders de l’Union paysanne ont affirmé que le quota serait levé.';
  const sources = findSources(makeContext(text), mentions(text, [['Union paysanne', 'ORG']]));
  assert.deepEqual(sources.map((s) => [s.text, s.vague]), [['Des leaders de l’Union paysanne ont affirmé', true]]);
});

test('a statement issued by a named body is no vague source', () => {
  const sourcesOf = (text: string, names: Name[]) => findSources(makeContext(text), mentions(text, names)).map((s) => [s.text, s.vague]);
  assert.deepEqual(sourcesOf('Radio Alpha a diffusé lundi un communiqué affirmant que sa grille restait inchangée.', [['Radio Alpha', 'ORG']]), []);
  // Issued by unnamed people, or only quoted or received by the named one, the statement stays vague.
  assert.ok(sourcesOf('Des grévistes ont diffusé lundi un communiqué affirmant que la grille restait inchangée.', []).some(([, v]) => v));
  assert.ok(sourcesOf('Paul Arnal a cité lundi un rapport affirmant que la grille restait inchangée.', [['Paul Arnal', 'PER']]).some(([, v]) => v));
  // A noun that starts like a verb of issuing is none: « une émission », « publiquement ».
  assert.ok(sourcesOf('Paul Arnal a cité lors d’une émission un rapport affirmant que la grille restait inchangée.', [['Paul Arnal', 'PER']]).some(([, v]) => v));
});
