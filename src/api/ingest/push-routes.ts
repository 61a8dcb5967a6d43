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

function fileNameOf(request: FastifyRequest, source: string, now: Date): string {
  const disposition = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(String(request.headers['content-disposition'] ?? ''))?.[1];
  const given = String(request.headers['x-wire-filename'] ?? '') || (disposition ? decodeURIComponent(disposition) : '');
  const base = given.split(/[\\/]/).pop()?.replace(/[\u0000-\u001f]/g, '').slice(0, 200);
  return base || `push-${source}-${now.toISOString().replace(/[-:.]/g, '')}`;
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
          bytes: body, fileName: fileNameOf(request, source, deps.now()), source: `push:${source}`,
          ...(contentType ? { contentType } : {}),
        });
        return { source, outcomes };
      },
    );
  });
}
