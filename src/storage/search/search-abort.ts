/**
 * A search whose caller has given up (src/operations/search-ports.ts
 * SearchOptions.signal) stops at the next point it can: it is cheaper to
 * drop the rest of a 50 ms search than to finish it for a closed connection
 * while the readers behind it wait.
 */
import { HeraldError } from '../../domain/errors.js';

export const searchAborted = (reason?: unknown) =>
  new HeraldError('HERALD_ABORTED', 'The search was stopped because its request was abandoned (the client went away); nothing needs doing.', {
    ...(reason === undefined ? {} : { cause: reason }),
  });

/** Throws HERALD_ABORTED once the signal has fired; called before each statement a search sends. */
export function throwIfSearchAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw searchAborted(signal.reason);
}
