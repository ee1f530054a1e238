// The --format json output: one object per file in the shape issue 2 fixes (file, entities,
// quotes, sources, claims, diagnostics). Fields beyond that shape are extras a reader may use
// (confidence, evidence, attribution method, 1-based line/column of each diagnostic); the
// segmentation is left out because it is an internal of the analysis, not a finding.
import type { AnalysisResult } from '../analysis/types';
import { LineIndex } from '../analysis/positions';

export interface FileReport {
  file: string;
  text: string;
  result: AnalysisResult;
}

export function toJson(report: FileReport): Record<string, unknown> {
  const { file, text, result } = report;
  const lines = new LineIndex(text);
  return {
    file,
    entities: result.entities.map((e) => ({
      start: e.start,
      end: e.end,
      text: e.text,
      type: e.type,
      id: e.id,
      confidence: e.confidence,
      evidence: e.evidence,
      ...(e.role ? { role: e.role } : {}),
    })),
    quotes: result.quotes.map((q) => ({
      start: q.start,
      end: q.end,
      text: q.text,
      kind: q.kind,
      speaker: q.speaker,
      confidence: q.confidence,
      source: q.source,
      balanced: q.balanced,
      method: q.attribution?.method ?? null,
      cue: q.attribution?.cue?.text ?? null,
    })),
    sources: result.sources.map((s) => ({
      start: s.start,
      end: s.end,
      text: s.text,
      vague: s.vague,
      ...(s.entity !== undefined ? { entity: s.entity } : {}),
    })),
    claims: result.claims.map((c) => ({
      start: c.start,
      end: c.end,
      speaker: c.speaker,
      source: c.source,
      kind: c.kind,
      text: text.slice(c.start, c.end),
    })),
    diagnostics: result.diagnostics.map((d) => {
      const at = lines.humanPosition(d.start);
      return {
        start: d.start,
        end: d.end,
        severity: d.severity,
        code: d.code,
        message: d.message,
        line: at.line,
        column: at.column,
      };
    }),
  };
}

export function formatJson(reports: readonly FileReport[]): string {
  return JSON.stringify(reports.map(toJson), null, 2) + '\n';
}
