// Entry point of dist/analysisWorker.js: the analysis core alone, serving `analyze` requests on a
// worker thread (parallel.ts starts serving when it is loaded as a worker).
import './analysis/parallel';
