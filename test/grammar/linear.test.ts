// The grammar stays fast on hostile text: long lines built to make a backtracking pattern explode
// (runs of auxiliaries without a participle, of titles without a name, of opening marks, of one
// endless word) tokenise in time proportional to their length, and real articles tokenise fast.
// Uses the same TextMate engine as VS Code (vscode-textmate + vscode-oniguruma, which come with
// vscode-tmgrammar-test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

async function loadGrammar(): Promise<vsctm.IGrammar> {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async () => vsctm.parseRawGrammar(readFileSync(path.join(root, 'syntaxes/news-article.tmLanguage.json'), 'utf8'), 'grammar.json'),
  });
  const grammar = await registry.loadGrammar('text.news-article');
  assert.ok(grammar, 'the grammar loads');
  return grammar;
}

/**
 * CPU milliseconds to tokenise the lines, carrying the state from line to line as the editor
 * does. CPU time, not wall time, so that other processes on a busy machine do not fail the test.
 */
function tokenise(grammar: vsctm.IGrammar, lines: string[]): number {
  const start = process.cpuUsage();
  let state = vsctm.INITIAL;
  for (const line of lines) state = grammar.tokenizeLine(line, state).ruleStack;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

function corpusLines(): string[] {
  const dir = path.join(root, 'samples/corpus');
  return readdirSync(dir).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));
}

/** A line of about `length` characters made of `unit` repeated. */
const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

const hostile: Record<string, string> = {
  'auxiliaries without a participle': 'a ',
  'inverted auxiliaries': 'a-t-il ont-elles ',
  'an auxiliary before endless words': 'a mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm ',
  'titles without a name': 'M. Mme président ',
  'a title before a long run of spaces': 'M.                                                            x ',
  'opening marks': '« “ ‘ " ‹ ',
  'apostrophes inside single quotes': '‘l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’ ',
  'one endless word': 'é',
};

test('hostile lines tokenise in linear time', async () => {
  const grammar = await loadGrammar();
  tokenise(grammar, corpusLines()); // compile the patterns and let the JIT settle first
  for (const [name, unit] of Object.entries(hostile)) {
    const short = repeat(unit, 5_000);
    const long = repeat(unit, 20_000); // VS Code's default editor.maxTokenizationLineLength
    tokenise(grammar, [short]); // warm up the regex caches
    const tShort = Math.max(tokenise(grammar, [short]), 0.5);
    const tLong = tokenise(grammar, [long]);
    // Four times the text: linear takes about 4× as long, quadratic 16×.
    assert.ok(tLong < 150, `${name}: a 20 000-character line took ${tLong.toFixed(1)} ms`);
    assert.ok(tLong / tShort < 10, `${name}: 4× the text took ${(tLong / tShort).toFixed(1)}× the time`);
  }
});

test('real articles tokenise at more than 0.5 MB/s', async () => {
  const grammar = await loadGrammar();
  const lines = corpusLines();
  const chars = lines.reduce((n, l) => n + l.length + 1, 0);
  tokenise(grammar, lines);
  const ms = tokenise(grammar, lines);
  const mbPerSecond = chars / 1e6 / (ms / 1000);
  assert.ok(mbPerSecond > 0.5, `tokenised ${chars} characters at ${mbPerSecond.toFixed(2)} MB/s`);
});
