// The language server's pure helpers, table-driven: the settings normaliser, the include and
// exclude globs, the word a rename rewrites in each mention, the attribution clause a quick fix
// inserts, the placeholder that marks a gap, and offsets to positions in a FileView.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../server/src/shared/settings';
import { globToRegExp, makeFilter } from '../../server/src/shared/corpusFilter';
import { renamedWord } from '../../server/src/features/rename';
import { attributionClause } from '../../server/src/features/codeActions';
import { Session, toRange } from '../../server/src/features/session';

test('settings: good values pass, bad ones fall back to the default with a warning naming them', () => {
  const cases: [raw: unknown, path: (s: typeof DEFAULT_SETTINGS) => unknown, expected: unknown, warned: string | null][] = [
    [undefined, (s) => s, DEFAULT_SETTINGS, null],
    ['not an object', (s) => s.include, ['**/*.txt'], null],
    [{ include: ['articles/**/*.txt'] }, (s) => s.include, ['articles/**/*.txt'], null],
    [{ include: 'articles' }, (s) => s.include, ['**/*.txt'], 'include'],
    [{ exclude: ['', 'x'] }, (s) => s.exclude, DEFAULT_SETTINGS.exclude, 'exclude'],
    [{ maxFileSize: 1024 }, (s) => s.maxFileSize, 1024, null],
    [{ maxFileSize: 0 }, (s) => s.maxFileSize, 2 * 1024 * 1024, 'maxFileSize'],
    [{ maxFileSize: 1.5 }, (s) => s.maxFileSize, 2 * 1024 * 1024, 'maxFileSize'],
    [{ language: 'fr' }, (s) => s.language, 'fr', null],
    [{ language: 'FR' }, (s) => s.language, 'en', 'language'],
    [{ diagnostics: { 'vague-source': 'off' } }, (s) => s.diagnostics['vague-source'], 'off', null],
    [{ diagnostics: { 'vague-source': 'off' } }, (s) => s.diagnostics['unattributed-quote'], 'warning', null],
    [{ diagnostics: { 'spelling-variant': 'fatal' } }, (s) => s.diagnostics['spelling-variant'], 'information', 'diagnostics.spelling-variant'],
    [{ diagnostics: 'off' }, (s) => s.diagnostics, DEFAULT_SETTINGS.diagnostics, 'diagnostics'],
    [{ inlayHints: { speakers: false } }, (s) => s.inlayHints.speakers, false, null],
    [{ inlayHints: { speakers: 0 } }, (s) => s.inlayHints.speakers, true, 'inlayHints.speakers'],
    [{ debounce: 0 }, (s) => s.debounce, 0, null],
    [{ debounce: -5 }, (s) => s.debounce, 200, 'debounce'],
  ];
  for (const [raw, path, expected, warned] of cases) {
    const { settings, warnings } = normalizeSettings(raw);
    assert.deepEqual(path(settings), expected, JSON.stringify(raw));
    if (warned) assert.ok(warnings.length === 1 && warnings[0].includes(`corpusLens.${warned} `), `${JSON.stringify(raw)}: ${warnings}`);
    else assert.deepEqual(warnings, [], JSON.stringify(raw));
  }
});

test('globs: ** spans folders (or none), * stays in one, braces and classes work', () => {
  const cases: [glob: string, path: string, matches: boolean][] = [
    ['**/*.txt', 'article.txt', true],
    ['**/*.txt', 'presse/2023/article.txt', true],
    ['**/*.txt', 'article.txt.bak', false],
    ['*.txt', 'presse/article.txt', false],
    ['presse/**', 'presse/a/b.txt', true],
    ['presse/**', 'presse2/b.txt', false],
    ['**/node_modules/**', 'a/node_modules/b/c.txt', true],
    ['**/node_modules/**', 'a/my_node_modules/c.txt', false],
    ['*.{txt,md}', 'notes.md', true],
    ['depeche-[0-9].txt', 'depeche-7.txt', true],
    ['depeche-[!0-9].txt', 'depeche-7.txt', false],
    ['a?c.txt', 'a/c.txt', false],
    ['(draft)+.txt', '(draft)+.txt', true],
  ];
  for (const [glob, path, matches] of cases) assert.equal(globToRegExp(glob).test(path), matches, `${glob} ~ ${path}`);
  const filter = makeFilter(['**/*.txt'], ['**/.git/**', 'brouillons/**']);
  assert.equal(filter.isExcludedFolder('x/.git'), true);
  assert.equal(filter.isExcludedFolder('brouillons'), true);
  assert.equal(filter.isExcludedFolder('presse'), false);
  assert.equal(filter.isCorpusFile('brouillons/a.txt'), false);
});

test('rename: the same word, or a near spelling of it, in each mention; nothing else', () => {
  const cases: [mention: string, old: string, expected: string | null][] = [
    ['Vladimir V. Poutine', 'Poutine', 'Poutine'],
    ['M. Poutine', 'poutine', 'Poutine'],
    ['Sergueï Choïgu', 'Choïgou', 'Choïgu'],
    ['Shoigu', 'Choïgou', 'Shoigu'],
    ['Kim Jong-un', 'Jong-un', 'Jong-un'],
    ['Kim', 'Jong-un', null],
    ['Anne Leroy', 'Martin', null],
  ];
  for (const [text, old, expected] of cases) {
    const word = renamedWord({ start: 100, text }, old);
    assert.equal(word ? text.slice(word.start - 100, word.end - 100) : null, expected, `${old} in ${text}`);
    if (word) assert.equal(word.text, expected);
  }
});

test('attribution clause: punctuated by what follows the quotation', () => {
  const cases: [text: string, expected: string][] = [
    ['« Il faut agir. »\nSuite', ', a déclaré Anne Leroy.'],
    ['« Il faut agir. »', ', a déclaré Anne Leroy.'],
    ['« Il faut agir ». Puis', ', a déclaré Anne Leroy'],
    ['« Il faut agir » et partir', ', a déclaré Anne Leroy,'],
  ];
  for (const [text, expected] of cases) assert.equal(attributionClause(text, text.indexOf('»') + 1, 'Anne Leroy'), expected, text);
});

test('positions: a FileView counts UTF-16 units and CRLF line breaks', () => {
  const session = new Session();
  const text = 'Titre 𝔸\r\n\r\nLe ministre Jean Dupont a parlé.';
  session.update('file:///a.txt', text);
  const view = session.view('file:///a.txt')!;
  const start = text.indexOf('Jean');
  assert.deepEqual(toRange(view, { start, end: start + 4 }), { start: { line: 2, character: 12 }, end: { line: 2, character: 16 } });
  const emoji = text.indexOf('𝔸');
  assert.deepEqual(toRange(view, { start: emoji, end: emoji + 2 }).end, { line: 0, character: 8 });
});
