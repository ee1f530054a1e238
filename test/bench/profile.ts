// CPU profile of a piece of work through the built-in inspector: where `analyze` spends its
// time, by function (self time), so a slow detector is found without guessing. Used by
// `npm run bench -- --profile`.
import { Session } from 'node:inspector/promises';
import { relative } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
}

export interface Hotspot {
  name: string;
  where: string;
  share: number;
  ms: number;
}

export interface ProfileReport {
  /** Functions by self time, the `top` first. */
  functions: Hotspot[];
  /** Source files by the self time of their functions (a detector's share of the whole). */
  files: Hotspot[];
}

export async function profile(work: () => void, root: string, top = 20): Promise<ProfileReport> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  work();
  const { profile: p } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  const totalHits = p.nodes.reduce((n, node) => n + (node.hitCount ?? 0), 0) || 1;
  const totalMs = (p.endTime - p.startTime) / 1000;
  const byFunction = new Map<string, Hotspot>();
  const byFile = new Map<string, Hotspot>();
  for (const node of p.nodes) {
    const hits = node.hitCount ?? 0;
    if (hits === 0) continue;
    const { functionName, url } = node.callFrame;
    const file = url.startsWith('file://') ? relative(root, new URL(url).pathname) : url || '(native)';
    // tsx compiles each module on load, so line numbers are those of the compiled code: the
    // file and the function name are what can be trusted.
    const where = file;
    const name = functionName || '(anonymous)';
    const key = `${name} ${where}`;
    const h = byFunction.get(key) ?? { name, where, share: 0, ms: 0 };
    h.share += hits / totalHits;
    h.ms += (hits / totalHits) * totalMs;
    byFunction.set(key, h);
    const f = byFile.get(where) ?? { name: where, where, share: 0, ms: 0 };
    f.share += hits / totalHits;
    f.ms += (hits / totalHits) * totalMs;
    byFile.set(where, f);
  }
  const sorted = (m: Map<string, Hotspot>) => [...m.values()].sort((a, b) => b.share - a.share);
  return { functions: sorted(byFunction).slice(0, top), files: sorted(byFile).slice(0, top) };
}
