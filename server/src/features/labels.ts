// The words editor features show besides diagnostic messages (those come from the core's
// messages.ts) and hover cards (hover.ts has its own table): quick-fix titles, outline groups and
// details, workspace-symbol containers. One entry per `corpusLens.language`, so a French reader
// gets French titles as well as French messages.
import type { EntityType, Language } from '../analysis';

export interface Labels {
  fix: {
    attribute: (name: string) => string;
    placeholder: (placeholder: string) => string;
    missingMark: (mark: string) => string;
    respellHere: (spelling: string) => string;
    respellCorpus: (spelling: string) => string;
  };
  outline: {
    groups: Record<EntityType, string>;
    quotations: string;
    unattributed: string;
    mentions: (n: number) => string;
    quotes: (n: number) => string;
    term: string;
    blank: string;
  };
  /** An entity's type as one lower-case word, for workspace symbols. */
  type: Record<EntityType, string>;
}

export const LABELS: Record<Language, Labels> = {
  en: {
    fix: {
      attribute: (name) => `Attribute to ${name}`,
      placeholder: (placeholder) => `Insert a ${placeholder} placeholder`,
      missingMark: (mark) => `Insert the missing ${mark}`,
      respellHere: (spelling) => `Use the spelling '${spelling}' here`,
      respellCorpus: (spelling) => `Use the spelling '${spelling}' in the whole corpus`,
    },
    outline: {
      groups: { PER: 'People', ORG: 'Organisations', LOC: 'Places' },
      quotations: 'Quotations',
      unattributed: 'Unattributed',
      mentions: (n) => `${n} ${n === 1 ? 'mention' : 'mentions'}`,
      quotes: (n) => `${n} ${n === 1 ? 'quotation' : 'quotations'}`,
      term: 'term',
      blank: '(blank)',
    },
    type: { PER: 'person', ORG: 'organisation', LOC: 'place' },
  },
  fr: {
    fix: {
      attribute: (name) => `Attribuer à ${name}`,
      placeholder: (placeholder) => `Insérer le repère ${placeholder}`,
      missingMark: (mark) => `Insérer le ${mark} manquant`,
      respellHere: (spelling) => `Écrire « ${spelling} » ici`,
      respellCorpus: (spelling) => `Écrire « ${spelling} » dans tout le corpus`,
    },
    outline: {
      groups: { PER: 'Personnes', ORG: 'Organisations', LOC: 'Lieux' },
      quotations: 'Citations',
      unattributed: 'Non attribuées',
      mentions: (n) => `${n} mention${n === 1 ? '' : 's'}`,
      quotes: (n) => `${n} citation${n === 1 ? '' : 's'}`,
      term: 'terme',
      blank: '(vide)',
    },
    type: { PER: 'personne', ORG: 'organisation', LOC: 'lieu' },
  },
};
