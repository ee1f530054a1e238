// Diagnostic messages in English and French, one function per code, so every detector words
// the same problem the same way and the `language` option switches them all at once.
import type { DiagnosticCode, Language } from './types';

type Args = Record<string, string | number | undefined>;
type Template = (a: Args) => string;

const MESSAGES: Record<Language, Record<DiagnosticCode, Template>> = {
  en: {
    'unattributed-quote': (a) => `Quotation with no identified speaker${a.candidates ? ` (nearby: ${a.candidates})` : ''}.`,
    'vague-source': (a) => `Vague source: "${a.source}" names no one who can be checked.`,
    'unbalanced-quote': (a) => `Unbalanced quotation mark ${a.mark}: ${a.missing ? `no matching ${a.missing}` : 'no partner'} in this paragraph.`,
    'spelling-variant': (a) => `"${a.found}" is spelled "${a.preferred}" elsewhere in the corpus (${a.count} ${a.count === 1 ? 'mention' : 'mentions'}).`,
    'unsourced-claim': (a) => `News stated in the conditional ("${a.verb}") with no source in this sentence or the one before.`,
  },
  fr: {
    'unattributed-quote': (a) => `Citation sans locuteur identifié${a.candidates ? ` (à proximité : ${a.candidates})` : ''}.`,
    'vague-source': (a) => `Source vague : « ${a.source} » ne nomme personne de vérifiable.`,
    'unbalanced-quote': (a) => `Guillemet ${a.mark} non apparié : ${a.missing ? `il manque ${a.missing}` : 'aucun partenaire'} dans ce paragraphe.`,
    'spelling-variant': (a) => `« ${a.found} » s’écrit « ${a.preferred} » ailleurs dans le corpus (${a.count} ${a.count === 1 ? 'mention' : 'mentions'}).`,
    'unsourced-claim': (a) => `Affirmation au conditionnel (« ${a.verb} ») sans source dans cette phrase ni la précédente.`,
  },
};

export function message(language: Language, code: DiagnosticCode, args: Args = {}): string {
  return MESSAGES[language][code](args);
}
