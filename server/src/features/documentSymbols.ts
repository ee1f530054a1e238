// Outline: People, Organisations and Places, each entity once with its mentions as children,
// then Quotations grouped by speaker with "Unattributed" last. Names are what a reader wants in
// the Outline view and breadcrumbs: canonical names, and the opening words of each quotation.
// Group names and details follow `corpusLens.language` (labels.ts).
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { EntityMention, EntityType, Language, Span } from '../analysis';
import { LABELS, type Labels } from './labels';
import { toRange, type FileView } from './session';

const GROUPS: [EntityType, SymbolKind][] = [
  ['PER', SymbolKind.Variable],
  ['ORG', SymbolKind.Module],
  ['LOC', SymbolKind.Package],
];

export function provideDocumentSymbols(view: FileView, language: Language): DocumentSymbol[] {
  const t = LABELS[language].outline;
  const symbol = symbolMaker(view, t);
  const out: DocumentSymbol[] = [];
  for (const [type, kind] of GROUPS) {
    const byId = groupBy(view.result.entities.filter((m) => m.type === type), (m) => m.id);
    const children = [...byId].map(([id, mentions]) =>
      symbol(id, kind, mentions, t.mentions(mentions.length), mentions.map((m) => symbol(m.text, kind, [m], context(view, m)))),
    );
    if (children.length) out.push(group(t.groups[type], children));
  }
  const bySpeaker = groupBy(view.result.quotes, (q) => q.speaker ?? t.unattributed);
  const speakers = [...bySpeaker.keys()].filter((s) => s !== t.unattributed);
  if (bySpeaker.has(t.unattributed)) speakers.push(t.unattributed);
  const quoteGroups = speakers.map((speaker) => {
    const quotes = bySpeaker.get(speaker)!;
    return symbol(speaker, SymbolKind.Event, quotes, t.quotes(quotes.length), quotes.map((q) => symbol(clip(q.text, 60), SymbolKind.String, [q], q.kind === 'term' ? t.term : undefined)));
  });
  if (quoteGroups.length) out.push(group(t.quotations, quoteGroups));
  return out;
}

type SymbolMaker = (name: string, kind: SymbolKind, spans: Span[], detail?: string, children?: DocumentSymbol[]) => DocumentSymbol;

/** Symbols over several spans: a symbol's range covers them all, its selection is the first. */
function symbolMaker(view: FileView, t: Labels['outline']): SymbolMaker {
  return (name, kind, spans, detail, children) => {
    const start = Math.min(...spans.map((s) => s.start));
    const end = Math.max(...spans.map((s) => s.end));
    return { name: name.trim() || t.blank, detail, kind, range: toRange(view, { start, end }), selectionRange: toRange(view, spans[0]), children };
  };
}

function group(name: string, children: DocumentSymbol[]): DocumentSymbol {
  const range = { start: children[0].range.start, end: children[0].range.end };
  for (const c of children) {
    if (before(c.range.start, range.start)) range.start = c.range.start;
    if (before(range.end, c.range.end)) range.end = c.range.end;
  }
  return { name, kind: SymbolKind.Namespace, range, selectionRange: children[0].selectionRange, children };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** A few words around a mention, so identical mention names are told apart. */
function context(view: FileView, m: EntityMention): string {
  return clip(view.text.slice(Math.max(0, m.start - 25), m.end + 25).replace(/^\S*\s/, '…'), 60);
}

function clip(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
