/**
 * The hostile values test/api/admin-api-sweep.test.ts sends to every admin
 * route: path parameters, whole bodies, and one-field-at-a-time mutations of
 * a valid body. Each case is labelled so a failure names what was sent.
 */
import zlib from 'node:zlib';

export interface Mutation {
  label: string;
  value: unknown;
}

export const BIG_STRING = 'x'.repeat(100 * 1024);
export const NUL_STRING = 'before\u0000after';

/** `{"a":{"a":…}}` `depth` levels deep: parsers and validators must not recurse into trouble. */
export function nested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

/** Path parameter values, already URL-encoded (`%00` is sent as is, so the server decodes a NUL). */
export const HOSTILE_PARAMS: Mutation[] = [
  { label: '0', value: '0' },
  { label: '-1', value: '-1' },
  { label: '99999999999999999999', value: '99999999999999999999' },
  { label: 'abc', value: 'abc' },
  { label: '%00', value: '%00' },
  { label: 'broken percent-encoding', value: '%E0%A4%ZZ' },
  { label: '1.5', value: '1.5' },
  { label: '5 KB', value: 'a'.repeat(5 * 1024) },
  { label: '400 chars', value: '9'.repeat(400) },
];

/** Whole request bodies that are not the object a route expects. */
export const HOSTILE_BODIES: Mutation[] = [
  { label: 'null', value: null },
  { label: '[]', value: [] },
  { label: '"string"', value: 'string' },
  { label: '{}', value: {} },
  { label: '1e308', value: 1e308 },
  { label: 'nested 2000 deep', value: nested(2000) },
];

/** Values of the wrong type or out of range, tried in place of every field of a valid body. */
export function fieldMutations(valid: unknown): Mutation[] {
  const wrongScalar: Mutation[] = typeof valid === 'string' ? [{ label: '42', value: 42 }] : [{ label: '"string"', value: 'string' }];
  return [
    { label: 'null', value: null },
    ...wrongScalar,
    { label: 'true', value: true },
    { label: '[]', value: [] },
    { label: '{}', value: {} },
    { label: '1e308', value: 1e308 },
    { label: '-1', value: -1 },
    { label: '987654', value: 987654 },
    { label: '100 KB string', value: BIG_STRING },
    { label: 'NUL byte', value: NUL_STRING },
    { label: 'nested 300 deep', value: nested(300) },
    { label: '[100 KB string]', value: [BIG_STRING] },
  ];
}

/** Fields that hold references; `valid` is one id (or code) that exists, for duplicates. */
export function referenceMutations(field: string, valid: unknown, otherKind: unknown): Mutation[] {
  if (Array.isArray(valid)) {
    const one = valid[0];
    return [
      { label: 'unknown id [987654]', value: typeof one === 'string' ? ['zz'] : [987654] },
      { label: 'duplicate ids', value: [one, one] },
      { label: 'negative id [-1]', value: [-1] },
      { label: '[1e308]', value: [1e308] },
      { label: 'mixed [id, 987654]', value: [one, typeof one === 'string' ? 'zz' : 987654] },
      { label: 'id of another kind or edition', value: [otherKind] },
      { label: '[null]', value: [null] },
      { label: 'NUL code', value: [NUL_STRING] },
    ];
  }
  if (field === 'editionCode')
    return [
      { label: 'unknown edition zz', value: 'zz' },
      { label: 'another edition', value: otherKind },
      { label: 'NUL edition', value: `en${NUL_STRING}` },
    ];
  return [
    { label: 'unknown id 987654', value: 987654 },
    { label: 'id 2147483648 (past int4)', value: 2_147_483_648 },
    { label: 'id 9007199254740993', value: 9_007_199_254_740_993 },
    { label: 'id of another kind or edition', value: otherKind },
  ];
}

/** Body blocks that name things that do not exist. */
export const HOSTILE_BLOCKS: Mutation[] = [
  { label: 'image block with unknown imageId', value: [{ type: 'image', imageId: 987654 }] },
  { label: 'related block with unknown articleId', value: [{ type: 'related', articleId: 987654 }] },
  { label: 'related block past int4', value: [{ type: 'related', articleId: 2_147_483_648 }] },
  { label: 'unknown block type', value: [{ type: 'script', text: 'x' }] },
  { label: 'paragraph with NUL', value: [{ type: 'paragraph', spans: [{ text: NUL_STRING }] }] },
  { label: 'javascript: link', value: [{ type: 'paragraph', spans: [{ text: 'x', href: 'javascript:alert(1)' }] }] },
];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A well-formed PNG header claiming `width`×`height`, with a tiny (wrong) image stream. */
export function pngClaiming(width: number, height: number): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', zlib.deflateSync(Buffer.alloc(64))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
