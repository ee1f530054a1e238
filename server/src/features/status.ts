// The corpus counts for the status bar, and the walk from one attribution gap to the next.
// A gap is a diagnostic saying a quotation or claim lacks a checkable source; codes switched
// off in the settings are not gaps, so the counts match what the Problems panel shows.
import type { Location } from 'vscode-languageserver';
import { GAP_CODES, type CorpusStatus, type GapParams } from '../shared/protocol';
import { toLocation, toOffset, type Session } from './session';

export function corpusStatus(session: Session, indexing: boolean, skipped: number): CorpusStatus {
  let quotations = 0;
  let gaps = 0;
  const files = session.files();
  for (const file of files) {
    quotations += session.index.get(file)?.local.quotes.length ?? 0; // No corpus ids needed to count.
    gaps += gapOffsets(session, file).length;
  }
  return { files: files.length, entities: session.index.entities().length, quotations, gaps, skipped, indexing, pending: session.provisional.size };
}

/** The next (or previous) gap after (or before) the cursor, continuing through the other files in order and wrapping. */
export function findGap(session: Session, params: GapParams): Location | null {
  const files = session.files();
  const here = session.view(params.uri);
  if (!here) return null;
  const offset = toOffset(here, params.position);
  const forward = params.direction === 'next';
  const start = files.indexOf(here.file);
  for (let step = 0; step <= files.length; step++) {
    const i = forward ? start + step : start - step;
    const file = files[((i % files.length) + files.length) % files.length];
    const spans = gapOffsets(session, file);
    const ordered = forward ? spans : [...spans].reverse();
    const found = ordered.find((s) => {
      if (step === 0) return forward ? s.start > offset : s.start < offset;
      if (step === files.length) return forward ? s.start <= offset : s.start >= offset;
      return true;
    });
    const view = found && session.view(file);
    if (view && found) return toLocation(view, found);
  }
  return null;
}

function gapOffsets(session: Session, file: string): { start: number; end: number }[] {
  return session
    .diagnostics(file)
    .filter((d) => GAP_CODES.includes(d.code))
    .sort((a, b) => a.start - b.start);
}
