// Quick fixes that close the gap a diagnostic reports, one recipe per code. They work from the
// index's own diagnostics under the cursor (not the client's copies), and from the `data` the
// core attaches; when a field is missing they fall back to what the text itself shows.
import { CodeActionKind, type CodeAction, type Range, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { SOURCE_PLACEHOLDER, type Diagnostic as CoreDiagnostic, type EntityMention } from '../analysis';
import { lspConverter } from './diagnostics';
import { LABELS } from './labels';
import { placeholderOffset, toOffset, toRange, type FileView, type Session } from './session';

const PAIRS: Record<string, string> = { '«': '»', '»': '«', '“': '”', '”': '“', '"': '"', '‹': '›', '›': '‹' };
const MAX_CANDIDATES = 3;

export function provideCodeActions(session: Session, view: FileView, range: Range): CodeAction[] {
  const from = toOffset(view, range.start);
  const to = toOffset(view, range.end);
  const toLsp = lspConverter(session, view);
  const actions: CodeAction[] = [];
  for (const d of session.diagnostics(view.file)) {
    if (d.end < from || d.start > to) continue;
    const lsp = toLsp(d);
    const fix = (title: string, edit: WorkspaceEdit, preferred = false): CodeAction => ({
      title, kind: CodeActionKind.QuickFix, diagnostics: lsp ? [lsp] : undefined, isPreferred: preferred || undefined, edit,
    });
    for (const [title, edit, preferred] of recipes(session, view, d)) actions.push(fix(title, edit, preferred));
  }
  return actions;
}

type Recipe = [title: string, edit: WorkspaceEdit, preferred?: boolean];

function recipes(session: Session, view: FileView, d: CoreDiagnostic): Recipe[] {
  const data = d.data ?? {};
  const t = LABELS[session.settings.language].fix;
  const insert = (at: number, text: string): WorkspaceEdit => edits(view, [{ range: toRange(view, { start: at, end: at }), newText: text }]);
  switch (d.code) {
    case 'unattributed-quote': {
      const at = typeof data.insertAt === 'number' ? data.insertAt : d.end;
      const named: Recipe[] = candidates(view, d).map((name, i) => [t.attribute(name), insert(at, attributionClause(view.text, at, name)), i === 0]);
      return [...named, [t.placeholder(SOURCE_PLACEHOLDER), insert(placeholderOffset(view.text, d), ` ${SOURCE_PLACEHOLDER}`)]];
    }
    case 'vague-source':
    case 'unsourced-claim':
      return [[t.placeholder(SOURCE_PLACEHOLDER), insert(placeholderOffset(view.text, d), ` ${SOURCE_PLACEHOLDER}`), true]];
    case 'unbalanced-quote': {
      const mark = typeof data.mark === 'string' ? data.mark : view.text[d.start];
      const missing = typeof data.missing === 'string' ? data.missing : PAIRS[mark] ?? '»';
      const at = typeof data.insertAt === 'number' ? data.insertAt : missingMarkOffset(view, d, missing);
      return [[t.missingMark(missing), insert(at, markWithSpace(view.text, d.start, mark, missing)), true]];
    }
    case 'spelling-variant': {
      const found = typeof data.found === 'string' ? data.found : view.text.slice(d.start, d.end);
      const preferred = typeof data.preferred === 'string' ? data.preferred : undefined;
      if (!preferred || !found) return [];
      const here = respell(view, [{ start: d.start, end: d.end, text: view.text.slice(d.start, d.end) }], found, preferred);
      const mention = view.result.entities.find((m) => m.start <= d.start && d.end <= m.end);
      const everywhere: WorkspaceEdit = { changes: {} };
      for (const file of session.files()) {
        const other = session.view(file);
        if (!other) continue;
        const targets = mention ? other.result.entities.filter((m) => m.id === mention.id) : [];
        const change = respell(other, targets, found, preferred).changes?.[other.uri];
        if (change?.length) everywhere.changes![other.uri] = change;
      }
      const fixes: Recipe[] = [[t.respellHere(preferred), here, true]];
      if (Object.keys(everywhere.changes!).length) fixes.push([t.respellCorpus(preferred), everywhere]);
      return fixes;
    }
    default:
      return [];
  }
}

function edits(view: FileView, list: TextEdit[]): WorkspaceEdit {
  return { changes: { [view.uri]: list } };
}

/** Replaces the word `found` by `preferred` inside each mention, leaving the rest of the mention alone. */
function respell(view: FileView, mentions: Pick<EntityMention, 'start' | 'end' | 'text'>[], found: string, preferred: string): WorkspaceEdit {
  const list: TextEdit[] = [];
  for (const m of mentions) {
    for (let i = m.text.indexOf(found); i >= 0; i = m.text.indexOf(found, i + found.length)) {
      const start = m.start + i;
      list.push({ range: toRange(view, { start, end: start + found.length }), newText: preferred });
    }
  }
  return edits(view, list);
}

/** Names of plausible speakers: the core's candidates, else people named in the quotation's paragraph or the one before, nearest first. */
function candidates(view: FileView, d: CoreDiagnostic): string[] {
  const given = Array.isArray(d.data?.candidates) ? d.data.candidates : [];
  const ids = given.map((c) => (typeof c === 'string' ? c : ((c as { name?: unknown })?.name ?? (c as { id?: unknown })?.id))).filter((c): c is string => typeof c === 'string');
  if (ids.length) return [...new Set(ids)].slice(0, MAX_CANDIDATES);
  const paragraphs = view.result.paragraphs;
  const p = paragraphs.findIndex((s) => s.start <= d.start && d.start < s.end);
  const from = p > 0 ? paragraphs[p - 1].start : 0;
  const to = p >= 0 ? paragraphs[p].end : d.end;
  const near = view.result.entities
    .filter((m) => m.type === 'PER' && m.start >= from && m.end <= to && (m.end <= d.start || m.start >= d.end))
    .sort((a, b) => distance(a, d) - distance(b, d));
  return [...new Set(near.map((m) => m.id))].slice(0, MAX_CANDIDATES);
}

function distance(m: EntityMention, d: CoreDiagnostic): number {
  return m.end <= d.start ? d.start - m.end : m.start - d.end;
}

/** « … », a déclaré X. — punctuated to fit what follows the quotation. */
export function attributionClause(text: string, at: number, name: string): string {
  const next = text[at];
  if (next === undefined || next === '\n' || next === '\r') return `, a déclaré ${name}.`;
  if ('.!?…;:,'.includes(next)) return `, a déclaré ${name}`;
  return `, a déclaré ${name},`;
}

/** Where a lone mark's partner goes: the end of the paragraph for a closing mark, its start for an opening one. */
function missingMarkOffset(view: FileView, d: CoreDiagnostic, missing: string): number {
  const p = view.result.paragraphs.find((s) => s.start <= d.start && d.start < s.end);
  if (!p) return missing === '«' || missing === '“' ? d.start : d.end;
  return missing === '«' || missing === '“' ? p.start : p.end;
}

/** French marks take the same space inside as their partner (« x » or «\u00a0x\u00a0»). */
function markWithSpace(text: string, start: number, mark: string, missing: string): string {
  if (mark === '«') return /[ \u00a0\u202f]/.test(text[start + 1] ?? '') ? `${text[start + 1]}${missing}` : missing;
  if (mark === '»') return /[ \u00a0\u202f]/.test(text[start - 1] ?? '') ? `${missing}${text[start - 1]}` : missing;
  return missing;
}
