// Workspace symbols: entities of the whole corpus found by any of their spellings, ignoring
// accents, case and transliteration ("choigou" finds Choïgou and Choïgu), as the index searches;
// each result points at where the entity is introduced.
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { EntityType } from '../analysis';
import { introduction } from './definition';
import { LABELS } from './labels';
import { toLocation, type Session } from './session';

const KIND: Record<EntityType, SymbolKind> = { PER: SymbolKind.Variable, ORG: SymbolKind.Module, LOC: SymbolKind.Package };
const MAX_RESULTS = 200;

export function provideWorkspaceSymbols(session: Session, query: string): SymbolInformation[] {
  const t = LABELS[session.settings.language];
  const out: SymbolInformation[] = [];
  for (const entity of session.index.searchEntities(query, MAX_RESULTS)) {
    const first = introduction(session, entity.id);
    const view = first && session.view(first.file);
    if (!view) continue;
    out.push({ name: entity.id, kind: KIND[entity.type], containerName: `${t.type[entity.type]} · ${t.outline.mentions(entity.mentions)}`, location: toLocation(view, first.mention) });
  }
  return out;
}
