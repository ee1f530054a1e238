// Entry point of the corpus-lens command-line tool (bundled to dist/cli.js). Everything it does
// lives in run.ts; this file only binds it to the process. The exit code is set rather than
// forced with process.exit so that a large report piped to another program is fully flushed.
import { run } from './run';

process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  // `corpus-lens analyze … | head` closes the pipe early: that is not a failure worth a stack.
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

process.exitCode = run(process.argv.slice(2), {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
});
