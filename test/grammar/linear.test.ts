// The grammar on hostile text: long lines built to make a backtracking pattern explode (runs of
// auxiliaries without a participle, of titles without a name, of opening marks, of one endless
// word) are tokenised whole, with tokens that cover every character. How long that takes, and
// how the time grows with the line, is measured by `npm run bench` (test/bench/grammarBench.ts),
// never asserted here. Uses the same TextMate engine as VS Code (vscode-textmate +
// vscode-oniguruma, which come with vscode-tmgrammar-test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as vsctm from 'vscode-textmate';
import { corpusLines, hostile, loadGrammar, repeat } from './grammarKit';

/** Tokenises the lines as the editor does (state carried over) and checks the tokens tile each line. */
function tokeniseWhole(grammar: vsctm.IGrammar, lines: string[]): void {
  let state = vsctm.INITIAL;
  for (const line of lines) {
    const r = grammar.tokenizeLine(line, state);
    let at = 0;
    for (const t of r.tokens) {
      assert.equal(t.startIndex, at, 'tokens follow each other with no gap');
      at = t.endIndex;
    }
    assert.ok(at >= line.length, `tokens reach the end of a ${line.length}-character line`);
    state = r.ruleStack;
  }
}

test('hostile 20 000-character lines are tokenised whole', async () => {
  const grammar = await loadGrammar();
  // 20 000 characters is VS Code's default editor.maxTokenizationLineLength.
  for (const unit of Object.values(hostile)) tokeniseWhole(grammar, [repeat(unit, 20_000)]);
});

test('the sample articles are tokenised whole', async () => {
  tokeniseWhole(await loadGrammar(), corpusLines());
});
