// A large article edited in the editor: the server re-analyses the paragraphs around each edit
// at once (its diagnostics must point at the right text everywhere, however far from the edit),
// then the whole text off the main thread, and ends with what a fresh analysis of the same text
// gives.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Diagnostic, Hover } from 'vscode-languageserver-protocol';
import { LspClient, SAMPLES, longArticle, type OpenFile } from './lspClient';

const NAMES = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();

/** What a diagnostic says about its range, checked against the text it covers. */
function assertAnchored(file: OpenFile, d: Diagnostic): void {
  const covered = file.rangeText(d.range);
  // The message names the spelling found (English messages, the default).
  if (d.code === 'spelling-variant') assert.ok(String(d.message).startsWith(`"${covered}" `), `spelling variant at ${JSON.stringify(d.range.start)}: ${covered} / ${d.message}`);
  else if (d.code === 'unbalanced-quote') assert.match(covered, /^[«»“”"]$/u, `unbalanced mark at ${JSON.stringify(d.range.start)}`);
  else if (d.code === 'unattributed-quote') assert.match(covered, /^[«“"].*[»”"]$|^[«“"]/su, `quotation at ${JSON.stringify(d.range.start)}`);
  else assert.ok(covered.trim().length > 0, `${d.code} covers text`);
}

describe('a large article under edits', () => {
  let client: LspClient;
  let article: OpenFile;
  let editedAt = 0;
  before(async () => {
    client = await LspClient.start({ settings: { debounce: 0 } });
    client.timeoutMs = 60_000;
    // About 150 KB: above the size from which edits are re-analysed around the edit only.
    article = await client.open('large-article.txt', longArticle(150_000));
  });
  after(async () => client?.stop());

  test('an opening mark typed in the middle is reported there at once, and every other diagnostic still points at its text', async () => {
    const paragraph = (editedAt = article.text.indexOf('\n', Math.floor(article.text.length / 2)) + 1);
    const at = article.doc.positionAt(paragraph);
    await article.edit([{ range: { start: at, end: at }, newText: '« ' }]);
    const sent = client.pushed.status.length;
    const typed = article.diagnostics.find((d) => d.code === 'unbalanced-quote' && d.range.start.line === at.line && d.range.start.character === at.character);
    assert.ok(typed, 'unbalanced-quote at the typed mark');
    assert.ok(article.diagnostics.length > 100);
    for (const d of article.diagnostics) assertAnchored(article, d);
    // The status bar hears that the whole text is being analysed.
    await client.until(() => client.pushed.status.slice(sent).some((s) => s.pending === 1), 'a status with one pending analysis');
  });

  test('a hover far after the edit finds its entity at the moved offset', async () => {
    const last = article.text.split('Tertitskiy').length - 2;
    assert.ok(article.text.lastIndexOf('Tertitskiy') > editedAt, 'the name occurs after the edit');
    const hover = await article.request<Hover | null>('textDocument/hover', { position: article.positionOf('Tertitskiy', last, 2) });
    assert.ok(hover?.range, 'a hover card with its range');
    assert.match(JSON.stringify(hover.contents), /Tertitskiy/);
    assert.match(article.rangeText(hover.range), /Tertitskiy$/, 'the card is anchored on the name in the edited text');
  });

  test('the diagnostics settle on what a fresh analysis of the same text gives', async () => {
    const fresh = await client.open('same-text.txt', article.text);
    const strip = (ds: Diagnostic[]) => ds.map((d) => ({ range: d.range, code: d.code, message: d.message, severity: d.severity }));
    await client.until(() => client.pushed.status.at(-1)?.pending === 0, 'the exact analysis of the edited article');
    assert.deepEqual(strip(article.diagnostics), strip(fresh.diagnostics));
    for (const d of article.diagnostics) assertAnchored(article, d);
  });
});

describe('a large article on disk, edited with a long debounce', () => {
  let client: LspClient;
  let article: OpenFile;
  before(async () => {
    // Diagnostics wait for a minute of quiet: only requests bring the index up to date.
    client = await LspClient.start({ settings: { debounce: 60_000 }, files: { 'long.txt': longArticle(120_000) } });
    client.timeoutMs = 60_000;
    article = await client.open('long.txt');
  });
  after(async () => client?.stop());

  test('opened as it is on disk, it is not re-analysed and nothing is pending', async () => {
    const status = await client.request<{ pending: number; files: number }>('corpusLens/status', null);
    assert.equal(status.pending, 0);
    assert.equal(status.files, NAMES.length + 1);
  });

  test('a request after an edit splices the edit in and has the whole text analysed too', async () => {
    const sent = client.pushed.status.length;
    const at = article.doc.positionAt(article.text.indexOf('\n', article.text.length >> 1) + 1);
    // Sent without waiting for diagnostics: the debounce holds them back.
    await article.send([{ range: { start: at, end: at }, newText: 'Marie Durand a parlé. ' }]);
    const hover = await article.request<Hover | null>('textDocument/hover', { position: article.positionOf('Marie Durand', 0, 2) });
    assert.match(JSON.stringify(hover?.contents ?? ''), /Marie Durand/);
    await client.until(() => client.pushed.status.slice(sent).some((s) => s.pending === 0), 'the exact analysis after a request-driven splice');
  });
});
