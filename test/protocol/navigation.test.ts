// Hover and the jumps between mentions, on the sample corpus: « Tertitskiy » in the article on
// the Kim–Putin meeting, « Poutine » across every article, the Choïgou/Choïgu spellings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { DocumentHighlight, Hover, Location, MarkupContent, Range, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { applyEdits, editsFor, LspClient, SAMPLES, type OpenFile } from './lspClient';

const NAMES = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
const KIM = NAMES.find((n) => readFileSync(path.join(SAMPLES, n), 'utf8').includes('Tertitskiy'))!;
const MOST_POUTINE = NAMES.map((n) => ({ n, k: readFileSync(path.join(SAMPLES, n), 'utf8').split('Poutine').length })).sort((a, b) => b.k - a.k)[0].n;

describe('hover and navigation', () => {
  let client: LspClient;
  let kim: OpenFile;
  let putin: OpenFile;
  before(async () => {
    client = await LspClient.start({ settings: { debounce: 0 } });
    kim = await client.open(KIM);
    putin = await client.open(MOST_POUTINE);
  });
  after(async () => client?.stop());

  const textOf = (loc: Location): string => {
    const doc = TextDocument.create(loc.uri, 'x', 0, readFileSync(new URL(loc.uri), 'utf8'));
    return doc.getText(loc.range);
  };

  test('hover on « Tertitskiy » shows the person card', async () => {
    const hover = await kim.request<Hover>('textDocument/hover', { position: kim.positionOf('M. Tertitskiy', 0, 4) });
    const value = (hover.contents as MarkupContent).value;
    assert.equal((hover.contents as MarkupContent).kind, 'markdown');
    assert.match(value, /\*\*[^*]*Tertitskiy\*\* · person/);
    assert.match(value, /Mentions: 2 in this file/);
    assert.match(kim.rangeText(hover.range!), /Tertitskiy$/);
  });

  test('hover on a quotation names its speaker and the reporting verb', async () => {
    const hover = await kim.request<Hover>('textDocument/hover', { position: kim.positionOf('la véritable fin', 0, 5) });
    const value = (hover.contents as MarkupContent).value;
    assert.match(value, /said by \*\*[^*]*Tertitskiy\*\*/);
    assert.match(value, /a déclaré/);
  });

  test('hover on plain words shows nothing', async () => {
    assert.equal(await kim.request('textDocument/hover', { position: kim.positionOf('munitions', 0, 3) }), null);
  });

  test('definition of « M. Tertitskiy » goes to where he is introduced', async () => {
    const def = await kim.request<Location>('textDocument/definition', { position: kim.positionOf('M. Tertitskiy', 0, 5) });
    assert.equal(def.uri, kim.uri);
    assert.match(kim.rangeText(def.range), /Tertitskiy/);
    assert.ok(kim.doc.offsetAt(def.range.start) < kim.text.indexOf('M. Tertitskiy'), 'before the second mention');
  });

  test('definition from another article goes to where the corpus introduces him', async () => {
    const def = await putin.request<Location>('textDocument/definition', { position: putin.positionOf('Poutine', 2, 2) });
    assert.ok(NAMES.some((n) => client.uri(n) === def.uri));
    assert.match(textOf(def), /Poutine/);
    const refs = await putin.request<Location[]>('textDocument/references', { position: putin.positionOf('Poutine', 2, 2), context: { includeDeclaration: true } });
    assert.ok(refs.some((r) => r.uri === def.uri && JSON.stringify(r.range) === JSON.stringify(def.range)), 'the definition is one of the mentions');
  });

  test('references of « Poutine » cover every occurrence in every file, opened or not', async () => {
    const refs = await putin.request<Location[]>('textDocument/references', { position: putin.positionOf('Poutine', 0, 2), context: { includeDeclaration: true } });
    const files = new Set(refs.map((r) => r.uri));
    assert.equal(files.size, NAMES.length, 'every article names him');
    for (const r of refs) assert.match(textOf(r), /Poutine/);
    for (const name of NAMES) {
      const text = readFileSync(path.join(client.folder, name), 'utf8');
      const doc = TextDocument.create('x', 'x', 0, text);
      const ranges = refs.filter((r) => r.uri === client.uri(name)).map((r) => [doc.offsetAt(r.range.start), doc.offsetAt(r.range.end)]);
      for (let at = text.indexOf('Poutine'); at >= 0; at = text.indexOf('Poutine', at + 1)) {
        assert.ok(ranges.some(([s, e]) => s <= at && at + 7 <= e), `« Poutine » at ${at} in ${name} is a reference`);
      }
    }
  });

  test('document highlight marks this file’s mentions of the same entity', async () => {
    const position = putin.positionOf('Poutine', 1, 2);
    const highlights = await putin.request<DocumentHighlight[]>('textDocument/documentHighlight', { position });
    const refs = await putin.request<Location[]>('textDocument/references', { position, context: { includeDeclaration: true } });
    const here = refs.filter((r) => r.uri === putin.uri).map((r) => r.range);
    assert.deepEqual(highlights.map((h) => h.range), here);
  });

  test('workspace symbols find an entity by any spelling, accents or not', async () => {
    const byFolded = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'choigou' });
    const byVariant = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'Choïgu' });
    assert.ok(byFolded.length > 0 && byVariant.length > 0);
    assert.equal(byFolded[0].name, byVariant[0].name, 'one entity under both spellings');
    const putinSymbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'poutine' });
    assert.match(putinSymbols[0].name, /Poutine/);
    assert.equal(putinSymbols[0].kind, 13, 'a person is a Variable symbol');
  });

  test('prepareRename accepts an entity mention and refuses other words', async () => {
    const ok = await putin.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { position: putin.positionOf('Poutine', 0, 2) });
    assert.match(ok.placeholder, /Poutine/);
    await assert.rejects(putin.request('textDocument/prepareRename', { position: putin.positionOf(' la ', 0, 2) }), /can be renamed/);
  });

  test('rename rewrites every mention in every file and nothing else', async () => {
    const edit = await putin.request<WorkspaceEdit>('textDocument/rename', { position: putin.positionOf('Poutine', 0, 2), newName: 'Putin' });
    assert.equal(Object.keys(edit.changes ?? {}).length, NAMES.length);
    for (const name of NAMES) {
      const before = readFileSync(path.join(client.folder, name), 'utf8');
      const edits = editsFor(edit, client.uri(name));
      const doc = TextDocument.create('x', 'x', 0, before);
      for (const e of edits) assert.match(doc.getText(e.range), /^\p{L}+$/u, 'one word replaced at a time');
      const after = applyEdits(before, edits);
      assert.doesNotMatch(after, /Poutine/);
      assert.equal(after.replaceAll('Putin', 'Poutine'), before, 'only the name changed');
      if (before.includes('M. Poutine')) assert.match(after, /M\. Putin/, 'the title stays');
    }
  });
});

describe('CRLF line breaks and a byte order mark', () => {
  let client: LspClient;
  const crlf = `\ufeff${readFileSync(path.join(SAMPLES, KIM), 'utf8').replace(/\n/g, '\r\n')}`;
  before(async () => (client = await LspClient.start({ settings: { debounce: 0 }, files: { 'windows/kim.txt': crlf } })));
  after(async () => client?.stop());

  test('positions in an open document with a BOM and CRLF land on the right words', async () => {
    const file = await client.open('windows/kim.txt');
    assert.equal(file.text.charCodeAt(0), 0xfeff);
    const hover = await file.request<Hover>('textDocument/hover', { position: file.positionOf('M. Tertitskiy', 0, 5) });
    assert.match(file.rangeText(hover.range!), /Tertitskiy$/);
    const highlights = await file.request<DocumentHighlight[]>('textDocument/documentHighlight', { position: file.positionOf('Tertitskiy', 0, 2) });
    assert.equal(highlights.length, 2);
    for (const h of highlights) assert.match(file.rangeText(h.range), /Tertitskiy$/);
    // The first line is where a BOM would shift columns.
    const firstWord = file.text.slice(1, file.text.indexOf('\r'));
    const first = await file.request<DocumentHighlight[]>('textDocument/documentHighlight', { position: file.positionOf(firstWord, 0, 1) });
    assert.deepEqual(first.map((h) => file.rangeText(h.range)), [firstWord]);
    await client.rpc.sendNotification('textDocument/didClose', { textDocument: { uri: file.uri } });
  });

  test('positions in an unopened file count lines as an editor does (CRLF one break, BOM dropped)', async () => {
    const file = await client.open(KIM);
    const refs = await file.request<Location[]>('textDocument/references', { position: file.positionOf('Tertitskiy', 0, 2), context: { includeDeclaration: true } });
    const other = refs.filter((r) => r.uri === client.uri('windows/kim.txt'));
    assert.equal(other.length, 2);
    const asShown = TextDocument.create('x', 'x', 0, crlf.slice(1));
    for (const r of other) assert.match(asShown.getText(r.range), /Tertitskiy$/);
  });
});
