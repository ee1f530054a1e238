// Hover: a short Markdown card. On an entity mention, who or what it is across the corpus
// (spellings, counts, how it is introduced, what it says); on a quotation, who said it and why
// the core thinks so. The card is built from the index only, so it costs no re-analysis.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { AttributionMethod, EntityMention, EntityType, Quote } from '../analysis';
import { mentionAt, quoteAt, toOffset, toPosition, toRange, type FileView, type Session } from './session';

const MAX_QUOTES = 3;

/** Every word a card uses, in the language of the `corpusLens.language` setting. */
const LABELS = {
  en: {
    type: { PER: 'person', ORG: 'organisation', LOC: 'place' } as Record<EntityType, string>,
    written: 'Also written',
    mentions: (here: number, all: number, files: number) => `Mentions: ${here} in this file · ${all} in the corpus (${files} ${files === 1 ? 'file' : 'files'})`,
    introduced: 'Introduced as',
    quotations: 'Quotations',
    quotation: 'Quotation',
    saidBy: 'said by',
    noSpeaker: 'no identified speaker',
    evidence: 'Evidence',
    line: 'line',
    confidence: 'Confidence',
    source: 'Source',
    vague: 'vague',
    unbalanced: 'Unbalanced: a quotation mark has no partner.',
    method: {
      'verb-after': 'reporting verb after it',
      'verb-before': 'reporting verb before it',
      'same-sentence': 'speaker in the same sentence',
      selon: '“selon” phrase',
      pronoun: 'pronoun',
      role: 'role description',
      continuation: 'continues the previous speaker',
      echo: 'repeats an attributed quotation',
      vague: 'unnamed source',
    } as Record<AttributionMethod, string>,
  },
  fr: {
    type: { PER: 'personne', ORG: 'organisation', LOC: 'lieu' } as Record<EntityType, string>,
    written: 'Autres graphies',
    mentions: (here: number, all: number, files: number) => `Mentions : ${here} dans ce fichier · ${all} dans le corpus (${files} fichier${files === 1 ? '' : 's'})`,
    introduced: 'Présenté comme',
    quotations: 'Citations',
    quotation: 'Citation',
    saidBy: 'de',
    noSpeaker: 'locuteur non identifié',
    evidence: 'Indice',
    line: 'ligne',
    confidence: 'Confiance',
    source: 'Source',
    vague: 'vague',
    unbalanced: 'Guillemet sans partenaire.',
    method: {
      'verb-after': 'verbe de parole après la citation',
      'verb-before': 'verbe de parole avant la citation',
      'same-sentence': 'locuteur dans la même phrase',
      selon: 'tournure « selon »',
      pronoun: 'pronom',
      role: 'fonction du locuteur',
      continuation: 'suite du locuteur précédent',
      echo: 'reprise d’une citation attribuée',
      vague: 'source non nommée',
    } as Record<AttributionMethod, string>,
  },
};

export function provideHover(session: Session, view: FileView, position: Position): Hover | null {
  const offset = toOffset(view, position);
  const mention = mentionAt(view, offset);
  if (mention) return { contents: { kind: MarkupKind.Markdown, value: entityCard(session, view, mention) }, range: toRange(view, mention) };
  const quote = quoteAt(view, offset);
  if (quote) return { contents: { kind: MarkupKind.Markdown, value: quoteCard(session, view, quote) }, range: toRange(view, quote) };
  return null;
}

function entityCard(session: Session, view: FileView, mention: EntityMention): string {
  const t = LABELS[session.settings.language];
  const entity = session.index.entity(mention.id);
  const mentions = session.index.mentionsOf(mention.id);
  const here = view.result.entities.filter((m) => m.id === mention.id).length;
  const lines: string[] = [];
  const variants = Object.keys(entity?.variants ?? {}).filter((v) => v !== mention.id);
  if (variants.length) lines.push(`${t.written}: ${variants.map(guillemets).join(', ')}`);
  const files = entity?.files ?? new Set(mentions.map((m) => m.file)).size;
  lines.push(t.mentions(here, mentions.length, files));
  const intro = mentions.find((m) => m.mention.role);
  if (intro) lines.push(`${t.introduced} ${guillemets(intro.mention.role!)} — ${where(session, intro.file, intro.mention.start)}`);
  const quotes = session.index.quotesBy(mention.id);
  const list = quotes.slice(0, MAX_QUOTES).map((q) => `- ${escape(clip(q.quote.text, 80))} — ${where(session, q.file, q.quote.start)}`);
  return card(`**${escape(mention.id)}** · ${t.type[mention.type]}`, lines, quotes.length ? [`${t.quotations} (${quotes.length}):`, ...list] : []);
}

function quoteCard(session: Session, view: FileView, quote: Quote): string {
  const t = LABELS[session.settings.language];
  const title = quote.speaker ? `**${t.quotation}** · ${t.saidBy} **${escape(quote.speaker)}**` : `**${t.quotation}** · ${t.noSpeaker}`;
  const lines: string[] = [];
  const a = quote.attribution;
  if (a) {
    const cue = a.cue ? ` ${guillemets(a.cue.text)}` : '';
    const by = a.mention && a.mention.text !== quote.speaker ? ` → ${guillemets(a.mention.text)}` : '';
    lines.push(`${t.evidence}: ${t.method[a.method] ?? a.method}${cue}${by} (${t.line} ${toPosition(view, (a.cue ?? a.mention ?? quote).start).line + 1})`);
  }
  if (quote.speaker) lines.push(`${t.confidence}: ${Math.round(quote.confidence * 100)} %`);
  const source = quote.source !== null ? view.result.sources[quote.source] : undefined;
  if (source) lines.push(`${t.source}: ${guillemets(source.text)}${source.vague ? ` (${t.vague})` : ''}`);
  if (!quote.balanced) lines.push(t.unbalanced);
  return card(title, lines, []);
}

/** A title paragraph, then compact lines (Markdown hard breaks), then a list. */
function card(title: string, lines: string[], list: string[]): string {
  return [title, lines.join('  \n'), list.join('\n')].filter(Boolean).join('\n\n');
}

function guillemets(text: string): string {
  return `«\u00a0${escape(text)}\u00a0»`;
}

/** "000_article.txt:12" — file name and line of an offset anywhere in the corpus. */
function where(session: Session, file: string, offset: number): string {
  const view = session.view(file);
  const name = decodeURIComponent(file.slice(file.lastIndexOf('/') + 1));
  return view ? `${name}:${toPosition(view, offset).line + 1}` : name;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Keeps Markdown from reading article text as formatting. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
