// Validates every hand-annotated gold file in test/fixtures/gold/ against its article in
// samples/corpus/ and against the invariants of /work/shared/GUIDELINES.md, so that a slip in
// an offset, a type or a speaker id is caught before the evaluation trusts the gold.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const goldDir = join(root, 'test', 'fixtures', 'gold');
const corpusDir = join(root, 'samples', 'corpus');

interface GoldEntity { start: number; end: number; text: string; type: string; id: string }
interface GoldQuote {
  start: number; end: number; text: string;
  kind: string; speakerKind: string; speaker: string | null; term: boolean;
}
interface GoldSource { start: number; end: number; text: string; vague: boolean }
interface Gold { file: string; entities: GoldEntity[]; quotes: GoldQuote[]; sources: GoldSource[] }
type Spanned = { start: number; end: number; text: string };

const TYPES = new Set(['PER', 'ORG', 'LOC']);
const KINDS = new Set(['speech', 'term']);
const SPEAKER_KINDS = new Set(['named', 'vague', 'none']);
const MARKS = '«»“”"';
const OPENERS = '«“"';
// « also closes: the GUIDELINES count a « typed where the closing mark belongs (001) as the close.
const CLOSERS = '»”"«';
// Variants the GUIDELINES name explicitly: they must never be used as canonical ids.
const NOT_IDS = [
  'Kim', 'Kim Jong Un', 'Poutine', 'Vladimir V. Poutine', 'Sergei K. Shoigu', 'Sergueï Choïgu', 'Shoygu',
  'Luhansk', 'Etats-Unis', 'République populaire démocratique de Corée', 'CBC News', 'Assad',
];

const files = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
const golds = new Map<string, Gold>();
for (const f of files) golds.set(f, JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as Gold);
const allIds = new Map<string, string>();
for (const g of golds.values()) for (const e of g.entities ?? []) allIds.set(e.id, e.type);

function checkSpans(content: string, items: Spanned[], what: string): void {
  for (const it of items) {
    assert.ok(Number.isInteger(it.start) && Number.isInteger(it.end) && 0 <= it.start && it.start < it.end && it.end <= content.length,
      `${what} ${JSON.stringify(it)}: bad offsets`);
    assert.equal(content.slice(it.start, it.end), it.text, `${what} at ${it.start}: text does not match the article`);
  }
  for (let i = 1; i < items.length; i++) {
    assert.ok(items[i - 1].start <= items[i].start, `${what} not sorted by start at ${items[i].start}`);
  }
}

function assertNoOverlap(items: Spanned[], what: string): void {
  for (let i = 1; i < items.length; i++) {
    assert.ok(items[i - 1].end <= items[i].start,
      `${what} overlap: ${JSON.stringify(items[i - 1].text)} and ${JSON.stringify(items[i].text)} at ${items[i].start}`);
  }
}

test('there is gold to check', () => {
  assert.ok(files.length >= 2, `only ${files.length} gold files in ${goldDir}`);
});

for (const [name, gold] of golds) {
  const content = readFileSync(join(corpusDir, gold.file), 'utf8');

  test(`${name}: names its article and holds the three arrays`, () => {
    assert.equal(gold.file, name.replace(/\.json$/, '.txt'));
    assert.notEqual(content.charCodeAt(0), 0xfeff, 'the articles are read without a BOM');
    for (const k of ['entities', 'quotes', 'sources'] as const) assert.ok(Array.isArray(gold[k]), `${k} missing`);
  });

  test(`${name}: every span's text is the article's text at its offsets, arrays sorted`, () => {
    checkSpans(content, gold.entities, 'entity');
    checkSpans(content, gold.quotes, 'quote');
    checkSpans(content, gold.sources, 'source');
  });

  test(`${name}: entities are typed, trimmed, non-overlapping, with canonical ids`, () => {
    for (const e of gold.entities) {
      assert.ok(TYPES.has(e.type), `entity ${e.text}: type ${e.type}`);
      assert.ok(typeof e.id === 'string' && e.id.length > 0, `entity ${e.text}: empty id`);
      assert.equal(allIds.get(e.id), e.type, `id ${e.id} has more than one type in the gold`);
      assert.ok(!NOT_IDS.includes(e.id), `entity ${e.text}: ${e.id} is a variant, not the canonical id`);
      assert.match(e.text, /^[\p{L}\p{N}].*[\p{L}\p{N}.]$|^[\p{L}\p{N}]$/u, `entity ${JSON.stringify(e.text)}: span not trimmed`);
      assert.doesNotMatch(e.text, /^(?:l[’']|le |la |les |M\. )/u, `entity ${e.text}: article or title inside the span`);
    }
    assertNoOverlap(gold.entities, 'entities');
  });

  test(`${name}: quotes are delimited by marks and their kinds and speakers agree`, () => {
    for (const q of gold.quotes) {
      const where = `quote at ${q.start} ${JSON.stringify(q.text.slice(0, 30))}`;
      assert.ok(OPENERS.includes(q.text[0]), `${where}: does not start with a quotation mark`);
      assert.ok(CLOSERS.includes(q.text[q.text.length - 1]) && q.text.length >= 2, `${where}: does not end with a quotation mark`);
      assert.ok(KINDS.has(q.kind), `${where}: kind ${q.kind}`);
      assert.ok(SPEAKER_KINDS.has(q.speakerKind), `${where}: speakerKind ${q.speakerKind}`);
      assert.equal(typeof q.term, 'boolean', `${where}: term must be a boolean`);
      assert.equal(q.kind === 'term', q.term, `${where}: kind "term" iff term is true`);
      assert.equal(q.speakerKind === 'none', q.term, `${where}: speakerKind "none" iff term is true`);
      if (q.speakerKind === 'named') {
        assert.ok(typeof q.speaker === 'string' && allIds.has(q.speaker), `${where}: speaker ${q.speaker} is no entity id of the gold`);
      } else {
        assert.equal(q.speaker, null, `${where}: ${q.speakerKind} quote with a speaker`);
      }
    }
    assertNoOverlap(gold.quotes, 'quotes');
  });

  test(`${name}: every quotation mark of the article lies inside a quote span`, () => {
    const outside: string[] = [];
    for (let i = 0; i < content.length; i++) {
      if (MARKS.includes(content[i]) && !gold.quotes.some((q) => q.start <= i && i < q.end)) {
        outside.push(`${i}: ${JSON.stringify(content.slice(Math.max(0, i - 20), i + 20))}`);
      }
    }
    assert.deepEqual(outside, []);
  });

  test(`${name}: sources are vague and non-overlapping`, () => {
    for (const s of gold.sources) assert.equal(s.vague, true, `source at ${s.start}: vague must be true`);
    assertNoOverlap(gold.sources, 'sources');
  });
}
