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

/**
 * The file's diagnostics in LSP form. No `data`: quick fixes work from the index's own
 * diagnostics, so the client needs nothing back, and a 1 MB article's 1,200 diagnostics travel
 * on every keystroke (the fix data was 13% of that message).
 */
export function provideDiagnostics(session: Session, view: FileView): Diagnostic[] {
  const out: Diagnostic[] = [];
  const toLsp = lspConverter(session, view);
  for (const d of session.diagnostics(view.file)) {
    const lsp = toLsp(d);
    if (lsp) out.push(lsp);
  }
  return out;
}

/** Converts the core diagnostics of `view` one by one (undefined when the setting turns the code off). */
export function lspConverter(session: Session, view: FileView): (d: CoreDiagnostic) => Diagnostic | undefined {
  const others = new Map<string, FileView | undefined>();
  const viewOf = (file: string | undefined): FileView | undefined => {
    if (!file) return view;
    if (!others.has(file)) others.set(file, session.view(file));
    return others.get(file);
  };
  return (d) => {
    const setting = session.settings.diagnostics[d.code] ?? d.severity;
    if (setting === 'off') return undefined;
    return {
      range: toRange(view, d),
      severity: SEVERITY[setting],
      source: SOURCE,
      code: d.code,
      message: d.message,
      relatedInformation: relatedOf(viewOf, d),
    };
  };
}

/**
 * The related locations that lead somewhere: one in the same file that encloses the diagnostic
 * (the claim sentence around its vague source or conditional verb) would only repeat where the
 * diagnostic already is, and it was half of a large article's diagnostics message.
 */
function relatedOf(viewOf: (file: string | undefined) => FileView | undefined, d: CoreDiagnostic): Diagnostic['relatedInformation'] {
  const related = [];
  for (const r of d.related ?? []) {
    if (r.file === undefined && r.start <= d.start && r.end >= d.end) continue;
    const other = viewOf(r.file);
    if (other) related.push({ location: { uri: other.uri, range: toRange(other, r) }, message: r.message });
  }
  return related.length ? related : undefined;
}

/** `textDocument/diagnostic`: empty for open documents, whose diagnostics are pushed. */
export function provideDocumentReport(session: Session, uri: string, previousResultId?: string): DocumentDiagnosticReport {
  const file = session.key(uri);
  const view = session.open.has(file) ? undefined : session.view(file);
  const items = view ? provideDiagnostics(session, view) : [];
  const resultId = fingerprint(items);
  if (resultId === previousResultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId, items };
}

/**
 * `workspace/diagnostic`: every unopened corpus file. A file whose diagnostics did not change
 * since the client's last pull (same fingerprint) is answered "unchanged", so an edit elsewhere
 * costs the client nothing for the files it does not affect.
 */
export function provideWorkspaceReport(session: Session, params: WorkspaceDiagnosticParams): WorkspaceDiagnosticReport {
  const previous = new Map(params.previousResultIds.map((p) => [session.key(p.uri), p.value]));
  const items: WorkspaceDocumentDiagnosticReport[] = [];
  for (const file of session.files()) {
    if (session.open.has(file)) continue;
    const view = session.view(file);
    if (!view) continue;
    const diagnostics = provideDiagnostics(session, view);
    const resultId = fingerprint(diagnostics);
    if (previous.get(file) === resultId) items.push({ kind: DocumentDiagnosticReportKind.Unchanged, uri: view.uri, version: null, resultId });
    else items.push({ kind: DocumentDiagnosticReportKind.Full, uri: view.uri, version: null, resultId, items: diagnostics });
  }
  return { items };
}

/** A short hash (FNV-1a) of a report's content; severities and messages are in it, so settings changes show. */
export function fingerprint(diagnostics: Diagnostic[]): string {
  const text = JSON.stringify(diagnostics);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${(h >>> 0).toString(36)}-${text.length.toString(36)}`;
}
