/**
 * JSON errors for the APIs: `{"error":{"code","message","details"?,"requestId"}}`
 * with the status of the code. Schema failures say which field is wrong;
 * anything unexpected is logged and answered with a generic 500 that leaks
 * nothing. `requestId` (the request's id, also in `X-Request-Id` and on every
 * log line of the request) is added to every error body on its way out, so
 * a partner's report can be traced whichever route built the error.
 */
import type { FastifyReply, FastifyRequest, preSerializationHookHandler } from 'fastify';
import { ZodError } from 'zod';
import { isHeraldError } from '../domain/errors.js';

export const isApiRequest = (url: string) => url.startsWith('/api/') || url.startsWith('/ingest/');

export function apiError(code: string, message: string, details?: unknown) {
  return { error: { code, message, ...(details === undefined ? {} : { details }) } };
}

export function sendApiError(error: unknown, request: FastifyRequest, reply: FastifyReply) {
  if (isHeraldError(error)) {
    if (error.status >= 500) request.log.error({ err: error }, 'API error');
    return reply.code(error.status).send(apiError(error.code, error.message, error.details));
  }
  if (error instanceof ZodError) {
    const problems = error.issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`);
    return reply.code(422).send(apiError('HERALD_VALIDATION', `Invalid request: ${problems.join('; ')}`, { issues: problems }));
  }
  const status = (error as { statusCode?: number }).statusCode;
  if (status === 413) return reply.code(413).send(apiError('HERALD_PAYLOAD_TOO_LARGE', 'The request body is too large.'));
  if (status === 415) return reply.code(415).send(apiError('HERALD_UNSUPPORTED_MEDIA', 'This content type is not accepted here.'));
  if (status && status >= 400 && status < 500) {
    const message = (error as { code?: string }).code === 'FST_ERR_CTP_INVALID_JSON_BODY' || /JSON/i.test(String((error as Error).message))
      ? 'The request body is not valid JSON.'
      : 'The request could not be understood.';
    return reply.code(status).send(apiError('HERALD_BAD_REQUEST', message));
  }
  request.log.error({ err: error }, 'unhandled API error');
  return reply.code(500).send(apiError('HERALD_INTERNAL', 'Something went wrong on our side; it has been logged.'));
}

/** A preSerialization hook: adds the request id to any `{error:{code,message}}` body of a 4xx/5xx answer. */
export const addRequestIdToApiError: preSerializationHookHandler<unknown> = (request, reply, payload, done) => {
  const error = reply.statusCode >= 400 && typeof payload === 'object' && payload !== null ? (payload as { error?: unknown }).error : undefined;
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error && !('requestId' in error))
    return done(null, { ...(payload as object), error: { ...error, requestId: request.id } });
  done(null, payload);
};
