// The corpus-lens command line: argument parsing, the JSON shape and offsets, the text report's
// `file:line:col` lines, exit codes, and odd inputs (binary, wrong encoding, empty, missing,
// huge, BOM, CRLF, folders). Most cases run `run()` in-process; a few spawn the real entry
// point through tsx to check the process exit code and streams.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from '../../server/src/cli/args';
import { decodeText, MAX_FILE_BYTES } from '../../server/src/cli/inputs';
import { run } from '../../server/src/cli/run';
import { formatFileReport } from '../../server/src/cli/textReport';
import type { AnalysisResult, Diagnostic } from '../../server/src/analysis/types';

const ROOT = join(__dirname, '../..');
const CORPUS = join(ROOT, 'samples/corpus');

function cli(...argv: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = run(argv, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'corpus-lens-cli-'));
}

interface JsonFile {
  file: string;
  entities: Array<{ start: number; end: number; text: string; type: string; id: string }>;
  quotes: Array<{ start: number; end: number; text: string; kind: string; speaker: string | null; confidence: number }>;
  sources: Array<{ start: number; end: number; text: string; vague: boolean }>;
  claims: Array<{ start: number; end: number; speaker: string | null; source: number | null }>;
  diagnostics: Array<{ start: number; end: number; severity: string; code: string; message: string }>;
}

/** The issue-2 shape, field by field, and every span against the text it claims to cover. */
function checkShape(files: JsonFile[], contentOf: (file: string) => string): void {
  for (const f of files) {
    const content = contentOf(f.file);
    const where = (kind: string, s: { start: number; end: number }) => `${f.file} ${kind} ${s.start}-${s.end}`;
    const inBounds = (kind: string, s: { start: number; end: number }) =>
      assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start <= s.end && s.end <= content.length, where(kind, s));
    assert.deepEqual(Object.keys(f).slice(0, 6), ['file', 'entities', 'quotes', 'sources', 'claims', 'diagnostics']);
    for (const e of f.entities) {
      assert.equal(e.text, content.slice(e.start, e.end), where('entity', e));
      assert.ok(['PER', 'ORG', 'LOC'].includes(e.type), where('entity type', e));
      assert.equal(typeof e.id, 'string');
      assert.ok(e.id.length > 0, where('entity id', e));
    }
    for (const q of f.quotes) {
      assert.equal(q.text, content.slice(q.start, q.end), where('quote', q));
      assert.ok(['speech', 'term'].includes(q.kind), where('quote kind', q));
      assert.ok(q.speaker === null || typeof q.speaker === 'string', where('quote speaker', q));
      assert.ok(typeof q.confidence === 'number' && q.confidence >= 0 && q.confidence <= 1, where('quote confidence', q));
    }
    for (const s of f.sources) {
      assert.equal(s.text, content.slice(s.start, s.end), where('source', s));
      assert.equal(typeof s.vague, 'boolean');
    }
    for (const c of f.claims) {
      inBounds('claim', c);
      assert.ok(c.speaker === null || typeof c.speaker === 'string', where('claim speaker', c));
      assert.ok(c.source === null || (Number.isInteger(c.source) && c.source >= 0 && c.source < f.sources.length), where('claim source', c));
    }
    for (const d of f.diagnostics) {
      inBounds('diagnostic', d);
      assert.ok(['error', 'warning', 'information', 'hint'].includes(d.severity), where('severity', d));
      assert.ok(d.code.length > 0 && d.message.length > 0, where('diagnostic', d));
    }
  }
}

/** Independent of positions.ts: 1-based line and code-point column by splitting the text. */
function humanAt(content: string, offset: number): string {
  const before = content.slice(0, offset).split(/\r\n|\r|\n/);
  return `${before.length}:${Array.from(before[before.length - 1]).length + 1}`;
}

/** Every diagnostic of the JSON appears in the text report at its own line and column. */
function checkDiagnosticLines(text: string, files: JsonFile[], contentOf: (file: string) => string): void {
  const lines = new Set(text.split('\n'));
  for (const f of files) {
    const content = contentOf(f.file);
    for (const d of f.diagnostics) {
      const line = `${f.file}:${humanAt(content, d.start)}  ${d.severity}  ${d.code}  ${d.message}`;
      assert.ok(lines.has(line), `missing report line: ${line}`);
    }
  }
}

test('argument parsing: formats, languages, option forms, bad usage', () => {
  const cases: Array<[string[], unknown]> = [
    [['analyze', 'a.txt'], { kind: 'analyze', format: 'text', language: 'en', paths: ['a.txt'] }],
    [['analyze', '--format', 'json', 'a', 'b'], { kind: 'analyze', format: 'json', language: 'en', paths: ['a', 'b'] }],
    [['analyze', '--format=json', '--language=fr', 'a'], { kind: 'analyze', format: 'json', language: 'fr', paths: ['a'] }],
    [['analyze', 'a', '--language', 'fr'], { kind: 'analyze', format: 'text', language: 'fr', paths: ['a'] }],
    [['analyze', '--', '--format'], { kind: 'analyze', format: 'text', language: 'en', paths: ['--format'] }],
    [['--help'], { kind: 'help' }],
    [['analyze', '-h'], { kind: 'help' }],
  ];
  for (const [argv, expected] of cases) assert.deepEqual(parseArgs(argv), expected, argv.join(' '));
  for (const argv of [[], ['analyse', 'a'], ['analyze'], ['analyze', '--format', 'xml', 'a'], ['analyze', '--format'], ['analyze', '--colour', 'a'], ['analyze', '--language', 'de', 'a']]) {
    assert.equal(parseArgs(argv).kind, 'usage-error', argv.join(' '));
  }
});

test('json on the sample corpus: sorted files, the issue-2 shape, every span slices its text', () => {
  const { code, out, err } = cli('analyze', '--format', 'json', CORPUS);
  assert.equal(code, 0, err);
  const files = JSON.parse(out) as JsonFile[];
  const names = files.map((f) => f.file);
  assert.equal(files.length, 5);
  assert.deepEqual(names, [...names].sort());
  assert.ok(names.every((n) => n.startsWith(CORPUS)), 'paths are as found under the given folder');
  checkShape(files, (file) => readFileSync(file, 'utf8'));
});

test('the text report lists every diagnostic at its file:line:col, and the sections of each file', () => {
  const json = JSON.parse(cli('analyze', '--format', 'json', CORPUS).out) as JsonFile[];
  const { code, out } = cli('analyze', CORPUS);
  assert.equal(code, 0);
  checkDiagnosticLines(out, json, (file) => readFileSync(file, 'utf8'));
  for (const f of json) assert.ok(out.includes(`== ${f.file}\n`), f.file);
  assert.match(out, /^Entities \(by frequency\)$/m);
  assert.match(out, /^Quotations$/m);
  assert.match(out, /^== Corpus$/m);
});

test('report lines point at the right text with CRLF and astral characters (hand-made diagnostics)', () => {
  const text = 'Titre 🎉\r\n\r\nLe maire de Nantes a parlé.\r\n« Sans fin, dit-il 😀 à Brest\r\n';
  const diag = (needle: string, code: Diagnostic['code']): Diagnostic => {
    const start = text.indexOf(needle);
    return { start, end: start + needle.length, severity: 'warning', code, message: `about ${needle}` };
  };
  const result: AnalysisResult = {
    entities: [],
    quotes: [],
    sources: [],
    claims: [],
    diagnostics: [diag('Nantes', 'vague-source'), diag('«', 'unbalanced-quote'), diag('Brest', 'unattributed-quote')],
    sentences: [],
    paragraphs: [],
  };
  const report = formatFileReport({ file: 'x.txt', text, result });
  assert.ok(report.includes('x.txt:3:13  warning  vague-source  about Nantes\n'), report);
  assert.ok(report.includes('x.txt:4:1  warning  unbalanced-quote  about «\n'), report);
  assert.ok(report.includes('x.txt:4:24  warning  unattributed-quote  about Brest\n'), report);
  // the same positions computed independently
  assert.equal(humanAt(text, text.indexOf('Brest')), '4:24');
});

test('exit codes: 2 and usage for bad usage, 0 and usage for --help', () => {
  const bad = cli('analyze', '--format', 'yaml', CORPUS);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /--format must be text or json/);
  assert.match(bad.err, /Usage: corpus-lens analyze/);
  assert.equal(bad.out, '');
  assert.equal(cli().code, 2);
  const help = cli('--help');
  assert.equal(help.code, 0);
  assert.match(help.out, /Usage: corpus-lens analyze \[--format text\|json\]/);
});

test('an unreadable or missing input gives exit 1 and a message naming it; the other files are still analysed', () => {
  const dir = tempDir();
  try {
    const good = join(dir, 'bon.txt');
    writeFileSync(good, 'Le maire de Lyon a parlé hier.');
    const missing = join(dir, 'absent.txt');
    const dangling = join(dir, 'lien.txt');
    symlinkSync(join(dir, 'nowhere.txt'), dangling);
    const { code, out, err } = cli('analyze', '--format', 'json', missing, good, dangling);
    assert.equal(code, 1);
    assert.match(err, new RegExp(`cannot read ${escape(missing)}: no such file or folder`));
    assert.match(err, new RegExp(`cannot read ${escape(dangling)}`));
    assert.deepEqual((JSON.parse(out) as JsonFile[]).map((f) => f.file), [good]);
    if (process.getuid?.() !== 0) {
      // root reads anything, so permissions can only be tested as an ordinary user
      const locked = join(dir, 'ferme.txt');
      writeFileSync(locked, 'Secret.', { mode: 0o000 });
      const r = cli('analyze', locked, good);
      assert.equal(r.code, 1);
      assert.match(r.err, /ferme\.txt: permission denied/);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('binary, Latin-1, empty and oversized files: clear messages, no crash, the rest analysed', () => {
  const dir = tempDir();
  try {
    const binary = join(dir, 'image.txt');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48]));
    const latin1 = join(dir, 'latin1.txt');
    writeFileSync(latin1, Buffer.from('Le député a déclaré à Orléans qu’il était prêt.'.replace('’', "'"), 'latin1'));
    const empty = join(dir, 'vide.txt');
    writeFileSync(empty, '');
    const huge = join(dir, 'enorme.txt');
    writeFileSync(huge, '');
    truncateSync(huge, MAX_FILE_BYTES + 1); // sparse: no disk space used
    const good = join(dir, 'zz.txt');
    writeFileSync(good, '« Nous verrons », a déclaré Jeanne Morel, maire de Rennes.');

    const { code, out, err } = cli('analyze', '--format', 'json', dir);
    assert.equal(code, 1);
    assert.match(err, new RegExp(`${escape(binary)}: binary file`));
    assert.match(err, new RegExp(`${escape(latin1)}: not UTF-8 text`));
    assert.match(err, new RegExp(`${escape(huge)}: too large`));
    const files = JSON.parse(out) as JsonFile[];
    assert.deepEqual(files.map((f) => f.file), [empty, good]);
    const vide = files[0];
    assert.deepEqual([vide.entities, vide.quotes, vide.sources, vide.claims, vide.diagnostics], [[], [], [], [], []]);
    checkShape(files, (file) => readFileSync(file, 'utf8'));

    const text = cli('analyze', empty);
    assert.equal(text.code, 0);
    assert.match(text.out, /\(empty file\)/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a few invalid UTF-8 bytes are replaced with a warning; mostly invalid or NUL bytes are refused', () => {
  const mostlyGood = Buffer.concat([Buffer.from('Un été à Besançon, où l’on a vu ', 'utf8'), Buffer.from([0xff]), Buffer.from(' des élèves.', 'utf8')]);
  const r = decodeText(mostlyGood);
  assert.ok(r.ok && r.warning?.includes('1 invalid UTF-8'), JSON.stringify(r));
  assert.equal(decodeText(Buffer.from('été à Besançon', 'latin1')).ok, false);
  assert.equal(decodeText(Buffer.from('abc\u0000def')).ok, false);
  assert.deepEqual(decodeText(Buffer.from('\uFEFFabc', 'utf8')), { ok: true, text: '\uFEFFabc' }, 'the BOM is left to the analysis');
});

test('--language switches the diagnostic messages, not the findings', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'fr.txt');
    writeFileSync(file, '« Personne ne sait rien. »\nLe préfet aurait démissionné hier soir.\n');
    const en = JSON.parse(cli('analyze', '--format', 'json', file).out) as JsonFile[];
    const fr = JSON.parse(cli('analyze', '--format', 'json', '--language', 'fr', file).out) as JsonFile[];
    const codes = (files: JsonFile[]) => files[0].diagnostics.map((d) => `${d.start}:${d.end}:${d.code}`);
    assert.ok(en[0].diagnostics.length > 0, 'an unattributed quotation is reported');
    assert.deepEqual(codes(fr), codes(en));
    for (let i = 0; i < en[0].diagnostics.length; i++) assert.notEqual(fr[0].diagnostics[i].message, en[0].diagnostics[i].message);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a UTF-8 BOM file: offsets count from after the BOM', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'bom.txt');
    const body = '« Il faut partir », a déclaré Paul Girard à Marseille.\nLe lendemain, Paul Girard est revenu.';
    writeFileSync(file, '\uFEFF' + body);
    const { code, out } = cli('analyze', '--format', 'json', file);
    assert.equal(code, 0);
    const files = JSON.parse(out) as JsonFile[];
    checkShape(files, () => body);
    assert.equal(files[0].quotes[0]?.start, 0, 'the opening « is the first character after the BOM');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('CRLF files: spans and report positions stay right', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'crlf.txt');
    const content = 'Titre\r\n\r\n« Nous reviendrons », a ajouté Marc Leroy à Toulouse.\r\nIl a parlé « sans fin, disent ses voisins.\r\nFin.\r\n';
    writeFileSync(file, content);
    const json = JSON.parse(cli('analyze', '--format', 'json', file).out) as JsonFile[];
    checkShape(json, () => content);
    checkDiagnosticLines(cli('analyze', file).out, json, () => content);
    assert.equal(json[0].quotes[0]?.text, '« Nous reviendrons »');
    for (const q of json[0].quotes) assert.ok(!q.text.includes('\r'), `a quote does not swallow a line break: ${JSON.stringify(q.text)}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('folders: recursive, sorted, *.txt only, duplicates once, empty folder warned, symlink loops end', () => {
  const dir = tempDir();
  try {
    mkdirSync(join(dir, 'b', 'c'), { recursive: true });
    mkdirSync(join(dir, 'vide'));
    writeFileSync(join(dir, 'b', 'c', 'deux.txt'), 'Nantes.');
    writeFileSync(join(dir, 'b', 'un.txt'), 'Brest.');
    writeFileSync(join(dir, 'A.TXT'), 'Lille.');
    writeFileSync(join(dir, 'notes.md'), 'Pas un article.');
    symlinkSync(dir, join(dir, 'b', 'boucle'));
    const { code, out, err } = cli('analyze', '--format', 'json', dir, join(dir, 'b', 'un.txt'), join(dir, 'vide'));
    assert.equal(code, 0, err);
    assert.deepEqual(
      (JSON.parse(out) as JsonFile[]).map((f) => f.file),
      [join(dir, 'A.TXT'), join(dir, 'b', 'c', 'deux.txt'), join(dir, 'b', 'un.txt')],
    );
    assert.match(err, /warning: no \.txt files in folder .*vide/);
    const nothing = cli('analyze', join(dir, 'vide'));
    assert.equal(nothing.code, 1);
    assert.match(nothing.err, /no input file to analyse/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a large file (1 MB, half of it on one line) is analysed', () => {
  const dir = tempDir();
  try {
    const file = join(dir, 'gros.txt');
    const paragraph =
      'Le conseil municipal de Bordeaux a voté hier le budget de la ville après six heures de débat. ' +
      'Les travaux du pont reprendront en mars, selon la mairie. La rentrée scolaire sera décalée. ' +
      '« Nous ne céderons pas », a déclaré Claire Fontaine, adjointe au maire. ';
    const half = Math.ceil(500_000 / paragraph.length);
    const content = paragraph.repeat(half) + '\n' + (paragraph + '\n').repeat(half);
    writeFileSync(file, content);
    const { code, out, err } = cli('analyze', '--format', 'json', file);
    assert.equal(code, 0, err);
    checkShape(JSON.parse(out) as JsonFile[], () => content);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the real entry point: exit codes and streams of the process', () => {
  const dir = tempDir();
  try {
    const good = join(dir, 'article.txt');
    writeFileSync(good, 'Selon des experts, Jean Valois se rendrait à Genève.');
    const node = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'server/src/cli/main.ts'), ...args], { cwd: ROOT, encoding: 'utf8' });
    // Two processes only (each compiles the sources through tsx): exit 0 is checked in-process.
    const partial = node('analyze', '--format', 'json', join(dir, 'nope.txt'), good);
    assert.equal(partial.status, 1);
    assert.match(partial.stderr, /cannot read .*nope\.txt: no such file or folder/);
    assert.equal((JSON.parse(partial.stdout) as JsonFile[]).length, 1);
    const usage = node('analyze');
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /no PATH given/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
