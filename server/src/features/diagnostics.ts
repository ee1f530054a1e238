// Diagnostics: the core's problems as LSP diagnostics, with the severity each code has in the
// settings ("off" drops the code). Open documents get them pushed; the pull reports cover the
// files nobody has opened, so the Problems panel shows the whole corpus without duplicates.
import {
  DiagnosticSeverity,
  DocumentDiagnosticReportKind,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type WorkspaceDiagnosticParams,
  type WorkspaceDiagnosticReport,
  type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver';
import type { Diagnostic as CoreDiagnostic } from '../analysis';
import type { SeveritySetting } from '../shared/settings';
import { toRange, type FileView, type Session } from './session';

export const SOURCE = 'corpus-lens';

const SEVERITY: Record<Exclude<SeveritySetting, 'off'>, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** The file's diagnostics in LSP form; `data` carries the core's fix data and the span. */
export function provideDiagnostics(session: Session, view: FileView): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of session.diagnostics(view.file)) {
    const setting = session.settings.diagnostics[d.code] ?? d.severity;
    if (setting === 'off') continue;
    out.push({
      range: toRange(view, d),
      severity: SEVERITY[setting],
      source: SOURCE,
      code: d.code,
      message: d.message,
      relatedInformation: relatedOf(session, view, d),
      data: { ...d.data, start: d.start, end: d.end },
    });
  }
  return out;
}

function relatedOf(session: Session, view: FileView, d: CoreDiagnostic): Diagnostic['relatedInformation'] {
  const related = [];
  for (const r of d.related ?? []) {
    const other = r.file ? session.view(r.file) : view;
    if (other) related.push({ location: { uri: other.uri, range: toRange(other, r) }, message: r.message });
  }
  return related.length ? related : undefined;
}

/** `textDocument/diagnostic`: empty for open documents, whose diagnostics are pushed. */
export function provideDocumentReport(session: Session, uri: string): DocumentDiagnosticReport {
  const file = session.key(uri);
  const view = session.open.has(file) ? undefined : session.view(file);
  return { kind: DocumentDiagnosticReportKind.Full, resultId: String(session.generation), items: view ? provideDiagnostics(session, view) : [] };
}

/** `workspace/diagnostic`: every unopened corpus file, "unchanged" when the index has not moved. */
export function provideWorkspaceReport(session: Session, params: WorkspaceDiagnosticParams): WorkspaceDiagnosticReport {
  const previous = new Map(params.previousResultIds.map((p) => [session.key(p.uri), p.value]));
  const resultId = String(session.generation);
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (const file of session.files()) {
    if (session.open.has(file)) continue;
    const view = session.view(file);
    if (!view) continue;
    if (previous.get(file) === resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: view.uri, version: null, resultId });
    else items.push({ kind: DocumentDiagnosticReportKind.Full, uri: view.uri, version: null, resultId, items: provideDiagnostics(session, view) });
  }
  return { items };
}
