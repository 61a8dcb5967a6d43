/**
 * Values a request can carry that a store cannot take become a HeraldError
 * at the one place every query passes (the driver's connection), instead of a
 * driver error that surfaces as a 500:
 * - text with U+0000: PostgreSQL refuses it in every text column and parameter
 *   (SQLite would keep it, and a later move to PostgreSQL would then fail), so
 *   both stores refuse it before the query runs;
 * - a number PostgreSQL cannot read as the column's type (an id past int4,
 *   `1e+20` for an integer), reported by the store.
 * The connection object is patched in place, not wrapped: drivers release
 * connections through private members of their own objects.
 */
import type { CompiledQuery, DatabaseConnection, Dialect, QueryResult } from 'kysely';
import { withPatchedConnections } from './connection-patching.js';
import { HeraldError } from '../domain/errors.js';

const NUL_MESSAGE = 'Text must not contain the NUL character (U+0000); remove it and try again.';
const NUMBER_MESSAGE = 'A number in the request is out of the range the store can hold.';

/** PostgreSQL SQLSTATEs caused by a parameter's value: numeric_value_out_of_range, invalid_text_representation. */
const VALUE_ERRORS = new Set(['22003', '22P02']);

function checkParameters(query: CompiledQuery): void {
  for (const value of query.parameters)
    if (typeof value === 'string' && value.includes('\u0000')) throw new HeraldError('HERALD_VALIDATION', NUL_MESSAGE);
}

function translated(error: unknown): unknown {
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  if (typeof code === 'string' && VALUE_ERRORS.has(code)) return new HeraldError('HERALD_VALIDATION', NUMBER_MESSAGE, { cause: error });
  if (code === '22021') return new HeraldError('HERALD_VALIDATION', NUL_MESSAGE, { cause: error });
  return error;
}

const guarded = new WeakSet<DatabaseConnection>();

function guard(connection: DatabaseConnection): DatabaseConnection {
  if (guarded.has(connection)) return connection;
  guarded.add(connection);
  const execute = connection.executeQuery.bind(connection);
  const stream = connection.streamQuery.bind(connection);
  connection.executeQuery = async <R>(query: CompiledQuery): Promise<QueryResult<R>> => {
    checkParameters(query);
    try {
      return await execute<R>(query);
    } catch (error) {
      throw translated(error);
    }
  };
  connection.streamQuery = <R>(query: CompiledQuery, chunkSize?: number) => {
    checkParameters(query);
    return stream<R>(query, chunkSize);
  };
  return connection;
}

/** `dialect` with every connection it hands out guarded. */
export function withInputGuard(dialect: Dialect): Dialect {
  return withPatchedConnections(dialect, guard);
}
