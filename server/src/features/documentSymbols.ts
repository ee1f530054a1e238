// Outline: People, Organisations and Places, each entity once with its mentions as children,
// then Quotations grouped by speaker with "Unattributed" last. Names are what a reader wants in
// the Outline view and breadcrumbs: canonical names, and the opening words of each quotation.
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { EntityMention, EntityType, Quote, Span } from '../analysis';
import { toRange, type FileView } from './session';

const GROUPS: [EntityType, string, SymbolKind][] = [
  ['PER', 'People', SymbolKind.Variable],
  ['ORG', 'Organisations', SymbolKind.Module],
  ['LOC', 'Places', SymbolKind.Package],
];
export const UNATTRIBUTED = 'Unattributed';

export function provideDocumentSymbols(view: FileView): DocumentSymbol[] {
  const out: DocumentSymbol[] = [];
  for (const [type, label, kind] of GROUPS) {
    const byId = groupBy(view.result.entities.filter((m) => m.type === type), (m) => m.id);
    const children = [...byId].map(([id, mentions]) =>
      symbol(view, id, kind, mentions, `${mentions.length} ${mentions.length === 1 ? 'mention' : 'mentions'}`, mentions.map((m) => symbol(view, m.text, kind, [m], context(view, m)))),
    );
    if (children.length) out.push(group(label, children));
  }
  const bySpeaker = groupBy(view.result.quotes, (q) => q.speaker ?? UNATTRIBUTED);
  const speakers = [...bySpeaker.keys()].filter((s) => s !== UNATTRIBUTED);
  if (bySpeaker.has(UNATTRIBUTED)) speakers.push(UNATTRIBUTED);
  const quoteGroups = speakers.map((speaker) => {
    const quotes = bySpeaker.get(speaker)!;
    return symbol(view, speaker, SymbolKind.Event, quotes, `${quotes.length} ${quotes.length === 1 ? 'quotation' : 'quotations'}`, quotes.map((q) => quoteSymbol(view, q)));
  });
  if (quoteGroups.length) out.push(group('Quotations', quoteGroups));
  return out;
}

function quoteSymbol(view: FileView, q: Quote): DocumentSymbol {
  return symbol(view, clip(q.text, 60), SymbolKind.String, [q], q.kind === 'term' ? 'term' : undefined);
}

/** A symbol over several spans: its range covers them all, its selection is the first. */
function symbol(view: FileView, name: string, kind: SymbolKind, spans: Span[], detail?: string, children?: DocumentSymbol[]): DocumentSymbol {
  const start = Math.min(...spans.map((s) => s.start));
  const end = Math.max(...spans.map((s) => s.end));
  return { name: name.trim() || '(blank)', detail, kind, range: toRange(view, { start, end }), selectionRange: toRange(view, spans[0]), children };
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
