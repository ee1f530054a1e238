// A/B speed of the analysis core: the working tree against a git revision, on the bench corpus
// (the sample articles repeated to 5 MB, as bench.ts builds it), in ONE process, the two versions
// taking turns every few documents (A, B, B, A…). On a shared machine the wall and CPU figures of
// separate runs vary by ±30%; interleaving exposes both versions to the same disturbances. Prints
// min and median CPU ms per 5 MB pass for each, and the median over rounds of the ratio B/A (an
// A/A run gives 0.98-1.02 per round and about 1.00 ± 0.01 for the median: read smaller gaps as noise).
// One process hides what one version does to the whole process: a change that left V8's heap
// sized badly halved every later analysis, and slowed the other version alike (ratio 1.01, while
// separate runs read 10.4 against 5.5 MB/s). --separate times each version in its own fresh
// process instead, the two alternating, and prints the throughput of every run.
//   node --import tsx test/bench/abBench.ts <rev> [--rounds N] [--separate]   (default HEAD, 12 rounds)
// Only server/src/analysis is taken from the revision; both are bundled by esbuild as dist/ is.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildSync } from 'esbuild';

const ROOT = resolve(__dirname, '../..');
const CORPUS_DIR = join(ROOT, 'samples/corpus');
const MB = 1e6;
/** Documents timed together before switching version (about 40 KB of text). */
const CHUNK = 6;

type Analyze = (text: string) => unknown;

function bundle(root: string, outDir: string, name: string): Analyze {
  return (require(bundleFile(root, outDir, name)) as { analyze: Analyze }).analyze;
}

function bundleFile(root: string, outDir: string, name: string): string {
  const outfile = join(outDir, `${name}.cjs`);
  buildSync({
    entryPoints: [join(root, 'server/src/analysis/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'warning',
  });
  return outfile;
}

function separate(rev: string, tmp: string, rounds: number): void {
  const files: [string, string][] = [
    [rev, bundleFile(tmp, tmp, 'a')],
    ['working tree', bundleFile(ROOT, tmp, 'b')],
  ];
  const runs: number[][] = files.map(() => []);
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? [0, 1] : [1, 0];
    for (const k of order) {
      // bench.ts itself, so the figures are the ones `npm run bench` prints.
      const out = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/bench.ts'), '--workers', '0', '--core', files[k][1]], { encoding: 'utf8', cwd: ROOT });
      const figure = /throughput\s+([\d.]+) MB\/s/.exec(out);
      if (!figure) throw new Error(`bench.ts printed no throughput for ${files[k][0]}:\n${out}`);
      runs[k].push(Number(figure[1]));
    }
  }
  console.log(`${rounds} runs of bench.ts each, alternating; steady-state MB/s of each run`);
  files.forEach(([name], k) => {
    const sorted = [...runs[k]].sort((a, b) => a - b);
    console.log(`  ${name.padEnd(14)} median ${sorted[sorted.length >> 1].toFixed(2)} MB/s   runs ${runs[k].map((v) => v.toFixed(2)).join(' ')}`);
  });
}

/** server/src/analysis of `rev`, extracted under `dir` (a tree with the same layout). */
function checkout(rev: string, dir: string): void {
  const tar = execFileSync('git', ['-C', ROOT, 'archive', rev, 'server/src/analysis'], { maxBuffer: 1 << 28 });
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
}

function corpus(): { docs: string[]; bytes: number } {
  const samples = readdirSync(CORPUS_DIR)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(CORPUS_DIR, n), 'utf8'));
  const docs: string[] = [];
  let bytes = 0;
  for (let copy = 0; bytes < 5 * MB; copy++) {
    for (const s of samples) {
      const text = `${s}\n\nCopie ${copy + 1}.\n`;
      docs.push(text);
      bytes += Buffer.byteLength(text, 'utf8');
    }
  }
  return { docs, bytes };
}

function main(): void {
  const args = process.argv.slice(2);
  const r = args.indexOf('--rounds');
  const rounds = r >= 0 ? Math.max(2, Number(args[r + 1]) || 12) : 12;
  const rev = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--rounds') ?? 'HEAD';
  const tmp = mkdtempSync(join(tmpdir(), 'corpus-lens-ab-'));
  try {
    checkout(rev, tmp);
    if (args.includes('--separate')) {
      separate(rev, tmp, rounds);
      return;
    }
    const versions: [string, Analyze][] = [
      [rev, bundle(tmp, tmp, 'a')],
      ['working tree', bundle(ROOT, tmp, 'b')],
    ];
    const { docs, bytes } = corpus();
    // Warm-up: both versions through the optimising compiler before anything is timed.
    for (const [, analyze] of versions) for (let k = 0; k < 2; k++) for (const d of docs.slice(0, 300)) analyze(d);
    const cpu: number[][] = versions.map(() => []);
    // Per round, the ratio B/A of the time both took on the same chunks of documents, timed chunk
    // by chunk in alternating order: a load that comes and goes hits both alike, so the median
    // ratio resolves differences of a few percent that the per-pass figures drown.
    const ratios: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const pass = versions.map(() => 0);
      for (let c0 = 0; c0 < docs.length; c0 += CHUNK) {
        const chunk = docs.slice(c0, c0 + CHUNK);
        const order = (c0 / CHUNK + round) % 2 === 0 ? [0, 1] : [1, 0];
        for (const k of order) {
          const t0 = process.cpuUsage();
          for (const d of chunk) versions[k][1](d);
          const t = process.cpuUsage(t0);
          pass[k] += (t.user + t.system) / 1000;
        }
      }
      pass.forEach((ms, k) => cpu[k].push(ms));
      ratios.push(pass[1] / pass[0]);
    }
    console.log(`${docs.length} documents, ${(bytes / MB).toFixed(2)} MB per pass, ${rounds} interleaved passes each (CPU time, GC helper threads included)`);
    versions.forEach(([name], k) => {
      const sorted = [...cpu[k]].sort((a, b) => a - b);
      const min = sorted[0];
      const median = sorted[sorted.length >> 1];
      console.log(`  ${name.padEnd(14)} min ${min.toFixed(0)} ms (${(bytes / MB / (min / 1000)).toFixed(2)} MB/s)   median ${median.toFixed(0)} ms (${(bytes / MB / (median / 1000)).toFixed(2)} MB/s)`);
    });
    const r = [...ratios].sort((a, b) => a - b);
    console.log(`  working tree / ${rev}: median ratio ${r[r.length >> 1].toFixed(3)} (per-round ratios ${r[0].toFixed(3)}…${r[r.length - 1].toFixed(3)})`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

main();
