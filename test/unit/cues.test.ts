// Reporting cues on sentences written for these tests (other topics and names than the corpus),
// plus a few corpus lines. Each row: the text and the cues expected, as "text|lemma|flags".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { conjugateEr, findReportingCues } from '../../server/src/analysis/cues';

/** "a-t-elle déclaré|déclarer|elle" ; flags after the lemma: pronoun, que, neg, passive, selon. */
function describe(text: string): string[] {
  return findReportingCues(makeContext(text)).map((c) => {
    assert.equal(text.slice(c.start, c.end), c.text);
    const flags = [c.kind === 'selon' ? 'selon' : '', c.pronoun ?? '', c.que ? 'que' : '', c.negated ? 'neg' : '', c.passive ? 'passive' : ''];
    return [c.text, c.lemma, ...flags.filter(Boolean)].join('|');
  });
}

function check(input: string, expected: string[]): void {
  assert.deepEqual(describe(input), expected, input);
}

const CASES: [string, string[]][] = [
  // Passé composé, with adverbs between auxiliary and participle.
  ['La maire de Brest a déclaré que le port rouvrirait lundi.', ['a déclaré|déclarer|que']],
  ['Les syndicats ont de nouveau averti que la grève serait longue.', ['ont de nouveau averti|avertir|que']],
  ['Le club a également précisé qu’aucun joueur n’était blessé.', ['a également précisé|préciser|que']],
  // Inverted forms: auxiliary with pronoun, simple verb with pronoun, verb with a named subject.
  ['« Nous resterons ouverts », a-t-elle déclaré.', ['a-t-elle déclaré|déclarer|elle']],
  ['« Rien n’est joué », a-t-il ajouté devant la presse.', ['a-t-il ajouté|ajouter|il']],
  ['« La récolte sera maigre », estime-t-il.', ['estime-t-il|estimer|il']],
  ['« Il faut partir », dit-elle en riant.', ['dit-elle|dire|elle']],
  ['« Le bassin est vide », explique Marc Delorme, hydrologue.', ['explique|expliquer']],
  // Subject pronoun directly before the verb group, clitics in between.
  ['Il a répondu que rien ne changerait.', ['a répondu|répondre|il|que']],
  ['Elle l’a dit sans détour aux élus.', ['a dit|dire|elle']],
  ['Ils disent que la digue tiendra.', ['disent|dire|ils|que']],
  ['Les experts le disent depuis des années.', ['disent|dire']],
  // Present, imperfect and passé simple, regular and irregular.
  ['Le médecin souligne que le vaccin est sûr.', ['souligne|souligner|que']],
  ['Les pêcheurs craignaient que les quotas baissent.', ['craignaient|craindre|que']],
  ['Le général écrivit que la ville était prise.', ['écrivit|écrire|que']],
  ['Le ministre annonçait que le budget serait voté.', ['annonçait|annoncer|que']],
  ['La sénatrice suggère que le vote soit reporté.', ['suggère|suggérer|que']],
  ['Le témoin reconnaît qu’il était sur place.', ['reconnaît|reconnaître|que']],
  // Present participles.
  ['Le syndicat a publié un texte affirmant que les salaires stagnent.', ['affirmant|affirmer|que']],
  ['Citant des sources policières, le quotidien parle d’un vol.', ['Citant|citer']],
  // Introducers.
  ['Selon la préfecture, le pont restera fermé.', ['Selon|selon|selon']],
  ['D’après les pompiers, le feu est maîtrisé.', ['D’après|d’après|selon']],
  // Negated and passive groups are kept but flagged.
  ['La mairie n’a pas immédiatement confirmé ces chiffres.', ['a pas immédiatement confirmé|confirmer|neg']],
  ['La nouvelle a été rapportée par la radio locale.', ['a été rapportée|rapporter|passive']],
  // Traps: a noun after a determiner, first person, and verbs with a common non-reporting sense.
  ['La note du ministre est arrivée mardi.', []],
  ['Je pense que tout ira bien.', []],
  ['La Belgique soutient la candidature du Portugal.', []],
  ['La visite répond à une invitation du roi.', []],
  ['Le gardien soutient que la porte était fermée.', ['soutient|soutenir|que']],
  ['Il a appelé à une « trêve immédiate » dans la région.', ['a appelé|appeler|il']],
  ['La navette a décollé à 9 heures.', []],
  // Multi-word verbs and pronominal verbs (active, not passive).
  ['Le ministre a mis en garde contre une hausse des prix.', ['a mis en garde|mettre en garde']],
  ['La mairie a fait savoir que la piscine rouvrirait.', ['a fait savoir|faire savoir|que']],
  ['La mairie a fait un geste.', []],
  ['« Quelle belle victoire », s’est félicité le maire.', ['est félicité|féliciter']],
  // Verbs that report only next to a quotation: "lance", "poursuit", "s’inquiète".
  ['« On verra bien », lance le capitaine.', ['lance|lancer']],
  ['Le club lance une campagne de dons.', []],
  ['« Le plus dur reste à faire », poursuit-elle.', ['poursuit-elle|poursuivre|elle']],
  ['Les négociateurs poursuivent les discussions.', []],
  ['Ils poursuivent les discussions alors que la grève continue.', []],
  ['« Qui paiera ? », s’inquiète un élu.', ['inquiète|inquiéter']],
  // Corpus lines.
  ['Plus tôt cette semaine, des responsables américains ont de nouveau averti que la Corée du Nord « payerait un prix ».', ['ont de nouveau averti|avertir|que']],
  ['« … et ainsi de suite », a-t-elle déclaré.', ['a-t-elle déclaré|déclarer|elle']],
  ['Selon les observateurs, un septième essai nucléaire est également possible.', ['Selon|selon|selon']],
];

test('reporting cues', () => {
  for (const [input, expected] of CASES) check(input, expected);
});

test('regular -er verbs are conjugated with their spelling changes', () => {
  assert.deepEqual(conjugateEr('annoncer').gerund, ['annonçant']);
  assert.ok(conjugateEr('juger').finite.includes('jugeait'));
  assert.ok(conjugateEr('considérer').finite.includes('considère'));
  assert.ok(conjugateEr('appeler').finite.includes('appellent'));
  assert.ok(conjugateEr('marteler').finite.includes('martèle'));
  assert.ok(conjugateEr('tweeter').finite.includes('tweete'));
});

test('cues on odd text never throw', () => {
  for (const text of ['', 'a', 'a-t-il', 'selon', 'd’', '« »', 'ont ont ont déclaré déclaré', '\u0000\uFFFF']) {
    assert.doesNotThrow(() => findReportingCues(makeContext(text)));
  }
});
