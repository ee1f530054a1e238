// Command-line arguments of corpus-lens: one sub-command (`analyze`), a few options, paths.
// Parsing is pure (argv in, a plain description out) so every bad-usage case is unit-testable
// and main only decides what to print and which exit code to return.
import type { Language } from '../analysis/types';

export type Format = 'text' | 'json';

export type Command =
  | { kind: 'help' }
  | { kind: 'usage-error'; message: string }
  | { kind: 'analyze'; format: Format; language: Language; paths: string[] };

export const USAGE = `Usage: corpus-lens analyze [--format text|json] [--language en|fr] PATH...

Finds named entities (PER, ORG, LOC), quotations and their speakers, vague
sources and unsourced claims in plain-text news articles (French first).
A PATH is a text file or a folder; folders are walked recursively for *.txt
files, in sorted order. Entities are linked across all the files given.

Options:
  --format text|json   readable report (default), or one JSON array with one
                       object per file (offsets are UTF-16 indices, BOM removed)
  --language en|fr     language of diagnostic messages (default: en)
  -h, --help           show this help

Exit status: 0 success, 1 an input could not be read (the others are still
analysed), 2 bad usage.
`;

const FORMATS: readonly string[] = ['text', 'json'];
const LANGUAGES: readonly string[] = ['en', 'fr'];

export function parseArgs(argv: readonly string[]): Command {
  if (argv.length === 0) return { kind: 'usage-error', message: 'missing command' };
  if (argv.includes('-h') || argv.includes('--help') || argv[0] === 'help') return { kind: 'help' };
  const [command, ...rest] = argv;
  if (command !== 'analyze') return { kind: 'usage-error', message: `unknown command "${command}"` };

  let format: Format = 'text';
  let language: Language = 'en';
  const paths: string[] = [];
  let optionsDone = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (optionsDone || !arg.startsWith('-') || arg === '-') {
      paths.push(arg);
      continue;
    }
    if (arg === '--') {
      optionsDone = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    if (name !== '--format' && name !== '--language') return { kind: 'usage-error', message: `unknown option "${arg}"` };
    let value: string | undefined;
    if (eq >= 0) value = arg.slice(eq + 1);
    else value = rest[++i];
    if (value === undefined || value === '') return { kind: 'usage-error', message: `option ${name} needs a value` };
    if (name === '--format') {
      if (!FORMATS.includes(value)) return { kind: 'usage-error', message: `--format must be text or json, not "${value}"` };
      format = value as Format;
    } else {
      if (!LANGUAGES.includes(value)) return { kind: 'usage-error', message: `--language must be en or fr, not "${value}"` };
      language = value as Language;
    }
  }
  if (paths.length === 0) return { kind: 'usage-error', message: 'no PATH given' };
  return { kind: 'analyze', format, language, paths };
}
