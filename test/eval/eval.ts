// `npm run eval`: accuracy of the analysis on the hand-annotated sample corpus
// (test/fixtures/gold/), then, for generalisation, on held-out Wikinews articles annotated the
// same way (test/fixtures/heldout/, texts in ../shared/datasets/wikinews-fr) and strict NER F1 on
// HIPE-2022 newseye French; shared data is read from ../shared, never copied into the project.
//   --split dev|dev2|test        HIPE split to score (default test; tune on dev and dev2 only)
//   --errors                     list false positives and negatives (per section)
//   --evidence                   HIPE: precision of each rule that typed a prediction
//   --only sample|heldout|hipe   run one section
//   --dataset newseye|hipe2020|letemps   HIPE data set (default newseye). hipe2020 and letemps are
//                                CC BY-NC-SA: score on them to check that a rule generalises, but
//                                derive nothing from them (no word lists, no weights)
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { analyze } from '../../server/src/analysis/analyze';
import { loadGold } from './gold';
import { evaluateHipe, parseHipe } from './hipe';
import { ratioLine, scoreLine } from './report';
import { evaluateSample, TYPES } from './sample';

const ROOT = resolve(__dirname, '../..');
const GOLD_DIR = join(ROOT, 'test/fixtures/gold');
const CORPUS_DIR = join(ROOT, 'samples/corpus');
const HELDOUT_DIR = join(ROOT, 'test/fixtures/heldout');
const WIKINEWS_DIR = resolve(ROOT, '../shared/datasets/wikinews-fr');
const DATASETS_DIR = resolve(ROOT, '../shared/datasets');
const DATASETS: Record<string, string[]> = { newseye: ['dev', 'dev2', 'test'], hipe2020: ['dev', 'test'], letemps: ['dev', 'test'] };
const ERROR_LIMIT = 60;

export const TARGETS = { entities: 0.9, quotes: 0.97, speakers: 0.9, linking: 0.95, hipe: 0.6 };

function main(argv: string[]): number {
  let split = 'test';
  let showErrors = false;
  let showEvidence = false;
  let only: string | null = null;
  let dataset = 'newseye';
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--errors') showErrors = true;
    else if (a === '--evidence') showEvidence = true;
    else if (a === '--split' || a.startsWith('--split=')) split = a.includes('=') ? a.slice(8) : (argv[++i] ?? '');
    else if (a === '--only' || a.startsWith('--only=')) only = a.includes('=') ? a.slice(7) : (argv[++i] ?? '');
    else if (a === '--dataset' || a.startsWith('--dataset=')) dataset = a.includes('=') ? a.slice(10) : (argv[++i] ?? '');
    else {
      process.stderr.write(`eval: unknown argument ${a}\nusage: npm run eval -- [--split dev|dev2|test] [--errors] [--evidence] [--only sample|heldout|hipe] [--dataset newseye|hipe2020|letemps]\n`);
      return 2;
    }
  }
  const splits = DATASETS[dataset];
  if (!splits) {
    process.stderr.write(`eval: --dataset must be one of ${Object.keys(DATASETS).join(', ')}\n`);
    return 2;
  }
  if (!splits.includes(split)) {
    process.stderr.write(`eval: --split must be one of ${splits.join(', ')} for ${dataset}\n`);
    return 2;
  }
  if (only !== null && !['sample', 'heldout', 'hipe'].includes(only)) {
    process.stderr.write('eval: --only must be sample, heldout or hipe\n');
    return 2;
  }
  if (only === null || only === 'sample') goldSection('Sample corpus', 'test/fixtures/gold', GOLD_DIR, CORPUS_DIR, showErrors);
  if (only === null || only === 'heldout') goldSection('Held-out Wikinews articles, never tuned on', 'test/fixtures/heldout', HELDOUT_DIR, WIKINEWS_DIR, showErrors);
  if (only === null || only === 'hipe') hipeSection(dataset, split, showErrors, showEvidence);
  return 0;
}

function goldSection(title: string, label: string, goldDir: string, corpusDir: string, showErrors: boolean): void {
  const gold = loadGold(goldDir, corpusDir);
  console.log(`${title} (gold: ${label}, ${gold.docs.length} files)`);
  for (const p of gold.problems) console.log(`  gold problem: ${p}`);
  if (gold.docs.length === 0) {
    console.log(`  no gold files (or no articles) for ${label}: figures skipped`);
    console.log();
    return;
  }
  const e = evaluateSample(gold.docs);
  console.log(scoreLine('entities, strict span+type', e.entities, TARGETS.entities));
  for (const t of TYPES) console.log(scoreLine(`  ${t}`, e.entitiesByType[t]));
  console.log(scoreLine('quotation spans, exact', e.quotes, TARGETS.quotes));
  console.log(ratioLine('quote kind (speech/term), matched', e.quoteKind));
  console.log(ratioLine('speaker, named speech, matched', e.speakerMatched, TARGETS.speakers));
  console.log(ratioLine('speaker, named speech, all gold', e.speakerAll));
  console.log(ratioLine('vague-source quotes left unnamed', e.vagueQuotes));
  console.log(scoreLine('vague sources, exact', e.sourcesExact));
  console.log(scoreLine('vague sources, overlap', e.sourcesOverlap));
  if (e.linking.tp + e.linking.fn === 0) console.log('  cross-document linking, pairwise   n/a: no two matched gold mentions share an id');
  else console.log(scoreLine('cross-document linking, pairwise', e.linking, TARGETS.linking));
  console.log(ratioLine('  gold mentions covered (overlap)', e.linkedMentions));
  if (showErrors) {
    console.log(`\n  Errors (${e.errors.length}):`);
    for (const line of e.errors) console.log(`    ${line}`);
  }
  console.log();
}

function hipeSection(dataset: string, split: string, showErrors: boolean, showEvidence: boolean): void {
  const file = join(DATASETS_DIR, `hipe2022-${dataset}-fr`, `HIPE-2022-v2.1-${dataset}-${split}-fr.tsv`);
  console.log(`HIPE-2022 ${dataset} French, ${split} split (strict PER/ORG/LOC)`);
  if (!existsSync(file)) {
    console.log(`  ${file} not found: HIPE evaluation skipped`);
    return;
  }
  const docs = parseHipe(readFileSync(file, 'utf8'));
  const h = evaluateHipe(docs, (text) => analyze(text), dataset === 'newseye' ? 'newseye' : 'titles');
  console.log(`  ${h.docs} documents, ${h.tokens} tokens, ${(h.chars / 1e6).toFixed(2)} M characters, analysed in ${h.seconds.toFixed(2)} s`);
  console.log(scoreLine('entities, strict', h.overall, TARGETS.hipe));
  for (const t of TYPES) console.log(scoreLine(`  ${t}`, h.byType[t]));
  console.log(scoreLine('  spans as predicted (no conversion)', h.raw));
  console.log(scoreLine('  fuzzy (same type, overlap)', h.fuzzy));
  if (h.rejoined > 0) console.log(`  (${h.rejoined} gold mentions cut in two at a line-end hyphen, "Poin¬" + "caré", are scored as one: see rejoinLineEndSplits)`);
  if (h.rejoinedLines > 0) console.log(`  (${h.rejoinedLines} gold mentions cut in two at a line break the OCR lost, "M." + "Gambetta", are scored as one: see rejoinLostLineBreakSplits)`);
  if (h.trimmed > 0) console.log(`  (${h.trimmed} gold mentions with a comma or colon at an edge, "M. Fréhel ,", are scored without it: see trimPunctuationEdges)`);
  if (dataset !== 'newseye') console.log('  (predicted PER spans are widened over titles before scoring, as HIPE puts them inside the mention, "M. Chéron")');
  else console.log('  (HIPE newseye puts titles, roles and appositions inside the PER mention, "M. Monier, juge d\'instruction", and house numbers inside street LOCs, "10, rue Fouarre"; predicted spans are widened over them before scoring: see hipeSpan)');
  if (showEvidence) {
    console.log('\n  predictions by the rule that typed them (type, first evidence): n, exactly right, touching a gold mention, precision');
    const rows = [...h.byEvidence].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : 1));
    for (const [k, r] of rows) {
      console.log(`    ${String(r.n).padStart(5)} ${String(r.tp).padStart(5)} ${String(r.overlap).padStart(5)}  P ${(r.tp / r.n).toFixed(2)}  ${k}${r.examples.length ? `   wrong: ${r.examples.join(' | ')}` : ''}`);
    }
  }
  if (showErrors) {
    for (const t of TYPES) {
      for (const side of ['fp', 'fn'] as const) {
        const common = [...h.surfaces[t][side]].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, 20);
        console.log(`\n  ${t} most frequent ${side === 'fp' ? 'false positives' : 'false negatives'}: ${common.map(([s, n]) => `${s} ×${n}`).join(', ')}`);
      }
      for (const side of ['fp', 'fn'] as const) {
        const list = h.errors[t][side];
        console.log(`\n  ${t} ${side === 'fp' ? 'false positives' : 'false negatives'} (${list.length}${list.length > ERROR_LIMIT ? `, first ${ERROR_LIMIT}` : ''}):`);
        for (const line of list.slice(0, ERROR_LIMIT)) console.log(`    ${line}`);
      }
    }
  }
}

process.exitCode = main(process.argv.slice(2));
