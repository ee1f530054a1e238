// Workspace symbols: entities of the whole corpus found by any of their spellings, ignoring
// accents and case ("choigou" finds Choïgou and Choïgu). Each points at its introduction.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import { foldAccents, type CorpusEntity, type EntityType } from '../analysis';
import { introduction } from './definition';
import { toLocation, type Session } from './session';

const KIND: Record<EntityType, SymbolKind> = { PER: SymbolKind.Variable, ORG: SymbolKind.Module, LOC: SymbolKind.Package };
const TYPE_LABEL: Record<EntityType, string> = { PER: 'person', ORG: 'organisation', LOC: 'place' };
const MAX_RESULTS = 200;

export function provideWorkspaceSymbols(session: Session, query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const entity of searchEntities(session, query)) {
    const first = introduction(session, entity.id);
    const view = first && session.view(first.file);
    if (!view) continue;
    out.push({ name: entity.id, kind: KIND[entity.type], containerName: `${TYPE_LABEL[entity.type]} · ${entity.mentions} mentions`, location: toLocation(view, first.mention) });
    if (out.length >= MAX_RESULTS) break;
  }
  return out;
}

/** The index's own search when it has one, else a folded substring match over names and spellings. */
function searchEntities(session: Session, query: string): CorpusEntity[] {
  const index = session.index as unknown as { searchEntities?: (q: string) => CorpusEntity[] };
  if (typeof index.searchEntities === 'function') return index.searchEntities(query);
  const q = foldAccents(query.trim());
  const matches = session.index.entities().filter((e) => !q || [e.id, ...Object.keys(e.variants)].some((name) => foldAccents(name).includes(q)));
  return matches.sort((a, b) => b.mentions - a.mentions);
}
