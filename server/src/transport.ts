// The connection's transport. Over stdio (the VS Code client, Neovim, the benchmarks) each message is
// written as JSON straight into one buffer kept for the next message. A 1 MB article's
// diagnostics are about 480 KB of JSON sent on every keystroke, and fresh memory is slow to
// touch the first time (on the CI machines about 4 ms per MB, measured: a fresh 780 KB buffer
// 3.7 ms, the kept one 0.5 ms). `JSON.stringify` of the whole message would also build the JSON
// as a rope of parts that the first byte count copies into one fresh string (11 ms per message
// in a profile of the server), so long arrays are written a batch of elements at a time. The VS
// Code client starts the server over stdio for this; over IPC (--node-ipc) Node's channel
// serialises the messages itself and the default transport is used.
import { StreamMessageReader, StreamMessageWriter, type ContentTypeEncoder } from 'vscode-languageserver/node';

/** Messages larger than this get a buffer of their own, so one huge reply is not kept in memory. */
const MAX_KEPT = 8 << 20;
/** Arrays longer than this are written in batches of this many elements. */
const BATCH = 64;
/** Objects are written key by key down to this depth (a notification's params' arrays); deeper values whole. */
const MAX_DEPTH = 3;

/** Appends JSON to a growing buffer; `bytes()` is the JSON.stringify of everything written. */
export class JsonBufferWriter {
  private length = 0;

  constructor(private buffer: Buffer) {}

  /** Writes `value` as `JSON.stringify` would (undefined at the top level writes nothing). */
  value(value: unknown, depth = 0): void {
    if (depth >= MAX_DEPTH || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function' || isBoxed(value)) {
      const json = JSON.stringify(value);
      if (json !== undefined) this.raw(json);
    } else if (Array.isArray(value)) {
      this.array(value, depth);
    } else {
      this.raw('{');
      let first = true;
      for (const key of Object.keys(value)) {
        const v = (value as Record<string, unknown>)[key];
        if (v === undefined || typeof v === 'function' || typeof v === 'symbol') continue;
        this.raw(first ? `${JSON.stringify(key)}:` : `,${JSON.stringify(key)}:`);
        first = false;
        this.value(v, depth + 1);
      }
      this.raw('}');
    }
  }

  /** The JSON written so far (a view of the kept buffer, valid until the next write). */
  bytes(): Buffer {
    return this.buffer.subarray(0, this.length);
  }

  /** The buffer, possibly grown, to keep for the next message. */
  get kept(): Buffer {
    return this.buffer;
  }

  private array(items: unknown[], depth: number): void {
    if (items.length <= BATCH) {
      this.raw('[');
      items.forEach((item, i) => {
        if (i > 0) this.raw(',');
        // In an array, what JSON.stringify cannot write becomes null.
        if (item === undefined || typeof item === 'function' || typeof item === 'symbol') this.raw('null');
        else this.value(item, depth + 1);
      });
      this.raw(']');
      return;
    }
    // A batch's own JSON without its brackets: small strings, made and dropped in young memory.
    this.raw('[');
    for (let i = 0; i < items.length; i += BATCH) {
      if (i > 0) this.raw(',');
      const json = JSON.stringify(items.slice(i, i + BATCH));
      this.raw(json.slice(1, -1));
    }
    this.raw(']');
  }

  private raw(text: string): void {
    // UTF-8 needs at most 3 bytes per UTF-16 unit.
    if (this.length + text.length * 3 > this.buffer.length) {
      const grown = Buffer.allocUnsafeSlow(Math.max(this.buffer.length * 2, this.length + text.length * 3));
      this.buffer.copy(grown, 0, 0, this.length);
      this.buffer = grown;
    }
    this.length += this.buffer.write(text, this.length, 'utf8');
  }
}

/** new String('x') and the like, which JSON.stringify writes as their primitive. */
function isBoxed(value: object): boolean {
  return value instanceof String || value instanceof Number || value instanceof Boolean;
}

/**
 * A JSON encoder writing into one kept buffer. Safe because the writer encodes a message only
 * after the previous one was handed to the stream (its writes are serialised, one at a time).
 */
export function keptBufferEncoder(): ContentTypeEncoder {
  let kept: Buffer = Buffer.allocUnsafeSlow(1 << 16);
  return {
    name: 'application/json',
    encode: (message) => {
      try {
        const writer = new JsonBufferWriter(kept);
        writer.value(message);
        const bytes = writer.bytes();
        if (writer.kept.length <= MAX_KEPT) {
          kept = writer.kept;
          return Promise.resolve(bytes);
        }
        // Too large to keep: this message's bytes get their own buffer, the kept one stays small.
        return Promise.resolve(Buffer.from(bytes));
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
