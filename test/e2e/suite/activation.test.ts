// The extension wakes up when a reader opens an article, gives it the news-article language and
// grammar, and leaves text files outside the corpus alone (the fixture's settings exclude notes/).
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { allArticles, extension, LANGUAGE_ID, openArticle, serverReady, waitFor, workspaceFolder } from './helpers';

suite('Activation and language', () => {
  test('opening an article activates the extension and starts its language server', async () => {
    await openArticle('000');
    const api = await serverReady();
    const articles = await allArticles();
    const status = await waitFor('the corpus to be indexed', () => {
      const s = api.status();
      return s && !s.indexing && s.files === articles.length ? s : undefined;
    });
    assert.ok(status.entities > 0, 'the status bar counts entities');
    assert.ok(status.quotations > 0, 'the status bar counts quotations');
  });

  test('an article is a news-article document and the language has its grammar', async () => {
    const doc = await openArticle('001');
    assert.equal(doc.languageId, LANGUAGE_ID);
    assert.ok((await vscode.languages.getLanguages()).includes(LANGUAGE_ID));
    const grammars: { language?: string; scopeName: string; path: string }[] = extension().packageJSON.contributes?.grammars ?? [];
    const grammar = grammars.find((g) => g.language === LANGUAGE_ID);
    assert.ok(grammar, `the manifest contributes a grammar for ${LANGUAGE_ID}`);
    const file = vscode.Uri.joinPath(extension().extensionUri, grammar.path);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file)));
    assert.equal(json.scopeName, grammar.scopeName);
  });

  test('a text file excluded by corpusLens.exclude stays plain text', async () => {
    const uri = vscode.Uri.joinPath(workspaceFolder(), 'notes', 'shopping-list.txt');
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    // Give the extension the chance to (wrongly) switch it: an article opened after it is switched.
    await openArticle('002');
    assert.equal(vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString())?.languageId, 'plaintext');
  });
});
