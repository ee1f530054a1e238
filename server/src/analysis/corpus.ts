// STUB (to be replaced by real cross-document linking): the corpus index. It holds one
// per-document analysis per file and links entity ids across files as a separate step, so a
// change to one file re-analyses that file only. The API below is the contract the language
// server, the CLI and the evaluation use; keep it.
import type { AnalysisResult, AnalyzeOptions, Diagnostic, EntityMention, EntityType, Quote } from './types';
import { analyze } from './analyze';
import { stripBom } from './text';

export interface CorpusDocument {
  /** Opaque key: a URI in the server, a path in the CLI. */
  file: string;
  /** The analysed text (BOM removed): every offset points into it. */
  text: string;
  /** Per-document result, with document-level ids. */
  local: AnalysisResult;
}

/** One entity of the corpus, under its corpus-level id. */
export interface CorpusEntity {
  id: string;
  type: EntityType;
  /** Surface form → number of mentions, across the corpus. */
  variants: Record<string, number>;
  mentions: number;
  files: number;
}

export interface CorpusMention {
  file: string;
  mention: EntityMention;
}

export interface CorpusQuote {
  file: string;
  quote: Quote;
}

export class CorpusIndex {
  private readonly docs = new Map<string, CorpusDocument>();

  constructor(private readonly options: AnalyzeOptions = {}) {}

  /** Analyses (or re-analyses) one file and relinks the corpus. */
  update(file: string, rawText: string): CorpusDocument {
    const text = stripBom(rawText);
    const doc: CorpusDocument = { file, text, local: analyze(text, this.options) };
    this.docs.set(file, doc);
    return doc;
  }

  remove(file: string): void {
    this.docs.delete(file);
  }

  get(file: string): CorpusDocument | undefined {
    return this.docs.get(file);
  }

  files(): string[] {
    return [...this.docs.keys()];
  }

  /** Corpus-level id of a document-level id in one file. */
  corpusId(_file: string, localId: string): string {
    return localId;
  }

  /** The file's analysis with corpus-level ids and corpus diagnostics (spelling variants). */
  result(file: string): AnalysisResult | undefined {
    return this.docs.get(file)?.local;
  }

  entity(id: string): CorpusEntity | undefined {
    return this.entities().find((e) => e.id === id);
  }

  entities(): CorpusEntity[] {
    const byId = new Map<string, CorpusEntity & { fileSet: Set<string> }>();
    for (const doc of this.docs.values()) {
      for (const m of doc.local.entities) {
        let e = byId.get(m.id);
        if (!e) byId.set(m.id, (e = { id: m.id, type: m.type, variants: {}, mentions: 0, files: 0, fileSet: new Set() }));
        e.variants[m.text] = (e.variants[m.text] ?? 0) + 1;
        e.mentions++;
        e.fileSet.add(doc.file);
        e.files = e.fileSet.size;
      }
    }
    return [...byId.values()].map(({ fileSet: _f, ...e }) => e);
  }

  mentionsOf(id: string): CorpusMention[] {
    const out: CorpusMention[] = [];
    for (const doc of this.docs.values()) for (const m of doc.local.entities) if (m.id === id) out.push({ file: doc.file, mention: m });
    return out;
  }

  quotesBy(id: string): CorpusQuote[] {
    const out: CorpusQuote[] = [];
    for (const doc of this.docs.values()) for (const q of doc.local.quotes) if (q.speaker === id) out.push({ file: doc.file, quote: q });
    return out;
  }

  diagnostics(file: string): Diagnostic[] {
    return this.docs.get(file)?.local.diagnostics ?? [];
  }
}
