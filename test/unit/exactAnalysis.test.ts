// The server's whole-text analysis of a large open document (features/exactAnalysis.ts). Run from
// the sources there is no worker bundle beside the module: the analysis must still be done, on the
// main thread, equal to `analyze`, with one message saying so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { exactAnalysis } from '../../server/src/features/exactAnalysis';
import { analyze } from '../../server/src/analysis/analyze';
import { sampleArticles } from './helpers/samples';

const TEXTS = sampleArticles();

test('without a worker bundle the exact analysis runs on the main thread, says so once, and equals analyze', async () => {
  const logs: string[] = [];
  const results = await Promise.all(TEXTS.map((t) => exactAnalysis(t, 'fr', (m) => logs.push(m))));
  results.forEach((r, i) => assert.deepEqual(r, analyze(TEXTS[i], { language: 'fr' })));
  assert.equal(logs.length, 1, logs.join('\n'));
  assert.match(logs[0], /analysisWorker\.js/);
});
