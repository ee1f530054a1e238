// Source phrases on sentences written for these tests (other topics and names than the corpus)
// and on corpus lines. Each row: text, entities in it, expected sources as "text" (vague) or
// "text → entity id" (named).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findSources } from '../../server/src/analysis/sources';
import { entitiesIn, type EntitySpec } from './helpers/build';

function check(input: string, entities: EntitySpec[], expected: string[]): void {
  const sources = findSources(makeContext(input), entitiesIn(input, entities));
  for (const s of sources) assert.equal(input.slice(s.start, s.end), s.text);
  const got = sources.map((s) => (s.vague ? s.text : `${s.text} → ${s.entity}`));
  assert.deepEqual(got, expected, input);
}

const CASES: [string, EntitySpec[], string[]][] = [
  // Unnamed groups, before their verb.
  ['Les économistes estiment que la croissance ralentira.', [], ['Les économistes estiment']],
  ['Des diplomates européens ont confirmé que la réunion aurait lieu.', [], ['Des diplomates européens ont confirmé']],
  ['Plusieurs témoins affirment avoir vu un éclair.', [], ['Plusieurs témoins affirment']],
  ['Des responsables portuaires ont de nouveau averti que les grues étaient usées.', [], ['Des responsables portuaires ont de nouveau averti']],
  ['Les experts interrogés jugent que le barrage est sûr.', [], ['Les experts interrogés jugent']],
  ['Les responsables italiens et grecs ont démenti ces rumeurs.', [], ['Les responsables italiens et grecs ont démenti']],
  ['Certains redoutent une hausse des prix.', [], []],
  ['Certains craignent que les prix montent encore.', [], ['Certains craignent']],
  ['D’autres affirment que la récolte sera bonne.', [], ['D’autres affirment']],
  // Introducers with an unnamed source.
  ['Selon des sources proches du dossier, le contrat est signé.', [], ['Selon des sources proches du dossier']],
  ['Selon certaines informations, le ministre aurait démissionné.', [], ['Selon certaines informations']],
  ['D’après les enquêteurs, l’incendie est accidentel.', [], ['D’après les enquêteurs']],
  ['Citant des fonctionnaires municipaux non identifiés, Le Courrier du Soir évoque un déficit.', [['Courrier du Soir', 'ORG']], ['Citant des fonctionnaires municipaux non identifiés']],
  // A body described but never named is vague too.
  ['Le quotidien régional évoque un déficit.', [], ['Le quotidien régional évoque']],
  ['La fermeture a été annoncée par le service de presse régional.', [], ['par le service de presse régional']],
  // Inverted verb, then the source.
  ['Le lac pourrait geler, estiment les observateurs.', [], ['estiment les observateurs']],
  // People nouns not in the list, known by their suffix.
  ['Le lac pourrait geler, estiment les climatologues.', [], ['estiment les climatologues']],
  // A participle after a cited group carries the claim.
  ['Le Courrier du Soir a cité des élus locaux affirmant que le pont fermera.', [['Courrier du Soir', 'ORG']], ['des élus locaux affirmant']],
  // A body introduced with its name, then called by its description.
  ['Le journal Nordpost a publié une enquête. Le journal affirme que le maire savait.', [['Nordpost', 'ORG']], ['Le journal affirme → Nordpost']],
  // Pronouns standing for an unnamed group, and the impersonal "on".
  ['Des analystes affirment que le yen baissera. La banque centrale est prudente. Ils disent que rien ne presse.', [], ['Des analystes affirment', 'Ils disent']],
  ['On dit que le roi est malade.', [], ['On dit']],
  ['On pense aussitôt à la crue de 1910.', [], []],
  // Named sources: an entity after selon, after par, in apposition, a pronoun or role resolved.
  ['Selon Margot Lefèvre, la digue tiendra.', [['Margot Lefèvre', 'PER']], ['Selon Margot Lefèvre → Margot Lefèvre']],
  ['Selon l’agence de presse régionale Ouest-Info, le maire démissionne.', [['Ouest-Info', 'ORG']], ['Selon l’agence de presse régionale Ouest-Info → Ouest-Info']],
  ['La nouvelle a été rapportée par Radio Brume.', [['Radio Brume', 'ORG']], ['par Radio Brume → Radio Brume']],
  ['Le volcanologue Piet Janssens a parlé du cratère. Selon lui, une éruption est proche.', [['Piet Janssens', 'PER']], ['Selon lui → Piet Janssens']],
  ['Un risque de crue, selon un hydrologue\nL’hydrologue Anna Berg a déclaré que la rivière montait.', [['Anna Berg', 'PER']], ['selon un hydrologue → Anna Berg']],
  ['Le professeur de droit Yann Ollivier a pris la parole. Selon le professeur, la loi est floue.', [['Yann Ollivier', 'PER']], ['Selon le professeur → Yann Ollivier']],
  // A singular description nobody names is vague; named subjects are no vague source.
  ['Le ministre a déclaré que la loi passerait.', [], ['Le ministre a déclaré']],
  ['Margot Lefèvre a déclaré que la digue tiendrait.', [['Margot Lefèvre', 'PER']], []],
  // Non-claims: the verb reports nothing, or denies reporting.
  ['Des responsables locaux ont publié une photo du pont.', [], []],
  ['Des responsables locaux ont publié des chiffres selon lesquels le pont est fragile.', [], ['Des responsables locaux ont publié']],
  ['Les services municipaux n’ont pas immédiatement confirmé ces chiffres.', [], []],
  ['Le bâtiment se rendrait aux normes, selon le calendrier.', [], []],
  // Between source and verb: an object clitic, a relative, an incise.
  ['Les experts le disent depuis des années.', [], ['Les experts le disent']],
  ['Des juristes qui estiment que la loi est floue ont saisi le tribunal.', [], ['Des juristes qui estiment']],
  ['Un haut responsable, sous couvert d’anonymat, a affirmé que le sommet était annulé.', [], ['Un haut responsable, sous couvert d’anonymat, a affirmé']],
  ['« Rien n’est fait », a affirmé la ministre du Travail, Ana Ferreira.', [['Ana Ferreira', 'PER']], ['a affirmé la ministre du Travail, Ana Ferreira → Ana Ferreira']],
  ['Les marchés saluent le projet, dit-on à Bruxelles.', [['Bruxelles', 'LOC']], ['dit-on']],
  ['Les syndicats affirment que la réforme frappera les ouvriers.', [], ['Les syndicats affirment']],
  // Role nouns: resolved through an apposition elsewhere, or an office of a named body.
  ['Le président russe, Igor Volkov, est arrivé. « Tout va bien », a précisé le président russe.', [['Igor Volkov', 'PER']], ['a précisé le président russe → Igor Volkov']],
  ['La ministre Léa Morel et le président Igor Volkov sont arrivés. Selon le président, tout va bien.', [['Léa Morel', 'PER'], ['Igor Volkov', 'PER']], ['Selon le président → Igor Volkov']],
  ['Le président russe, Igor Volkov, est arrivé. « Tout va bien », a précisé le président brésilien.', [['Igor Volkov', 'PER']], ['a précisé le président brésilien']],
  ['« Rien à signaler », a déclaré le porte-parole de la Fédération Lumen.', [['Fédération Lumen', 'ORG']], []],
  ['D’après une source proche de l’enquête, la piste criminelle est privilégiée.', [], ['D’après une source proche de l’enquête']],
  ['Des riverains racontent avoir entendu une explosion.', [], ['Des riverains racontent']],
  // One member of a group.
  ['« On ne lâchera rien », a lancé l’un d’eux au micro.', [], ['a lancé l’un d’eux']],
  ['Un de ses proches a confirmé que le ministre démissionnerait.', [], ['Un de ses proches a confirmé']],
  ['Selon l’une des enseignantes, la grève sera suivie.', [], ['Selon l’une des enseignantes']],
  // Introducers outside the verb list.
  ['Pour certains, la réforme est inévitable.', [], ['Pour certains']],
  ['Pour les économistes, la reprise sera lente.', [], ['Pour les économistes']],
  ['Pour les enfants, la rentrée est un choc.', [], []],
  ['La date a été fixée, a-t-on appris de sources diplomatiques concordantes.', [], ['de sources diplomatiques concordantes']],
  // A quotation as the object of a vague source's verb.
  ['Les services de secours envisagent « une évacuation partielle » du quartier.', [], ['Les services de secours envisagent']],
  // Corpus lines.
  ['La Corée du Nord possède probablement des dizaines de millions d’obus, estiment les analystes.', [['Corée du Nord', 'LOC']], ['estiment les analystes']],
  ['La visite a également été rapportée par l’agence de presse officielle nord-coréenne, qui a déclaré que les dirigeants se rencontreraient.', [], ['par l’agence de presse officielle nord-coréenne']],
  ['Le Pentagone a déclaré ce mois-ci que la Russie avait demandé des munitions.', [['Pentagone', 'ORG'], ['Russie', 'LOC']], []],
];

test('source phrases', () => {
  const failures: string[] = [];
  for (const [input, entities, expected] of CASES) {
    try {
      check(input, entities, expected);
    } catch (e) {
      failures.push((e as Error).message);
    }
  }
  assert.deepEqual(failures, []);
});

test('sources on odd text never throw', () => {
  for (const text of ['', 'selon', 'selon lui', 'Citant', 'les analystes', 'par', '« selon » ils disent', 'a été rapporté par']) {
    assert.doesNotThrow(() => findSources(makeContext(text), []));
  }
});

// The hand-annotated vague sources of the sample corpus (test/fixtures/gold), with the gold
// entities as input so that this measures the source detector alone.
test('vague sources of the sample corpus match the gold standard', async () => {
  const { readFileSync, readdirSync } = await import('node:fs');
  const { join } = await import('node:path');
  const root = join(__dirname, '../..');
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const misses: string[] = [];
  for (const file of readdirSync(join(root, 'test/fixtures/gold')).filter((f) => f.endsWith('.json'))) {
    const gold = JSON.parse(readFileSync(join(root, 'test/fixtures/gold', file), 'utf8'));
    const text = readFileSync(join(root, 'samples/corpus', file.replace(/\.json$/, '.txt')), 'utf8').replace(/^\uFEFF/, '');
    const entities = gold.entities.map((e: { start: number; end: number; text: string; type: 'PER' | 'ORG' | 'LOC'; id: string }) => ({ ...e, confidence: 1, evidence: [] }));
    const found = new Set(findSources(makeContext(text), entities).filter((s) => s.vague).map((s) => `${s.start}:${s.end}`));
    const expected = new Set<string>(gold.sources.filter((s: { vague: boolean }) => s.vague).map((s: { start: number; end: number }) => `${s.start}:${s.end}`));
    for (const k of found) {
      if (expected.has(k)) tp++;
      else {
        fp++;
        misses.push(`FP ${file} ${k}`);
      }
    }
    for (const k of expected) {
      if (found.has(k)) continue;
      fn++;
      misses.push(`FN ${file} ${k}`);
    }
  }
  const precision = tp / (tp + fp);
  const recall = tp / (tp + fn);
  assert.ok(precision >= 0.9 && recall >= 0.9, `P ${precision.toFixed(3)} R ${recall.toFixed(3)}\n${misses.join('\n')}`);
});
