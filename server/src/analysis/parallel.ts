// Analyses many documents on several threads. Each document's analysis is independent of the
// others (cross-document linking is CorpusIndex's job, fed with `updateAnalysed`), so a corpus of
// thousands of files is analysed about N times faster on N cores. The workers run this very
// module: they receive texts and send back `analyze` results, which are plain data and cross the
// thread boundary by structured clone. Results come back in input order, identical to `analyze`.
//
// The worker script defaults to this module's own file. In a bundle (dist/cli.js, dist/server.js)
// that file is the whole program, so a bundled caller passes the path of a bundle built from this
// module alone (or its entry point must do nothing when `workerData.corpusLensAnalysis` is set).
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { availableParallelism } from 'node:os';
import { analyze } from './analyze';
import type { AnalysisResult, AnalyzeOptions } from './types';

export interface ParallelOptions {
  /** Threads to use (default: one per core). One thread or one document analyses in place. */
  workers?: number;
  analyze?: AnalyzeOptions;
  /** Script the workers run (default: this module's file). */
  script?: string;
  /** Documents sent to a worker at a time: larger batches cost fewer messages. */
  batch?: number;
}

interface Job {
  id: number;
  text: string;
}

interface Done {
  id: number;
  result?: AnalysisResult;
  error?: string;
}

const WORKER_FLAG = 'corpusLensAnalysis';

/** `analyze(text)` for every text, on `workers` threads; results in input order. */
export async function parallelAnalyze(texts: readonly string[], options: ParallelOptions = {}): Promise<AnalysisResult[]> {
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), texts.length));
  if (workers <= 1) return texts.map((t) => analyze(t, options.analyze));
  const pool = new AnalysisPool({ ...options, workers });
  try {
    return await pool.analyzeAll(texts);
  } finally {
    await pool.close();
  }
}

/**
 * Worker threads kept alive between calls: a server or a watcher that re-analyses batches of
 * files pays the workers' start-up (loading the word lists, compiling the hot paths) once.
 * One call at a time: `analyzeAll` must settle before the next starts.
 */
export class AnalysisPool {
  private readonly workers: Worker[] = [];
  private readonly batch: number;

  constructor(options: ParallelOptions = {}) {
    const n = Math.max(1, options.workers ?? availableParallelism());
    this.batch = Math.max(1, options.batch ?? 4);
    for (let k = 0; k < n; k++) this.workers.push(startWorker(options.script ?? __filename, { [WORKER_FLAG]: true, options: options.analyze ?? {} }));
  }

  /** `analyze(text)` for every text, spread over the pool; results in input order. */
  analyzeAll(texts: readonly string[]): Promise<AnalysisResult[]> {
    const results: AnalysisResult[] = new Array(texts.length);
    if (texts.length === 0) return Promise.resolve(results);
    let next = 0;
    let pending = texts.length;
    return new Promise<AnalysisResult[]>((resolve, reject) => {
      const cleanups: (() => void)[] = [];
      const finish = (err?: Error) => {
        for (const c of cleanups) c();
        if (err) reject(err);
        else resolve(results);
      };
      const feed = (w: Worker) => {
        if (next >= texts.length) return;
        const jobs: Job[] = [];
        for (; next < texts.length && jobs.length < this.batch; next++) jobs.push({ id: next, text: texts[next] });
        w.postMessage(jobs);
      };
      for (const w of this.workers) {
        const onMessage = (done: Done[]) => {
          for (const d of done) {
            if (d.error !== undefined || !d.result) return finish(new Error(`analysis of document ${d.id} failed: ${d.error}`));
            results[d.id] = d.result;
            pending--;
          }
          if (pending === 0) finish();
          else feed(w);
        };
        const onError = (err: Error) => finish(err);
        const onExit = (code: number) => finish(new Error(`analysis worker exited with code ${code}`));
        w.on('message', onMessage);
        w.on('error', onError);
        w.on('exit', onExit);
        cleanups.push(() => {
          w.off('message', onMessage);
          w.off('error', onError);
          w.off('exit', onExit);
        });
        // Two batches in flight per worker: it never waits for the main thread between them.
        feed(w);
        feed(w);
      }
    });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.splice(0).map((w) => w.terminate()));
  }
}

/**
 * A worker on `script`. Run from the sources (tests, bench: a .ts file under tsx), the worker
 * loads the module through tsx's CommonJS hook, since loader hooks do not reach worker threads.
 */
function startWorker(script: string, data: Record<string, unknown>): Worker {
  if (!script.endsWith('.ts')) return new Worker(script, { workerData: data });
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(script)});`, { eval: true, workerData: data, execArgv: [] });
}

function serve(): void {
  const port = parentPort;
  if (!port) return;
  const options = (workerData as { options?: AnalyzeOptions }).options ?? {};
  port.on('message', (jobs: Job[]) => {
    const done: Done[] = jobs.map((j) => {
      try {
        return { id: j.id, result: analyze(j.text, options) };
      } catch (err) {
        return { id: j.id, error: String(err) };
      }
    });
    port.postMessage(done);
  });
}

if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true) serve();
