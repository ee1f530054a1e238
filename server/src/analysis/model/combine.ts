// The learned tagger as one more piece of evidence beside the rules (entities.ts). The tagger runs
// after the rules and sees what they found (it was trained that way, so it learned where they are
// right on old newspapers and where not). The rules stay decisive wherever they have evidence:
// a rule mention is only dropped when its own evidence is weak (confidence below 0.6, a bare
// capitalised word) and the tagger sees no name there; a name the tagger reads with a clear
// margin where the rules found nothing is added, with the evidence "model".
import type { EntityMention } from '../types';
import weightsFile from '../data/ner-weights-newseye.json';
import { NameTagger, ruleTags, type WeightsFile } from './tagger';
import type { TaggerInput } from './features';
import { BREAKERS_LOW, BREAKERS_TEXT } from '../entityTokens';
import * as gz from '../gazetteer';

const DETERMINERS = gz.DETERMINERS;

/** Rule mentions below this confidence need the tagger's agreement. */
export const WEAK_RULE = 0.6;
/** A name only the tagger reads must beat O by this much at its first word. */
export const MODEL_MARGIN = 1;
const MODEL_CONFIDENCE = 0.5;


let shipped: NameTagger | null = null;

/**
 * What the rules take as evidence against a name, whatever the tagger says: a word they never
 * read as a name (Internet, a month, a demonym, "Défense") inside it, or a determiner right
 * before it ("cette Assemblée", "deux Français": a capitalised common noun).
 */
function turnedDown(input: TaggerInput, s: number, e: number): boolean {
  const toks = input.toks;
  if (s > 0 && toks[s - 1].sentence === toks[s].sentence && DETERMINERS.has(input.low[s - 1])) return true;
  for (let i = s; i < e; i++) if (BREAKERS_LOW.has(input.low[i]) || BREAKERS_TEXT.has(toks[i].text)) return true;
  return false;
}

/** The tagger with the shipped weights, loaded on first use. */
export function shippedTagger(): NameTagger {
  if (!shipped) shipped = NameTagger.fromFile(weightsFile as WeightsFile);
  return shipped;
}

/**
 * The rules' mentions (sorted by start) corrected by the tagger. `input` is the document's token
 * view without rule tags; `mentions` are not modified; `vetoed` marks tokens of names the rules
 * turned down on evidence, which the tagger may not add back.
 */
export function combineWithModel(
  text: string,
  input: TaggerInput,
  mentions: readonly EntityMention[],
  vetoed?: Uint8Array,
  tagger = shippedTagger(),
): EntityMention[] {
  const toks = input.toks;
  const rules = ruleTags(toks, mentions);
  // Where the rules are sure, their mention stays whatever the tagger says: the tagger takes
  // their tags there as they are, which spares most of its work on modern news.
  const fixed = new Uint8Array(toks.length);
  for (let i = 0; i < toks.length; i++) if (rules.tags[i] !== 0 && rules.confidence[i] >= WEAK_RULE) fixed[i] = 1;
  const spans = tagger.spans({ toks, low: input.low, initial: input.initial, rules: { ...rules, fixed } });
  if (spans.length === 0 && mentions.every((m) => m.confidence >= WEAK_RULE)) return mentions as EntityMention[];
  const out: EntityMention[] = [];
  // Both lists are sorted by start: one merge pass finds what overlaps what.
  let j = 0;
  for (const m of mentions) {
    if (m.confidence >= WEAK_RULE || m.evidence.includes('coordination')) {
      out.push(m);
      continue;
    }
    while (j < spans.length && toks[spans[j].e - 1].end <= m.start) j++;
    if (j < spans.length && toks[spans[j].s].start < m.end) out.push(m);
  }
  let k = 0;
  for (const s of spans) {
    if (s.margin < MODEL_MARGIN || (vetoed && vetoed.subarray(s.s, s.e).includes(1)) || turnedDown(input, s.s, s.e)) continue;
    const start = toks[s.s].start;
    const end = toks[s.e - 1].end;
    while (k < mentions.length && mentions[k].end <= start) k++;
    if (k < mentions.length && mentions[k].start < end) continue; // the rules named something here
    const name = text.slice(start, end);
    out.push({ start, end, text: name, type: s.type, id: name, confidence: MODEL_CONFIDENCE, evidence: ['model'] });
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}
