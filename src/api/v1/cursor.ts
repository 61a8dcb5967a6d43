/**
 * Opaque cursors for the article list: base64url of the last article's
 * position (change time and id) and the order it was walked in. Clients must
 * not build them; a cursor that does not decode, or was made for the other
 * order, is a 400 rather than a silently wrong page.
 */
import { HeraldError } from '../../domain/errors.js';
import type { ArticlePosition } from '../../operations/public-content-ports.js';

type Order = 'asc' | 'desc';

const ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function encodeCursor(position: ArticlePosition, order: Order): string {
  return Buffer.from(JSON.stringify({ v: 1, o: order, t: position.changedAt, i: position.id })).toString('base64url');
}

const invalid = () =>
  new HeraldError('HERALD_BAD_REQUEST', 'This cursor is not valid: pass the nextCursor of the previous page unchanged, with the same order.', {
    details: { field: 'cursor' },
  });

export function decodeCursor(cursor: string, order: Order): ArticlePosition {
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw invalid();
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid();
  }
  const c = parsed as { v?: unknown; o?: unknown; t?: unknown; i?: unknown };
  if (c?.v !== 1 || c.o !== order || typeof c.t !== 'string' || !ISO_UTC.test(c.t) || !Number.isSafeInteger(c.i) || (c.i as number) < 1) throw invalid();
  return { changedAt: c.t, id: c.i as number };
}
