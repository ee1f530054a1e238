// Every command the extension contributes runs without error from an article, and the gap
// commands really move the cursor to an attribution gap the Problems panel lists.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, extension, GAP_CODES, openArticle, ours, positionOf, serverReady, settledDiagnostics, waitFor } from './helpers';

suite('Commands', () => {
  suiteSetup(async () => {
    await openArticle('000');
    await serverReady();
  });

  test('every contributed command is registered and runs without throwing', async () => {
    const contributed: { command: string }[] = extension().packageJSON.contributes?.commands ?? [];
    assert.ok(contributed.length >= 5, 'the manifest contributes the Corpus Lens commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const doc = await openArticle('000');
    for (const { command } of contributed) {
      assert.ok(registered.has(command), `${command} is registered`);
      const editor = await vscode.window.showTextDocument(doc);
      const at = positionOf(doc, 'Poutine', 0, 2);
      editor.selection = new vscode.Selection(at, at);
      await vscode.commands.executeCommand(command);
    }
  });

  test('next and previous attribution gap move the cursor onto gaps', async () => {
    const doc = await openArticle('004');
    const gaps = (await settledDiagnostics(doc.uri)).filter((d) => GAP_CODES.includes(codeOf(d))).map((d) => d.range.start);
    assert.ok(gaps.length >= 2, '004 has several gaps');
    const editor = await vscode.window.showTextDocument(doc);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('corpusLens.nextGap');
    const first = await waitFor('the cursor on the first gap', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.uri.toString() === doc.uri.toString() && !active.selection.active.isEqual(new vscode.Position(0, 0)) ? active.selection.active : undefined;
    });
    assert.ok(gaps.some((g) => g.isEqual(first)), `the cursor (${first.line + 1}:${first.character + 1}) is on a gap`);
    await vscode.commands.executeCommand('corpusLens.nextGap');
    const second = await waitFor('the cursor on the next gap', () => {
      const p = vscode.window.activeTextEditor?.selection.active;
      return p && !p.isEqual(first) ? p : undefined;
    });
    const ordered = gaps.filter((g) => g.isAfter(first)).sort((a, b) => a.compareTo(b));
    if (vscode.window.activeTextEditor?.document.uri.toString() === doc.uri.toString()) assert.ok(second.isEqual(ordered[0]), 'the next gap after the first');
    await vscode.commands.executeCommand('corpusLens.previousGap');
    await waitFor('the cursor back on the first gap', () => vscode.window.activeTextEditor?.selection.active.isEqual(first));
    assert.ok(ours(doc.uri).length > 0);
  });

  test('re-index reads the corpus again and keeps the counts', async () => {
    await openArticle('000');
    const api = extension().exports;
    const before = await waitFor('corpus counts', () => api.status());
    await vscode.commands.executeCommand('corpusLens.reindex');
    const after = await waitFor('counts after re-indexing', () => {
      const s = api.status();
      return s && !s.indexing ? s : undefined;
    });
    assert.equal(after.files, before.files);
    assert.equal(after.entities, before.entities);
  });
});
