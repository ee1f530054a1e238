// Diagnostics from analysis results built from the text of each case (entities and quotes are
// found by searching the text; sources and claims by the real detectors), so these tests pin the
// diagnostics' spans, data for quick fixes and order, independently of the other detectors.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeContext } from '../../server/src/analysis/context';
import { findSources } from '../../server/src/analysis/sources';
import { findClaims } from '../../server/src/analysis/claims';
import { collectDiagnostics } from '../../server/src/analysis/diagnostics';
import type { AnalysisResult, Diagnostic, Quote, Span } from '../../server/src/analysis/types';
import { entitiesIn, quotesIn, type EntitySpec } from './helpers/build';

interface Input {
  text: string;
  entities?: EntitySpec[];
  /** Quote text fragment → speaker id (null leaves it unattributed). */
  speakers?: Record<string, string | null>;
  /** Marks with no partner, as a text fragment ending with the mark. */
  unbalanced?: string[];
  /** Quote text fragment → the vague source text it rests on. */
  quoteSources?: Record<string, string>;
  language?: 'en' | 'fr';
}

function run(input: Input): { diagnostics: Diagnostic[]; text: string } {
  const { text } = input;
  const ctx = makeContext(text, { language: input.language });
  const entities = entitiesIn(text, input.entities ?? []);
  const quotes: Quote[] = quotesIn(text, input.speakers ?? {});
  const unbalanced: Span[] = [];
  for (const frag of input.unbalanced ?? []) {
    const at = text.indexOf(frag) + frag.length - 1;
    unbalanced.push({ start: at, end: at + 1 });
    // The quote scanner's convention: an unclosed opener runs to its paragraph end.
    if ('«“'.includes(text[at])) {
      const end = text.indexOf('\n', at) < 0 ? text.length : text.indexOf('\n', at);
      quotes.push({ start: at, end, text: text.slice(at, end), kind: 'speech', speaker: 'x', confidence: 1, attribution: null, source: null, inner: { start: at + 1, end }, balanced: false });
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  const sources = findSources(ctx, entities);
  for (const [frag, sourceText] of Object.entries(input.quoteSources ?? {})) {
    const q = quotes.find((x) => x.text.includes(frag))!;
    q.source = sources.findIndex((s) => s.text === sourceText);
    assert.ok(q.source >= 0, `no source ${sourceText}`);
  }
  const claims = findClaims(ctx, entities, sources, quotes);
  const result: AnalysisResult = { entities, quotes, sources, claims, diagnostics: [], sentences: ctx.seg.sentences, paragraphs: ctx.seg.paragraphs };
  return { diagnostics: collectDiagnostics(ctx, result, unbalanced), text };
}

/** Each diagnostic as "code|covered text|data summary". */
function check(input: Input, expected: string[]): void {
  const { diagnostics, text } = run(input);
  const got = diagnostics.map((d) => {
    const data = d.data ?? {};
    let summary = '';
    if (d.code === 'unattributed-quote') {
      summary = (data.candidates as { id: string }[]).map((c) => c.id).join(',') + ` @${text.slice(0, data.insertAt as number).slice(-3)}`;
    } else if (d.code === 'unbalanced-quote') {
      summary = `missing ${data.missing} @${data.insertAt === text.length ? 'END' : text.slice(data.insertAt as number, (data.insertAt as number) + 3)}`;
    } else {
      summary = `@${text.slice(0, data.insertAt as number).slice(-3)}`;
    }
    return `${d.code}|${text.slice(d.start, d.end)}|${summary}`;
  });
  assert.deepEqual(got, expected, input.text);
}

test('unattributed quotation: nearby PER/ORG candidates, nearest first, and where to attribute', () => {
  check(
    {
      text: 'Le maire Paul Arnaud a rencontré Léa Morel et la société Hydro-Nord à Lyon.\n« Le chantier commence demain. » Léa Morel a souri.',
      entities: [['Paul Arnaud', 'PER'], ['Léa Morel', 'PER'], ['Hydro-Nord', 'ORG'], ['Lyon', 'LOC']],
    },
    ['unattributed-quote|« Le chantier commence demain. »|Léa Morel,Hydro-Nord,Paul Arnaud @. »'],
  );
});

test('an attributed quotation, or one resting on a vague source, is not unattributed', () => {
  check(
    {
      text: '« Le pont tiendra », a déclaré Paul Arnaud.\nDes ingénieurs municipaux ont averti : « Les piles sont fissurées. »',
      entities: [['Paul Arnaud', 'PER']],
      speakers: { pont: 'Paul Arnaud' },
      quoteSources: { piles: 'Des ingénieurs municipaux ont averti' },
    },
    ['vague-source|Des ingénieurs municipaux ont averti|@rti'],
  );
});

test('vague source: one diagnostic per source, related to the claims resting on it', () => {
  const { diagnostics } = run({ text: 'Les économistes estiment que la croissance ralentira.' });
  assert.equal(diagnostics.length, 1);
  assert.equal(diagnostics[0].code, 'vague-source');
  assert.equal(diagnostics[0].severity, 'information');
  assert.deepEqual(diagnostics[0].related?.map((r) => r.message), ['Claim resting on this source']);
});

test('unbalanced marks: the missing partner and where it goes', () => {
  check(
    { text: 'Il a dit : « nous partirons demain.\nLa suite est calme.', unbalanced: ['«'] },
    ['unbalanced-quote|«|missing » @\nLa'],
  );
  check({ text: 'Il a conclu : rien ne bouge ».', unbalanced: ['bouge »'] }, ['unbalanced-quote|»|missing « @Il ']);
});

test('unsourced conditional claim: on the verb, placeholder after the clause', () => {
  check(
    { text: 'Le chanteur se produirait à Montréal en juin. Selon son agent, la tournée est complète.', entities: [['Montréal', 'LOC']] },
    // A source in the sentence after does not cover the claim before it.
    ['unsourced-claim|se produirait|@uin', 'vague-source|Selon son agent|@ent'],
  );
  check({ text: 'Selon son agent, le chanteur se produirait à Montréal en juin.' }, ['vague-source|Selon son agent|@ent']);
});

test('messages follow the language option and diagnostics are sorted by start', () => {
  const text = 'Le club déménagerait à Nantes. « On verra », dit-on. Certains craignent que le stade ferme.';
  const { diagnostics } = run({ text, entities: [['Nantes', 'LOC']], language: 'fr' });
  assert.deepEqual(
    diagnostics.map((d) => d.code),
    ['unsourced-claim', 'unattributed-quote', 'vague-source', 'vague-source'],
  );
  assert.match(diagnostics[0].message, /conditionnel/);
  const starts = diagnostics.map((d) => d.start);
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('a [source ?] placeholder where the fix puts it clears the diagnostic', () => {
  const texts = [
    'Le chanteur se produirait à Montréal en juin.',
    'Les économistes estiment que la croissance ralentira.',
    '« Le chantier commence demain. » Tout le monde a ri.',
  ];
  for (const text of texts) {
    const before = run({ text });
    assert.equal(before.diagnostics.length, 1, text);
    const at = placeholderAt(text, before.diagnostics[0]);
    const fixed = text.slice(0, at) + ' [source ?]' + text.slice(at);
    assert.deepEqual(run({ text: fixed }).diagnostics, [], fixed);
  }
});

/** Where the quick fix inserts the placeholder: the insertion point, before a sentence stop. */
function placeholderAt(text: string, d: Diagnostic): number {
  let at = d.data?.insertAt as number;
  while (at > d.start && /[\s.!?…]/.test(text[at - 1])) at--;
  return at;
}

test('diagnostics on odd text never throw', () => {
  for (const text of ['', '«', '»»»', '« « «\n» » »', 'serait serait']) {
    assert.doesNotThrow(() => run({ text, unbalanced: text.includes('«') ? ['«'] : [] }));
  }
});
