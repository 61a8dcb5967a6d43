/**
 * A public page prepared for caching: its strong ETag (a hash of the
 * uncompressed bytes), its gzip and brotli encodings made once when it is
 * stored, and the choice among them by `Accept-Encoding`. Each encoding is a
 * different representation, so it gets its own ETag (`"…-gz"`, `"…-br"`,
 * RFC 9110 §8.8.3); revalidation accepts any of them, since all stand for the
 * same page. A page that is not stored (page cache off, or a purge overtook
 * its render) gets only the coding its reader takes, made on demand
 * (`withCoding`): compressing both for one response was a quarter or more of an
 * uncached page's CPU, and a reader without `Accept-Encoding` needs neither.
 *
 * Brotli runs at quality 5: on Herald's pages about 50 times faster than the
 * default 11 (under 1.5 ms against 30–85 ms) for 15–20 % more bytes, still
 * 10–25 % smaller than gzip (docs/BENCHMARKS.md).
 * Both run in libuv's thread pool, off the event loop.
 */
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { CachedPage } from '../cache/page-cache.js';

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);

export const BROTLI_QUALITY = 5;
export const GZIP_LEVEL = 6;
/** Below this, compression saves less than its headers and work cost. */
const MIN_COMPRESS_BYTES = 512;
const COMPRESSIBLE = /^(text\/|application\/(json|xml|rss\+xml|atom\+xml|manifest\+json|[a-z.+-]*\+xml))/;

export type ContentCoding = 'br' | 'gzip' | 'identity';

export const strongEtag = (body: Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

const SUFFIX: Record<ContentCoding, string> = { br: '-br', gzip: '-gz', identity: '' };
export const etagFor = (baseEtag: string, coding: ContentCoding) =>
  coding === 'identity' ? baseEtag : `${baseEtag.slice(0, -1)}${SUFFIX[coding]}"`;

export interface EncodeOptions {
  brotliQuality?: number;
  /** The codings to make; both unless told. A page that is never stored needs only the one its reader takes. */
  codings?: readonly Coding[];
}

type Coding = Exclude<ContentCoding, 'identity'>;
type PreparedPage = Omit<CachedPage, 'storedAt'>;

const BOTH_CODINGS: readonly Coding[] = ['gzip', 'br'];
/** Which codings a response may use: a page's made encodings, or every coding when they are made on demand. */
export type AvailableCodings = Partial<Record<Coding, unknown>>;
const EVERY_CODING: AvailableCodings = { gzip: true, br: true };

function compress(body: Buffer, coding: Coding, options: EncodeOptions): Promise<Buffer> {
  if (coding === 'gzip') return gzip(body, { level: GZIP_LEVEL });
  return brotli(body, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: options.brotliQuality ?? BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    },
  });
}

/**
 * The entry the page cache stores: body, encodings, and `etag` (plus any
 * `last-modified` the page brought) in its headers. A compressible page
 * always has `encodings` (empty when `codings` is), so its responses say
 * `Vary: Accept-Encoding`; `withCoding` adds one later.
 */
export async function preparePage(
  page: { status: number; body: Buffer; headers: Record<string, string>; keys: string[] },
  options: EncodeOptions = {},
): Promise<PreparedPage> {
  const headers: Record<string, string> = { ...page.headers, etag: strongEtag(page.body) };
  const type = headers['content-type'] ?? 'text/html';
  if (page.body.length < MIN_COMPRESS_BYTES || !COMPRESSIBLE.test(type)) return { ...page, headers };
  const codings = options.codings ?? BOTH_CODINGS;
  const made = await Promise.all(codings.map(async (coding) => [coding, await compress(page.body, coding, options)] as const));
  return { ...page, headers, encodings: Object.fromEntries(made) };
}

/**
 * The coding a reader's `Accept-Encoding` takes from a compressible page,
 * whichever encodings it has made so far; `identity` for any other page.
 */
export function codingFor(page: PreparedPage, acceptEncoding: string | string[] | undefined): ContentCoding {
  return page.encodings ? chooseCoding(acceptEncoding, EVERY_CODING) : 'identity';
}

/** The page with `coding` made too (a new object; the one given is shared by other responses). */
export async function withCoding(page: PreparedPage, coding: ContentCoding, options: EncodeOptions = {}): Promise<PreparedPage> {
  if (coding === 'identity' || !page.encodings || page.encodings[coding]) return page;
  return { ...page, encodings: { ...page.encodings, [coding]: await compress(page.body, coding, options) } };
}

/**
 * The coding to send among those `available`: brotli, then gzip, then the plain
 * bytes, skipping any the client refuses (`q=0`, or `*;q=0` for all it does not name).
 */
export function chooseCoding(acceptEncoding: string | string[] | undefined, available: AvailableCodings | undefined): ContentCoding {
  if (!available || acceptEncoding === undefined) return 'identity';
  const header = Array.isArray(acceptEncoding) ? acceptEncoding.join(',') : acceptEncoding;
  const weights = new Map<string, number>();
  for (const part of header.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    if (name === '') continue;
    const q = params.map((p) => /^\s*q=([01](\.\d{0,3})?)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const accepts = (coding: string) => (weights.get(coding) ?? weights.get('*') ?? 0) > 0;
  if (available.br && accepts('br')) return 'br';
  if (available.gzip && (accepts('gzip') || accepts('x-gzip'))) return 'gzip';
  return 'identity';
}
