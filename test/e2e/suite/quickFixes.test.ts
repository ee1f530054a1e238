// Quick fixes applied by the editor itself: a paragraph with a quotation nobody says is added to
// an article (as a reader typing would), the unattributed-quote diagnostic appears, and each of
// its fixes, applied with vscode.workspace.applyEdit, makes it go away and changes nothing else.
// Vague sources get the same treatment with their placeholder fix.
/// <reference types="mocha" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { codeOf, openArticle, ours, revertAll, serverReady, settledDiagnostics, waitFor, waitStable } from './helpers';

/**
 * Written for this test: a named person nearby, then a quotation nobody can be said to speak (no
 * reporting verb, and the paragraph before ends on an impersonal sentence, so no subject carries over).
 */
const ADDED = '\nLa ministre Claire Vasseur a visité le chantier naval mardi. Il pleuvait sur le port.\n\n« Nous ne fermerons aucun site cette année. »\n';
const QUOTE = '« Nous ne fermerons aucun site cette année. »';

/** What a diagnostic says about the text, independent of where it sits. */
function fingerprint(doc: vscode.TextDocument, list: vscode.Diagnostic[]): string[] {
  return list.map((d) => `${codeOf(d)}|${doc.getText(d.range)}|${d.message}`).sort();
}

async function quickFixes(doc: vscode.TextDocument, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, range, vscode.CodeActionKind.QuickFix.value);
  return (actions ?? []).filter((a): a is vscode.CodeAction => 'edit' in a || 'kind' in a);
}

async function addUnattributedQuote(doc: vscode.TextDocument): Promise<vscode.Diagnostic> {
  const edit = new vscode.WorkspaceEdit();
  edit.insert(doc.uri, doc.positionAt(doc.getText().length), ADDED);
  assert.ok(await vscode.workspace.applyEdit(edit));
  return waitFor('an unattributed-quote diagnostic on the added quotation', () =>
    ours(doc.uri).find((d) => codeOf(d) === 'unattributed-quote' && doc.getText(d.range).includes('fermerons')),
  );
}

suite('Quick fixes', () => {
  suiteSetup(async () => {
    await openArticle('000');
    await serverReady();
  });
  teardown(revertAll);

  for (const which of ['attribute', 'placeholder'] as const) {
    test(`an unattributed quotation: the "${which}" fix removes its diagnostic and nothing else changes`, async () => {
      const doc = await openArticle('002');
      const before = fingerprint(doc, await settledDiagnostics(doc.uri, true));
      const gap = await addUnattributedQuote(doc);
      const actions = await quickFixes(doc, gap.range);
      const titles = actions.map((a) => a.title);
      const action = which === 'attribute' ? actions.find((a) => /Claire Vasseur/.test(a.title)) : actions.find((a) => /\[source \?\]|placeholder/i.test(a.title));
      assert.ok(action?.edit, `a ${which} fix among: ${titles.join(' | ')}`);
      assert.ok(await vscode.workspace.applyEdit(action.edit), 'the editor applies the fix');
      if (which === 'attribute') assert.match(doc.getText(), /« Nous ne fermerons aucun site cette année\. ».{0,6}(a déclaré|a dit|a affirmé|selon).{0,6}Claire Vasseur/);
      else assert.ok(doc.getText().includes(QUOTE), 'the quotation is still there');
      await waitFor('the unattributed-quote diagnostic to go away', () => !ours(doc.uri).some((d) => codeOf(d) === 'unattributed-quote' && doc.getText(d.range).includes('fermerons')));
      const after = await waitStable('the diagnostics to settle', () => fingerprint(doc, ours(doc.uri)));
      assert.deepEqual(after, before, 'the other diagnostics are the same as before the quotation was added');
    });
  }

  test('a vague source: the placeholder fix removes its diagnostic', async () => {
    const doc = await openArticle('004');
    const list = await settledDiagnostics(doc.uri);
    const vague = list.find((d) => codeOf(d) === 'vague-source');
    assert.ok(vague, '004 has a vague source');
    const phrase = doc.getText(vague.range);
    const countBefore = list.filter((d) => codeOf(d) === 'vague-source').length;
    const actions = await quickFixes(doc, vague.range);
    const action = actions.find((a) => a.edit && /\[source \?\]|placeholder/i.test(a.title));
    assert.ok(action?.edit, `a placeholder fix for the vague source among: ${actions.map((a) => `${a.title} [${(a.diagnostics ?? []).map(codeOf).join(',')}]`).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(action.edit));
    await waitFor('one vague source fewer', () => {
      const now = ours(doc.uri).filter((d) => codeOf(d) === 'vague-source');
      return now.length === countBefore - 1 && !now.some((d) => doc.getText(d.range) === phrase);
    });
  });

  test('a spelling variant: "use the spelling … in the whole corpus" edits the files and the variant goes away', async () => {
    const doc = await openArticle('000');
    const variant = (await settledDiagnostics(doc.uri)).find((d) => codeOf(d) === 'spelling-variant');
    assert.ok(variant, '000 has a spelling variant');
    const found = doc.getText(variant.range);
    const actions = await quickFixes(doc, variant.range);
    const everywhere = actions.find((a) => /whole corpus/i.test(a.title));
    assert.ok(everywhere?.edit, `a whole-corpus fix among: ${actions.map((a) => a.title).join(' | ')}`);
    const preferred = /'([^']+)'/.exec(everywhere.title)?.[1];
    assert.ok(preferred && preferred !== found, `the fix names the preferred spelling (${everywhere.title})`);
    assert.ok(await vscode.workspace.applyEdit(everywhere.edit));
    const start = doc.offsetAt(variant.range.start);
    assert.equal(doc.getText().slice(start, start + preferred.length), preferred, 'the variant is respelled in place');
    await waitFor(`the "${found}" variant diagnostic to go away`, () => !ours(doc.uri).some((d) => codeOf(d) === 'spelling-variant' && d.message.includes(`"${found}"`)));
  });
});
