// Quick fixes over the protocol: every diagnostic of every sample article gets at least one, and
// every fix, applied to the text and re-analysed by the server, removes its diagnostic and
// leaves every other diagnostic of the file as it was. The edits themselves only insert text or
// rewrite the flagged span.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { CodeAction, Diagnostic, DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { editsFor, LspClient, SAMPLES, type OpenFile } from './lspClient';

// Articles written for this test, so the fixes for unattributed quotations and lone marks are
// exercised even where the samples have none.
const OWN: Record<string, string> = {
  'own/pont.txt': [
    'Le ministre Jean Dupont et la maire, Claire Martin, ont visité le chantier de Lyon mardi.',
    '',
    // A sentence between the visitors and the quotation: nothing says which of them spoke.
    'La visite a duré deux heures. « Nous allons reconstruire le pont avant l’hiver. »',
    '',
    'La délégation est repartie le soir et « le chantier commencera bientôt, promet la mairie.',
    '',
  ].join('\n'),
  'own/recolte.txt': [
    'Selon des experts, la récolte serait mauvaise cette année. Le syndicat agricole a réuni ses membres à Dijon autour de sa présidente, Anne Leroy.',
    '',
    '« Il faut agir maintenant. »',
    '',
    'Les cours du blé « ont déjà doublé », écrit le quotidien régional.',
    '',
  ].join('\n'),
};
const NAMES = [...readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort(), ...Object.keys(OWN)];
/** Enough fixes per code and file to cover each recipe without making the suite slow. */
const PER_CODE = 3;

describe('quick fixes', () => {
  let client: LspClient;
  const codesTried = new Set<string>();
  before(async () => (client = await LspClient.start({ settings: { debounce: 0 }, files: OWN })));
  after(async () => client?.stop());

  for (const name of NAMES) {
    test(`every diagnostic of ${name} has a fix that removes it and nothing else`, async () => {
      const file = await client.open(name);
      const original = file.text;
      const tried = new Map<string, number>();
      for (const d of [...file.diagnostics]) {
        const actions = await file.request<CodeAction[]>('textDocument/codeAction', { range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        const mine = actions.filter((a) => a.diagnostics?.some((x) => x.code === d.code && sameRange(x, d)));
        assert.ok(mine.length > 0, `a quick fix for ${d.code} on « ${file.rangeText(d.range)} »`);
        if ((tried.get(String(d.code)) ?? 0) >= PER_CODE) continue;
        tried.set(String(d.code), (tried.get(String(d.code)) ?? 0) + 1);
        codesTried.add(String(d.code));
        for (const action of mine) await check(file, d, action, original);
      }
    });
  }

  test('the fixes of every code were exercised', () => {
    assert.deepEqual([...codesTried].sort(), ['spelling-variant', 'unattributed-quote', 'unbalanced-quote', 'unsourced-claim', 'vague-source']);
  });
});

async function check(file: OpenFile, d: Diagnostic, action: CodeAction, original: string): Promise<void> {
  const edits = editsFor(action.edit ?? null, file.uri);
  assert.ok(edits.length > 0, `${action.title} edits this file`);
  const flagged = file.rangeText(d.range);
  for (const e of edits) {
    const replaced = file.rangeText(e.range);
    assert.ok(replaced === '' || flagged.includes(replaced), `${action.title} only inserts, or rewrites the flagged words`);
  }
  // Diagnostics are compared by code and start, the starts before the edit moved past the
  // inserted text, so a span that grew to take in an inserted mark still counts as the same.
  const offsets = edits.map((e) => ({ start: file.doc.offsetAt(e.range.start), end: file.doc.offsetAt(e.range.end), delta: 0 }));
  edits.forEach((e, i) => (offsets[i].delta = e.newText.length - (offsets[i].end - offsets[i].start)));
  const moved = (o: number): number => o + offsets.filter((e) => e.end <= o).reduce((n, e) => n + e.delta, 0);
  const label = (x: Diagnostic, start: number): string => `${x.code} @${start} ${file.text.slice(start, start + 24)}`;
  const before = file.diagnostics.map((x) => label(x, file.doc.offsetAt(x.range.start)));
  const flaggedKey = label(d, file.doc.offsetAt(d.range.start));
  // A corpus-wide respelling fixes every mention spelled this way in the file at once.
  const fixed = /whole corpus/.test(action.title)
    ? file.diagnostics.filter((x) => x.code === d.code && file.rangeText(x.range) === flagged).map((x) => label(x, file.doc.offsetAt(x.range.start)))
    : [flaggedKey];
  const expectedStarts = file.diagnostics.filter((x) => !fixed.includes(label(x, file.doc.offsetAt(x.range.start)))).map((x) => `${x.code} @${moved(file.doc.offsetAt(x.range.start))}`);
  assert.equal(before.length - fixed.length, expectedStarts.length);
  await file.edit(edits);
  const after = file.diagnostics.map((x) => `${x.code} @${file.doc.offsetAt(x.range.start)}`);
  assert.deepEqual(after.sort(), expectedStarts.sort(), `after "${action.title}":\n${file.text.slice(Math.max(0, file.doc.offsetAt(d.range.start) - 80), file.doc.offsetAt(d.range.end) + 120)}`);
  await file.edit([{ range: { start: { line: 0, character: 0 }, end: file.doc.positionAt(file.text.length) }, newText: original }]);
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return JSON.stringify(a.range) === JSON.stringify(b.range);
}

describe('quick-fix titles, outline and workspace symbols follow corpusLens.language', () => {
  let client: LspClient;
  const files = new Map<string, OpenFile>();
  /** A file is opened once per client: opening it again would wait for diagnostics never pushed again. */
  const open = async (name: string): Promise<OpenFile> => files.get(name) ?? files.set(name, await client.open(name)).get(name)!;
  before(async () => (client = await LspClient.start({ settings: { debounce: 0, language: 'fr' }, files: OWN })));
  after(async () => client?.stop());

  test('every quick-fix title is French, one recipe per code at least', async () => {
    const FRENCH: [code: string, title: RegExp][] = [
      ['unattributed-quote', /^Attribuer à \S/],
      ['unattributed-quote', /^Insérer le repère \[source \?\]$/],
      ['vague-source', /^Insérer le repère \[source \?\]$/],
      ['unsourced-claim', /^Insérer le repère \[source \?\]$/],
      ['unbalanced-quote', /^Insérer le [«»“”"‹›] manquant$/],
      ['spelling-variant', /^Écrire « \S.* » ici$/],
      ['spelling-variant', /^Écrire « \S.* » dans tout le corpus$/],
    ];
    const seen = new Set<string>();
    for (const name of NAMES) {
      const file = await open(name);
      for (const d of file.diagnostics) {
        const actions = await file.request<CodeAction[]>('textDocument/codeAction', { range: d.range, context: { diagnostics: [d], only: ['quickfix'] } });
        for (const a of actions.filter((x) => x.diagnostics?.some((y) => y.code === d.code && sameRange(y, d)))) {
          const recipe = FRENCH.findIndex(([code, title]) => code === d.code && title.test(a.title));
          assert.ok(recipe >= 0, `a French title for ${d.code}: "${a.title}"`);
          seen.add(String(recipe));
        }
      }
    }
    // The corpus-wide respelling needs a variant spelled in another file too; every other recipe must show up.
    const missing = FRENCH.filter((_, i) => !seen.has(String(i)) && i !== 6).map(([code, title]) => `${code} ${title}`);
    assert.deepEqual(missing, []);
    const pont = await open('own/pont.txt');
    const lone = pont.diagnostics.find((d) => d.code === 'unbalanced-quote')!;
    const titles = (await pont.request<CodeAction[]>('textDocument/codeAction', { range: lone.range, context: { diagnostics: [lone] } })).map((a) => a.title);
    assert.ok(titles.includes('Insérer le » manquant'), titles.join(' | '));
  });

  test('outline groups and workspace symbols are French, and English again when the setting changes', async () => {
    const pont = await open('own/pont.txt');
    const outline = async () => pont.request<DocumentSymbol[]>('textDocument/documentSymbol');
    let symbols = await outline();
    assert.deepEqual(symbols.map((s) => s.name), ['Personnes', 'Lieux', 'Citations']);
    const speakers = symbols.at(-1)!.children!;
    assert.equal(speakers.at(-1)!.name, 'Non attribuées');
    assert.match(speakers.at(-1)!.detail!, /^\d+ citations?$/);
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Dupont' });
    assert.ok(found.some((s) => s.name.endsWith('Dupont') && /^personne · 1 mention$/.test(s.containerName ?? '')), JSON.stringify(found));

    await client.changeSettings({ debounce: 0, language: 'en' });
    symbols = await outline();
    assert.deepEqual(symbols.map((s) => s.name), ['People', 'Places', 'Quotations']);
    assert.equal(symbols.at(-1)!.children!.at(-1)!.name, 'Unattributed');
    await client.changeSettings({ debounce: 0, language: 'fr' });
  });
});
