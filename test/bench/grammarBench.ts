// Grammar speed: CPU time to tokenise the sample articles, and hostile lines of 5 000 and
// 20 000 characters with the ratio between them (linear ≈ 4×, quadratic ≈ 16×). Figures only.
import * as vsctm from 'vscode-textmate';
import { corpusLines, hostile, loadGrammar, repeat } from '../grammar/grammarKit';

function cpuMs(grammar: vsctm.IGrammar, lines: string[]): number {
  const start = process.cpuUsage();
  let state = vsctm.INITIAL;
  for (const line of lines) state = grammar.tokenizeLine(line, state).ruleStack;
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const grammar = await loadGrammar();
  const lines = corpusLines();
  const chars = lines.reduce((n, l) => n + l.length + 1, 0);
  cpuMs(grammar, lines);
  const ms = cpuMs(grammar, lines);
  console.log(`Grammar (TextMate, as in VS Code)`);
  console.log(`  sample articles   ${(chars / 1e6 / (ms / 1000)).toFixed(2)} MB/s per CPU second  (${chars} characters in ${ms.toFixed(1)} ms)`);
  for (const [name, unit] of Object.entries(hostile)) {
    const short = repeat(unit, 5_000);
    const long = repeat(unit, 20_000);
    cpuMs(grammar, [short]);
    const tShort = Math.max(cpuMs(grammar, [short]), 0.5);
    const tLong = cpuMs(grammar, [long]);
    console.log(`  ${name.padEnd(40)} 20 000 chars ${tLong.toFixed(1).padStart(7)} ms   4× the text: ${(tLong / tShort).toFixed(1)}× the time`);
  }
}

void main();
