// The stdio transport's JSON writer: whatever it is given, the bytes are exactly
// JSON.stringify's, written into a kept buffer a part at a time; and the encoder hands out
// one message's bytes at a time from that buffer.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import './propertyConfig';
import { JsonBufferWriter, keptBufferEncoder } from '../../server/src/transport';

function written(value: unknown, size = 16): string {
  const w = new JsonBufferWriter(Buffer.alloc(size));
  w.value(value);
  return w.bytes().toString('utf8');
}

test('the JSON written equals JSON.stringify for any JSON value, at any depth (property)', () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 6 }), (v) => {
      assert.equal(written(v), JSON.stringify(v) ?? '');
      assert.equal(written({ jsonrpc: '2.0', method: 'x', params: { uri: 'file:///a', list: [v, v] } }), JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { uri: 'file:///a', list: [v, v] } }));
    }),
  );
});

test('a notification with a long array of diagnostics: same bytes, with what JSON.stringify drops or turns into null', () => {
  const diagnostics = Array.from({ length: 1000 }, (_, i) => ({
    range: { start: { line: i, character: 0 }, end: { line: i, character: 5 } },
    severity: 3,
    code: i % 2 ? 'vague-source' : 'unsourced-claim',
    message: `Source vague : « selon l’époque » n° ${i} “😀”`,
    relatedInformation: i % 3 ? undefined : [{ location: { uri: 'file:///a.txt' }, message: 'Claim' }],
    skipped: () => i,
  }));
  const message = {
    jsonrpc: '2.0',
    method: 'textDocument/publishDiagnostics',
    params: { uri: 'file:///a.txt', version: undefined, when: new Date(0), boxed: new String('b'), diagnostics, holes: [undefined, () => 1, Symbol('s'), 1] },
  };
  assert.equal(written(message), JSON.stringify(message));
  assert.equal(written(Array.from({ length: 200 }, (_, i) => (i % 7 ? i : undefined))), JSON.stringify(Array.from({ length: 200 }, (_, i) => (i % 7 ? i : undefined))));
});

test('the encoder reuses one buffer across messages and each message reads whole', async () => {
  const encode = keptBufferEncoder();
  const options = { charset: 'utf-8' as const };
  const a = await encode.encode({ jsonrpc: '2.0', id: 1, result: 'é'.repeat(100_000) } as never, options);
  assert.equal(Buffer.from(a).toString('utf8'), JSON.stringify({ jsonrpc: '2.0', id: 1, result: 'é'.repeat(100_000) }));
  const b = await encode.encode({ jsonrpc: '2.0', id: 2, result: [1, 2, 3] } as never, options);
  assert.equal(Buffer.from(b).toString('utf8'), '{"jsonrpc":"2.0","id":2,"result":[1,2,3]}');
  assert.equal((b as Buffer).buffer, (a as Buffer).buffer, 'the same memory, kept');
});
