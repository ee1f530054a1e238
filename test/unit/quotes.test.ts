// Quotation spans and kinds (server/src/analysis/quotes.ts, quoteKinds.ts), table-driven.
// Most sentences are written for these tests (other people, places and topics than the sample
// corpus); the last group are lines of the sample corpus.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findQuotes, scanQuotes } from '../../server/src/analysis/quotes';
import { segment } from '../../server/src/analysis/text';
import fc from 'fast-check';
import './propertyConfig';

interface Expected {
  /** The quote text, marks included, in document order. */
  quotes: (string | { text: string; kind?: 'speech' | 'term'; balanced?: boolean; inner?: string })[];
  /** The unbalanced marks, as characters, in document order. */
  unbalanced?: string[];
}

function check(input: string, expected: Expected): void {
  const ctx = makeContext(input);
  const { quotes, unbalanced } = findQuotes(ctx);
  const got = quotes.map((q) => q.text);
  const want = expected.quotes.map((e) => (typeof e === 'string' ? e : e.text));
  assert.deepEqual(got, want, `spans in: ${input}`);
  expected.quotes.forEach((e, i) => {
    const q = quotes[i];
    assert.equal(input.slice(q.start, q.end), q.text);
    if (typeof e === 'string') return;
    if (e.kind) assert.equal(q.kind, e.kind, `kind of ${q.text}`);
    if (e.balanced !== undefined) assert.equal(q.balanced, e.balanced, `balanced of ${q.text}`);
    if (e.inner !== undefined) assert.equal(input.slice(q.inner.start, q.inner.end), e.inner);
  });
  if (expected.unbalanced) assert.deepEqual(unbalanced.map((s) => input.slice(s.start, s.end)), expected.unbalanced);
  else assert.deepEqual(unbalanced, [], `no unbalanced mark in: ${input}`);
}

const speech = (text: string) => ({ text, kind: 'speech' as const });
const term = (text: string) => ({ text, kind: 'term' as const });

test('spans: the three kinds of marks, marks included', () => {
  check('« Les routes seront rouvertes demain », a déclaré le préfet.', { quotes: [speech('« Les routes seront rouvertes demain »')] });
  check('“Nous attendons les résultats”, a ajouté Claire Dubois.', { quotes: ['“Nous attendons les résultats”'] });
  check('Le ministre a déclaré : "Nous ne céderons pas." Puis il est parti.', { quotes: ['"Nous ne céderons pas."'] });
  check('Deux citations : « la première » et “la seconde” dans une phrase.', { quotes: ['« la première »', '“la seconde”'] });
});

test('spans: non-breaking and narrow spaces inside « » stay in the span, not in inner', () => {
  check('Elle a dit\u00A0: «\u00A0Bonjour à tous\u00A0». Puis «\u202Fmerci\u202F».', {
    quotes: [
      { text: '«\u00A0Bonjour à tous\u00A0»', inner: 'Bonjour à tous' },
      { text: '«\u202Fmerci\u202F»', inner: 'merci' },
    ],
  });
});

test('spans: nested quotes stay inside the outer quote', () => {
  check('« Il m’a dit “attends” puis il est parti », raconte Jeanne Morel.', { quotes: ['« Il m’a dit “attends” puis il est parti »'] });
  check('« Le slogan « Plus jamais ça » est partout », dit-il.', { quotes: ['« Le slogan « Plus jamais ça » est partout »'] });
  check('“Elle a crié ‘au secours’ deux fois”, a témoigné le voisin.', { quotes: ['“Elle a crié ‘au secours’ deux fois”'] });
  check('« On répète ‘la paix, la paix,’ et l’ordre’ sans fin », a-t-il lancé.', { quotes: ['« On répète ‘la paix, la paix,’ et l’ordre’ sans fin »'] });
  check('« Ils parlaient de "réforme" sans y croire », note la sociologue.', { quotes: ['« Ils parlaient de "réforme" sans y croire »'] });
});

test('spans: a « typed where the closing mark belongs closes the quote', () => {
  check('« Le port sera agrandi l’an prochain.« .\nLa suite.', { quotes: [{ text: '« Le port sera agrandi l’an prochain.«', balanced: true }] });
  check('Il a ajouté : « Rien n’est joué«, avant de partir.', { quotes: ['« Rien n’est joué«'] });
});

test('spans: an unclosed quote ends at its paragraph end, reported as unbalanced', () => {
  check('Le syndicat dénonce « une provocation inacceptable.\nLa grève continue.', {
    quotes: [{ text: '« une provocation inacceptable.', balanced: false }],
    unbalanced: ['«'],
  });
  check('Il a prévenu : “nous reviendrons', { quotes: [{ text: '“nous reviendrons', balanced: false }], unbalanced: ['“'] });
});

test('spans: a closing mark with nothing open is reported and opens back to the paragraph start', () => {
  check('Nous viendrons demain », a promis le maire.', {
    quotes: [{ text: 'Nous viendrons demain »', balanced: false }],
    unbalanced: ['»'],
  });
});

test('spans: a quotation over several paragraphs, reopened with «, is one quote', () => {
  const text = 'Le maire a déclaré : « La ville change.\n« Les quartiers nord seront rénovés.\n« Tout sera fini en 2030. »\nFin.';
  check(text, { quotes: [{ text: '« La ville change.\n« Les quartiers nord seront rénovés.\n« Tout sera fini en 2030. »', balanced: true }] });
});

test('spans: odd text never throws', () => {
  check('', { quotes: [] });
  check('»»»', { quotes: [], unbalanced: ['»', '»', '»'] });
  check('«', { quotes: [{ text: '«', balanced: false }], unbalanced: ['«'] });
  const long = '« ' + 'mot '.repeat(200_000);
  const { quotes } = findQuotes(makeContext(long));
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].balanced, false);
  findQuotes(makeContext('\u0000\uFFFD«»“”"\r\n\r\n"'));
});

test('kinds: names, titles, forms of address and document wording are terms', () => {
  check('Le président a salué le « camarade Xi » lors du dîner.', { quotes: [term('« camarade Xi »')] });
  check('Les manifestants scandaient le nom de « Monsieur Dupont » devant la mairie.', { quotes: [term('« Monsieur Dupont »')] });
  check('Le gouvernement a signé un « pacte de stabilité » avec les syndicats.', { quotes: [term('« pacte de stabilité »')] });
  check('Le texte ne prévoit que de simples « échanges » en cas de crise.', { quotes: [term('« échanges »')] });
  check('Le quotidien « Ouest-France » a révélé l’affaire mardi.', { quotes: [term('« Ouest-France »')] });
  check('L’enquête publiée par le journal « Le Soir » a fait grand bruit.', { quotes: [term('« Le Soir »')] });
});

test('kinds: short quotes governed by a reporting verb are speech', () => {
  check('La directrice a qualifié la réforme de « désastreuse ».', { quotes: [speech('« désastreuse »')] });
  check('« Inacceptable », a réagi la syndicaliste Anne Vidal.', { quotes: [speech('« Inacceptable »')] });
  check('« Non », a répondu Marc Petit.', { quotes: [speech('« Non »')] });
  check('Julien Moreau a affirmé que le pays devait agir « sans délai » face à la crise.', { quotes: [speech('« sans délai »')] });
  check('Le projet est « très risqué », selon l’ingénieure.', { quotes: [speech('« très risqué »')] });
  check('Les élus ont averti que la ville « paierait cher » ce retard.', { quotes: [speech('« paierait cher »')] });
});

test('kinds: words governed by a verb of describing or naming are speech, not a term', () => {
  check('Dans ses mémoires, l’actrice décrit sa sœur comme « petite-bourgeoise ».', { quotes: [speech('« petite-bourgeoise »')] });
  check('Le député le caractérise d’être « grossier » et « sans parole ».', { quotes: [speech('« grossier »'), speech('« sans parole »')] });
  check('Interrogée, la sénatrice a refusé de qualifier son rival de « traître ».', { quotes: [speech('« traître »')] });
  check('L’ancien ministre dépeint la réforme comme une « usine à gaz ».', { quotes: [speech('« usine à gaz »')] });
  check('L’ancienne ministre a parlé de « trahison » devant les militants.', { quotes: [speech('« trahison »')] });
  check('Le Parlement de « Strasbourg » siège en octobre.', { quotes: [term('« Strasbourg »')] });
  // Any verb between a name and que reports: the fragment after it is the named person's.
  check('Le maire Yves Carrel reconnait tout de même qu’il faut que le plan soit « rééquilibré ».', { quotes: [speech('« rééquilibré »')] });
  // No verb of describing: the quoted wording stays a term.
  check('Le texte prévoit un « bouclier tarifaire » comme en 2022.', { quotes: [term('« bouclier tarifaire »')] });
});

test('kinds: « pour X, » opening a headline after its colon makes X speak', () => {
  check('Énergie : pour Dupuis, le charbon est une « impasse »\n\nLe texte suit.', { quotes: [speech('« impasse »')] });
  check('Énergie : le charbon reste une « énergie d’appoint »\n\nLe texte suit.', { quotes: [term('« énergie d’appoint »')] });
});

test('kinds: a whole sentence in quotes is speech even without a verb', () => {
  check('« Nous ne fermerons aucune école » : la promesse du ministre', { quotes: [speech('« Nous ne fermerons aucune école »')] });
  check('La foule attendait. « Il faut partir maintenant. »', { quotes: [speech('« Il faut partir maintenant. »')] });
});

test('corpus lines: spans and kinds', () => {
  check(
    'Au cours de sa visite, Kim a fait l’éloge du « camarade Poutine » et a qualifié la guerre de la Russie contre l’Ukraine de « combat sacré pour protéger sa souveraineté et sa sécurité ».',
    { quotes: [term('« camarade Poutine »'), speech('« combat sacré pour protéger sa souveraineté et sa sécurité »')] },
  );
  check('La principale traduction de cet engagement commun est la conclusion, inattendue, d’un «\u00A0traité de partenariat stratégique global\u00A0». Si le contenu de ce document est secret.', {
    quotes: [term('«\u00A0traité de partenariat stratégique global\u00A0»')],
  });
  check('« Il y a cette coalition de pays qui ont clairement un programme anti-américain et anti-occidental et qui renforcent leurs liens les uns avec les autres.« .', {
    quotes: [speech('« Il y a cette coalition de pays qui ont clairement un programme anti-américain et anti-occidental et qui renforcent leurs liens les uns avec les autres.«')],
  });
  check('« Mais cela rappelle aussi les Soviétiques. Même dans le discours de Kim, il n’y avait que de hautes rhétoriques communistes, ‘la guerre sainte pour la sécurité,’ la lutte contre l’impérialisme’ et ainsi de suite », a-t-elle déclaré.', {
    quotes: [speech('« Mais cela rappelle aussi les Soviétiques. Même dans le discours de Kim, il n’y avait que de hautes rhétoriques communistes, ‘la guerre sainte pour la sécurité,’ la lutte contre l’impérialisme’ et ainsi de suite »')],
  });
  check('Les services de renseignement sud-coréens envisagent également « une éventuelle visite de Kim Jong-un » en Russie.', {
    quotes: [{ text: '« une éventuelle visite de Kim Jong-un »' }],
  });
});

test('kinds: a name in quotes may be the subject of a reporting verb; a name after the verb is the speaker', () => {
  check('Le quotidien « Ouest-France » a révélé l’affaire mardi.', { quotes: [term('« Ouest-France »')] });
  check('« Jamais » a répondu Hélène Roux.', { quotes: [speech('« Jamais »')] });
  check('« Le Parisien » a révélé mardi que le stade fermerait.', { quotes: [term('« Le Parisien »')] });
  check('« Nous gagnerons » a promis le capitaine.', { quotes: [speech('« Nous gagnerons »')] });
});

test('property: spans are ordered and exact, and every mark is inside a quote or reported', () => {
  const piece = fc.constantFrom('«', '»', '“', '”', '"', '‘', '’', ' ', '\u00A0', '\n', '\r\n', 'mot', 'Il', ',', '.', ':', 'a dit', 'Marie');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const { quotes, unbalanced } = findQuotes(makeContext(text));
      let last = -1;
      for (const q of quotes) {
        assert.ok(q.start >= last && q.start < q.end && q.end <= text.length);
        assert.equal(text.slice(q.start, q.end), q.text);
        assert.ok(q.start <= q.inner.start && q.inner.start <= q.inner.end && q.inner.end <= q.end);
        last = q.end;
      }
      for (let i = 0; i < text.length; i++) {
        if (!'«»“”"'.includes(text[i])) continue;
        const covered = quotes.some((q) => q.start <= i && i < q.end) || unbalanced.some((u) => u.start === i);
        assert.ok(covered, `mark at ${i} in ${JSON.stringify(text)}`);
      }
    }),
    { numRuns: 500 },
  );
});

test('property: the tokenizer lists every quotation mark, and scanning those finds what reading every character finds', () => {
  const piece = fc.constantFrom('«', '»', '“', '”', '"', '‘', '’', ' ', '\u00A0', '\u202F', '\n', '\r\n', '\t', 'mot', 'Il', "l'", ',', '.', '3,5', 'a-t-il', ':', 'a dit', 'Marie', '😀');
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
      const text = parts.join('');
      const seg = segment(text);
      const marks = seg.quoteMarks ?? [];
      const expected: number[] = [];
      for (let i = 0; i < text.length; i++) if ('«»“”"'.includes(text[i])) expected.push(i);
      assert.deepEqual(marks.map((k) => seg.tokens[k].start), expected, JSON.stringify(text));
      for (const k of marks) assert.equal(seg.tokens[k].end - seg.tokens[k].start, 1);
      const byMarks = scanQuotes(text, seg.paragraphs, expected);
      assert.deepEqual(byMarks, scanQuotes(text, seg.paragraphs), JSON.stringify(text));
    }),
    { numRuns: 500 },
  );
});
