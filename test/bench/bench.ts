// `npm run bench`: speed of the analysis on at least 5 MB of news text, as separate documents
// of realistic size (the sample articles, repeated, each copy made distinct by a trailing line so
// no layer can answer from a cache). `analyze` runs on the main thread, i.e. on one core.
// Prints figures and their ratio to the targets; it asserts nothing, since timings vary by machine.
// To compare two versions on a busy machine, use abBench.ts (interleaved passes in one process).
//   --mb N      amount of text (default 5)
//   --profile   also print the functions where analyze spends most of its time
//   --workers N threads for the parallel section (default: one per core; 0 skips it)
//   --sources   time the TypeScript sources as tsx runs them, instead of the bundled core
//   --core F    time the core bundle F instead (abBench.ts --separate passes another revision's)
//
// By default the analysis core is bundled by esbuild exactly as `esbuild.mjs` bundles it into
// dist/cli.js and dist/server.js, and that bundle is timed: it is the code users run. tsx
// compiles each file on its own (imports become property reads on module objects, and every
// named function is wrapped to keep its name), which costs 10-40% that no user pays.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { buildSync } from 'esbuild';
import { profile } from './profile';

const ROOT = resolve(__dirname, '../..');
const CORPUS_DIR = join(ROOT, 'samples/corpus');
const TARGET_MB_S = 10;
const MB = 1e6;

interface Doc {
  file: string;
  text: string;
  bytes: number;
}

function parseMb(argv: string[]): number {
  const i = argv.indexOf('--mb');
  const v = i >= 0 ? Number(argv[i + 1]) : 5;
  return Number.isFinite(v) && v > 0 ? v : 5;
}

// The sources are loaded only with --sources: a bundle timed by --core must share no module state with them.
type Core = typeof import('../../server/src/analysis/index');

/** The analysis core as esbuild bundles it for dist/ (same options), or the sources. */
function loadCore(fromSources: boolean, given: string | undefined): { core: Core; label: string; file: string | null } {
  if (given) return { core: require(resolve(given)) as Core, label: `the bundle ${given} (--core)`, file: null };
  if (fromSources) return { core: require('../../server/src/analysis/index') as Core, label: 'TypeScript sources under tsx (--sources)', file: null };
  const file = join(mkdtempSync(join(tmpdir(), 'corpus-lens-bench-')), 'analysis.cjs');
  buildSync({
    entryPoints: [join(ROOT, 'server/src/analysis/index.ts')],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return { core: require(file) as Core, label: 'the core bundled by esbuild as in dist/ (--sources: the TypeScript sources)', file };
}

function parseWorkers(argv: string[]): number {
  const i = argv.indexOf('--workers');
  const v = i >= 0 ? Number(argv[i + 1]) : cpus().length;
  return Number.isFinite(v) && v >= 0 ? Math.floor(v) : cpus().length;
}

function buildDocs(targetBytes: number): Doc[] {
  const samples = readdirSync(CORPUS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => ({ name: n, text: readFileSync(join(CORPUS_DIR, n), 'utf8') }));
  if (samples.length === 0) throw new Error(`no sample articles in ${CORPUS_DIR}`);
  const docs: Doc[] = [];
  let total = 0;
  for (let copy = 0; total < targetBytes; copy++) {
    for (const s of samples) {
      const text = `${s.text}\n\nCopie ${copy + 1}.\n`;
      const bytes = Buffer.byteLength(text, 'utf8');
      docs.push({ file: `copy${copy}/${s.name}`, text, bytes });
      total += bytes;
    }
  }
  return docs;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function ms(ns: bigint): number {
  return Number(ns) / 1e6;
}

interface Pass {
  wallMs: number;
  cpuMs: number;
  /** Per-document wall times, sorted. */
  times: number[];
  entities: number;
}

/** One pass of `analyze` over every document, timed. */
function timePass(analyze: (text: string) => { entities: unknown[] }, docs: readonly Doc[]): Pass {
  const times: number[] = [];
  let entities = 0;
  const t0 = process.hrtime.bigint();
  const cpu0 = process.cpuUsage();
  for (const d of docs) {
    const s = process.hrtime.bigint();
    entities += analyze(d.text).entities.length;
    times.push(ms(process.hrtime.bigint() - s));
  }
  const wallMs = ms(process.hrtime.bigint() - t0);
  const cpu = process.cpuUsage(cpu0);
  times.sort((a, b) => a - b);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000, times, entities };
}

async function main(): Promise<void> {
  const targetBytes = parseMb(process.argv.slice(2)) * MB;
  const coreArg = process.argv.indexOf('--core');
  if (coreArg >= 0 && !process.argv[coreArg + 1]) throw new Error('--core needs the path of a bundle');
  const { core, label, file: bundle } = loadCore(process.argv.includes('--sources'), coreArg >= 0 ? process.argv[coreArg + 1] : undefined);
  const { analyze, CorpusIndex, AnalysisPool } = core;
  const docs = buildDocs(targetBytes);
  const bytes = docs.reduce((n, d) => n + d.bytes, 0);
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  const sizes = docs.map((d) => d.bytes).sort((a, b) => a - b);
  const load = loadavg()[0];
  const cores = cpus().length;
  console.log(`Machine: ${cores} cores, load average ${load.toFixed(1)}${load > cores ? '  (busy: other processes share the cores, timings are inflated)' : ''}`);
  console.log(`Code: ${label}`);
  console.log(`Corpus: ${docs.length} documents, ${(bytes / MB).toFixed(2)} MB UTF-8 (${chars} UTF-16 units), document size ${sizes[0]}-${sizes[sizes.length - 1]} bytes`);

  // Two figures. The first pass over the corpus, in a fresh process, includes the JIT's warm-up
  // and the heap's growth (on this machine fresh memory costs about 5 ms per MB the first time it
  // is touched). The steady state is what indexing a large corpus runs in: after two warm-up
  // passes, the median of three timed passes; the target is read against it.
  const cold = timePass(analyze, docs);
  timePass(analyze, docs);
  const passes = [timePass(analyze, docs), timePass(analyze, docs), timePass(analyze, docs)].sort((a, b) => a.wallMs - b.wallMs);
  const steady = passes[1];
  const entities = steady.entities;
  const totalMs = steady.wallMs;
  const cpuMs = steady.cpuMs;
  const times = steady.times;
  const throughput = bytes / MB / (totalMs / 1000);
  const cpuThroughput = bytes / MB / (cpuMs / 1000);
  const coldThroughput = bytes / MB / (cold.wallMs / 1000);
  console.log('\nanalyze (one document at a time, main thread = one core)');
  console.log(`  first pass     ${(cold.wallMs / 1000).toFixed(2)} s, ${coldThroughput.toFixed(2)} MB/s  (fresh process: JIT warm-up and heap growth included)`);
  console.log(`  steady state   median of 3 passes after 2 warm-up passes (${passes.map((p) => (p.wallMs / 1000).toFixed(2)).join(', ')} s)`);
  console.log(`  total          ${(totalMs / 1000).toFixed(2)} s  (${entities} entity mentions found)`);
  console.log(`  per document   median ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, max ${times[times.length - 1].toFixed(3)} ms`);
  console.log(`  throughput     ${throughput.toFixed(2)} MB/s   target ≥ ${TARGET_MB_S} MB/s: ${(throughput / TARGET_MB_S).toFixed(2)}× target`);
  // CPU time is less disturbed than wall time when other processes share the machine (it
  // still includes the garbage collector's helper threads, so it can exceed wall time).
  console.log(`  per CPU second ${cpuThroughput.toFixed(2)} MB/s  (${(cpuMs / 1000).toFixed(2)} s of CPU time)`);

  const i0 = process.hrtime.bigint();
  const index = new CorpusIndex();
  const updateTimes: number[] = [];
  const updateCpu: number[] = [];
  for (const d of docs) {
    const s = process.hrtime.bigint();
    const c = process.cpuUsage();
    index.update(d.file, d.text);
    const dc = process.cpuUsage(c);
    updateCpu.push((dc.user + dc.system) / 1000);
    updateTimes.push(ms(process.hrtime.bigint() - s));
  }
  const i1 = process.hrtime.bigint();
  // Corpus-level ids may be computed lazily: asking for every result and entity forces them.
  let linked = 0;
  for (const d of docs) linked += index.result(d.file)?.entities.length ?? 0;
  const distinct = index.entities().length;
  const i2 = process.hrtime.bigint();
  const indexMs = ms(i2 - i0);
  const indexThroughput = bytes / MB / (indexMs / 1000);
  console.log('\nCorpusIndex (every document, then every result with corpus ids)');
  console.log(`  update all     ${(ms(i1 - i0) / 1000).toFixed(2)} s`);
  // An update should cost about the same whether the corpus holds 10 or 700 documents; a
  // growing cost means relinking work proportional to the corpus on every update.
  const tenth = Math.max(1, Math.floor(updateTimes.length / 10));
  const median = (xs: number[]) => percentile([...xs].sort((a, b) => a - b), 50);
  console.log(
    `  per update     median ${median(updateTimes).toFixed(3)} ms; first ${tenth} updates median ${median(updateTimes.slice(0, tenth)).toFixed(3)} ms, ` +
      `last ${tenth} median ${median(updateTimes.slice(-tenth)).toFixed(3)} ms`,
  );
  // CPU time per update, and the part of it that is not analyze (linking, spelling tables): the
  // corpus-dependent share, which must not grow with the number of documents.
  const analyseCpu = (cpuMs / docs.length);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
  console.log(
    `  per update CPU mean first ${tenth} ${mean(updateCpu.slice(0, tenth)).toFixed(3)} ms, last ${tenth} ${mean(updateCpu.slice(-tenth)).toFixed(3)} ms ` +
      `(analyze alone ≈ ${analyseCpu.toFixed(3)} ms CPU per document above)`,
  );
  console.log(`  results+ids    ${(ms(i2 - i1) / 1000).toFixed(2)} s  (${linked} mentions, ${distinct} corpus entities)`);
  console.log(`  throughput     ${indexThroughput.toFixed(2)} MB/s   target ≥ ${TARGET_MB_S} MB/s: ${(indexThroughput / TARGET_MB_S).toFixed(2)}× target`);

  const workers = parseWorkers(process.argv.slice(2));
  if (workers > 1) {
    // Whole-corpus analysis on worker threads (what a CLI or server indexing many files can
    // use): wall time against the single-thread wall time above. The first pass includes the
    // workers' start-up and JIT warm-up; the second reuses the warm pool (the steady state).
    const texts = docs.map((d) => d.text);
    const pool = new AnalysisPool({ workers });
    try {
      console.log(`\nAnalysisPool (${workers} worker threads; one-thread wall time above: ${(totalMs / 1000).toFixed(2)} s)`);
      for (const pass of ['cold (start-up included)', 'warm']) {
        const p0 = process.hrtime.bigint();
        const results = await pool.analyzeAll(texts);
        const pMs = ms(process.hrtime.bigint() - p0);
        const found = results.reduce((n, r) => n + r.entities.length, 0);
        console.log(
          `  ${pass.padEnd(26)} ${(pMs / 1000).toFixed(2)} s, ${(bytes / MB / (pMs / 1000)).toFixed(2)} MB/s wall, ${(totalMs / pMs).toFixed(2)}× one thread` +
            `${found === entities ? '' : '  (DIFFERENT results from one thread)'}`,
        );
      }
      if (load > cores) console.log('  (the cores are busy with other processes: the speed-up cannot show here)');
    } finally {
      await pool.close();
    }
  }

  const usage = process.resourceUsage();
  console.log(`\nPeak RSS ${(usage.maxRSS / 1024).toFixed(0)} MB; heap used now ${(process.memoryUsage().heapUsed / 1048576).toFixed(0)} MB`);

  if (bundle) rmSync(dirname(bundle), { recursive: true, force: true });

  if (process.argv.includes('--profile')) {
    // The sources, so that functions are reported with their file (after every timing above).
    const sources = require('../../server/src/analysis/index') as Core;
    const hot = await profile(() => {
      for (const d of docs) sources.analyze(d.text);
    }, ROOT);
    console.log('\nWhere analyze spends its time, by file (self time, sampled):');
    for (const h of hot.files) console.log(`  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(6)} ms  ${h.where}`);
    console.log('\nBy function:');
    for (const h of hot.functions) console.log(`  ${(h.share * 100).toFixed(1).padStart(5)}%  ${h.ms.toFixed(0).padStart(6)} ms  ${h.name}  ${h.where}`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
