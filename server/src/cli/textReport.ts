// The readable report (--format text): per file, the entities by frequency with their ids and
// types, the quotations with their speakers, the claims, then the diagnostics in the
// `file:line:col  severity  code  message` form that terminals and editors turn into links.
// A short corpus section closes it: the entities that the index linked across several files.
import type { AnalysisResult, Quote } from '../analysis/types';
import type { CorpusEntity } from '../analysis/corpus';
import { LineIndex } from '../analysis/positions';
import type { FileReport } from './jsonOutput';

const QUOTE_WIDTH = 90;

export function formatFileReport(report: FileReport): string {
  const { file, text, result } = report;
  const lines = new LineIndex(text);
  const out: string[] = [];
  const at = (offset: number) => {
    const p = lines.humanPosition(offset);
    return `${p.line}:${p.column}`;
  };

  out.push(`== ${file}`);
  out.push(
    `   ${text.length} characters, ${result.entities.length} entity mentions, ${result.quotes.length} quotations, ` +
      `${result.sources.filter((s) => s.vague).length} vague sources, ${result.claims.length} claims, ${result.diagnostics.length} diagnostics`,
  );
  if (text.trim() === '') {
    out.push('   (empty file)');
    return out.join('\n') + '\n';
  }

  out.push('', 'Entities (by frequency)');
  const groups = groupEntities(result);
  if (groups.length === 0) out.push('   none');
  const countWidth = groups.length ? String(groups[0].count).length : 1;
  for (const g of groups) {
    const forms = [...g.forms.entries()]
      .sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
      .map(([form, n]) => (n > 1 ? `${form} ×${n}` : form))
      .join(', ');
    const onlyId = g.forms.size === 1 && g.forms.has(g.id);
    out.push(`   ${String(g.count).padStart(countWidth)}  ${g.type}  ${g.id}${onlyId ? '' : `  (${forms})`}`);
  }

  out.push('', 'Quotations');
  if (result.quotes.length === 0) out.push('   none');
  for (const q of result.quotes) {
    out.push(`   ${at(q.start).padEnd(7)} ${q.kind.padEnd(6)} ${clip(q.text)}`);
    out.push(`           ${speakerLine(q, result)}`);
  }

  if (result.claims.length > 0) {
    out.push('', 'Claims');
    for (const c of result.claims) {
      const who = c.speaker ?? (c.source !== null && result.sources[c.source] ? `vague source "${flat(result.sources[c.source].text)}"` : 'no source');
      out.push(`   ${at(c.start).padEnd(7)} ${c.kind.padEnd(11)} ${clip(text.slice(c.start, c.end), 70)}  → ${who}`);
    }
  }

  out.push('', 'Diagnostics');
  if (result.diagnostics.length === 0) out.push('   none');
  for (const d of result.diagnostics) out.push(`${file}:${at(d.start)}  ${d.severity}  ${d.code}  ${d.message}`);
  return out.join('\n') + '\n';
}

/** The closing corpus section: entities whose mentions the index linked across files. */
export function formatCorpusSummary(files: number, entities: readonly CorpusEntity[]): string {
  const shared = entities.filter((e) => e.files > 1).sort((a, b) => b.files - a.files || b.mentions - a.mentions || compare(a.id, b.id));
  const out = ['== Corpus', `   ${files} file${files === 1 ? '' : 's'}, ${entities.length} distinct entities, ${shared.length} found in more than one file`];
  for (const e of shared) {
    const variants = Object.keys(e.variants).sort(compare).join(', ');
    out.push(`   ${e.type}  ${e.id}  ${e.files} files, ${e.mentions} mentions  (${variants})`);
  }
  return out.join('\n') + '\n';
}

interface EntityGroup {
  id: string;
  type: string;
  count: number;
  forms: Map<string, number>;
}

function groupEntities(result: AnalysisResult): EntityGroup[] {
  const byId = new Map<string, EntityGroup>();
  for (const e of result.entities) {
    const key = `${e.type}\u0000${e.id}`;
    let g = byId.get(key);
    if (!g) byId.set(key, (g = { id: e.id, type: e.type, count: 0, forms: new Map() }));
    g.count++;
    g.forms.set(e.text, (g.forms.get(e.text) ?? 0) + 1);
  }
  return [...byId.values()].sort((a, b) => b.count - a.count || compare(a.id, b.id));
}

function speakerLine(q: Quote, result: AnalysisResult): string {
  if (q.kind === 'term') return '(term or title, no speaker)';
  const how = q.attribution ? `, ${q.attribution.method}${q.attribution.cue ? ` "${flat(q.attribution.cue.text)}"` : ''}` : '';
  if (q.speaker) return `→ ${q.speaker} (confidence ${q.confidence.toFixed(2)}${how})`;
  const source = q.source !== null ? result.sources[q.source] : undefined;
  if (source) return `→ vague source "${flat(source.text)}" (no named speaker${q.attribution?.method === 'vague' ? '' : how})`;
  return '→ unattributed';
}

/** One line of at most `width` characters: line breaks flattened, the middle elided. */
function clip(text: string, width = QUOTE_WIDTH): string {
  const s = flat(text);
  const chars = Array.from(s);
  if (chars.length <= width) return s;
  const half = Math.floor((width - 3) / 2);
  return `${chars.slice(0, half).join('')} … ${chars.slice(chars.length - half).join('')}`;
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
