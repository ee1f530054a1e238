// Builds server/src/analysis/data/fr/common-words.json from the Grammalecte French spelling
// dictionary (MPL-2.0) as the npm package dictionary-fr packages it. Run by hand when the
// source changes; nothing runs it at install or build time:
//   (cd /tmp && npm pack dictionary-fr@3.0.0 && tar xzf dictionary-fr-3.0.0.tgz)
//   node --import tsx server/tools/buildCommonWords.ts /tmp/package/index.dic
// Kept: the lower-case entries of three letters or more, letters only, that the dictionary does
// not also list with a capital (a proper noun: "Martin", "Pierre"), nor whose plural it lists so
// ("pari": "Paris"). The list is sorted
// and front-coded (see lexicon.ts) to keep the bundles small.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { encodeWords } from '../src/analysis/lexicon';

const dic = process.argv[2];
if (!dic) {
  process.stderr.write('usage: node --import tsx server/tools/buildCommonWords.ts path/to/index.dic\n');
  process.exit(2);
}
const lower = new Set<string>();
const proper = new Set<string>();
for (const line of readFileSync(dic, 'utf8').split('\n').slice(1)) {
  const word = line.split('/')[0].trim().normalize('NFC');
  if (word.length < 3) continue;
  if (/^\p{Lu}/u.test(word)) proper.add(word.toLowerCase());
  else if (/^\p{Ll}+$/u.test(word)) lower.add(word);
}
// isCommonWord also reads a plural's singular: "pari" must not make "Paris" a common word.
const words = [...lower].filter((w) => !proper.has(w) && !proper.has(`${w}s`) && !proper.has(`${w}x`)).sort();
const out = {
  origin:
    'Derived from the Grammalecte French spelling dictionary, version 7.5 (Olivier R. and contributors, https://grammalecte.net), as packaged by the npm package dictionary-fr 3.0.0 (index.dic). Licence: Mozilla Public License 2.0 (https://mozilla.org/MPL/2.0/); this file is a Covered Software file under the MPL 2.0, and its source form is this file. Kept: the lower-case entries (stems: singular nouns, adjectives, infinitives, adverbs) of three letters or more made of letters only, less those the dictionary also lists with a capital as proper nouns, alone or with a plural s or x (pari: Paris). Built by server/tools/buildCommonWords.ts.',
  licence: 'MPL-2.0',
  count: words.length,
  format: 'sorted, front-coded: each word starts with one character, code 48 + the number of leading characters it shares with the word before, then the rest of the word (lower-case letters only)',
  words: encodeWords(words),
};
const target = resolve(__dirname, '../src/analysis/data/fr/common-words.json');
writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
process.stdout.write(`${words.length} words, ${out.words.length} characters -> ${target}\n`);
