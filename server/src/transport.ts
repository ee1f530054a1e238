// The connection's transport. Over stdio (Neovim, other editors, the benchmarks) each message is
// encoded into one buffer kept for the next message, instead of a fresh buffer per message: a
// 1 MB article's diagnostics are about 560 KB of JSON sent on every keystroke, and fresh memory is
// slow to touch the first time (on the CI machines about 4 ms per MB, measured: a fresh 780 KB
// buffer 3.7 ms, the kept one 0.5 ms). Over IPC, which VS Code's client uses, Node's channel
// serialises the messages itself and the default transport is used.
import { StreamMessageReader, StreamMessageWriter, type ContentTypeEncoder } from 'vscode-languageserver/node';

/** Messages larger than this get a buffer of their own, so one huge reply is not kept in memory. */
const MAX_KEPT = 8 << 20;

/**
 * A JSON encoder writing into one kept buffer. Safe because the writer encodes a message only
 * after the previous one was handed to the stream (its writes are serialised, one at a time).
 */
export function keptBufferEncoder(): ContentTypeEncoder {
  let kept = Buffer.allocUnsafeSlow(1 << 16);
  return {
    name: 'application/json',
    encode: (message) => {
      try {
        const json = JSON.stringify(message);
        const size = Buffer.byteLength(json, 'utf8');
        if (size > MAX_KEPT) return Promise.resolve(Buffer.from(json, 'utf8'));
        if (size > kept.length) kept = Buffer.allocUnsafeSlow(Math.min(MAX_KEPT, Math.max(size, kept.length * 2)));
        return Promise.resolve(kept.subarray(0, kept.write(json, 0, 'utf8')));
      } catch (err) {
        return Promise.reject(err);
      }
    },
  };
}

/** Reader and writer over stdin/stdout when the server was started with --stdio, else undefined. */
export function stdioStreams(argv: readonly string[]): [StreamMessageReader, StreamMessageWriter] | undefined {
  if (!argv.includes('--stdio')) return undefined;
  return [new StreamMessageReader(process.stdin), new StreamMessageWriter(process.stdout, { charset: 'utf-8', contentTypeEncoder: keptBufferEncoder() })];
}
