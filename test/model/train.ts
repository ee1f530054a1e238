// Trains the learned name tagger (server/src/analysis/model/) on HIPE-2022 newseye French dev and
// dev2 (never test) and writes its weights to server/src/analysis/data/ner-weights-newseye.json.
// The data is read from ../shared/datasets/hipe2022-newseye-fr/, never copied into the project.
// Each document's text is rebuilt as the evaluation rebuilds it, tokenised by the analysis
// tokenizer, and the gold spans are mapped onto those tokens; a title before a person's name is
// left out of the span, as Corpus Lens's guidelines want. Averaged perceptron, greedy decoding
// with the tagger's own history, documents in a fixed pseudo-random order per epoch (seeded), so
// two runs write the same file.
//   node --import tsx test/model/train.ts [--splits dev,dev2] [--epochs 30] [--out path]
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TokenView } from '../../server/src/analysis/entityTokens';
import { Features, historyFeatures, tokenFeatures, TokenMemo, type TaggerInput } from '../../server/src/analysis/model/features';
import { allowed, looksAt, N_TAGS, ruleTags, TAGS, type WeightsFile } from '../../server/src/analysis/model/tagger';
import { findRuleEntities } from '../../server/src/analysis/entities';
import { makeContext } from '../../server/src/analysis/context';
import { parseHipe, rebuildText } from '../eval/hipe';
import { iobSpans } from '../eval/metrics';
import titleData from '../eval/hipeTitles.json';

const ROOT = resolve(__dirname, '../..');
const HIPE_DIR = resolve(ROOT, '../shared/datasets/hipe2022-newseye-fr');
const OUT = join(ROOT, 'server/src/analysis/data/ner-weights-newseye.json');
const TITLE_WORDS = new Set([...titleData.titles, ...titleData.abbreviations].map((w) => w.toLowerCase()));
let STACKED = true;
const TAG_INDEX = new Map<string, number>(TAGS.map((t, k) => [t, k]));

export interface Example {
  input: TaggerInput;
  gold: Uint8Array;
}

/** A document as the tagger sees it, with gold BIO tags on the analysis tokens. */
export function exampleOf(tokens: ReturnType<typeof parseHipe>[number]['tokens']): Example {
  const { text, spans } = rebuildText(tokens);
  const ctx = makeContext(text, { language: 'fr' });
  const view = new TokenView(text, ctx.seg.tokens);
  const input: TaggerInput = { toks: view.toks, low: view.low, initial: view.initial };
  if (STACKED) input.rules = ruleTags(view.toks, findRuleEntities(ctx));
  const gold = new Uint8Array(view.n);
  let k = 0;
  for (const g of iobSpans(tokens.map((t) => t.tag))) {
    if (g.type !== 'PER' && g.type !== 'ORG' && g.type !== 'LOC') continue;
    const from = spans[g.start].start;
    const to = spans[g.end - 1].end;
    while (k > 0 && view.toks[k - 1].end > from) k--;
    while (k < view.n && view.toks[k].end <= from) k++;
    let s = k;
    let e = s;
    while (e < view.n && view.toks[e].start < to) e++;
    if (g.type === 'PER') {
      while (e - s > 1 && (TITLE_WORDS.has(view.low[s].replace(/\.$/, '')) || view.low[s] === '.')) s++;
    }
    if (e <= s || gold.subarray(s, e).some((x) => x !== 0)) continue;
    gold[s] = TAG_INDEX.get(`B-${g.type}`)!;
    for (let j = s + 1; j < e; j++) gold[j] = TAG_INDEX.get(`I-${g.type}`)!;
  }
  return { input, gold };
}

/** Mulberry32: a small seeded generator, so the training order is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Averaged perceptron with lazy averaging (each weight remembers when it last changed). */
class Trainer {
  readonly w = new Map<string, Float64Array>();
  private readonly total = new Map<string, Float64Array>();
  private readonly stamp = new Map<string, Float64Array>();
  private step = 0;

  score(feats: readonly string[], scores: Float64Array): void {
    scores.fill(0);
    for (const f of feats) {
      const row = this.w.get(f);
      if (row) for (let k = 0; k < N_TAGS; k++) scores[k] += row[k];
    }
  }

  private bump(f: string, tag: number, by: number): void {
    let row = this.w.get(f);
    if (!row) {
      row = new Float64Array(N_TAGS);
      this.w.set(f, row);
      this.total.set(f, new Float64Array(N_TAGS));
      this.stamp.set(f, new Float64Array(N_TAGS));
    }
    const total = this.total.get(f)!;
    const stamp = this.stamp.get(f)!;
    total[tag] += (this.step - stamp[tag]) * row[tag];
    stamp[tag] = this.step;
    row[tag] += by;
  }

  update(feats: readonly string[], gold: number, guess: number): void {
    this.step++;
    if (gold === guess) return;
    for (const f of feats) {
      this.bump(f, gold, 1);
      this.bump(f, guess, -1);
    }
  }

  averaged(): Map<string, Float64Array> {
    const out = new Map<string, Float64Array>();
    for (const [f, row] of this.w) {
      const total = this.total.get(f)!;
      const stamp = this.stamp.get(f)!;
      const avg = new Float64Array(N_TAGS);
      for (let k = 0; k < N_TAGS; k++) avg[k] = (total[k] + (this.step - stamp[k]) * row[k]) / this.step;
      out.set(f, avg);
    }
    return out;
  }
}

export function train(examples: readonly Example[], epochs: number, seed = 1): Map<string, Float64Array> {
  const trainer = new Trainer();
  const rand = random(seed);
  const order = examples.map((_, k) => k);
  const feats = new Features();
  const scores = new Float64Array(N_TAGS);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) {
      const j = Math.floor(rand() * (k + 1));
      [order[k], order[j]] = [order[j], order[k]];
    }
    let wrong = 0;
    let seen = 0;
    for (const idx of order) {
      const { input, gold } = examples[idx];
      const memo = new TokenMemo(input);
      let prev = 0;
      let prev2 = 0;
      for (let i = 0; i < input.toks.length; i++) {
        if (i > 0 && input.toks[i - 1].sentence !== input.toks[i].sentence) prev = prev2 = 0;
        let guess = 0;
        if (looksAt(input, i, prev)) {
          tokenFeatures(memo, i, feats);
          historyFeatures(memo, i, TAGS[prev], TAGS[prev2], feats);
          const keys = feats.keys();
          trainer.score(keys, scores);
          for (let t = 1; t < N_TAGS; t++) if (allowed(prev, t) && scores[t] > scores[guess]) guess = t;
          // After a wrong history, a gold I-X is not reachable: opening the name (B-X) is right.
          let want = gold[i];
          if (!allowed(prev, want)) want -= 1;
          trainer.update(keys, want, guess);
          seen++;
          if (want !== guess) wrong++;
        }
        prev2 = prev;
        prev = guess;
      }
    }
    process.stderr.write(`epoch ${epoch + 1}: ${seen} decisions, ${(100 * wrong / seen).toFixed(2)}% wrong\n`);
  }
  return trainer.averaged();
}

/** Rounds weights to two decimals and drops the features whose every weight rounds to zero. */
export function prune(weights: Map<string, Float64Array>, threshold: number): Record<string, number[]> {
  const out: Record<string, number[]> = {};
  const keys = [...weights.keys()].sort();
  for (const f of keys) {
    const row = weights.get(f)!;
    let max = 0;
    for (let k = 0; k < N_TAGS; k++) max = Math.max(max, Math.abs(row[k]));
    if (max < threshold) continue;
    out[f] = Array.from(row, (x) => Math.round(x * 100) / 100);
  }
  return out;
}

function main(argv: string[]): void {
  let splits = ['dev', 'dev2'];
  let epochs = 30;
  let out = OUT;
  let threshold = 0.05;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--splits') splits = argv[++i].split(',');
    else if (argv[i] === '--epochs') epochs = Number(argv[++i]);
    else if (argv[i] === '--out') out = resolve(argv[++i]);
    else if (argv[i] === '--prune') threshold = Number(argv[++i]);
    else throw new Error(`train: unknown argument ${argv[i]}`);
  }
  if (splits.includes('test')) throw new Error('train: the test split is for evaluation only');
  const examples: Example[] = [];
  for (const split of splits) {
    const tsv = readFileSync(join(HIPE_DIR, `HIPE-2022-v2.1-newseye-${split}-fr.tsv`), 'utf8');
    for (const doc of parseHipe(tsv)) examples.push(exampleOf(doc.tokens));
  }
  const weights = train(examples, epochs);
  const file: WeightsFile = {
    origin:
      `Trained by test/model/train.ts (npm run train:ner; averaged perceptron, ${epochs} epochs, seed 1, weights below ${threshold} pruned) ` +
      `on HIPE-2022 v2.1 newseye French, splits ${splits.join(' + ')} (never test). Data licence CC BY 4.0; attribution: ` +
      'Hamdi et al., NewsEye NER/EL gold data (https://doi.org/10.5281/zenodo.4573313); Ehrmann et al., HIPE-2022 (CLEF 2022), https://github.com/hipe-eval/HIPE-2022-data.',
    tags: [...TAGS],
    weights: prune(weights, threshold),
  };
  const json = JSON.stringify(file);
  writeFileSync(out, json + '\n');
  process.stderr.write(`${Object.keys(file.weights).length} features of ${weights.size} kept, ${(json.length / 1e6).toFixed(2)} MB → ${out}\n`);
}

if (require.main === module) main(process.argv.slice(2));
