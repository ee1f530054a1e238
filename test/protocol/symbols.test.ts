// The outline, semantic tokens and inlay hints of a sample article, checked against the
// analysis core run in this process over the same files.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, InlayHint, SemanticTokens } from 'vscode-languageserver-protocol';
import { CorpusIndex } from '../../server/src/analysis';
import { decodeTokens } from './decodeTokens';
import { LspClient, SAMPLES, type OpenFile } from './lspClient';

const NAMES = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
const KIM = NAMES.find((n) => readFileSync(path.join(SAMPLES, n), 'utf8').includes('Tertitskiy'))!;
const TYPES = ['person', 'organization', 'place', 'speaker'];
const ENTITY_TYPE: Record<string, string> = { PER: 'person', ORG: 'organization', LOC: 'place' };

describe('outline, semantic tokens and inlay hints', () => {
  let client: LspClient;
  let kim: OpenFile;
  const core = new CorpusIndex();
  before(async () => {
    client = await LspClient.start({ settings: { debounce: 0 } });
    kim = await client.open(KIM);
    for (const name of NAMES) core.update(client.uri(name), readFileSync(path.join(SAMPLES, name), 'utf8'));
  });
  after(async () => client?.stop());

  test('the outline lists people, organisations and places once each, with their mentions', async () => {
    const symbols = await kim.request<DocumentSymbol[]>('textDocument/documentSymbol');
    const groups = symbols.map((s) => s.name);
    assert.deepEqual(groups, ['People', 'Organisations', 'Places', 'Quotations'].filter((g) => groups.includes(g)));
    const people = symbols.find((s) => s.name === 'People')!;
    const names = people.children!.map((c) => c.name);
    assert.equal(new Set(names).size, names.length, 'each person once');
    const tertitskiy = people.children!.find((c) => c.name.endsWith('Tertitskiy'))!;
    assert.equal(tertitskiy.children!.length, 2);
    for (const m of tertitskiy.children!) assert.match(kim.rangeText(m.selectionRange), /Tertitskiy$/);
    const local = core.result(kim.uri)!.entities;
    const mentions = symbols.filter((s) => s.name !== 'Quotations').flatMap((g) => g.children!.flatMap((e) => e.children!));
    assert.equal(mentions.length, local.length, 'every mention appears once');
  });

  test('quotations are grouped by speaker, with "Unattributed" last', async () => {
    const symbols = await kim.request<DocumentSymbol[]>('textDocument/documentSymbol');
    const quotations = symbols.find((s) => s.name === 'Quotations')!;
    const speakers = quotations.children!.map((c) => c.name);
    assert.ok(speakers.some((s) => s.endsWith('Tertitskiy')), speakers.join());
    if (speakers.includes('Unattributed')) assert.equal(speakers.at(-1), 'Unattributed');
    for (const group of quotations.children!) for (const q of group.children!) assert.match(kim.rangeText(q.range), /^[«“"]/);
    const count = quotations.children!.reduce((n, g) => n + g.children!.length, 0);
    assert.equal(count, core.result(kim.uri)!.quotes.length);
  });

  test('semantic tokens decode to the core’s entity mentions, typed, and to the words naming speakers', async () => {
    let speakers = 0;
    for (const name of NAMES) {
      const file = name === KIM ? kim : await client.open(name);
      const tokens = await file.request<SemanticTokens>('textDocument/semanticTokens/full');
      assert.equal(tokens.data.length % 5, 0, 'five integers per token');
      const decoded = decodeTokens(tokens.data).map((t) => {
        const start = file.doc.offsetAt(t);
        return { start, end: start + t.length, type: TYPES[t.type] };
      });
      const result = core.result(file.uri)!;
      const expected = result.entities.map((m) => `${m.start}-${m.end} ${ENTITY_TYPE[m.type]} ${m.text}`);
      const actual = decoded.filter((t) => t.type !== 'speaker').map((t) => `${t.start}-${t.end} ${t.type} ${file.text.slice(t.start, t.end)}`);
      assert.deepEqual(actual, expected, name);
      // A pronoun or role naming a quotation's speaker (no entity inside it) is a `speaker` token.
      const overlapsEntity = (s: { start: number; end: number }) => result.entities.some((m) => m.start < s.end && s.start < m.end);
      const naming = result.quotes
        .filter((q) => q.speaker && q.attribution?.mention && !['echo', 'continuation'].includes(q.attribution.method) && !overlapsEntity(q.attribution.mention))
        .map((q) => `${q.attribution!.mention!.start}-${q.attribution!.mention!.end} ${q.attribution!.mention!.text}`);
      const speakerTokens = decoded.filter((t) => t.type === 'speaker').map((t) => `${t.start}-${t.end} ${file.text.slice(t.start, t.end)}`);
      assert.deepEqual(speakerTokens, [...new Set(naming)].sort((a, b) => parseInt(a) - parseInt(b)), name);
      speakers += speakerTokens.length;
      if (name === KIM) {
        const tertitskiy = decoded.filter((t) => file.text.slice(t.start, t.end).endsWith('Tertitskiy'));
        assert.deepEqual(tertitskiy.map((t) => t.type), ['person', 'person']);
      }
    }
    assert.ok(speakers > 0, 'the samples name speakers by pronoun or role');
  });

  test('inlay hints name the speaker after each attributed closing mark, and a setting hides them', async () => {
    const range = { start: { line: 0, character: 0 }, end: kim.doc.positionAt(kim.text.length) };
    const hints = await kim.request<InlayHint[]>('textDocument/inlayHint', { range });
    assert.ok(hints.length > 0);
    for (const h of hints) {
      const at = kim.doc.offsetAt(h.position);
      assert.match(kim.text[at - 1], /[»”"]/, 'right after a closing mark');
      assert.match(String(h.label), /^— \S/);
    }
    const after1990 = kim.doc.offsetAt(kim.positionOf('en 1990 »', 0, 9));
    assert.ok(hints.some((h) => kim.doc.offsetAt(h.position) === after1990 && h.label === '— Tertitskiy'), JSON.stringify(hints));
    await client.changeSettings({ debounce: 0, inlayHints: { speakers: false } });
    assert.deepEqual(await kim.request('textDocument/inlayHint', { range }), []);
    await client.changeSettings({ debounce: 0 });
  });
});
