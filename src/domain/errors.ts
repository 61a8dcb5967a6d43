/**
 * Every error Herald raises on purpose. The `code` is stable (clients and tests
 * match on it), `status` is the HTTP status an edge should answer with, and
 * `message` is safe to show to a person; internals stay in `cause`.
 */
export type HeraldErrorCode =
  | 'HERALD_NOT_FOUND'
  | 'HERALD_BAD_REQUEST'
  | 'HERALD_VALIDATION'
  | 'HERALD_CONFLICT'
  | 'HERALD_UNAUTHENTICATED'
  | 'HERALD_FORBIDDEN'
  | 'HERALD_PAYLOAD_TOO_LARGE'
  | 'HERALD_UNSUPPORTED_MEDIA'
  | 'HERALD_CONFIG'
  | 'HERALD_STORAGE'
  | 'HERALD_WIRE_REJECTED'
  | 'HERALD_RATE_LIMITED'
  /** The server has too much of this work queued right now (503); the same request later will do. */
  | 'HERALD_BUSY'
  /**
   * The caller gave up on this work before it finished (a reader's connection closed mid-search): nobody is
   * waiting for an answer. 499 is nginx's "client closed request"; with the socket gone, no client ever sees it.
   */
  | 'HERALD_ABORTED';

const statusByCode: Record<HeraldErrorCode, number> = {
  HERALD_NOT_FOUND: 404,
  HERALD_BAD_REQUEST: 400,
  HERALD_VALIDATION: 422,
  HERALD_CONFLICT: 409,
  HERALD_UNAUTHENTICATED: 401,
  HERALD_FORBIDDEN: 403,
  HERALD_PAYLOAD_TOO_LARGE: 413,
  HERALD_UNSUPPORTED_MEDIA: 415,
  HERALD_CONFIG: 500,
  HERALD_STORAGE: 500,
  HERALD_WIRE_REJECTED: 422,
  HERALD_RATE_LIMITED: 429,
  HERALD_BUSY: 503,
  HERALD_ABORTED: 499,
};

export class HeraldError extends Error {
  readonly code: HeraldErrorCode;
  readonly status: number;
  readonly details?: Record<string, unknown>;

  constructor(
    code: HeraldErrorCode,
    message: string,
    options: { cause?: unknown; details?: Record<string, unknown> } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = 'HeraldError';
    this.code = code;
    this.status = statusByCode[code];
    if (options.details) this.details = options.details;
  }
}

export const notFound = (what: string) => new HeraldError('HERALD_NOT_FOUND', `${what} was not found.`);
export const badRequest = (message: string) => new HeraldError('HERALD_BAD_REQUEST', message);

export function isHeraldError(e: unknown): e is HeraldError {
  return e instanceof HeraldError;
}
