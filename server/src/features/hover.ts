// Hover: a short Markdown card. On an entity mention, who or what it is across the corpus
// (spellings, counts, how it is introduced, what it says); on a quotation, who said it and why
// the core thinks so. The card is built from the index only, so it costs no re-analysis.
import { MarkupKind, type Hover, type Position } from 'vscode-languageserver';
import type { EntityMention, EntityType, Quote } from '../analysis';
import { mentionAt, quoteAt, toOffset, toRange, type FileView, type Session } from './session';

const TYPE_LABEL: Record<EntityType, string> = { PER: 'person', ORG: 'organisation', LOC: 'place' };
const MAX_QUOTES = 3;

export function provideHover(session: Session, view: FileView, position: Position): Hover | null {
  const offset = toOffset(view, position);
  const mention = mentionAt(view, offset);
  if (mention) return { contents: { kind: MarkupKind.Markdown, value: entityCard(session, view, mention) }, range: toRange(view, mention) };
  const quote = quoteAt(view, offset);
  if (quote) return { contents: { kind: MarkupKind.Markdown, value: quoteCard(session, view, quote) }, range: toRange(view, quote) };
  return null;
}

function entityCard(session: Session, view: FileView, mention: EntityMention): string {
  const entity = session.index.entity(mention.id);
  const mentions = session.index.mentionsOf(mention.id);
  const here = view.result.entities.filter((m) => m.id === mention.id).length;
  const lines = [`**${escape(mention.id)}** · ${TYPE_LABEL[mention.type]}`];
  const variants = Object.keys(entity?.variants ?? {}).filter((v) => v !== mention.id);
  if (variants.length) lines.push(`Written: ${variants.map((v) => `«\u00a0${escape(v)}\u00a0»`).join(', ')}`);
  const files = entity?.files ?? new Set(mentions.map((m) => m.file)).size;
  lines.push(`Mentions: ${here} in this file · ${mentions.length} in the corpus (${files} ${files === 1 ? 'file' : 'files'})`);
  const intro = mentions.find((m) => m.mention.role);
  if (intro) lines.push(`Introduced as «\u00a0${escape(intro.mention.role!)}\u00a0» — ${where(session, intro.file, intro.mention.start)}`);
  const quotes = session.index.quotesBy(mention.id);
  if (quotes.length) {
    lines.push(`Quotations (${quotes.length}):`);
    for (const q of quotes.slice(0, MAX_QUOTES)) lines.push(`- ${escape(clip(q.quote.text, 80))} — ${where(session, q.file, q.quote.start)}`);
  }
  return lines.join('\n\n').replace(/\n\n- /g, '\n- ');
}

function quoteCard(session: Session, view: FileView, quote: Quote): string {
  const lines = [quote.speaker ? `**Quotation** · said by **${escape(quote.speaker)}**` : '**Quotation** · no identified speaker'];
  const a = quote.attribution;
  if (a) {
    const cue = a.cue ? ` «\u00a0${escape(a.cue.text)}\u00a0»` : '';
    const by = a.mention ? ` naming «\u00a0${escape(a.mention.text)}\u00a0»` : '';
    lines.push(`Evidence: ${a.method}${cue}${by} (line ${view.lines.positionAt((a.cue ?? a.mention ?? quote).start).line + 1})`);
  }
  if (quote.speaker) lines.push(`Confidence: ${Math.round(quote.confidence * 100)} %`);
  const source = quote.source !== null ? view.result.sources[quote.source] : undefined;
  if (source) lines.push(`Source: «\u00a0${escape(source.text)}\u00a0»${source.vague ? ' (vague)' : ''}`);
  if (!quote.balanced) lines.push('Unbalanced: a quotation mark has no partner.');
  return lines.join('\n\n');
}

/** "000_article.txt:12" — file name and line of an offset anywhere in the corpus. */
function where(session: Session, file: string, offset: number): string {
  const view = session.view(file);
  const name = decodeURIComponent(file.slice(file.lastIndexOf('/') + 1));
  return view ? `${name}:${view.lines.positionAt(offset).line + 1}` : name;
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Keeps Markdown from reading article text as formatting. */
function escape(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#|]/g, '\\$&');
}
