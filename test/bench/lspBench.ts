// `npm run bench` (second part): latency of the bundled language server as an editor feels it,
// measured over stdio from request to answer, JSON-RPC included. On the sample corpus: hover,
// references and document symbols (target: median under 5 ms each). On a 1 MB article made of
// the samples repeated: time from an edit to the diagnostics it produces (target under 50 ms,
// with the debounce set to 0 so only the server's own work counts). Asserts nothing: timings
// vary by machine. Needs `node esbuild.mjs` first.
import { readdirSync } from 'node:fs';
import type { Position } from 'vscode-languageserver-protocol';
import { LspClient, SAMPLES, longArticle } from '../protocol/lspClient';

const ROUNDS = 200;
const EDITS = 30;
const BIG_BYTES = 1_000_000;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function p95(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(s.length * 0.95))];
}

function line(label: string, times: number[], target?: number): void {
  const m = median(times);
  const verdict = target === undefined ? '(no target)' : `target < ${target} ms ${m < target ? 'ok' : 'MISSED'}`;
  console.log(`${label.padEnd(34)} median ${m.toFixed(2).padStart(7)} ms   p95 ${p95(times).toFixed(2).padStart(7)} ms   ${verdict}`);
}

async function time(run: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await run();
  return performance.now() - t0;
}

async function main(): Promise<void> {
  const names = readdirSync(SAMPLES).filter((n) => n.endsWith('.txt')).sort();
  const big = longArticle(BIG_BYTES);
  // The big article is opened from memory, not written to the workspace, so start-up indexing stays quick.
  const client = await LspClient.start({ settings: { debounce: 0 } });
  try {
    // The most mentioned name of the corpus is the busiest case for references.
    const file = await client.open(names[1]);
    const word = /M\. (\p{Lu}\p{L}+)/u.exec(file.text)?.[1] ?? 'Poutine';
    const positions: Position[] = [];
    for (let i = 0; positions.length < 20; i++) {
      try {
        positions.push(file.positionOf(word, i, 2));
      } catch {
        break;
      }
    }
    if (positions.length === 0) positions.push({ line: 0, character: 0 });
    const hover: number[] = [];
    const refs: number[] = [];
    const symbols: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const position = positions[i % positions.length];
      hover.push(await time(() => file.request('textDocument/hover', { position })));
      refs.push(await time(() => file.request('textDocument/references', { position, context: { includeDeclaration: true } })));
      symbols.push(await time(() => file.request('textDocument/documentSymbol')));
    }
    console.log(`Language server over stdio, sample corpus (${names.length} files), ${ROUNDS} rounds, « ${word} »:`);
    line('hover', hover, 5);
    line('references', refs, 5);
    line('document symbols', symbols, 5);

    client.timeoutMs = 600_000;
    const article = await client.open('big-article.txt', big);
    const edits: number[] = [];
    for (let i = 0; i < EDITS; i++) {
      const at = article.doc.positionAt(Math.floor(((i + 0.5) / EDITS) * article.text.length));
      // From sending the change to the diagnostics' arrival: the client's own copy of the text is its business.
      edits.push(await article.edit([{ range: { start: at, end: at }, newText: i % 2 ? ' ' : 'x' }]));
    }
    // Then the whole text is analysed on a worker and installed: the status says when.
    const settled: number[] = [];
    for (let i = 0; i < 3; i++) {
      const at = article.doc.positionAt(Math.floor(((i + 0.25) / 3) * article.text.length));
      const sent = client.pushed.status.length;
      settled.push(await time(async () => {
        await article.edit([{ range: { start: at, end: at }, newText: 'y' }]);
        await client.until(() => client.pushed.status.slice(sent).some((s) => s.pending === 0), 'the exact analysis');
      }));
    }
    console.log(`Edit of a ${(big.length / 1e6).toFixed(2)} MB article (${article.diagnostics.length} diagnostics), ${EDITS} edits:`);
    line('edit → diagnostics', edits, 50);
    console.log(`  (diagnostics from the paragraphs around the edit; the whole text is analysed once typing pauses for 300 ms)`);
    line('edit → exact analysis', settled);
  } finally {
    await client.stop();
  }
}

main().catch((err) => {
  console.error(err);
  process.exitCode = 1;
});
