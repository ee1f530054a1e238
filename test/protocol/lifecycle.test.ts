// The server's life over stdio: start-up indexing with progress over a workspace that also holds
// a binary file, an empty file, a file over the size limit and an excluded folder; status and
// re-index requests; file events; bad settings; and odd documents that must not crash it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient, type Pushed } from './lspClient';

const EXTRA = {
  'binary.txt': Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x41]),
  'empty.txt': '',
  'huge.txt': 'Le président a parlé. '.repeat(4000),
  'node_modules/pkg/readme.txt': '« Ceci n’est pas un article », a déclaré Personne.',
  'notes.md': 'Not a corpus file.',
};
const SETTINGS = { maxFileSize: 50_000, debounce: 0 };
type Status = Pushed['status'][number];

async function waitFor(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; !(await check()); i++) {
    if (i > 200) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('server lifecycle', () => {
  let client: LspClient;
  before(async () => (client = await LspClient.start({ settings: SETTINGS, files: EXTRA })));
  after(async () => client?.stop());

  test('indexes every corpus file at start-up, skipping binary and oversized files, with progress', async () => {
    const status = await client.request<Status>('corpusLens/status', null);
    assert.equal(status.files, 6, 'five samples and the empty file');
    assert.equal(status.skipped, 2, 'binary.txt and huge.txt');
    assert.equal(status.indexing, false);
    const kinds = client.pushed.progress.map((p) => (p as { value: { kind: string } }).value.kind);
    assert.deepEqual([kinds[0], kinds.at(-1)], ['begin', 'end']);
    const logs = client.pushed.logs.join('\n');
    assert.match(logs, /binary\.txt: binary/);
    assert.match(logs, /huge\.txt: larger than corpusLens\.maxFileSize/);
    assert.doesNotMatch(logs, /node_modules/);
  });

  test('answers every feature on an empty document', async () => {
    const empty = await client.open('empty.txt');
    assert.deepEqual(empty.diagnostics, []);
    const position = { line: 0, character: 0 };
    assert.equal(await empty.request('textDocument/hover', { position }), null);
    assert.deepEqual(await empty.request('textDocument/documentSymbol'), []);
    assert.deepEqual((await empty.request<{ data: number[] }>('textDocument/semanticTokens/full')).data, []);
    assert.deepEqual(await empty.request('textDocument/references', { position, context: { includeDeclaration: true } }), []);
  });

  test('survives a binary document opened in the editor, and keeps serving', async () => {
    const uri = client.uri('binary.txt');
    await client.rpc.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'news-article', version: 1, text: 'PK\u0000\u0000\u00ff« bad\u0000' } });
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 5 } }), null);
    assert.ok(client.alive());
    const status = await client.request<Status>('corpusLens/status', null);
    assert.equal(status.files, 6);
  });

  test('leaves a document over the size limit alone, without failing its requests', async () => {
    const huge = await client.open('huge.txt');
    assert.deepEqual(huge.diagnostics, []);
    assert.equal(await huge.request('textDocument/hover', { position: huge.positionOf('président') }), null);
    assert.deepEqual(await huge.request('textDocument/documentSymbol'), []);
    assert.match(client.pushed.logs.join('\n'), /Not analysing .*huge\.txt: larger than corpusLens\.maxFileSize/);
  });

  test('re-indexes on request', async () => {
    const status = await client.request<Status>('corpusLens/reindex', null);
    assert.equal(status.files, 6);
    assert.equal(status.indexing, false);
    assert.ok(status.entities > 0, 'the samples name people, organisations and places');
  });

  test('follows workspace folders removed and added', async () => {
    const folder = { uri: pathToFileURL(client.folder).href, name: 'corpus' };
    const files = () => client.request<Status>('corpusLens/status', null).then((s) => (s.indexing ? -1 : s.files));
    await client.rpc.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [], removed: [folder] } });
    await waitFor(async () => (await files()) === 1, 'only the open empty.txt left');
    await client.rpc.sendNotification('workspace/didChangeWorkspaceFolders', { event: { added: [folder], removed: [] } });
    await waitFor(async () => (await files()) === 6, 'the folder indexed again');
  });

  test('follows files created and deleted on disk', async () => {
    const file = path.join(client.folder, 'added.txt');
    writeFileSync(file, 'Le ministre Jean Dupont a visité Lyon.\n');
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('added.txt'), type: 1 }] });
    await client.until(() => client.pushed.status.at(-1)?.files === 7, 'the created file in the index');
    unlinkSync(file);
    await client.rpc.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('added.txt'), type: 3 }] });
    await client.until(() => client.pushed.status.at(-1)?.files === 6, 'the deleted file out of the index');
  });
});

describe('bad settings', () => {
  let client: LspClient;
  const bad = { include: 'everything', maxFileSize: -3, language: 'de', debounce: 'soon', diagnostics: { 'vague-source': 'loud' }, inlayHints: { speakers: 'yes' } };
  before(async () => (client = await LspClient.start({ settings: bad })));
  after(async () => client?.stop());

  test('fall back to the defaults, with one message per bad value, shown once', async () => {
    for (const name of ['include', 'maxFileSize', 'language', 'debounce', 'diagnostics.vague-source', 'inlayHints.speakers']) {
      assert.equal(client.pushed.messages.filter((m) => m.includes(`corpusLens.${name} `)).length, 1, `${name} in ${client.pushed.messages.join('\n')}`);
    }
    const status = await client.request<Status>('corpusLens/status', null);
    assert.equal(status.files, 5, 'the default include still finds the samples');
    await client.changeSettings({ ...bad });
    assert.equal(client.pushed.messages.filter((m) => m.includes('corpusLens.include ')).length, 1, 'not shown again');
  });
});
