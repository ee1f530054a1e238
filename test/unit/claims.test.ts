// Claims on sentences written for these tests (other topics and names than the corpus) and on
// corpus lines. Each row: text, entities, quote speakers, expected claims as
// "kind|speaker or -|source text or -|cue|claim text".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findSources } from '../../server/src/analysis/sources';
import { findClaims, isConditional } from '../../server/src/analysis/claims';
import { entitiesIn, quotesIn, type EntitySpec } from './helpers/build';

function describe(input: string, entities: EntitySpec[], speakers: Record<string, string | null> = {}): string[] {
  const ctx = makeContext(input);
  const ents = entitiesIn(input, entities);
  const sources = findSources(ctx, ents);
  const claims = findClaims(ctx, ents, sources, quotesIn(input, speakers));
  return claims.map((c) =>
    [c.kind, c.speaker ?? '-', c.source === null ? '-' : sources[c.source].text, c.cue?.text ?? '-', input.slice(c.start, c.end)].join('|'),
  );
}

type Row = [string, EntitySpec[], string[], Record<string, string | null>?];

const CASES: Row[] = [
  // Indirect speech with a named speaker: before the verb, after an apposition, inverted, via qui.
  ['Margot Lefèvre a déclaré que la digue tiendrait.', [['Margot Lefèvre', 'PER']], ['reported|Margot Lefèvre|-|a déclaré|la digue tiendrait']],
  [
    'Paul Arnaud, ingénieur chez Hydro-Nord, a expliqué que la turbine était neuve.',
    [['Paul Arnaud', 'PER'], ['Hydro-Nord', 'ORG']],
    ['reported|Paul Arnaud|-|a expliqué|la turbine était neuve'],
  ],
  ['La saison sera courte, estime Lucie Marchal.', [['Lucie Marchal', 'PER']], ['reported|Lucie Marchal|-|estime|La saison sera courte']],
  [
    'Le port est calme, dit Olaf Berg, qui affirme que les grèves sont finies.',
    [['Olaf Berg', 'PER']],
    ['reported|Olaf Berg|-|affirme|les grèves sont finies'],
  ],
  // An attribution inside the sentence leaves the whole sentence as the claim.
  [
    'Depuis lundi, affirme Lucie Marchal, les prix montent.',
    [['Lucie Marchal', 'PER']],
    ['reported|Lucie Marchal|-|affirme|Depuis lundi, affirme Lucie Marchal, les prix montent'],
  ],
  ['Le lac pourrait geler, estiment les climatologues.', [], ['reported|-|estiment les climatologues|estiment|Le lac pourrait geler']],
  // A pronoun subject continues the last named speaker.
  [
    '« Nous ouvrirons en mai », a déclaré Hugo Lenoir. Il a ajouté que les prix baisseraient.',
    [['Hugo Lenoir', 'PER']],
    ['reported|Hugo Lenoir|-|a ajouté|les prix baisseraient'],
    { Nous: 'Hugo Lenoir' },
  ],
  // A pronoun continues an unnamed source too.
  [
    'L’ancien entraîneur du club a estimé que la direction avait échoué. Il a ajouté que les supporters méritaient mieux.',
    [],
    [
      'reported|-|L’ancien entraîneur du club a estimé|a estimé|la direction avait échoué',
      'reported|-|L’ancien entraîneur du club a estimé|a ajouté|les supporters méritaient mieux',
    ],
  ],
  // Vague sources: the claim rests on the source phrase, no speaker.
  ['Les économistes estiment que la croissance ralentira.', [], ['reported|-|Les économistes estiment|estiment|la croissance ralentira']],
  ['Selon des sources proches du dossier, le contrat est signé.', [], ['reported|-|Selon des sources proches du dossier|Selon|le contrat est signé']],
  ['Pour les économistes, la reprise sera lente.', [], ['reported|-|Pour les économistes|-|la reprise sera lente']],
  // Named selon: speaker and source both known.
  ['Selon Margot Lefèvre, la digue tiendra.', [['Margot Lefèvre', 'PER']], ['reported|Margot Lefèvre|Selon Margot Lefèvre|Selon|la digue tiendra']],
  // A quotation is the attributed content: no separate claim.
  ['« La digue tiendra », a déclaré Margot Lefèvre.', [['Margot Lefèvre', 'PER']], [], { digue: 'Margot Lefèvre' }],
  // Denials of speech and non-reporting verbs make no claim.
  ['La mairie de Lille n’a pas confirmé ces chiffres.', [['Lille', 'LOC']], []],
  // Conditional claims: journalistic conditional with no source nearby.
  ['Le président serbe se rendrait à Oslo la semaine prochaine.', [['Oslo', 'LOC']], ['conditional|-|-|se rendrait|Le président serbe se rendrait à Oslo la semaine prochaine']],
  ['L’usine manquerait de pièces détachées depuis mars.', [], ['conditional|-|-|manquerait|L’usine manquerait de pièces détachées depuis mars']],
  ['Le sommet aurait lieu à Genève.', [['Genève', 'LOC']], ['conditional|-|-|aurait lieu|Le sommet aurait lieu à Genève']],
  ['Le feu aurait été allumé volontairement.', [], ['conditional|-|-|aurait été allumé|Le feu aurait été allumé volontairement']],
  ['Le club serait toutefois racheté par un fonds.', [], ['conditional|-|-|serait toutefois racheté|Le club serait toutefois racheté par un fonds']],
  ['Un émissaire se serait rendu à Rabat en secret.', [['Rabat', 'LOC']], ['conditional|-|-|se serait rendu|Un émissaire se serait rendu à Rabat en secret']],
  // Traps: modals, si clauses, que clauses, indirect questions, quotations, sourced sentences.
  ['Le festival pourrait être annulé.', [], []],
  ['La ligne devrait rouvrir lundi.', [], []],
  ['Si la pluie continuait, la récolte serait perdue.', [], []],
  ['La récolte serait perdue si la pluie continuait.', [], []],
  ['On ignore quand la vente aurait lieu.', [], []],
  ['Il est peu probable que le club déménagerait.', [], []],
  ['« Le club déménagerait bientôt », a déclaré Hugo Lenoir.', [['Hugo Lenoir', 'PER']], [], { club: 'Hugo Lenoir' }],
  ['Selon la presse locale, le maire démissionnerait.', [], ['reported|-|Selon la presse locale|Selon|le maire démissionnerait']],
  ['Les enquêteurs affirment avoir des preuves. Le suspect aurait fui vers le sud.', [], ['reported|-|Les enquêteurs affirment|affirment|Les enquêteurs affirment avoir des preuves']],
  ['Ce serait une erreur de vendre maintenant.', [], []],
  ['Si le club montait en première division, il recruterait. Il agrandirait le stade. Il vendrait plus de billets.', [], []],
  ['Si le club gagne, la fête sera belle. Le maire offrirait une réception.', [], ['conditional|-|-|offrirait|Le maire offrirait une réception']],
  ['Le barrage aurait pu céder.', [], []],
  ['Même si le budget baisse, le club recruterait deux joueurs.', [], ['conditional|-|-|recruterait|Même si le budget baisse, le club recruterait deux joueurs']],
  // Imperfects of -rer verbs are no conditionals; "on dirait" is an idiom.
  ['Le guide montrait la grotte aux enfants.', [], []],
  ['Les arbres encadraient la place.', [], []],
  ['On dirait que la pluie arrive.', [], []],
  ['Le ministre irait à Dakar en mai.', [['Dakar', 'LOC']], ['conditional|-|-|irait|Le ministre irait à Dakar en mai']],
  // Corpus lines.
  [
    'Les discussions sur d’éventuelles livraisons d’armes se poursuivraient en Russie ce mois-ci. Kim Jong-un se rendrait personnellement pour rencontrer Vladimir Poutine.',
    [['Russie', 'LOC'], ['Kim Jong-un', 'PER'], ['Vladimir Poutine', 'PER']],
    [
      'conditional|-|-|se poursuivraient|Les discussions sur d’éventuelles livraisons d’armes se poursuivraient en Russie ce mois-ci',
      'conditional|-|-|se rendrait|Kim Jong-un se rendrait personnellement pour rencontrer Vladimir Poutine',
    ],
  ],
  ['On ne sait pas exactement quand et où la réunion aurait lieu.', [], []],
];

test('claims', () => {
  const failures: string[] = [];
  for (const [input, entities, expected, speakers] of CASES) {
    const got = describe(input, entities, speakers);
    if (JSON.stringify(got) !== JSON.stringify(expected)) failures.push(`${input}\n  got:      ${JSON.stringify(got)}\n  expected: ${JSON.stringify(expected)}`);
  }
  assert.deepEqual(failures, []);
});

test('conditional forms are told from imperfects of -rer verbs', () => {
  const conditionals = 'manquerait serait aurait irait dirait rendraient mettrait connaîtrait suivrait verrait poursuivraient vaincrait romprait conclurait produirait viendrait';
  const others = 'déclarait montrait encadraient tirait serrait errait livrait ouvrait offrait espérait ignorait durait célébrait consacrait pourrait devraient portrait entrait';
  assert.deepEqual(conditionals.split(' ').filter((w) => !isConditional(w)), []);
  assert.deepEqual(others.split(' ').filter((w) => isConditional(w)), []);
});

test('claims on odd text never throw', () => {
  for (const text of ['', 'serait', 'se rendrait', '« aurait »', 'que serait', 'selon lesquels', 'a déclaré que']) {
    const ctx = makeContext(text);
    assert.doesNotThrow(() => findClaims(ctx, [], findSources(ctx, []), quotesIn(text)));
  }
});
