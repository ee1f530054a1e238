import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { linkDocumentEntities } from '../../server/src/analysis/linking';
import { makeContext } from '../../server/src/analysis/context';
import { mentionsIn, type Spec } from './mentionsIn';


/** Links the mentions of `text` and compares each mention's id with `ids` (same order). */
function check(text: string, specs: Spec[], ids: string[]): void {
  const linked = linkDocumentEntities(makeContext(text), mentionsIn(text, specs));
  assert.deepEqual(
    linked.map((m) => `${m.text} → ${m.id}`),
    specs.map(([s], i) => `${s} → ${ids[i]}`),
  );
}

test('a surname after a full name takes the full name, middle initial dropped', () => {
  check(
    'Le président russe Vladimir V. Poutine a reçu son homologue. M. Poutine a ensuite déclaré que Poutine resterait.',
    [['Vladimir V. Poutine', 'PER'], ['Poutine', 'PER'], ['Poutine', 'PER']],
    ['Vladimir Poutine', 'Vladimir Poutine', 'Vladimir Poutine'],
  );
});

test('a family name written first (Korean order) links too', () => {
  check(
    'Le dirigeant Kim Jong-un a visité une usine. Kim a salué les ouvriers.',
    [['Kim Jong-un', 'PER'], ['Kim', 'PER']],
    ['Kim Jong-un', 'Kim Jong-un'],
  );
});

test('a surname before the full name links to the one mentioned after it', () => {
  check(
    'Gorbatchev est mort. Mikhaïl Gorbatchev avait dirigé le pays.',
    [['Gorbatchev', 'PER'], ['Mikhaïl Gorbatchev', 'PER']],
    ['Mikhaïl Gorbatchev', 'Mikhaïl Gorbatchev'],
  );
});

test('transliteration variants in one article share an id', () => {
  check(
    'Volodymyr Zelensky a parlé à Kiev. Plus tard, Zelenskyy a ajouté un mot, et Zelenski a conclu.',
    [['Volodymyr Zelensky', 'PER'], ['Kiev', 'LOC'], ['Zelenskyy', 'PER'], ['Zelenski', 'PER']],
    ['Volodymyr Zelensky', 'Kiev', 'Volodymyr Zelensky', 'Volodymyr Zelensky'],
  );
  check(
    'Mikhaïl Khodorkovski a quitté la Russie. Khodorkovsky vit à Londres.',
    [['Mikhaïl Khodorkovski', 'PER'], ['Russie', 'LOC'], ['Khodorkovsky', 'PER'], ['Londres', 'LOC']],
    ['Mikhaïl Khodorkovski', 'Russie', 'Mikhaïl Khodorkovski', 'Londres'],
  );
});

test('two people who share a first name stay apart', () => {
  check(
    'Vladimir Poutine a téléphoné à Vladimir Zelensky. Poutine a parlé longtemps, Zelensky a écouté.',
    [['Vladimir Poutine', 'PER'], ['Vladimir Zelensky', 'PER'], ['Poutine', 'PER'], ['Zelensky', 'PER']],
    ['Vladimir Poutine', 'Vladimir Zelensky', 'Vladimir Poutine', 'Vladimir Zelensky'],
  );
});

test('a feminine surname is not the masculine one (different final letter, different person)', () => {
  check(
    'Maria Zakharova, porte-parole, a répondu à Oleg Zakharov. Zakharova a ajouté que Zakharov mentait.',
    [['Maria Zakharova', 'PER'], ['Oleg Zakharov', 'PER'], ['Zakharova', 'PER'], ['Zakharov', 'PER']],
    ['Maria Zakharova', 'Oleg Zakharov', 'Maria Zakharova', 'Oleg Zakharov'],
  );
  check(
    'Ioulia Navalnaïa nie tout. Alexeï Navalny est mort. Navalnaïa accuse.',
    [['Ioulia Navalnaïa', 'PER'], ['Alexeï Navalny', 'PER'], ['Navalnaïa', 'PER']],
    ['Ioulia Navalnaïa', 'Alexeï Navalny', 'Ioulia Navalnaïa'],
  );
});

test('a surname shared by two people goes to the nearest one mentioned before it', () => {
  check(
    'Emmanuel Macron est arrivé à Berlin. Macron a salué la foule. Brigitte Macron visitait une école ; Macron y a lu un conte.',
    [['Emmanuel Macron', 'PER'], ['Berlin', 'LOC'], ['Macron', 'PER'], ['Brigitte Macron', 'PER'], ['Macron', 'PER']],
    ['Emmanuel Macron', 'Berlin', 'Emmanuel Macron', 'Brigitte Macron', 'Brigitte Macron'],
  );
});

test('a longer full name wins over a shorter one it contains', () => {
  check(
    'Gabriel García Márquez écrivait la nuit. García Márquez a dit que Márquez était un autre.',
    [['Gabriel García Márquez', 'PER'], ['García Márquez', 'PER'], ['Márquez', 'PER']],
    ['Gabriel García Márquez', 'Gabriel García Márquez', 'Gabriel García Márquez'],
  );
});

test('a name without its patronymic or middle name is the same person; a hyphenated first name is not dropped', () => {
  check(
    'Vladimir Vladimirovitch Poutine est né en 1952. Vladimir Poutine a ensuite dirigé le FSB, puis Poutine est devenu président.',
    [['Vladimir Vladimirovitch Poutine', 'PER'], ['Vladimir Poutine', 'PER'], ['FSB', 'ORG'], ['Poutine', 'PER']],
    ['Vladimir Vladimirovitch Poutine', 'Vladimir Vladimirovitch Poutine', 'FSB', 'Vladimir Vladimirovitch Poutine'],
  );
  check(
    'Jean-Pierre Martin a rencontré Jean Martin, son oncle, à Lyon.',
    [['Jean-Pierre Martin', 'PER'], ['Jean Martin', 'PER'], ['Lyon', 'LOC']],
    ['Jean-Pierre Martin', 'Jean Martin', 'Lyon'],
  );
});

test('an Arabic name links without its particle', () => {
  check(
    'Bachar al-Assad a reçu des émissaires. Assad a promis des réformes.',
    [['Bachar al-Assad', 'PER'], ['Assad', 'PER']],
    ['Bachar al-Assad', 'Bachar al-Assad'],
  );
});

test('only mentions of the same type link; same names of different types get distinct ids', () => {
  check(
    'George Washington est né en Virginie. À Washington, on célèbre Washington chaque année.',
    [['George Washington', 'PER'], ['Virginie', 'LOC'], ['Washington', 'LOC'], ['Washington', 'PER']],
    ['George Washington', 'Virginie', 'Washington', 'George Washington'],
  );
  check(
    'Michael Jordan a joué en Jordanie, pas en Jordan.',
    [['Michael Jordan', 'PER'], ['Jordanie', 'LOC'], ['Jordan', 'LOC']],
    ['Michael Jordan', 'Jordanie', 'Jordan'],
  );
});

test('a one-word "person" spelled like an organisation of the text is that organisation', () => {
  check(
    'L’Élysée a publié un communiqué. Photo : Élysée/AFP.',
    [['Élysée', 'ORG'], ['Élysée', 'PER']],
    ['Élysée', 'Élysée'],
  );
  // ... but not when a person of the text bears that name.
  check(
    'Jacques Delors a parlé à Bruxelles. Delors est reparti ; Delors SA a fait faillite.',
    [['Jacques Delors', 'PER'], ['Bruxelles', 'LOC'], ['Delors', 'PER'], ['Delors SA', 'ORG']],
    ['Jacques Delors', 'Bruxelles', 'Jacques Delors', 'Delors'],
  );
});

test('an acronym joins the organisation name it abbreviates; a body inside another does not', () => {
  check(
    'L’Organisation du traité de l’Atlantique Nord se réunit. L’OTAN promet, mais le Conseil de sécurité de l’ONU hésite et l’ONU se tait.',
    [['Organisation du traité de l’Atlantique Nord', 'ORG'], ['OTAN', 'ORG'], ['Conseil de sécurité de l’ONU', 'ORG'], ['ONU', 'ORG']],
    ['Organisation du traité de l’Atlantique Nord', 'Organisation du traité de l’Atlantique Nord', 'Conseil de sécurité de l’ONU', 'ONU'],
  );
});

test('a chain of links (a person-typed acronym, the acronym, the long name) ends in one entity', () => {
  check(
    'L’Organisation mondiale de la santé alerte. L’OMS recommande la prudence. Photo : OMS.',
    [['Organisation mondiale de la santé', 'ORG'], ['OMS', 'ORG'], ['OMS', 'PER']],
    // One entity, named by its most frequent form.
    ['OMS', 'OMS', 'OMS'],
  );
});

test('an organisation with a designator is the same organisation; places differ only by accents', () => {
  check(
    'Selon BBC News, la BBC a reçu une lettre des Etats-Unis. Les États-Unis et les États-Unis démentent.',
    [['BBC News', 'ORG'], ['BBC', 'ORG'], ['Etats-Unis', 'LOC'], ['États-Unis', 'LOC'], ['États-Unis', 'LOC']],
    ['BBC', 'BBC', 'États-Unis', 'États-Unis', 'États-Unis'],
  );
});

test('Kim Jong Un and Kim Jong-un are one person whatever the hyphen', () => {
  check(
    'Kim Jong Un arrive ; Kim Jong-un repart, et Kim Jong-un sourit.',
    [['Kim Jong Un', 'PER'], ['Kim Jong-un', 'PER'], ['Kim Jong-un', 'PER']],
    ['Kim Jong-un', 'Kim Jong-un', 'Kim Jong-un'],
  );
});

test('an alias id given by the detector (the usual name from a gazetteer) is linked by that name', () => {
  const text = 'La République populaire démocratique de Corée a tiré un missile. La Corée du Nord dément.';
  const mentions = mentionsIn(text, [['République populaire démocratique de Corée', 'LOC'], ['Corée du Nord', 'LOC']]);
  mentions[0].id = 'Corée du Nord';
  const linked = linkDocumentEntities(makeContext(text), mentions);
  assert.deepEqual(linked.map((m) => m.id), ['Corée du Nord', 'Corée du Nord']);
});

test('mentions are returned as new objects; the input is untouched', () => {
  const text = 'Ioulia Timochenko parle. Timochenko sourit.';
  const input = mentionsIn(text, [['Ioulia Timochenko', 'PER'], ['Timochenko', 'PER']]);
  const out = linkDocumentEntities(makeContext(text), input);
  assert.equal(input[1].id, 'Timochenko');
  assert.equal(out[1].id, 'Ioulia Timochenko');
  assert.deepEqual(linkDocumentEntities(makeContext(''), []), []);
});

test('sample corpus: variants of one person share an id; near names of different people do not', () => {
  const text = readFileSync('samples/corpus/001_723570b997da1533.txt', 'utf8');
  check(
    text,
    [['Vladimir Poutine', 'PER'], ['Kim Jong-un', 'PER'], ['Poutine', 'PER'], ['Kim', 'PER'], ['Nina Khrouchtcheva', 'PER'], ['Khrouchtcheva', 'PER'], ['Nikita Khrouchtchev', 'PER'], ['Khrouchtcheva', 'PER'], ['Ramon Pacheco Pardo', 'PER'], ['Pardo', 'PER'], ['Sergueï Choïgou', 'PER'], ['Sergueï Markov', 'PER'], ['Markov', 'PER']],
    ['Vladimir Poutine', 'Kim Jong-un', 'Vladimir Poutine', 'Kim Jong-un', 'Nina Khrouchtcheva', 'Nina Khrouchtcheva', 'Nikita Khrouchtchev', 'Nina Khrouchtcheva', 'Ramon Pacheco Pardo', 'Ramon Pacheco Pardo', 'Sergueï Choïgou', 'Sergueï Markov', 'Sergueï Markov'],
  );
  const text0 = readFileSync('samples/corpus/000_fbc752dc2aec9556.txt', 'utf8');
  check(
    text0,
    [['Kim Jong-un', 'PER'], ['Vladimir V. Poutine', 'PER'], ['Poutine', 'PER'], ['Fyodor Tertitskiy', 'PER'], ['Tertitskiy', 'PER'], ['Kim', 'PER'], ['Alexandre G. Loukachenko', 'PER'], ['Sergei K. Shoigu', 'PER']],
    ['Kim Jong-un', 'Vladimir Poutine', 'Vladimir Poutine', 'Fyodor Tertitskiy', 'Fyodor Tertitskiy', 'Kim Jong-un', 'Alexandre Loukachenko', 'Sergei Shoigu'],
  );
});
