/**
 * Why a wire file was refused. Every failure of `parseWireFile` is one of these:
 * a stable `code` for machines, a `reason` a wire editor can read, and (when the
 * parser knows it) the line and column of the problem.
 */
import { HeraldError } from '../domain/errors.js';

export type WireRejectionCode =
  | 'malformed'
  | 'unsafe'
  | 'too_large'
  | 'encoding'
  | 'unknown_format'
  | 'missing_guid'
  | 'unsupported';

export interface WireRejectionOptions {
  cause?: unknown;
  line?: number;
  column?: number;
  fileName?: string;
}

export class WireRejection extends Error {
  readonly reason: string;
  readonly code: WireRejectionCode;
  readonly line?: number;
  readonly column?: number;
  readonly fileName?: string;

  constructor(code: WireRejectionCode, reason: string, options: WireRejectionOptions = {}) {
    super(options.fileName ? `${options.fileName}: ${reason}` : reason, { cause: options.cause });
    this.name = 'WireRejection';
    this.code = code;
    this.reason = reason;
    if (options.line !== undefined) this.line = options.line;
    if (options.column !== undefined) this.column = options.column;
    if (options.fileName !== undefined) this.fileName = options.fileName;
  }

  /** The same rejection with a prefix saying where it happened (e.g. which item of an envelope). */
  withContext(prefix: string): WireRejection {
    return new WireRejection(this.code, `${prefix}: ${this.reason}`, this.copyOptions());
  }

  withFileName(fileName: string): WireRejection {
    return new WireRejection(this.code, this.reason, { ...this.copyOptions(), fileName });
  }

  private copyOptions(): WireRejectionOptions {
    const options: WireRejectionOptions = { cause: this.cause };
    if (this.line !== undefined) options.line = this.line;
    if (this.column !== undefined) options.column = this.column;
    if (this.fileName !== undefined) options.fileName = this.fileName;
    return options;
  }
}

export function isWireRejection(e: unknown): e is WireRejection {
  return e instanceof WireRejection;
}

/** For an HTTP edge (push endpoint): the rejection as a HeraldError with a stable code. */
export function wireRejectionToHeraldError(rejection: WireRejection): HeraldError {
  const code = rejection.code === 'too_large' ? 'HERALD_PAYLOAD_TOO_LARGE' : 'HERALD_WIRE_REJECTED';
  return new HeraldError(code, `Wire file rejected: ${rejection.reason}`, {
    cause: rejection,
    details: { rejection: rejection.code },
  });
}
