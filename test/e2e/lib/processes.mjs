// Every process the end-to-end runner starts goes through here, each in its own process group,
// so one call stops all of it (also on failure, Ctrl-C or the overall timeout) and nothing the
// runner started outlives it. Only our own children are ever signalled, by process group id.
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';

const started = new Set();
const cleanups = [];

/** Starts `cmd` in a new process group; its output goes to `logFile` (and to `onLine` per line). */
export function startProcess(name, cmd, args, { env, cwd, logFile, onLine } = {}) {
  const child = spawn(cmd, args, { cwd, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
  let pending = '';
  const take = (chunk) => {
    log?.write(chunk);
    if (!onLine) return;
    pending += chunk.toString();
    const lines = pending.split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines) onLine(line);
  };
  child.stdout.on('data', take);
  child.stderr.on('data', take);
  const exited = new Promise((resolve) => {
    child.on('error', (err) => resolve({ code: null, signal: null, error: err }));
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const handle = { name, child, exited, exitedYet: false };
  exited.then(() => {
    handle.exitedYet = true;
    started.delete(handle);
    log?.end();
  });
  started.add(handle);
  return handle;
}

/** SIGTERM to the process group, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(handle, graceMs = 5000) {
  if (handle.exitedYet) return;
  signalGroup(handle, 'SIGTERM');
  const timer = new Promise((resolve) => setTimeout(resolve, graceMs, 'timeout'));
  if ((await Promise.race([handle.exited, timer])) === 'timeout') {
    signalGroup(handle, 'SIGKILL');
    await Promise.race([handle.exited, new Promise((resolve) => setTimeout(resolve, 2000))]);
  }
  // The group may hold grandchildren (the extension host, the language server) after the leader exits.
  signalGroup(handle, 'SIGKILL');
}

function signalGroup(handle, signal) {
  try {
    process.kill(-handle.child.pid, signal);
  } catch {
    // Already gone.
  }
}

/** Registers an async clean-up step (closing the browser, removing temp folders), run last-in first-out. */
export function onCleanup(step) {
  cleanups.push(step);
}

let cleaning;
/** Stops every process still running and runs the clean-up steps; safe to call more than once. */
export function cleanupAll() {
  cleaning ??= (async () => {
    for (const step of cleanups.reverse()) {
      try {
        await step();
      } catch (err) {
        console.error(`[e2e] clean-up step failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
    await Promise.all([...started].map((h) => stopProcess(h)));
  })();
  return cleaning;
}

/** Ends the runner on Ctrl-C, SIGTERM or when `timeoutMs` passes, after cleaning up. */
export function installExitGuards(timeoutMs) {
  const bail = (why, code) => {
    console.error(`\n[e2e] ${why}: stopping everything the runner started`);
    cleanupAll().finally(() => process.exit(code));
  };
  process.once('SIGINT', () => bail('interrupted', 130));
  process.once('SIGTERM', () => bail('terminated', 143));
  const timer = setTimeout(() => bail(`overall time limit of ${Math.round(timeoutMs / 1000)} s reached`, 1), timeoutMs);
  timer.unref();
  // Last resort if the process dies another way: no group may outlive the runner.
  process.once('exit', () => {
    for (const h of started) signalGroup(h, 'SIGKILL');
  });
}

/** Polls `probe` every `intervalMs` until it returns a value other than undefined/false. */
export async function poll(what, probe, { timeoutMs = 30_000, intervalMs = 200 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${Math.round(timeoutMs / 1000)} s waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
