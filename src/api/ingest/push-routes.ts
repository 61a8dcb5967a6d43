/**
 * `POST /ingest/{source}`: agencies that push. Each push source has its own
 * secret (`Authorization: Bearer <token>`, compared in constant time); the
 * check runs before the body is read, so strangers cannot make us buffer
 * 10 MB. The body is taken as raw bytes whatever its content type (its
 * `charset`, if any, is honoured by the decoder) and ingested as one file;
 * the answer lists the outcomes. A file the parsers refuse is quarantined and
 * still answered 200 (retrying it would not help); an unknown source is 404,
 * a missing or wrong token 401, a body over the limit 413.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { PushSourceConfig } from '../../config/wire-sources.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import type { IngestFile } from '../../ingest/sources/source-types.js';
import type { PushIngestResponse } from '../admin/wire-contract.js';

export interface PushRoutesDeps {
  sources: PushSourceConfig[];
  ingest: IngestFile;
  maxBytes: number;
  now: () => Date;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Equal-length digests, so neither the content nor the length of the token leaks through timing. */
const tokenMatches = (given: string, expected: Buffer) => timingSafeEqual(digest(given), expected);

/**
 * The file's name from `X-Wire-Filename`, else Content-Disposition (`filename*`
 * per RFC 5987/6266 first, then `filename`), else one made from the source and
 * the time. A name is only a label (quarantine and outcomes), so a malformed
 * header never refuses the file: anything that does not decode cleanly falls
 * back to the next candidate.
 */
export function wireFileName(headers: FastifyRequest['headers'], source: string, now: Date): string {
  const candidates = [headerText(headers['x-wire-filename']), ...dispositionNames(headerText(headers['content-disposition']))];
  for (const candidate of candidates) {
    const base = candidate
      ?.split(/[\\/]/)
      .pop()
      ?.replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
      .trim()
      .slice(0, 200);
    if (base && base !== '.' && base !== '..') return base;
  }
  return `push-${source}-${now.toISOString().replace(/[-:.]/g, '')}`;
}

/** Longer header values are not names (a name is kept to 200 characters): they are ignored, not parsed. */
const MAX_NAME_HEADER = 2048;

function headerText(value: string | string[] | undefined): string | undefined {
  const text = Array.isArray(value) ? value[0] : value;
  return text && text.length <= MAX_NAME_HEADER ? text : undefined;
}

/** `filename*` then `filename` from a Content-Disposition value; undecodable ones are left out. */
function dispositionNames(value: string | undefined): (string | undefined)[] {
  if (!value) return [];
  const params = new Map<string, string>();
  for (const match of value.matchAll(/(?:^|;)\s*([^\s=;]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)/g)) {
    const name = (match[1] ?? '').toLowerCase();
    const raw = (match[2] ?? '').trim();
    if (!params.has(name)) params.set(name, raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw);
  }
  const extended = params.get('filename*');
  return [extended === undefined ? undefined : decodeExtValue(extended), params.get('filename')];
}

/** RFC 5987 `charset'language'percent-encoded`, UTF-8 or ISO-8859-1; undefined when malformed. */
function decodeExtValue(value: string): string | undefined {
  const match = /^([A-Za-z0-9!#$&+^_`{}~-]+)'[^']*'((?:%[0-9A-Fa-f]{2}|[^%])*)$/.exec(value);
  const charset = match?.[1]?.toLowerCase();
  if (!match || (charset !== 'utf-8' && charset !== 'iso-8859-1')) return undefined;
  const bytes: number[] = [];
  const encoded = match[2] ?? '';
  for (let i = 0; i < encoded.length; i++) {
    const code = encoded.charCodeAt(i);
    if (code === 0x25) {
      bytes.push(Number.parseInt(encoded.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (code < 0x80) bytes.push(code);
    else return undefined; // RFC 5987 allows only ASCII here
  }
  try {
    return new TextDecoder(charset === 'utf-8' ? 'utf-8' : 'latin1', { fatal: true }).decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
}

export function registerPushRoutes(app: FastifyInstance, deps: PushRoutesDeps): void {
  const secrets = new Map(deps.sources.map((s) => [s.name, digest(s.token)]));

  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: deps.maxBytes }, (_request, body, done) => done(null, body));

    scope.post<{ Params: { source: string } }>(
      '/ingest/:source',
      {
        bodyLimit: deps.maxBytes,
        onRequest: async (request) => {
          const secret = secrets.get(request.params.source);
          if (!secret) throw notFound(`Push source "${request.params.source.slice(0, 60)}"`);
          const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? '');
          if (!match?.[1] || !tokenMatches(match[1], secret))
            throw new HeraldError('HERALD_UNAUTHENTICATED', `Send this source's token as "Authorization: Bearer <token>".`);
          // Any content type is accepted as bytes; one that is not even type/subtype must not make the parser refuse it.
          const type = request.headers['content-type'];
          if (type !== undefined && !/^[\w.+-]+\/[\w.+-]+/.test(type)) request.headers['content-type'] = 'application/octet-stream';
        },
      },
      async (request): Promise<PushIngestResponse> => {
        const source = request.params.source;
        const body = request.body;
        if (!(body instanceof Uint8Array) || body.byteLength === 0) throw new HeraldError('HERALD_BAD_REQUEST', 'The request body is empty.');
        const contentType = request.headers['content-type'];
        const outcomes = await deps.ingest({
          bytes: body, fileName: wireFileName(request.headers, source, deps.now()), source: `push:${source}`,
          ...(contentType ? { contentType } : {}),
        });
        return { source, outcomes };
      },
    );
  });
}
