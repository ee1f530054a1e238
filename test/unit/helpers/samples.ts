// The built-in sample articles, in name order, as the tests that run over all of them read them.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = join(__dirname, '../../../samples/corpus');

export function sampleArticles(): string[] {
  return readdirSync(CORPUS)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(join(CORPUS, n), 'utf8'));
}
