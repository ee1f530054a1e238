// The extension manifest agrees with the code it describes: every `corpusLens.*` setting has the
// server's default and allowed values, every semantic token type the server sends is declared and
// mapped to TextMate scopes, every contributed command is registered by the client, and the
// language, grammar and activation events point at what exists. Drift here would not fail any
// build, only the reader's editor.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, DIAGNOSTIC_CODES } from '../../server/src/shared/settings';
import { LEGEND } from '../../server/src/features/semanticTokens';

const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const properties: Record<string, { default: unknown; enum?: unknown[]; type: string; scope?: string; markdownDescription?: string }> =
  pkg.contributes.configuration.properties;

/** The manifest's default of a setting equals the normaliser's default at the same path. */
function check(key: string, expected: unknown, allowed?: unknown[]) {
  const property = properties[`corpusLens.${key}`];
  assert.ok(property, `corpusLens.${key} is declared in package.json`);
  assert.deepEqual(property.default, expected, `default of corpusLens.${key}`);
  if (allowed) assert.deepEqual(property.enum, allowed, `allowed values of corpusLens.${key}`);
  assert.ok(property.markdownDescription && property.scope, `corpusLens.${key} has a description and a scope`);
}

test('every setting has the default and allowed values of the server normaliser', () => {
  check('include', DEFAULT_SETTINGS.include);
  check('exclude', DEFAULT_SETTINGS.exclude);
  check('maxFileSize', DEFAULT_SETTINGS.maxFileSize);
  check('language', DEFAULT_SETTINGS.language, ['en', 'fr']);
  for (const code of DIAGNOSTIC_CODES) check(`diagnostics.${code}`, DEFAULT_SETTINGS.diagnostics[code], ['error', 'warning', 'information', 'hint', 'off']);
  check('inlayHints.speakers', DEFAULT_SETTINGS.inlayHints.speakers);
  check('debounce', DEFAULT_SETTINGS.debounce);
});

test('the manifest declares no setting the server does not read (besides the client trace)', () => {
  const known = new Set([
    'include', 'exclude', 'maxFileSize', 'language', 'debounce', 'inlayHints.speakers', 'trace.server',
    ...DIAGNOSTIC_CODES.map((code) => `diagnostics.${code}`),
  ]);
  for (const key of Object.keys(properties)) assert.ok(known.has(key.replace(/^corpusLens\./, '')), `${key} is a setting the code reads`);
});

test('every semantic token type and custom modifier of the server legend is declared and themed', () => {
  const types = new Set(pkg.contributes.semanticTokenTypes.map((t: { id: string }) => t.id));
  const scopes = pkg.contributes.semanticTokenScopes[0].scopes;
  for (const type of LEGEND.tokenTypes) {
    assert.ok(types.has(type), `token type ${type} is declared`);
    assert.ok(scopes[type]?.length, `token type ${type} has fallback TextMate scopes`);
  }
  const standardModifiers = new Set(['declaration', 'definition', 'readonly', 'static', 'deprecated', 'abstract', 'async', 'modification', 'documentation', 'defaultLibrary']);
  const modifiers = new Set(pkg.contributes.semanticTokenModifiers.map((m: { id: string }) => m.id));
  for (const modifier of LEGEND.tokenModifiers) assert.ok(standardModifiers.has(modifier) || modifiers.has(modifier), `modifier ${modifier} is declared`);
  const colours = new Set(LEGEND.tokenTypes.slice(0, 3).map((t) => scopes[t][0].split('.').slice(0, 3).join('.')));
  assert.equal(colours.size, 3, 'people, organisations and places fall back on differently coloured scopes');
});

test('every contributed command is registered by the client and every key binding names one', () => {
  const client = readFileSync(path.join(root, 'client/src/commands.ts'), 'utf8');
  const commands: string[] = pkg.contributes.commands.map((c: { command: string }) => c.command);
  for (const command of commands) assert.ok(client.includes(`'${command}'`), `${command} is registered in client/src/commands.ts`);
  for (const binding of pkg.contributes.keybindings) assert.ok(commands.includes(binding.command), `key binding for ${binding.command}`);
  for (const entries of Object.values(pkg.contributes.menus) as { command: string }[][]) {
    for (const entry of entries) assert.ok(commands.includes(entry.command), `menu entry for ${entry.command}`);
  }
});

test('the language, its grammar and its configuration exist, and the editor activates on them', () => {
  const [language] = pkg.contributes.languages;
  const [grammar] = pkg.contributes.grammars;
  assert.equal(language.id, 'news-article');
  assert.equal(language.extensions, undefined, 'no claim on every .txt: corpus files are switched by the include globs');
  assert.ok(existsSync(path.join(root, language.configuration)), 'language configuration file');
  assert.equal(grammar.language, 'news-article');
  assert.equal(JSON.parse(readFileSync(path.join(root, grammar.path), 'utf8')).scopeName, grammar.scopeName);
  assert.deepEqual([...pkg.activationEvents].sort(), ['onLanguage:news-article', 'onLanguage:plaintext']);
  const defaults = pkg.contributes.configurationDefaults['[news-article]'];
  assert.equal(defaults['editor.wordWrap'], 'on');
  assert.equal(defaults['editor.semanticHighlighting.enabled'], true);
  assert.equal(defaults['editor.suggestOnTriggerCharacters'], false);
  assert.equal(defaults['editor.wordBasedSuggestions'], 'off');
  assert.deepEqual(defaults['editor.quickSuggestions'], { other: 'off', comments: 'off', strings: 'off' });
});

test('the language configuration pairs French and English quotation marks', () => {
  const config = JSON.parse(readFileSync(path.join(root, 'language-configuration.json'), 'utf8'));
  const closing = Object.fromEntries(config.autoClosingPairs.map((p: { open: string; close: string }) => [p.open, p.close]));
  assert.equal(closing['«'], '»');
  assert.equal(closing['“'], '”');
  assert.equal(closing['’'], undefined, 'the apostrophe is not auto-closed');
  const surrounding = config.surroundingPairs.map((p: string[]) => p.join(''));
  for (const pair of ['«»', '“”', '‘’']) assert.ok(surrounding.includes(pair), `surrounds with ${pair}`);
  const word = new RegExp(config.wordPattern.pattern, config.wordPattern.flags);
  assert.deepEqual('Kim Jong-un, l’Université de Séoul'.match(word), ['Kim', 'Jong-un', 'l', 'Université', 'de', 'Séoul']);
});
