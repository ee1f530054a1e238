// STUB (to be replaced): per-document diagnostics from the analysis results.
import type { AnalysisResult, Diagnostic, Span } from './types';
import type { DocContext } from './context';

export function collectDiagnostics(_ctx: DocContext, _result: AnalysisResult, _unbalanced: Span[]): Diagnostic[] {
  return [];
}
