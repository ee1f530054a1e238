// What `corpus-lens` does, as a function of its arguments returning the exit code, with output
// going through a small writer interface so tests can run it in-process. Exit codes: 0 success,
// 1 an input could not be read (every other input is still analysed and printed), 2 bad usage.
import { CorpusIndex } from '../analysis/corpus';
import { parseArgs, USAGE } from './args';
import { collectInputs, readInput } from './inputs';
import { formatJson, type FileReport } from './jsonOutput';
import { formatCorpusSummary, formatFileReport } from './textReport';

export interface Output {
  out(text: string): void;
  err(text: string): void;
}

export const EXIT_OK = 0;
export const EXIT_INPUT = 1;
export const EXIT_USAGE = 2;

export function run(argv: readonly string[], io: Output): number {
  const command = parseArgs(argv);
  if (command.kind === 'help') {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (command.kind === 'usage-error') {
    io.err(`corpus-lens: ${command.message}\n\n${USAGE}`);
    return EXIT_USAGE;
  }

  const inputs = collectInputs(command.paths);
  for (const e of inputs.errors) io.err(`corpus-lens: ${e}\n`);
  for (const w of inputs.warnings) io.err(`corpus-lens: warning: ${w}\n`);
  let failed = inputs.errors.length > 0;

  // Every file goes into one index first, so that ids are linked across the whole corpus
  // before any file is printed.
  const index = new CorpusIndex({ language: command.language });
  const analysed: string[] = [];
  for (const file of inputs.files) {
    const read = readInput(file);
    if (!read.ok) {
      io.err(`corpus-lens: ${read.error}\n`);
      failed = true;
      continue;
    }
    if (read.warning) io.err(`corpus-lens: warning: ${read.warning}\n`);
    try {
      index.update(file, read.text);
      analysed.push(file);
    } catch (err) {
      // The analysis promises never to throw; if it does, name the file and go on with the rest.
      io.err(`corpus-lens: internal error while analysing ${file}: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
      failed = true;
    }
  }
  if (analysed.length === 0 && !failed) {
    io.err('corpus-lens: no input file to analyse\n');
    failed = true;
  }

  const reports: FileReport[] = [];
  for (const file of analysed) {
    const doc = index.get(file);
    const result = index.result(file);
    if (doc && result) reports.push({ file, text: doc.text, result });
  }

  if (command.format === 'json') {
    io.out(formatJson(reports));
  } else {
    for (const r of reports) io.out(formatFileReport(r) + '\n');
    if (reports.length > 0) io.out(formatCorpusSummary(reports.length, index.entities()));
  }
  return failed ? EXIT_INPUT : EXIT_OK;
}
