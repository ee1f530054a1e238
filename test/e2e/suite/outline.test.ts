// What the article looks like at a glance: the outline (People, Organisations, Places, then
// Quotations grouped by speaker), semantic tokens that colour people, organisations and places
// differently, and inlay hints naming the speaker after a quotation.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { decodeTokens } from '../../protocol/decodeTokens';
import { openArticle, positionOf, serverReady, waitFor, withSetting } from './helpers';

suite('Outline, tokens and hints', () => {
  suiteSetup(async () => {
    await openArticle('000');
    await serverReady();
  });

  test('the outline groups People, Organisations, Places and Quotations', async () => {
    const doc = await openArticle('000');
    const symbols = await waitFor('document symbols', async () => {
      const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', doc.uri);
      return s?.length ? s : undefined;
    });
    // The editor orders top-level symbols by position, so only the set of groups is checked here.
    const names = symbols.map((s) => s.name).sort();
    assert.deepEqual(names, ['Organisations', 'People', 'Places', 'Quotations']);
    const people = symbols.find((s) => s.name === 'People')!;
    const tertitskiy = people.children.find((c) => c.name.includes('Tertitskiy'));
    assert.ok(tertitskiy, `Tertitskiy among the people: ${people.children.map((c) => c.name).join(', ')}`);
    assert.ok(tertitskiy.children.length >= 2, 'his mentions are his children');
    for (const mention of tertitskiy.children) assert.match(doc.getText(mention.range), /Tertitskiy/);
    const personNames = people.children.map((c) => c.name);
    assert.equal(new Set(personNames).size, personNames.length, 'each person appears once');
    assert.ok(symbols.find((s) => s.name === 'Places')!.children.some((c) => c.name === 'Russie'), 'Russie is a place');
    const quotations = symbols.find((s) => s.name === 'Quotations')!;
    const his = quotations.children.find((g) => g.name.includes('Tertitskiy'));
    assert.ok(his, `a group of his quotations among ${quotations.children.map((g) => g.name).join(', ')}`);
    assert.ok(his.children.some((q) => doc.getText(q.range).includes('véritable fin')), 'his quotation is in his group');
  });

  test('semantic tokens mark people, organisations and places with different types', async () => {
    const doc = await openArticle('000');
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(legend && tokens?.data.length, 'the server provides semantic tokens');
    const typeAt = new Map<string, string>();
    for (const t of decodeTokens(Array.from(tokens.data))) {
      typeAt.set(doc.getText(new vscode.Range(t.line, t.character, t.line, t.character + t.length)), legend.tokenTypes[t.type]);
    }
    const person = typeAt.get('Tertitskiy') ?? typeAt.get('Fyodor Tertitskiy');
    const organisation = typeAt.get('Kremlin');
    const place = typeAt.get('Russie');
    assert.ok(person && organisation && place, `tokens on Tertitskiy (${person}), Kremlin (${organisation}) and Russie (${place})`);
    assert.equal(new Set([person, organisation, place]).size, 3, 'three different token types');
  });

  test('an inlay hint names the speaker after his quotation, and the setting turns hints off', async () => {
    const doc = await openArticle('000');
    const whole = new vscode.Range(0, 0, doc.lineCount, 0);
    const labelOf = (h: vscode.InlayHint) => (typeof h.label === 'string' ? h.label : h.label.map((p) => p.value).join(''));
    const hints = await waitFor('inlay hints', async () => {
      const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
      return h?.length ? h : undefined;
    });
    const closing = positionOf(doc, 'commencé en 1990 »', 0, 'commencé en 1990 »'.length);
    const his = hints.find((h) => labelOf(h).includes('Tertitskiy'));
    assert.ok(his, `a hint names Tertitskiy among ${hints.map(labelOf).join(' | ')}`);
    assert.ok(hints.some((h) => h.position.isEqual(closing) && labelOf(h).includes('Tertitskiy')), 'right after the closing »');
    const restore = await withSetting('inlayHints.speakers', false);
    try {
      await waitFor('the hints to go away', async () => {
        const h = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', doc.uri, whole);
        return (h ?? []).every((x) => !labelOf(x).includes('Tertitskiy'));
      });
    } finally {
      await restore();
    }
  });
});
