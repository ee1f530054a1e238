import { test } from 'node:test';
import assert from 'node:assert/strict';
import { atomKey, gappedParts, nameKey, parseName, searchKey, subNamePosition } from '../../server/src/analysis/names';
import type { EntityType } from '../../server/src/analysis/types';

/** Every spelling of a group has one key; the first spelling of each group differs from every other group. */
function checkSameKey(groups: string[][]): void {
  for (const group of groups) {
    const keys = group.map((w) => nameKey(w));
    assert.deepEqual(new Set(keys).size, 1, `${group.join(' / ')} → ${keys.join(' / ')}`);
  }
}

function checkDifferentKey(pairs: [string, string][]): void {
  for (const [a, b] of pairs) assert.notEqual(nameKey(a), nameKey(b), `${a} and ${b} must stay apart`);
}

test('transliterations of one name share a key (Russian, Ukrainian, Belarusian, Korean, Turkish, Hebrew)', () => {
  checkSameKey([
    ['Choïgou', 'Choïgu', 'Shoigu', 'Shoygu', 'Schoigu'],
    ['Sergueï', 'Sergei', 'Sergey', 'Serguei'],
    ['Zelensky', 'Zelenskyy', 'Zelenski', 'Zelenskiy'],
    ['Volodymyr', 'Volodimir'],
    ['Gorbatchev', 'Gorbachev'],
    ['Mikhaïl Khodorkovski', 'Mikhail Khodorkovsky'],
    ['Khrouchtchev', 'Khrushchev'],
    ['Loukachenko', 'Lukashenko'],
    ['Louhansk', 'Luhansk'],
    ['Alexeï Navalny', 'Aleksei Navalni', 'Alexei Navalny'],
    ['Tchaïkovski', 'Tchaikovsky', 'Chaikovsky'],
    ['Moon Jae-in', 'Mun Jae-in'],
    ['Netanyahou', 'Netanyahu'],
    ['Erdoğan', 'Erdogan'],
    ['Kim Jong-un', 'Kim Jong Un', 'KIM JONG-UN'],
    ['États-Unis', 'Etats-Unis', 'Etats Unis'],
  ]);
});

test('different people keep different keys: feminine forms, different final letters, other names', () => {
  checkDifferentKey([
    ['Khrouchtchev', 'Khrouchtcheva'],
    ['Ivanov', 'Ivanova'],
    ['Zakharov', 'Zakharova'],
    ['Navalny', 'Navalnaïa'],
    ['Alexandre', 'Alexandra'],
    ['Martin', 'Martine'],
    ['Vladimir Poutine', 'Vladimir Zelensky'],
    ['Jean', 'Jeanne'],
    ['Corée du Nord', 'Corée du Sud'],
  ]);
});

test('a key is computed from lower-case, accent-free letters', () => {
  assert.equal(atomKey('Choïgou'), atomKey('CHOÏGOU'));
  assert.equal(atomKey('Erdoğan'), 'erdogan');
  assert.equal(atomKey('«'), '');
});

function checkParse(text: string, type: EntityType, expected: Partial<{ form: string; keys: string[]; acronym: string | null; initials: string | null }>): void {
  const p = parseName(text, type);
  const actual = { form: p.form, keys: p.keys, acronym: p.acronym, initials: p.initials };
  for (const k of Object.keys(expected) as (keyof typeof expected)[]) assert.deepEqual(actual[k], expected[k], `${text}: ${k}`);
}

test('middle initials are dropped from the written form, hyphens kept', () => {
  checkParse('Vladimir V. Poutine', 'PER', { form: 'Vladimir Poutine', keys: ['vladimir', 'putine'] });
  checkParse('Sergei K. Shoigu', 'PER', { form: 'Sergei Shoigu' });
  checkParse('John F. Kennedy', 'PER', { form: 'John Kennedy' });
  checkParse('Kim Jong-un', 'PER', { form: 'Kim Jong-un', keys: ['kim', 'jong', 'un'] });
  checkParse('Bachar al-Assad', 'PER', { form: 'Bachar al-Assad' });
});

test('acronyms and the acronym a long organisation name makes', () => {
  checkParse('ONU', 'ORG', { acronym: 'onu' });
  checkParse('L’ONU', 'ORG', { acronym: 'onu', form: 'ONU' });
  checkParse('Organisation des Nations unies', 'ORG', { initials: 'onu', acronym: null });
  checkParse('Organisation du traité de l’Atlantique Nord', 'ORG', { initials: 'otan' });
  checkParse('North Atlantic Treaty Organization', 'ORG', { initials: 'nato' });
  checkParse('Conseil de sécurité de l’ONU', 'ORG', { initials: 'cso' });
  checkParse('Parti', 'ORG', { acronym: null, initials: null });
});

test('a trailing company designator does not change an organisation’s key', () => {
  assert.equal(nameKey('CBC News', 'ORG'), nameKey('CBC', 'ORG'));
  assert.equal(nameKey('Le Monde', 'ORG'), nameKey('Monde', 'ORG'));
  assert.notEqual(nameKey('News', 'ORG'), '');
});

test('sub-names: runs of whole atoms, with their position', () => {
  const k = (s: string) => parseName(s, 'PER').keys;
  assert.equal(subNamePosition(k('Poutine'), k('Vladimir V. Poutine')), 'last');
  assert.equal(subNamePosition(k('Kim'), k('Kim Jong-un')), 'first');
  assert.equal(subNamePosition(k('Pacheco'), k('Ramon Pacheco Pardo')), 'middle');
  assert.equal(subNamePosition(k('Pacheco Pardo'), k('Ramon Pacheco Pardo')), 'last');
  assert.equal(subNamePosition(k('Ramon Pardo'), k('Ramon Pacheco Pardo')), null);
  assert.equal(subNamePosition(k('Khrouchtcheva'), k('Nikita Khrouchtchev')), null);
  assert.equal(subNamePosition(k('Vladimir Poutine'), k('Vladimir Poutine')), null);
});

test('gapped sub-names keep the first and last atoms and never split a hyphenated name', () => {
  const n = (s: string) => parseName(s, 'PER');
  const gap = (a: string, b: string) => subNamePosition(n(a).keys, n(b).keys, n(b).glue);
  assert.equal(gap('Vladimir Poutine', 'Vladimir Vladimirovitch Poutine'), 'gapped');
  assert.equal(gap('Ramon Pardo', 'Ramon Pacheco Pardo'), 'gapped');
  assert.equal(gap('Jean Martin', 'Jean-Pierre Martin'), null);
  assert.equal(gap('Kim Un', 'Kim Jong-un'), null);
  assert.equal(gap('Vladimir Zelensky', 'Vladimir Vladimirovitch Poutine'), null);
  assert.equal(gap('Pierre Martin', 'Jean-Pierre Martin'), 'last');
  assert.deepEqual(gappedParts(n('Vladimir Vladimirovitch Poutine').keys, n('Vladimir Vladimirovitch Poutine').glue), [['vladimir', 'putine']]);
  assert.deepEqual(gappedParts(n('Jean-Pierre Martin').keys, n('Jean-Pierre Martin').glue), []);
});

test('search keys ignore case, accents and romanisation', () => {
  assert.equal(searchKey('choigou'), searchKey('Choïgu'));
  assert.equal(searchKey('ETATS'), searchKey('États'));
  assert.ok(searchKey('Sergei Shoigu').includes(searchKey('shoi')));
});

test('odd input never throws', () => {
  for (const s of ['', ' ', '---', '«»', 'A', 'x'.repeat(100_000), '\u0000\uFFFD']) {
    for (const t of ['PER', 'ORG', 'LOC'] as const) parseName(s, t);
  }
});
