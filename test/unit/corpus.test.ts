import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { CorpusIndex } from '../../server/src/analysis/corpus';
import { linkDocumentEntities } from '../../server/src/analysis/linking';
import { makeContext } from '../../server/src/analysis/context';
import { mentionsIn, type Spec } from './mentionsIn';
import type { AnalysisResult, AnalyzeOptions, EntityMention, Quote } from '../../server/src/analysis/types';

interface Doc {
  file: string;
  text: string;
  specs: Spec[];
  /** Quotations: [quoted text, speaker surface text] (the speaker's document-level id is used). */
  quotes?: [string, string][];
}

/** A per-document result as `analyze` would give it, from mentions found in the text. */
function analysed(doc: Doc): AnalysisResult {
  const entities = linkDocumentEntities(makeContext(doc.text), mentionsIn(doc.text, doc.specs));
  const quotes: Quote[] = (doc.quotes ?? []).map(([q, speaker]) => {
    const start = doc.text.indexOf(q);
    const id = entities.find((m) => m.text === speaker)!.id;
    return { start, end: start + q.length, text: q, kind: 'speech', speaker: id, confidence: 0.9, attribution: null, source: null, inner: { start: start + 1, end: start + q.length - 1 }, balanced: true };
  });
  const sources = quotes.map((q) => ({ start: q.start, end: q.end, text: q.text, vague: false, entity: q.speaker }));
  const claims = quotes.map((q) => ({ start: q.start, end: q.end, kind: 'reported' as const, speaker: q.speaker, source: null }));
  return { entities, quotes, sources, claims, diagnostics: [], sentences: [], paragraphs: [] };
}

function indexOf(docs: Doc[], options: AnalyzeOptions = {}): CorpusIndex {
  const index = new CorpusIndex(options);
  for (const d of docs) index.updateAnalysed(d.file, d.text, analysed(d));
  return index;
}

/** Corpus ids per file, as "text → id". */
function ids(index: CorpusIndex, file: string): string[] {
  return index.result(file)!.entities.map((m) => `${m.text} → ${m.id}`);
}

const poutine: Doc = { file: 'a.txt', text: 'Le président Vladimir V. Poutine a reçu Kim Jong-un à Moscou.', specs: [['Vladimir V. Poutine', 'PER'], ['Kim Jong-un', 'PER'], ['Moscou', 'LOC']] };
const surnameOnly: Doc = { file: 'b.txt', text: 'Poutine et Kim ont signé un traité.', specs: [['Poutine', 'PER'], ['Kim', 'PER']] };

test('a surname alone in one file links to the full name of another file', () => {
  const index = indexOf([poutine, surnameOnly]);
  assert.deepEqual(ids(index, 'b.txt'), ['Poutine → Vladimir Poutine', 'Kim → Kim Jong-un']);
  assert.equal(index.entity('Vladimir Poutine')?.files, 2);
  assert.deepEqual(index.entity('Vladimir Poutine')?.variants, { 'Vladimir V. Poutine': 1, Poutine: 1 });
});

test('a surname that fits two people of the corpus stays apart, and relinks when one goes', () => {
  const docs: Doc[] = [
    { file: 'e.txt', text: 'Emmanuel Macron a parlé à Paris.', specs: [['Emmanuel Macron', 'PER'], ['Paris', 'LOC']] },
    { file: 'f.txt', text: 'Brigitte Macron a visité une école.', specs: [['Brigitte Macron', 'PER']] },
    { file: 'g.txt', text: 'Macron a signé le décret.', specs: [['Macron', 'PER']] },
  ];
  const index = indexOf(docs);
  assert.deepEqual(ids(index, 'g.txt'), ['Macron → Macron']);
  assert.equal(index.entities().filter((e) => e.type === 'PER').length, 3);
  index.remove('f.txt');
  assert.deepEqual(ids(index, 'g.txt'), ['Macron → Emmanuel Macron']);
  assert.equal(index.entity('Brigitte Macron'), undefined);
});

const zelensky: Doc[] = [
  { file: 'z1.txt', text: 'Volodymyr Zelensky a parlé. Zelensky a remercié Volodymyr Zelensky.', specs: [['Volodymyr Zelensky', 'PER'], ['Zelensky', 'PER'], ['Volodymyr Zelensky', 'PER']] },
  { file: 'z2.txt', text: 'Volodymyr Zelenskyy was in Kyiv.', specs: [['Volodymyr Zelenskyy', 'PER'], ['Kyiv', 'LOC']] },
  { file: 'z3.txt', text: 'Zelenski et Vladimir Poutine ne se parlent pas.', specs: [['Zelenski', 'PER'], ['Vladimir Poutine', 'PER']] },
];

test('transliteration variants link across files, under one id whatever the order files come in', () => {
  const orders = [[0, 1, 2], [2, 1, 0], [1, 2, 0], [2, 0, 1]];
  const seen = new Set<string>();
  for (const order of orders) {
    const index = indexOf(order.map((i) => zelensky[i]));
    seen.add(JSON.stringify([ids(index, 'z1.txt'), ids(index, 'z2.txt'), ids(index, 'z3.txt'), index.diagnostics('z2.txt')]));
    assert.deepEqual(ids(index, 'z3.txt'), ['Zelenski → Volodymyr Zelensky', 'Vladimir Poutine → Vladimir Poutine']);
  }
  assert.equal(seen.size, 1);
});

test('a one-word "person" in one file is the organisation of that name in another, unless a person explains it', () => {
  const docs: Doc[] = [
    { file: 'm1.txt', text: 'Matignon a confirmé la réforme.', specs: [['Matignon', 'ORG']] },
    { file: 'm2.txt', text: 'Photo : Matignon/AFP.', specs: [['Matignon', 'PER']] },
  ];
  const index = indexOf(docs);
  assert.deepEqual(ids(index, 'm2.txt'), ['Matignon → Matignon']);
  assert.equal(index.entity('Matignon')?.type, 'ORG');
  assert.equal(index.entity('Matignon')?.mentions, 2);
  index.updateAnalysed('m3.txt', 'Pierre Matignon, chercheur, a répondu.', analysed({ file: 'm3.txt', text: 'Pierre Matignon, chercheur, a répondu.', specs: [['Pierre Matignon', 'PER']] }));
  assert.deepEqual(ids(index, 'm2.txt'), ['Matignon → Pierre Matignon']);
  assert.equal(index.entity('Matignon')?.mentions, 1);
});

test('entities of different types that share a name get distinct ids, and the bare name back when alone', () => {
  const index = indexOf([
    { file: 'j1.txt', text: 'Le Vatican a répondu.', specs: [['Vatican', 'ORG']] },
    { file: 'j2.txt', text: 'Il a visité le Vatican, à Rome.', specs: [['Vatican', 'LOC'], ['Rome', 'LOC']] },
  ]);
  assert.deepEqual(ids(index, 'j2.txt'), ['Vatican → Vatican (LOC)', 'Rome → Rome']);
  assert.equal(index.entity('Vatican')?.type, 'ORG');
  index.remove('j1.txt');
  assert.deepEqual(ids(index, 'j2.txt'), ['Vatican → Vatican', 'Rome → Rome']);
  assert.equal(index.entity('Vatican')?.type, 'LOC');
  assert.equal(index.entity('Vatican (LOC)'), undefined);
  assert.deepEqual(index.entities().map((e) => e.id).sort(), ['Rome', 'Vatican']);
});

test('an alias id given by the detector links across files', () => {
  const text = 'La République populaire démocratique de Corée proteste.';
  const entities = mentionsIn(text, [['République populaire démocratique de Corée', 'LOC']]).map((m) => ({ ...m, id: 'Corée du Nord' }));
  const index = indexOf([{ file: 'n1.txt', text: 'La Corée du Nord a tiré.', specs: [['Corée du Nord', 'LOC']] }]);
  index.updateAnalysed('n2.txt', text, { entities: linkDocumentEntities(makeContext(text), entities), quotes: [], sources: [], claims: [], diagnostics: [], sentences: [], paragraphs: [] });
  assert.deepEqual(ids(index, 'n2.txt'), ['République populaire démocratique de Corée → Corée du Nord']);
  assert.equal(index.entity('Corée du Nord')?.mentions, 2);
  assert.deepEqual(index.diagnostics('n2.txt'), []);
});

test('a full name in one file is part of a longer full name in another (patronymic)', () => {
  const index = indexOf([
    { file: 'v1.txt', text: 'Vladimir Poutine a parlé ; Poutine a souri. Vladimir Poutine est parti.', specs: [['Vladimir Poutine', 'PER'], ['Poutine', 'PER'], ['Vladimir Poutine', 'PER']] },
    { file: 'v2.txt', text: 'Vladimir Vladimirovitch Poutine est né à Leningrad.', specs: [['Vladimir Vladimirovitch Poutine', 'PER'], ['Leningrad', 'LOC']] },
    { file: 'v3.txt', text: 'Jean-Pierre Martin et Jean Martin.', specs: [['Jean-Pierre Martin', 'PER'], ['Jean Martin', 'PER']] },
  ]);
  assert.deepEqual(ids(index, 'v2.txt'), ['Vladimir Vladimirovitch Poutine → Vladimir Poutine', 'Leningrad → Leningrad']);
  assert.deepEqual(ids(index, 'v3.txt'), ['Jean-Pierre Martin → Jean-Pierre Martin', 'Jean Martin → Jean Martin']);
  assert.deepEqual(index.diagnostics('v2.txt'), []);
});

test('first-name and feminine traps hold across files', () => {
  const index = indexOf([
    { file: 'k1.txt', text: 'Nina Khrouchtcheva enseigne à New York.', specs: [['Nina Khrouchtcheva', 'PER'], ['New York', 'LOC']] },
    { file: 'k2.txt', text: 'Nikita Khrouchtchev a dirigé l’Union soviétique.', specs: [['Nikita Khrouchtchev', 'PER'], ['Union soviétique', 'LOC']] },
    { file: 'k3.txt', text: 'Khrouchtcheva a répondu ; Khrushchev aussi, jadis.', specs: [['Khrouchtcheva', 'PER'], ['Khrushchev', 'PER']] },
    { file: 'k4.txt', text: 'Vladimir Zelensky et Vladimir Poutine.', specs: [['Vladimir Zelensky', 'PER'], ['Vladimir Poutine', 'PER']] },
  ]);
  assert.deepEqual(ids(index, 'k3.txt'), ['Khrouchtcheva → Nina Khrouchtcheva', 'Khrushchev → Nikita Khrouchtchev']);
  assert.deepEqual(ids(index, 'k4.txt'), ['Vladimir Zelensky → Vladimir Zelensky', 'Vladimir Poutine → Vladimir Poutine']);
});

const shoigu: Doc[] = [
  { file: 's1.txt', text: 'Le ministre Sergueï Choïgou est arrivé. Choïgou a visité une usine.', specs: [['Sergueï Choïgou', 'PER'], ['Choïgou', 'PER']] },
  { file: 's2.txt', text: 'Selon le ministre Sergueï Choïgu, tout va bien.', specs: [['Sergueï Choïgu', 'PER']] },
  { file: 's3.txt', text: 'Choïgou a menti, dit-on.', specs: [['Choïgou', 'PER']] },
];

test('spelling-variant: a differently spelled name part, pointing at the dominant spelling elsewhere', () => {
  const index = indexOf(shoigu);
  assert.deepEqual(index.diagnostics('s1.txt'), []);
  assert.deepEqual(index.diagnostics('s3.txt'), []);
  const [d, ...rest] = index.diagnostics('s2.txt');
  assert.equal(rest.length, 0);
  assert.equal(shoigu[1].text.slice(d.start, d.end), 'Choïgu');
  assert.equal(d.code, 'spelling-variant');
  assert.equal(d.severity, 'information');
  assert.equal(d.message, '"Choïgu" is spelled "Choïgou" elsewhere in the corpus (3 mentions).');
  assert.deepEqual(d.data, { preferred: 'Choïgou', found: 'Choïgu', id: 'Sergueï Choïgou' });
  assert.equal(d.related?.[0].file, 's1.txt');
  assert.equal(shoigu[0].text.slice(d.related![0].start, d.related![0].end), 'Choïgou');
  assert.deepEqual(index.result('s2.txt')!.diagnostics, [d]);
  // The quick fix replaces the span with data.preferred: the diagnostic is gone, nothing else changes.
  const fixed = { ...shoigu[1], text: shoigu[1].text.slice(0, d.start) + d.data!.preferred + shoigu[1].text.slice(d.end), specs: [['Sergueï Choïgou', 'PER']] as Spec[] };
  index.updateAnalysed(fixed.file, fixed.text, analysed(fixed));
  assert.deepEqual(index.diagnostics('s2.txt'), []);
  assert.deepEqual(ids(index, 's2.txt'), ['Sergueï Choïgou → Sergueï Choïgou']);
});

test('spelling-variant: a hyphen is part of the spelling; a surname alone or a capitalised headline is not a variant', () => {
  const index = indexOf([
    { file: 'h1.txt', text: 'KIM JONG-UN À MOSCOU. Kim Jong-un est arrivé, Kim Jong-un est reparti. Kim a souri.', specs: [['KIM JONG-UN', 'PER'], ['Kim Jong-un', 'PER'], ['Kim Jong-un', 'PER'], ['Kim', 'PER']] },
    { file: 'h2.txt', text: 'Le dirigeant Kim Jong Un rencontrera Poutine.', specs: [['Kim Jong Un', 'PER'], ['Poutine', 'PER']] },
  ]);
  assert.deepEqual(index.diagnostics('h1.txt'), []);
  const diags = index.diagnostics('h2.txt');
  assert.deepEqual(diags.map((d) => [index.get('h2.txt')!.text.slice(d.start, d.end), d.data?.preferred]), [['Jong Un', 'Jong-un']]);
});

test('spelling-variant: French messages; accents count, case does not', () => {
  const index = indexOf(
    [
      { file: 'u1.txt', text: 'Les États-Unis et les États-Unis.', specs: [['États-Unis', 'LOC'], ['États-Unis', 'LOC']] },
      { file: 'u2.txt', text: 'Les Etats-Unis répondent aux ÉTATS-UNIS et aux ETATS-UNIS.', specs: [['Etats-Unis', 'LOC'], ['ÉTATS-UNIS', 'LOC'], ['ETATS-UNIS', 'LOC']] },
    ],
    { language: 'fr' },
  );
  const diags = index.diagnostics('u2.txt');
  assert.equal(diags.length, 1);
  assert.equal(diags[0].message, '« Etats-Unis » s’écrit « États-Unis » ailleurs dans le corpus (3 mentions).');
  assert.equal(diags[0].related?.[0].message, 'Graphie retenue : « États-Unis »');
});

test('result() gives corpus ids everywhere and leaves the per-document result untouched', () => {
  const quoted: Doc = { file: 'q.txt', text: '« Nous vaincrons », a dit Poutine.', specs: [['Poutine', 'PER']], quotes: [['« Nous vaincrons »', 'Poutine']] };
  const index = indexOf([poutine, quoted]);
  const r = index.result('q.txt')!;
  assert.equal(r.entities[0].id, 'Vladimir Poutine');
  assert.equal(r.quotes[0].speaker, 'Vladimir Poutine');
  assert.equal(r.sources[0].entity, 'Vladimir Poutine');
  assert.equal(r.claims[0].speaker, 'Vladimir Poutine');
  const local = index.get('q.txt')!.local;
  assert.equal(local.entities[0].id, 'Poutine');
  assert.equal(local.quotes[0].speaker, 'Poutine');
  assert.equal(index.corpusId('q.txt', 'Poutine'), 'Vladimir Poutine');
  assert.deepEqual(
    index.quotesBy('Vladimir Poutine').map((q) => [q.file, q.quote.text, q.quote.speaker]),
    [['q.txt', '« Nous vaincrons »', 'Vladimir Poutine']],
  );
  assert.deepEqual(
    index.mentionsOf('Vladimir Poutine').map((m) => [m.file, m.mention.text, m.mention.id]),
    [['a.txt', 'Vladimir V. Poutine', 'Vladimir Poutine'], ['q.txt', 'Poutine', 'Vladimir Poutine']],
  );
});

test('searchEntities finds an entity by any spelling, ignoring accents, case and romanisation', () => {
  const index = indexOf([...shoigu, ...zelensky, poutine]);
  const first = (q: string) => index.searchEntities(q)[0]?.id;
  assert.equal(first('choigu'), 'Sergueï Choïgou');
  assert.equal(first('SHOIGU'), 'Sergueï Choïgou');
  assert.equal(first('zelenskyy'), 'Volodymyr Zelensky');
  assert.equal(first('pout'), 'Vladimir Poutine');
  assert.equal(first('moscou'), 'Moscou');
  assert.deepEqual(index.searchEntities('xyzzy'), []);
  assert.equal(index.searchEntities('').length, index.entities().length);
});

test('incremental updates give the same corpus as indexing the final files from scratch', () => {
  const pool: Doc[] = [poutine, surnameOnly, ...zelensky, ...shoigu,
    { file: 'e.txt', text: 'Emmanuel Macron a parlé.', specs: [['Emmanuel Macron', 'PER']] },
    { file: 'f.txt', text: 'Brigitte Macron a souri. Macron a ri.', specs: [['Brigitte Macron', 'PER'], ['Macron', 'PER']] },
    { file: 'g.txt', text: 'Macron a signé.', specs: [['Macron', 'PER']] },
    { file: 'o.txt', text: 'L’Organisation des Nations unies siège à New York.', specs: [['Organisation des Nations unies', 'ORG'], ['New York', 'LOC']] },
    { file: 'p.txt', text: 'L’ONU a voté.', specs: [['ONU', 'ORG']] },
    { file: 'm1.txt', text: 'Matignon a confirmé.', specs: [['Matignon', 'ORG']] },
    { file: 'm2.txt', text: 'Photo : Matignon/AFP.', specs: [['Matignon', 'PER']] },
    { file: 'm3.txt', text: 'Pierre Matignon a répondu.', specs: [['Pierre Matignon', 'PER']] },
    { file: 'j1.txt', text: 'Le Vatican a répondu.', specs: [['Vatican', 'ORG']] },
    { file: 'j2.txt', text: 'Il a visité le Vatican.', specs: [['Vatican', 'LOC']] },
    { file: 'v2.txt', text: 'Vladimir Vladimirovitch Poutine est né.', specs: [['Vladimir Vladimirovitch Poutine', 'PER']] },
    { file: 'w1.txt', text: 'Jean Pierre Martin et Jean Martin.', specs: [['Jean Pierre Martin', 'PER'], ['Jean Martin', 'PER']] },
    { file: 'w2.txt', text: 'Jean-Pierre Martin a parlé.', specs: [['Jean-Pierre Martin', 'PER']] },
    { file: 'w3.txt', text: 'Jean Martin a répondu.', specs: [['Jean Martin', 'PER']] },
    { file: 'w4.txt', text: 'Photo : Vatican/AFP.', specs: [['Vatican', 'PER']] },
  ];
  let seed = 12345;
  const random = (n: number) => ((seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff) % n);
  const index = new CorpusIndex();
  const present = new Map<string, Doc>();
  for (let step = 0; step < 400; step++) {
    const d = pool[random(pool.length)];
    if (present.has(d.file) && random(3) === 0) {
      index.remove(d.file);
      present.delete(d.file);
    } else {
      index.updateAnalysed(d.file, d.text, analysed(d));
      present.set(d.file, d);
    }
    if (step % 20 !== 19) continue;
    const fresh = indexOf([...present.values()].sort((a, b) => (a.file < b.file ? -1 : 1)));
    for (const f of present.keys()) {
      assert.deepEqual(ids(index, f), ids(fresh, f), `step ${step}, ${f}`);
      assert.deepEqual(index.diagnostics(f), fresh.diagnostics(f), `step ${step}, ${f}`);
    }
    assert.deepEqual(index.entities(), fresh.entities());
  }
});

test('sample corpus gold mentions: pairwise linking F1 ≥ 0.95, variants in one cluster, different people apart', () => {
  const dir = 'test/fixtures/gold';
  const index = new CorpusIndex();
  const gold = new Map<string, { id: string }[]>();
  for (const name of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const g = JSON.parse(readFileSync(`${dir}/${name}`, 'utf8')) as { file: string; entities: (EntityMention & { id: string })[] };
    const text = readFileSync(`samples/corpus/${g.file}`, 'utf8');
    const mentions = g.entities.map((e) => ({ ...e, id: e.text, confidence: 1, evidence: [] }));
    const entities = linkDocumentEntities(makeContext(text), mentions);
    index.updateAnalysed(g.file, text, { entities, quotes: [], sources: [], claims: [], diagnostics: [], sentences: [], paragraphs: [] });
    gold.set(g.file, g.entities);
  }
  assert.equal(gold.size, 5);
  const clusters = new Map<string, Set<string>>();
  let tp = 0;
  let fp = 0;
  let fn = 0;
  const items: [string, string][] = [];
  for (const [file, g] of gold) index.result(file)!.entities.forEach((m, i) => items.push([g[i].id, m.id]));
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const sameGold = items[i][0] === items[j][0];
      const samePred = items[i][1] === items[j][1];
      if (sameGold && samePred) tp++;
      else if (samePred) fp++;
      else if (sameGold) fn++;
    }
  }
  for (const [g, p] of items) {
    if (!clusters.has(g)) clusters.set(g, new Set());
    clusters.get(g)!.add(p);
  }
  const f1 = (2 * tp) / (2 * tp + fp + fn);
  assert.ok(f1 >= 0.95, `pairwise F1 ${f1.toFixed(4)}`);
  for (const id of ['Sergueï Choïgou', 'Kim Jong-un', 'Vladimir Poutine', 'États-Unis', 'Louhansk', 'CBC', 'Nina Khrouchtcheva']) {
    assert.equal(clusters.get(id)?.size, 1, `${id} → ${[...(clusters.get(id) ?? [])].join(', ')}`);
  }
  const nina = [...clusters.get('Nina Khrouchtcheva')!][0];
  const nikita = [...clusters.get('Nikita Khrouchtchev')!][0];
  assert.notEqual(nina, nikita);
  assert.notEqual([...clusters.get('Sergueï Markov')!][0], [...clusters.get('Sergueï Choïgou')!][0]);
});

test('sample corpus through the real pipeline: ids are corpus entities, nothing throws', () => {
  const index = new CorpusIndex();
  const files = readdirSync('samples/corpus').filter((f) => f.endsWith('.txt'));
  for (const f of files) index.update(f, readFileSync(`samples/corpus/${f}`, 'utf8'));
  for (const f of files) {
    const r = index.result(f)!;
    for (const m of r.entities) assert.ok(index.entity(m.id), `${f}: ${m.text} → ${m.id}`);
    for (const q of r.quotes) if (q.speaker) assert.ok(index.entity(q.speaker) || r.entities.every((m) => m.id !== q.speaker));
    assert.equal(index.get(f)!.local.entities.length, r.entities.length);
  }
  // Linking facts of the corpus, whatever the detector's exact spans.
  const idsOf = (pattern: RegExp) => new Set(files.flatMap((f) => index.result(f)!.entities.filter((m) => pattern.test(m.text)).map((m) => m.id)));
  assert.equal(idsOf(/^(Sergei K\. Shoigu|Sergueï Choïgou|Sergueï Choïgu|Shoygu)$/).size, 1);
  assert.equal(idsOf(/^(Vladimir V\. Poutine|Vladimir Poutine|Poutine)$/).size, 1);
  assert.equal(idsOf(/^(Kim Jong-un|Kim Jong Un|Kim)$/).size, 1);
  assert.equal(idsOf(/Khrouchtchev/).size, 2);
  const variants = files.flatMap((f) => index.diagnostics(f).filter((d) => d.code === 'spelling-variant').map((d) => index.get(f)!.text.slice(d.start, d.end)));
  for (const v of ['Shoygu', 'Shoigu', 'Jong Un', 'Etats-Unis']) assert.ok(variants.includes(v), `${v} in ${variants.join(', ')}`);
  assert.ok(!variants.includes('Poutine'));
  index.update(files[0], '');
  assert.deepEqual(index.result(files[0])!.entities, []);
});

test('an edit between names moves the mentions and keeps the corpus entities; an edit of a name relinks', () => {
  const index = new CorpusIndex({ language: 'fr' });
  const a = 'Le ministre Sergueï Choïgou a visité Pyongyang. Choïgou a parlé longtemps.';
  const b = 'Sergei Shoigu est arrivé à Moscou.';
  index.update('a.txt', a);
  index.update('b.txt', b);
  const id = index.result('a.txt')!.entities.find((m) => m.text === 'Sergueï Choïgou')!.id;
  const before = index.mentionsOf(id).length;
  // A word typed before the names: same names, offsets moved by its length.
  const edited = a.replace('a visité', 'a longuement visité');
  index.update('a.txt', edited);
  const moved = index.mentionsOf(id).filter((m) => m.file === 'a.txt');
  assert.equal(index.mentionsOf(id).length, before);
  for (const { mention } of moved) assert.equal(edited.slice(mention.start, mention.end), mention.text);
  assert.equal(index.entity(id)?.files, 2);
  // A name changed: the corpus follows.
  index.update('a.txt', edited.replace('Pyongyang', 'Séoul'));
  assert.ok(index.entities().some((e) => e.id === 'Séoul'));
  assert.ok(!index.entities().some((e) => e.id === 'Pyongyang'));
});
