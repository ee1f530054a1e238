// STUB (to be replaced): the corpus-lens command-line tool.
import { analyze } from '../analysis';
import { readFileSync } from 'node:fs';

for (const file of process.argv.slice(3)) console.log(file, JSON.stringify(analyze(readFileSync(file, 'utf8')).entities.length));
