// What the grammar test and the grammar benchmark share: the grammar loaded into the TextMate
// engine VS Code uses, the sample articles' lines, and lines built to make a backtracking
// pattern explode.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import * as vsctm from 'vscode-textmate';
import * as oniguruma from 'vscode-oniguruma';

const root = path.resolve(import.meta.dirname, '../..');
const require = createRequire(import.meta.url);

export async function loadGrammar(): Promise<vsctm.IGrammar> {
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

export function corpusLines(): string[] {
  const dir = path.join(root, 'samples/corpus');
  return readdirSync(dir).flatMap((f) => readFileSync(path.join(dir, f), 'utf8').split('\n'));
}

/** A line of about `length` characters made of `unit` repeated. */
export const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

export const hostile: Record<string, string> = {
  'auxiliaries without a participle': 'a ',
  'inverted auxiliaries': 'a-t-il ont-elles ',
  'an auxiliary before endless words': 'a mmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmmm ',
  'titles without a name': 'M. Mme président ',
  'a title before a long run of spaces': 'M.                                                            x ',
  'opening marks': '« “ ‘ " ‹ ',
  'apostrophes inside single quotes': '‘l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’l’ ',
  'one endless word': 'é',
};

