// Property tests draw new random inputs on every developer run, to keep finding new cases; under
// CI (CI=true) they replay one fixed seed so that whether a submission lands does not depend on
// the draw. FC_SEED=<n> replays a seed that fast-check printed with a counterexample.
import fc from 'fast-check';

const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261126 : undefined;
if (seed !== undefined && Number.isFinite(seed)) fc.configureGlobal({ seed });
