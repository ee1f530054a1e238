// STUB (to be replaced): fills speaker, confidence, attribution and source of speech quotes.
import type { EntityMention, Quote, Source } from './types';
import type { DocContext } from './context';

export function attributeSpeakers(_ctx: DocContext, _entities: EntityMention[], _quotes: Quote[], _sources: Source[]): void {}
