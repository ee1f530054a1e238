// The plain data the analysis returns. Every offset is a UTF-16 code unit index into the
// document text (after BOM removal), `end` exclusive, so `text === content.slice(start, end)`.
// Results are plain JSON-able objects so that readers' corrections (the coming annotation
// layer) can be laid over them and so that they can cross worker-thread boundaries.

export interface Span {
  start: number;
  end: number;
}

export type EntityType = 'PER' | 'ORG' | 'LOC';

/** One mention of a named entity. */
export interface EntityMention extends Span {
  text: string;
  type: EntityType;
  /**
   * Canonical id. `analyze` gives a document-level id (the fullest form of the name seen in
   * the document, e.g. "Vladimir Poutine" for "Poutine"); a CorpusIndex rewrites it to the
   * corpus-level id that unifies spelling variants across documents.
   */
  id: string;
  /** 0..1: how sure the detector is of span and type. */
  confidence: number;
  /** Short machine-readable reasons, e.g. "title:M.", "gazetteer:countries", "acronym". */
  evidence: string[];
  /** A role or description introducing the entity here ("président russe"), if any. */
  role?: string;
}

export type QuoteKind = 'speech' | 'term';

export type AttributionMethod =
  | 'verb-after' // « … », a déclaré X
  | 'verb-before' // X a ajouté : « … »
  | 'same-sentence' // X a déclaré … « … » in one sentence
  | 'selon' // « … », selon X
  | 'pronoun' // « … », a-t-elle déclaré
  | 'role' // « … », a précisé le président russe
  | 'continuation' // a stand-alone quote paragraph continues the previous speaker
  | 'echo' // a headline or lead quote repeated or paraphrased by an attributed quote
  | 'vague'; // attributed only to an unnamed source

/** Why a quotation was given its speaker: what a hover shows. */
export interface Attribution {
  method: AttributionMethod;
  /** The reporting verb or introducer ("a déclaré", "selon", "estime"), if any. */
  cue?: Span & { text: string };
  /** The text that names the speaker here (a name, pronoun or role description). */
  mention?: Span & { text: string };
}

/** A quotation, marks included in the span. */
export interface Quote extends Span {
  text: string;
  kind: QuoteKind;
  /** Entity id of the speaker (PER, ORG, or LOC when the text makes a country speak), or null. */
  speaker: string | null;
  /** 0..1 confidence of the speaker (0 when speaker is null). */
  confidence: number;
  attribution: Attribution | null;
  /** Index into `sources` when the quotation rests on a vague source, else null. */
  source: number | null;
  /** The text between the marks. */
  inner: Span;
  /** False when a mark has no partner (the quote then runs to the end of its paragraph). */
  balanced: boolean;
}

/** A source phrase: who a claim or quote is attributed to ("selon des experts"). */
export interface Source extends Span {
  text: string;
  vague: boolean;
  /** For a named source, the entity id. */
  entity?: string | null;
}

export type ClaimKind = 'reported' | 'conditional';

/** A claim: indirect speech attributed to someone, or news stated in the conditional. */
export interface Claim extends Span {
  kind: ClaimKind;
  speaker: string | null;
  /** Index into `sources`, or null. */
  source: number | null;
  /** The reporting verb or conditional verb that marks the claim. */
  cue?: Span & { text: string };
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export type DiagnosticCode =
  | 'unattributed-quote'
  | 'vague-source'
  | 'unbalanced-quote'
  | 'spelling-variant'
  | 'unsourced-claim';

export interface RelatedInfo extends Span {
  message: string;
  /** Another document of the corpus; absent means the same document. */
  file?: string;
}

export interface Diagnostic extends Span {
  severity: Severity;
  code: DiagnosticCode;
  message: string;
  related?: RelatedInfo[];
  /** Data a quick fix needs (e.g. the preferred spelling, candidate speakers). */
  data?: Record<string, unknown>;
}

export interface Sentence extends Span {
  /** Index of the paragraph holding the sentence. */
  paragraph: number;
}

export interface AnalysisResult {
  entities: EntityMention[];
  quotes: Quote[];
  sources: Source[];
  claims: Claim[];
  diagnostics: Diagnostic[];
  sentences: Sentence[];
  paragraphs: Span[];
}

export type Language = 'en' | 'fr';

export interface AnalyzeOptions {
  /** Language of diagnostic messages. Default "en". */
  language?: Language;
}
