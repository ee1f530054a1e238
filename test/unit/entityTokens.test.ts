// The token questions of entity detection that have a fast path must answer as their plain
// definition does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { allCaps, TokenView } from '../../server/src/analysis/entityTokens';
import { makeContext } from '../../server/src/analysis/context';
import { normalizeWord } from '../../server/src/analysis/text';
import { normalizedWords, tokenKeys } from '../../server/src/analysis/cues';

const plain = (w: string) => w.length >= 2 && w === w.toUpperCase() && w !== w.toLowerCase();

test('allCaps answers as the case mappings do, for every UTF-16 code unit next to letters and digits', () => {
  for (let c = 0; c <= 0xffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCharCode(c);
    for (const w of [ch + ch, 'A' + ch, ch + 'A', 'a' + ch, ch + 'a', '1' + ch, ch + '1', 'É' + ch + 'T', 'Œ' + ch]) {
      if (allCaps(w) !== plain(w)) assert.fail(`allCaps(${JSON.stringify(w)}) (U+${c.toString(16)})`);
    }
  }
});

test('allCaps on words of the press', () => {
  for (const w of ['ÉTATS-UNIS', 'ŒUVRE', 'L’ÉTAT', 'Paris', 'SNCF', 'S.N.C.F.', 'ßA', 'ÀÿA', 'µM', 'A', '12', 'ΑΘΗΝΑ', 'Москва', 'МОСКВА']) {
    assert.equal(allCaps(w), plain(w), w);
  }
});

test('the words and keys the cue detectors share are those the token view would compute', () => {
  const text = 'L’Organisation des Nations unies (ONU) a dit : « Les ÉTATS-UNIS et la Côte d’Ivoire » — M. Jean-Luc Mé¬lenchon, 12,5 %.';
  const ctx = makeContext(text);
  const own = new TokenView(text, ctx.seg.tokens);
  const shared = new TokenView(text, ctx.seg.tokens, { low: normalizedWords(ctx), keys: tokenKeys(ctx) });
  assert.deepEqual(shared.low, own.low);
  assert.deepEqual([...shared.keys], [...own.keys]);
});

test('initialAt agrees with the marks made in one pass', () => {
  const text = '« Le ministre » : Paris. — … « ( Jean ) » « « X ». Puis, M. Y et Z ! « À Lyon » *Nice* | Bordeaux';
  const view = new TokenView(text, makeContext(text).seg.tokens);
  const marks = view.initial;
  for (let i = 0; i < view.n; i++) assert.equal(view.initialAt(i), marks[i] === 1, `${i} ${view.toks[i].text}`);
});

test('a token view word is its text normalised as normalizeWord does (the key bits of written-form lists rely on it)', () => {
  const text = 'L’ONU, l’État, M. Dupont-Aignan et Mme Œuvray : « GRÈVE » à Aix‐en‐Provence, 3,5 %.';
  const ctx = makeContext(text);
  const view = new TokenView(text, ctx.seg.tokens, { low: normalizedWords(ctx), keys: tokenKeys(ctx) });
  for (let i = 0; i < view.n; i++) assert.equal(view.low[i], normalizeWord(view.toks[i].text), view.toks[i].text);
});
