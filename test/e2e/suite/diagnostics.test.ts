// The attribution gaps the analysis finds reach the editor: for every article, the editor's
// corpus-lens diagnostics of the gap codes are exactly the core's (the CLI over the same files is
// the oracle, so this tests the wiring, not the detectors), unopened articles included (the
// Problems panel lists the whole corpus), and the corpusLens.diagnostics.* settings flow from
// the editor to the server: a severity changes, "off" hides the code, restoring brings it back.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { allArticles, codeOf, extension, GAP_CODES, openArticle, ours, serverReady, settledDiagnostics, waitFor, waitStable, withSetting } from './helpers';

interface CoreDiagnostic {
  start: number;
  end: number;
  code: string;
  message: string;
}

/** The CLI's JSON report for the fixture's articles, by file name. */
function coreDiagnostics(files: vscode.Uri[]): Map<string, { text: string; diagnostics: CoreDiagnostic[] }> {
  const cli = path.join(extension().extensionPath, 'dist', 'cli.js');
  // In desktop VS Code the extension host's executable is Electron, which runs as Node with this.
  const json = execFileSync(process.execPath, [cli, 'analyze', '--format', 'json', ...files.map((f) => f.fsPath)], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const out = new Map<string, { text: string; diagnostics: CoreDiagnostic[] }>();
  for (const report of JSON.parse(json) as { file: string; diagnostics: CoreDiagnostic[] }[]) {
    out.set(path.basename(report.file), { text: '', diagnostics: report.diagnostics });
  }
  return out;
}

/** UTF-16 offset to a position, the way LSP and VS Code count. */
function positionAt(text: string, offset: number): vscode.Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return new vscode.Position(line, offset - (before.lastIndexOf('\n') + 1));
}

const key = (code: string, start: vscode.Position) => `${code} at ${start.line + 1}:${start.character + 1}`;

suite('Diagnostics', () => {
  suiteSetup(async () => {
    await openArticle('000');
    await serverReady();
  });

  test('every article shows exactly the attribution gaps the analysis finds, unopened articles included', async () => {
    const files = await allArticles();
    const core = coreDiagnostics(files);
    let total = 0;
    for (const uri of files) {
      const name = path.basename(uri.fsPath);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri)).replace(/^\uFEFF/, '');
      const expected = (core.get(name)?.diagnostics ?? []).filter((d) => GAP_CODES.includes(d.code)).map((d) => key(d.code, positionAt(text, d.start))).sort();
      total += expected.length;
      // Unopened articles get theirs through pull diagnostics; poll until the editor has them all.
      const seen = await waitFor(
        `the gap diagnostics of ${name}`,
        () => {
          const now = ours(uri).filter((d) => GAP_CODES.includes(codeOf(d))).map((d) => key(codeOf(d), d.range.start)).sort();
          return JSON.stringify(now) === JSON.stringify(expected) ? now : undefined;
        },
        { timeoutMs: 30_000 },
      ).catch(() => ours(uri).filter((d) => GAP_CODES.includes(codeOf(d))).map((d) => key(codeOf(d), d.range.start)).sort());
      assert.deepEqual(seen, expected, `${name}: the editor's gap diagnostics differ from the analysis`);
    }
    assert.ok(total >= 5, `the sample corpus has attribution gaps (found ${total})`);
  });

  test('diagnostics carry the corpus-lens source, a code and a readable message', async () => {
    const doc = await openArticle('004');
    const list = await settledDiagnostics(doc.uri);
    for (const d of list) {
      assert.ok(['unattributed-quote', 'vague-source', 'unbalanced-quote', 'spelling-variant', 'unsourced-claim'].includes(codeOf(d)), `known code: ${codeOf(d)}`);
      assert.ok(d.message.length > 10, 'a message a reader can act on');
    }
    const vague = list.find((d) => codeOf(d) === 'vague-source');
    assert.ok(vague, '004 has a vague source');
    assert.match(vague.message, /vague|no one|personne/i);
    assert.ok(vague.message.includes(doc.getText(vague.range)), `the range covers the phrase the message quotes: "${doc.getText(vague.range)}" / ${vague.message}`);
  });

  test('corpusLens.diagnostics.<code> changes the severity, and "off" hides the code', async () => {
    const doc = await openArticle('004');
    const before = await settledDiagnostics(doc.uri);
    const vagueBefore = before.filter((d) => codeOf(d) === 'vague-source');
    assert.ok(vagueBefore.length > 0);
    assert.ok(vagueBefore.every((d) => d.severity === vscode.DiagnosticSeverity.Information), 'vague sources are information by default');

    const restoreError = await withSetting('diagnostics.vague-source', 'error');
    try {
      await waitFor('vague sources to become errors', () => {
        const now = ours(doc.uri).filter((d) => codeOf(d) === 'vague-source');
        return now.length === vagueBefore.length && now.every((d) => d.severity === vscode.DiagnosticSeverity.Error);
      });
    } finally {
      await restoreError();
    }

    const restoreOff = await withSetting('diagnostics.vague-source', 'off');
    try {
      await waitFor('vague sources to disappear', () => !ours(doc.uri).some((d) => codeOf(d) === 'vague-source'));
      const others = await waitStable('the other diagnostics to settle', () => ours(doc.uri).map((d) => codeOf(d)).sort());
      assert.deepEqual(others, before.filter((d) => codeOf(d) !== 'vague-source').map((d) => codeOf(d)).sort(), 'the other codes are untouched');
    } finally {
      await restoreOff();
    }
    await waitFor('vague sources to come back', () => ours(doc.uri).filter((d) => codeOf(d) === 'vague-source' && d.severity === vscode.DiagnosticSeverity.Information).length === vagueBefore.length);
  });
});
