// Reading across the corpus from inside an article: the hover card on a person, go to definition
// and find all references that cross files, workspace symbols by any spelling, and a rename of
// an entity that rewrites every file and nothing else. Positions are found by searching the text.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { allArticles, hoverText, openArticle, positionOf, revertAll, serverReady, waitFor } from './helpers';

const base = (uri: vscode.Uri) => path.basename(uri.fsPath);

async function textOf(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

async function filesMentioning(word: string): Promise<string[]> {
  const out: string[] = [];
  for (const uri of await allArticles()) if ((await textOf(uri)).includes(word)) out.push(base(uri));
  return out.sort();
}

/** Definition results come as Location or LocationLink; this gives uri and range for both. */
function target(l: vscode.Location | vscode.LocationLink): { uri: vscode.Uri; range: vscode.Range } {
  return 'targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange ?? l.targetRange } : { uri: l.uri, range: l.range };
}

suite('Hover and navigation', () => {
  suiteSetup(async () => {
    await openArticle('000');
    await serverReady();
  });
  teardown(revertAll);

  test('hover on « Tertitskiy » shows his card: name, type, role and his quotations', async () => {
    const doc = await openArticle('000');
    const at = positionOf(doc, 'Tertitskiy', 1, 3); // "M. Tertitskiy", the second mention
    const text = await waitFor('a hover card on Tertitskiy', async () => {
      const t = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
      return t.includes('Tertitskiy') ? t : undefined;
    });
    assert.match(text, /Fyodor Tertitskiy/, 'the canonical name');
    assert.match(text, /person|personne|PER/i, 'the entity type');
    assert.match(text, /chercheur principal/, 'where he is introduced with his role');
    assert.match(text, /véritable fin d’une époque/, 'a quotation he speaks');
  });

  test('hover on a word that is no entity gives no corpus card', async () => {
    const doc = await openArticle('000');
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, positionOf(doc, 'munitions', 0, 2));
    assert.doesNotMatch(hoverText(hovers), /Mentions|mentions in/i);
  });

  test('go to definition on « Poutine » leads to his first mention or introduction, across files', async () => {
    const doc = await openArticle('002');
    const at = positionOf(doc, 'Poutine', 0, 2);
    const found = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', doc.uri, at);
    assert.ok(found?.length, 'a definition');
    const { uri, range } = target(found[0]);
    const there = await vscode.workspace.openTextDocument(uri);
    assert.match(there.getText(range), /Poutine|Vladimir/, `the definition is a mention of him (got "${there.getText(range)}")`);
    assert.ok(base(uri) <= base(doc.uri), `the first mention in the corpus is in ${base(uri)}, not after ${base(doc.uri)}`);
  });

  test('find all references on « Poutine » lists his mentions in every file that names him', async () => {
    const doc = await openArticle('001');
    const at = positionOf(doc, 'Poutine', 0, 2);
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, at);
    assert.ok(refs?.length, 'references');
    const files = [...new Set(refs.map((r) => base(r.uri)))].sort();
    assert.deepEqual(files, await filesMentioning('Poutine'), 'every file that names Poutine, opened or not');
    for (const r of refs) {
      const text = (await vscode.workspace.openTextDocument(r.uri)).getText(r.range);
      assert.match(text, /Poutine|Vladimir|Poutin/, `a reference is a mention of him, not "${text}"`);
    }
    assert.ok(refs.length >= 20, `all his mentions (found ${refs.length})`);
  });

  test('workspace symbols find an entity by a spelling without accents', async () => {
    const symbols = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'tertitskiy');
    assert.ok(symbols.some((s) => /Tertitskiy/.test(s.name)), `Tertitskiy among ${symbols.map((s) => s.name).join(', ')}`);
    const accentless = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'choigu');
    assert.ok(accentless.some((s) => /Cho[iï]gu/.test(s.name)), `Choïgu found by "choigu" among ${accentless.map((s) => s.name).join(', ')}`);
  });

  test('rename refuses what is not an entity', async () => {
    const doc = await openArticle('000');
    await assert.rejects(
      Promise.resolve(vscode.commands.executeCommand('vscode.prepareRename', doc.uri, positionOf(doc, 'munitions', 0, 2))),
      'prepareRename on an ordinary word is refused',
    );
  });

  test('renaming « Poutine » rewrites his mentions in every file and nothing else', async () => {
    const doc = await openArticle('001');
    const at = positionOf(doc, 'Poutine', 0, 2);
    const prepared = await vscode.commands.executeCommand<{ range: vscode.Range; placeholder: string }>('vscode.prepareRename', doc.uri, at);
    assert.ok(prepared, 'prepareRename accepts the name');
    const edit = await vscode.commands.executeCommand<vscode.WorkspaceEdit>('vscode.executeDocumentRenameProvider', doc.uri, at, 'Poutinov');
    assert.ok(edit, 'a workspace edit');
    const edited = edit.entries().map(([uri]) => base(uri)).sort();
    assert.deepEqual(edited, await filesMentioning('Poutine'), 'the rename edits every file that names him');

    const originals = new Map<string, string>();
    for (const [uri] of edit.entries()) originals.set(uri.toString(), (await vscode.workspace.openTextDocument(uri)).getText());
    assert.ok(await vscode.workspace.applyEdit(edit), 'the editor applies the rename');
    for (const [uri, edits] of edit.entries()) {
      const after = (await vscode.workspace.openTextDocument(uri)).getText();
      const before = originals.get(uri.toString())!;
      assert.equal(after.split('Poutinov').length - 1, edits.length, `${base(uri)}: one new name per edit`);
      assert.equal(after.replaceAll('Poutinov', 'Poutine'), before, `${base(uri)}: only the name changed`);
    }
  });
});
