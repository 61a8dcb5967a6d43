/**
 * Queries built and compiled once per shape, then run with each request's
 * values (issue 12, docs/adr/0015-compiled-queries.md). Building a Kysely
 * query and compiling it to SQL took 10–14 % of an uncached page's CPU, for
 * the same few query shapes every time; only the bound values change.
 *
 * A query is defined once, at module level, by a builder that receives its
 * parameters: the first run of a shape calls the builder with placeholder
 * objects in place of the values to bind, compiles it on that Kysely
 * instance's dialect, and notes which compiled parameter is which placeholder.
 * Later runs of the shape only put the real values into those positions.
 *
 * What decides the shape, and so is part of the key: the query's definition,
 * the length of every list parameter (an `in` list has one placeholder per
 * item), which parameters are `undefined`, `null` or boolean (a builder may
 * branch on them, so they are passed through as they are), and the `written`
 * values, which the builder writes into the SQL (a LIMIT, see row-limit.ts).
 * Strings, numbers and bigints are bound. The kept shapes are bounded per
 * Kysely instance, since list lengths and written limits come from requests.
 * A Kysely instance with plugins is not compiled ahead: a plugin's
 * `transformQuery` may depend on the values, so such runs are built afresh.
 */
import type { Compilable, CompiledQuery, Kysely, RootOperationNode } from 'kysely';
import { boundedMemo, type BoundedMemo } from '../cache/bounded-memo.js';

/** Shapes kept per Kysely instance; when full they are all dropped and compiled again as asked. */
export const MAX_COMPILED_SHAPES = 500;

type Bound = string | number | bigint;
type ParamValue = Bound | readonly Bound[] | boolean | null | undefined;
export type QueryParams = Record<string, ParamValue>;
export type WrittenValues = Record<string, string | number | boolean>;

/**
 * Stands in for a value while the query is built. Turning it into text or a
 * number throws: a builder that wrote a parameter into the SQL text (instead
 * of binding it) would otherwise compile a shape that ignores the value.
 */
class Placeholder {
  constructor(readonly name: string, readonly index: number) {
    Object.freeze(this);
  }
  [Symbol.toPrimitive](): never {
    throw new TypeError(`The query parameter "${this.name}" must be bound, not written into the SQL (use the written values for that).`);
  }
}

/** Where a compiled parameter's value comes from: a parameter (`index` -1 for a scalar) or a value the builder fixed. */
type Slot = { name: string; index: number } | { fixed: unknown };

interface Shape {
  sql: string;
  query: RootOperationNode;
  queryId: CompiledQuery['queryId'];
  slots: Slot[];
}

export interface DefinedQuery<DB, P extends QueryParams, W extends WrittenValues, R> {
  /** The rows the query returns for these values. */
  rows(db: Kysely<DB>, params: P, written?: W): Promise<R[]>;
  /** The first row, or undefined. */
  first(db: Kysely<DB>, params: P, written?: W): Promise<R | undefined>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- one memo per instance, whatever its schema
const shapesByDb = new WeakMap<Kysely<any>, BoundedMemo<Shape>>();
let definitions = 0;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
function shapesOf(db: Kysely<any>): BoundedMemo<Shape> {
  let shapes = shapesByDb.get(db);
  if (!shapes) {
    shapes = boundedMemo<Shape>(MAX_COMPILED_SHAPES);
    shapesByDb.set(db, shapes);
  }
  return shapes;
}

/** How many shapes are compiled for this Kysely instance (for tests and diagnostics). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as above
export function compiledShapeCount(db: Kysely<any>): number {
  return shapesByDb.get(db)?.size ?? 0;
}

const isBound = (value: unknown): value is Bound => typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint';

function shapeKey(id: number, params: QueryParams, written: WrittenValues | undefined): string {
  let key = String(id);
  for (const name in params) {
    const value = params[name];
    if (Array.isArray(value)) key += `|${name}[${value.length}]`;
    else if (value === undefined || value === null || typeof value === 'boolean') key += `|${name}=${String(value)}`;
    else key += `|${name}`;
  }
  if (written) for (const name in written) key += `|${name}:${typeof written[name]}:${String(written[name])}`;
  return key;
}

function placeholdersFor(params: QueryParams): { stand: QueryParams; all: Set<Placeholder> } {
  const all = new Set<Placeholder>();
  const make = (name: string, index: number, value: unknown): Placeholder => {
    if (!isBound(value)) throw new TypeError(`The query parameter "${name}" must be a string, number or bigint, or a list of them.`);
    const placeholder = new Placeholder(name, index);
    all.add(placeholder);
    return placeholder;
  };
  const stand: Record<string, unknown> = {};
  for (const name in params) {
    const value = params[name];
    if (Array.isArray(value)) stand[name] = value.map((item, index) => make(name, index, item));
    else if (value === undefined || value === null || typeof value === 'boolean') stand[name] = value;
    else stand[name] = make(name, -1, value);
  }
  return { stand: stand as QueryParams, all };
}

function compileShape<DB>(
  db: Kysely<DB>,
  params: QueryParams,
  written: WrittenValues | undefined,
  build: (db: Kysely<DB>, params: never, written: never) => Compilable<unknown>,
): Shape {
  const { stand, all } = placeholdersFor(params);
  const compiled = build(db, stand as never, (written ?? {}) as never).compile();
  const seen = new Set<Placeholder>();
  const slots = compiled.parameters.map((value): Slot => {
    if (!(value instanceof Placeholder)) return { fixed: value };
    seen.add(value);
    return { name: value.name, index: value.index };
  });
  // A placeholder Kysely did not hand back as a parameter was copied, dropped or written into the SQL:
  // running the shape with other values would silently ignore them.
  for (const placeholder of all)
    if (!seen.has(placeholder)) throw new Error(`The query parameter "${placeholder.name}" is not bound in the compiled query.`);
  return { sql: compiled.sql, query: compiled.query, queryId: compiled.queryId, slots };
}

/**
 * A query compiled once per shape. `build` must use `params` only as values
 * (bound), may branch on list lengths and on `undefined`/`null`/boolean
 * parameters, and writes `written` values into the SQL. Define it at module
 * level, so that it cannot capture a request's values.
 */
export function defineQuery<DB, P extends QueryParams, R, W extends WrittenValues = Record<never, never>>(
  build: (db: Kysely<DB>, params: P, written: W) => Compilable<R>,
): DefinedQuery<DB, P, W, R> {
  const id = ++definitions;
  async function rows(db: Kysely<DB>, params: P, written?: W): Promise<R[]> {
    // A plugin may rewrite each query by its values (the query-plan suite records every one): with plugins, every run is built afresh.
    if (db.getExecutor().plugins.length > 0) return (await db.executeQuery(build(db, params, written ?? ({} as W)))).rows;
    const shape = shapesOf(db).get(shapeKey(id, params, written), () => compileShape(db, params, written, build as never));
    const parameters = new Array<unknown>(shape.slots.length);
    for (let i = 0; i < shape.slots.length; i++) {
      const slot = shape.slots[i] as Slot;
      parameters[i] = 'fixed' in slot ? slot.fixed : slot.index < 0 ? params[slot.name] : (params[slot.name] as readonly Bound[])[slot.index];
    }
    // The compiled query's own node and id: the driver reads the node (a select returns rows).
    const result = await db.executeQuery<R>({ sql: shape.sql, query: shape.query, queryId: shape.queryId, parameters });
    return result.rows;
  }
  return {
    rows,
    async first(db, params, written) {
      return (await rows(db, params, written))[0];
    },
  };
}
