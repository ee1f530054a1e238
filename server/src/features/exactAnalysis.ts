// The whole analysis of a large open document, on a worker thread so that hovers and jumps are
// answered while it runs. The worker is the bundle `dist/analysisWorker.js` (esbuild.mjs), kept
// alive between calls; where it cannot start (no bundle beside this one, as when the server runs
// from its sources), the analysis runs on the main thread instead, with one message in the log.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { analyze, AnalysisPool, type AnalysisResult, type Language } from '../analysis';

const WORKER_SCRIPT = join(__dirname, 'analysisWorker.js');

let pool: { language: Language; pool: AnalysisPool } | null | undefined;
/** One analysis at a time: the pool takes one batch at a time. */
let queue: Promise<unknown> = Promise.resolve();

export function exactAnalysis(text: string, language: Language, log: (message: string) => void): Promise<AnalysisResult> {
  const run = async (): Promise<AnalysisResult> => {
    const workers = poolFor(language, log);
    if (!workers) return analyze(text, { language });
    try {
      return (await workers.analyzeAll([text]))[0];
    } catch (err) {
      log(`Analysis worker failed (${(err as Error).message}); analysing on the main thread from now on.`);
      void workers.close();
      pool = null;
      return analyze(text, { language });
    }
  };
  const next = queue.then(run, run);
  queue = next.catch(() => undefined);
  return next;
}

function poolFor(language: Language, log: (message: string) => void): AnalysisPool | undefined {
  if (pool === null) return undefined;
  if (pool && pool.language === language) return pool.pool;
  if (pool) void pool.pool.close();
  if (!existsSync(WORKER_SCRIPT)) {
    log(`No analysis worker at ${WORKER_SCRIPT}: large documents are analysed on the main thread.`);
    pool = null;
    return undefined;
  }
  pool = { language, pool: new AnalysisPool({ workers: 1, script: WORKER_SCRIPT, analyze: { language } }) };
  return pool.pool;
}
