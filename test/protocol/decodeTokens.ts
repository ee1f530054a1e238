// Semantic tokens arrive as relative integers, five per token (line delta, start delta — from
// the previous token on the same line, else from column 0 —, length, type, modifiers). Tests
// turn them back into absolute positions here. No imports, so any test harness can use it.

export interface DecodedToken {
  line: number;
  character: number;
  length: number;
  /** Index into the legend's token types. */
  type: number;
}

export function decodeTokens(data: readonly number[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i + 4 < data.length; i += 5) {
    const [dLine, dChar, length, type] = data.slice(i, i + 4);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push({ line, character, length, type });
  }
  return out;
}
