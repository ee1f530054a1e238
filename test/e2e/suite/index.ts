// The entry point the editor calls with `extensionTestsPath` (code-server's smoke-test driver or
// @vscode/test-electron): runs the mocha suites inside the extension host, against the real
// extension. Mocha is bundled in (the project's mocha is an ES module the extension host may not
// load); the test files are bundled too and imported lazily, after mocha has defined its globals.
// Besides the usual console report, a JSON summary goes to $CORPUS_LENS_E2E_RESULTS for the runner.
/// <reference types="mocha" />
import Mocha from 'mocha';
import { writeFileSync } from 'node:fs';

export interface TestRecord {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: string;
}

export interface SuiteResults {
  passed: number;
  failed: number;
  pending: number;
  tests: TestRecord[];
}

/** Lines the runner picks out of the editor's console and prints. */
export const PREFIX = '[corpus-lens e2e]';

export async function runSuites(modules: Array<() => Promise<unknown>>): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 120_000, color: false, reporter: ReportingReporter as unknown as Mocha.ReporterConstructor });
  const grep = process.env.CORPUS_LENS_E2E_GREP;
  if (grep) mocha.grep(grep);
  mocha.suite.emit('pre-require', globalThis, 'corpus-lens-e2e', mocha);
  for (const load of modules) await load();
  const failures = await new Promise<number>((resolve) => mocha.run(resolve));
  if (failures > 0) throw new Error(`${failures} end-to-end test(s) failed`);
}

/** Prints one line per test (the editor forwards the extension host's console) and writes the JSON summary. */
class ReportingReporter {
  private readonly results: SuiteResults = { passed: 0, failed: 0, pending: 0, tests: [] };

  constructor(runner: Mocha.Runner) {
    const { EVENT_TEST_PASS, EVENT_TEST_FAIL, EVENT_TEST_PENDING, EVENT_RUN_END } = Mocha.Runner.constants;
    const record = (test: Mocha.Test, state: TestRecord['state'], err?: Error) => {
      this.results[state] += 1;
      const title = test.fullTitle();
      const durationMs = test.duration ?? 0;
      const error = err ? `${err.message}${err.stack ? `\n${err.stack.split('\n').slice(1, 6).join('\n')}` : ''}` : undefined;
      this.results.tests.push({ title, state, durationMs, error });
      const mark = state === 'passed' ? 'ok  ' : state === 'failed' ? 'FAIL' : 'skip';
      console.log(`${PREFIX} ${mark} ${title} (${durationMs} ms)${err ? `\n${PREFIX}      ${err.message.replace(/\n/g, `\n${PREFIX}      `)}` : ''}`);
    };
    runner.on(EVENT_TEST_PASS, (test) => record(test, 'passed'));
    runner.on(EVENT_TEST_FAIL, (test, err) => record(test as Mocha.Test, 'failed', err));
    runner.on(EVENT_TEST_PENDING, (test) => record(test, 'pending'));
    runner.once(EVENT_RUN_END, () => {
      const { passed, failed, pending } = this.results;
      console.log(`${PREFIX} done: ${passed} passed, ${failed} failed, ${pending} pending`);
      const out = process.env.CORPUS_LENS_E2E_RESULTS;
      if (out) writeFileSync(out, JSON.stringify(this.results, null, 2));
    });
  }
}
