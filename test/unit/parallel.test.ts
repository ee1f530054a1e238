// parallelAnalyze gives exactly what analyze gives, in input order, whatever the thread count.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/analysis/analyze';
import { AnalysisPool, parallelAnalyze } from '../../server/src/analysis/parallel';

const TEXTS = [
  '« Nous rouvrirons le port dès lundi », a déclaré Mme Hélène Varga, maire de Brest.',
  'Selon des sources proches du dossier, la société serait en difficulté.',
  '',
  'Le ministre Paul Arnaud est arrivé à Lisbonne.\nIl a rencontré le président du Portugal.',
  '« Texte sans fin',
  'M. Okafor, chercheur à l’Institut Pasteur, estime que « rien n’est joué ».',
];

test('parallel results equal serial ones, in input order', async () => {
  const serial = TEXTS.map((t) => analyze(t, { language: 'fr' }));
  const parallel = await parallelAnalyze(TEXTS, { workers: 2, batch: 1, analyze: { language: 'fr' } });
  assert.deepEqual(parallel, serial);
});

test('one worker or one document analyses in place', async () => {
  assert.deepEqual(await parallelAnalyze(TEXTS.slice(0, 2), { workers: 1 }), TEXTS.slice(0, 2).map((t) => analyze(t)));
  assert.deepEqual(await parallelAnalyze([], { workers: 4 }), []);
});

test('a pool serves several calls with the same workers', async () => {
  const pool = new AnalysisPool({ workers: 2, batch: 2 });
  try {
    assert.deepEqual(await pool.analyzeAll(TEXTS), TEXTS.map((t) => analyze(t)));
    const reversed = [...TEXTS].reverse();
    assert.deepEqual(await pool.analyzeAll(reversed), reversed.map((t) => analyze(t)));
    assert.deepEqual(await pool.analyzeAll([]), []);
  } finally {
    await pool.close();
  }
});
