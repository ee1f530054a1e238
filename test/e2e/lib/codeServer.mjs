// Starts code-server (VS Code in the browser, from `.e2e/`) on a free loopback port with a fresh
// user-data, extensions and config, no password, no telemetry, no update check and no workspace
// trust prompt, and waits until it answers. The user settings it writes switch off what only adds
// noise and CPU in a test window (chat, git, welcome page, experiments, extension updates).
import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY, NODE } from '../setup.mjs';
import { poll, startProcess, stopProcess } from './processes.mjs';

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'github.gitAuthentication': false,
  'chat.disableAIFeatures': true,
  'chat.agent.enabled': false,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'window.restoreWindows': 'none',
  'files.hotExit': 'off',
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'workbench.editor.enablePreview': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  // The four outline groups fit on screen; the reader (and the spec) opens the one they want.
  'outline.collapseItems': 'alwaysCollapse',
};

/**
 * @param {{ home: string, folder: string, env?: Record<string,string>, logFile: string, extensions?: (dir: string) => void }} options
 * `home` is a fresh folder for this instance's user data, extensions and config.
 */
export async function startCodeServer({ home, env = {}, logFile, extensions }) {
  const userData = path.join(home, 'user-data');
  const extensionsDir = path.join(home, 'extensions');
  const config = path.join(home, 'config.yaml');
  mkdirSync(path.join(userData, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  writeFileSync(path.join(userData, 'User', 'settings.json'), JSON.stringify(USER_SETTINGS, null, 2));
  writeFileSync(config, 'auth: none\n');
  extensions?.(extensionsDir);

  let port;
  const handle = startProcess(
    'code-server',
    NODE,
    [
      CODE_SERVER_ENTRY,
      '--config', config,
      '--auth', 'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir', userData,
      '--extensions-dir', extensionsDir,
      // Port 0: the system picks a free port, which code-server prints; no race with other runs.
      '--bind-addr', '127.0.0.1:0',
      '--vscode-option', 'enable-smoke-test-driver',
    ],
    {
      env: { ...process.env, ...env },
      logFile,
      onLine: (line) => {
        const m = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(line);
        if (m) port = Number(m[1]);
      },
    },
  );
  try {
    await poll('code-server to listen', () => port ?? (handle.exitedYet ? Promise.reject(new Error(`code-server exited early, see ${logFile}`)) : undefined), { timeoutMs: 60_000 });
    const base = `http://127.0.0.1:${port}`;
    await poll('code-server to answer HTTP', async () => {
      if (handle.exitedYet) throw new Error(`code-server exited early, see ${logFile}`);
      try {
        const r = await fetch(`${base}/healthz`);
        return r.ok;
      } catch {
        return false;
      }
    }, { timeoutMs: 60_000 });
    return {
      port,
      base,
      handle,
      stop: () => stopProcess(handle),
      /** A workbench URL for `folder`, with optional payload entries ([name, value] pairs). */
      url(folder, payload = []) {
        const query = new URLSearchParams({ folder });
        if (payload.length) query.set('payload', JSON.stringify(payload));
        return `${base}/?${query}`;
      },
      /** A path on this machine as the workbench names it (the remote authority is code-server). */
      remoteUri(p) {
        return `vscode-remote://127.0.0.1:${port}${p}`;
      },
    };
  } catch (err) {
    await stopProcess(handle);
    throw err;
  }
}
