// Diagnostics over the protocol: pushed for open documents, pulled for the rest of the corpus,
// shaped for the Problems panel (source, code, related locations) and governed by the settings.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import type { Diagnostic, WorkspaceDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspClient, SAMPLES, type OpenFile } from './lspClient';

const CODES = ['unattributed-quote', 'vague-source', 'unbalanced-quote', 'spelling-variant', 'unsourced-claim'];
const NAMES = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();

describe('diagnostics', () => {
  let client: LspClient;
  const open: OpenFile[] = [];
  before(async () => {
    client = await LspClient.start({ settings: { debounce: 0 } });
  });
  after(async () => client?.stop());

  test('every unopened corpus file is reported by workspace diagnostics', async () => {
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(report.items.map((i) => i.uri).sort(), NAMES.map((n) => client.uri(n)).sort());
    const all = report.items.flatMap((i) => (i.kind === 'full' ? i.items : []));
    assert.ok(all.length > 0, 'the sample corpus has attribution gaps');
    const again = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', {
      previousResultIds: report.items.map((i) => ({ uri: i.uri, value: i.resultId! })),
    });
    assert.ok(again.items.every((i) => i.kind === 'unchanged'), 'nothing changed in between');
  });

  test('open documents get their diagnostics pushed, well formed', async () => {
    for (const name of NAMES) open.push(await client.open(name));
    const all: Diagnostic[] = [];
    for (const file of open) {
      for (const d of file.diagnostics) {
        all.push(d);
        assert.equal(d.source, 'corpus-lens');
        assert.ok(CODES.includes(String(d.code)), String(d.code));
        assert.ok(String(d.message).length > 0);
        assert.ok(file.rangeText(d.range).trim().length > 0, `${d.code} covers text in ${file.name}`);
        for (const r of d.relatedInformation ?? []) {
          assert.ok(NAMES.some((n) => client.uri(n) === r.location.uri), r.location.uri);
          assert.ok(r.message.length > 0);
        }
      }
    }
    assert.ok(all.length > 0);
    assert.ok(all.some((d) => d.code === 'unattributed-quote' || d.code === 'vague-source'), 'a quotation or source gap somewhere');
  });

  test('pull reports leave open documents to the pushed diagnostics', async () => {
    const report = await client.request<WorkspaceDiagnosticReport>('workspace/diagnostic', { previousResultIds: [] });
    assert.deepEqual(report.items, []);
    const doc = await open[0].request<{ items: Diagnostic[] }>('textDocument/diagnostic');
    assert.deepEqual(doc.items, []);
  });

  test('a code set to "off" disappears, another severity is applied', async () => {
    const counts = new Map<string, number>();
    for (const f of open) for (const d of f.diagnostics) counts.set(String(d.code), (counts.get(String(d.code)) ?? 0) + 1);
    const [offCode] = [...counts.keys()];
    const otherCode = [...counts.keys()].find((c) => c !== offCode);
    const waitFor = (check: (d: Diagnostic[]) => boolean) => client.until(() => open.every((f) => check(f.diagnostics)), 'diagnostics under new settings');
    await client.changeSettings({ debounce: 0, diagnostics: { [offCode]: 'off', ...(otherCode ? { [otherCode]: 'error' } : {}) } });
    await waitFor((ds) => ds.every((d) => d.code !== offCode && (d.code !== otherCode || d.severity === 1)));
    const total = open.reduce((n, f) => n + f.diagnostics.length, 0);
    assert.equal(total, [...counts.values()].reduce((a, b) => a + b, 0) - counts.get(offCode)!, 'only the switched-off code went away');
    await client.changeSettings({ debounce: 0 });
    await waitFor(() => open.reduce((n, f) => n + f.diagnostics.length, 0) === [...counts.values()].reduce((a, b) => a + b, 0));
  });

  test('next and previous attribution gap walk the gaps in order, across files, wrapping', async () => {
    const gapCodes = ['unattributed-quote', 'vague-source', 'unsourced-claim'];
    // Every gap of the corpus in order: files by URI, then by position.
    const gaps = [...open]
      .sort((a, b) => (a.uri < b.uri ? -1 : 1))
      .flatMap((f) => f.diagnostics.filter((d) => gapCodes.includes(String(d.code))).map((d) => ({ uri: f.uri, start: f.doc.offsetAt(d.range.start), range: d.range })))
      .filter((g, i, all) => i === 0 || g.uri !== all[i - 1].uri || g.start !== all[i - 1].start);
    assert.ok(gaps.length >= 2, 'the samples have several gaps');
    type Gap = { uri: string; range: { start: unknown } } | null;
    let at: { uri: string; position: unknown } = { uri: gaps[0].uri, position: gaps[0].range.start };
    for (let i = 1; i <= gaps.length; i++) {
      const next = await client.request<Gap>('corpusLens/gap', { ...at, direction: 'next' });
      const want = gaps[i % gaps.length];
      assert.deepEqual([next?.uri, next?.range.start], [want.uri, want.range.start], `gap ${i}`);
      at = { uri: next!.uri, position: next!.range.start };
    }
    const previous = await client.request<Gap>('corpusLens/gap', { uri: gaps[0].uri, position: gaps[0].range.start, direction: 'previous' });
    assert.deepEqual([previous?.uri, previous?.range.start], [gaps.at(-1)!.uri, gaps.at(-1)!.range.start], 'wraps to the last gap');
    const status = await client.request<{ gaps: number }>('corpusLens/status', null);
    assert.equal(status.gaps, open.reduce((n, f) => n + f.diagnostics.filter((d) => gapCodes.includes(String(d.code))).length, 0));
  });

  test('messages follow the language setting', async () => {
    const english = open.flatMap((f) => f.diagnostics.map((d) => d.message));
    await client.changeSettings({ debounce: 0, language: 'fr' });
    await client.until(() => open.flatMap((f) => f.diagnostics.map((d) => d.message)).join() !== english.join(), 'French messages');
    const french = open.flatMap((f) => f.diagnostics);
    assert.ok(french.some((d) => /Citation sans locuteur|Source vague|Guillemet|s’écrit|Affirmation au conditionnel/.test(String(d.message))), french.map((d) => String(d.message)).join('\n'));
    await client.changeSettings({ debounce: 0 });
  });
});
