// Quick fixes over the protocol: every diagnostic of every sample article gets at least one, and
// every fix, applied to the text and re-analysed by the server, removes its diagnostic and
// leaves every other diagnostic of the file as it was. The edits themselves only insert text or
// rewrite the flagged span.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { editsFor, LspClient, SAMPLES, type OpenFile } from './lspClient';

const NAMES = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
/** Enough fixes per code and file to cover each recipe without making the suite slow. */
const PER_CODE = 3;

describe('quick fixes', () => {
  let client: LspClient;
  const codesTried = new Set<string>();
  before(async () => (client = await LspClient.start({ settings: { debounce: 0 } })));
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

  test('the sample corpus exercises the fixes of several codes', () => {
    assert.ok(codesTried.size >= 2, [...codesTried].join());
  });
});

async function check(file: OpenFile, d: Diagnostic, action: CodeAction, original: string): Promise<void> {
  const edits = editsFor(action.edit ?? null, file.uri);
  assert.ok(edits.length > 0, `${action.title} edits this file`);
  const flagged = file.rangeText(d.range);
  for (const e of edits) {
    const replaced = file.rangeText(e.range);
    const wholeCorpus = /whole corpus/.test(action.title);
    assert.ok(replaced === '' || flagged.includes(replaced) || wholeCorpus, `${action.title} only inserts or rewrites the flagged span`);
  }
  const key = (x: Diagnostic): string => `${x.code} ${file.rangeText(x.range)}`;
  const before = file.diagnostics.map(key);
  // A corpus-wide respelling fixes every mention spelled this way in the file at once.
  const fixed = /whole corpus/.test(action.title) ? before.filter((k) => k === key(d)) : [key(d)];
  const expected = [...before];
  for (const k of fixed) expected.splice(expected.indexOf(k), 1);
  await file.edit(edits);
  assert.deepEqual(file.diagnostics.map(key).sort(), expected.sort(), `after "${action.title}":\n${file.text.slice(Math.max(0, file.doc.offsetAt(d.range.start) - 80), file.doc.offsetAt(d.range.end) + 120)}`);
  await file.edit([{ range: { start: { line: 0, character: 0 }, end: file.doc.positionAt(file.text.length) }, newText: original }]);
}

function sameRange(a: Diagnostic, b: Diagnostic): boolean {
  return JSON.stringify(a.range) === JSON.stringify(b.range);
}
