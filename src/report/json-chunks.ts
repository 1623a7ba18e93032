/** Output written in pieces: a large report is never built as one string. */
export type Chunks = Iterable<string>;

/** An array whose items are serialised one at a time, as they are produced. */
export class StreamedArray<T = unknown> {
  constructor(readonly items: Iterable<T>) {}
}

/** Pieces are joined up to about this many characters before they are handed on. */
const CHUNK_CHARS = 1 << 16;

/**
 * `JSON.stringify(object, null, 2)` of a flat record in pieces, byte for byte: fields that are a
 * `StreamedArray` are written item by item, so neither the whole text nor every item's JSON is
 * held at once. Values other than `StreamedArray` go through `JSON.stringify` as they are.
 */
export function* prettyJsonChunks(object: Readonly<Record<string, unknown>>): Generator<string> {
  let buffer = '{';
  let first = true;
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || typeof value === 'function' || typeof value === 'symbol') continue;
    buffer += `${first ? '' : ','}\n  ${JSON.stringify(key)}: `;
    first = false;
    if (!(value instanceof StreamedArray)) {
      buffer += indent(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    let empty = true;
    for (const item of value.items) {
      buffer += `${empty ? '[' : ','}\n    ${indent(JSON.stringify(item, null, 2) ?? 'null', '    ')}`;
      empty = false;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    buffer += empty ? '[]' : '\n  ]';
  }
  yield `${buffer}${first ? '}' : '\n}'}`;
}

/** The pieces as one string (what the library's string-returning formatters give). */
export function joinChunks(chunks: Chunks): string {
  let out = '';
  for (const chunk of chunks) out += chunk;
  return out;
}

/** JSON text never holds a raw line break inside a string, so every `\n` starts a nested line. */
function indent(json: string, by: string): string {
  return json.includes('\n') ? json.replace(/\n/g, `\n${by}`) : json;
}
