/**
 * Fastify's JSON-schema compilers (ajv, fast-json-stringify), loaded only if
 * a route ever declares a schema. Herald's routes validate with zod at the
 * edge and declare none, yet Fastify loads both compilers with every
 * instance, a sizeable part of a cold start (docs/adr/0010-cold-start.md).
 * The factories are Fastify's own defaults, required on first use.
 */
import { createRequire } from 'node:module';
import type { FastifyServerOptions } from 'fastify';

type Compilers = NonNullable<NonNullable<FastifyServerOptions['schemaController']>['compilersFactory']>;
type ValidatorFactory = NonNullable<Compilers['buildValidator']>;
type SerializerFactory = NonNullable<Compilers['buildSerializer']>;

// Resolved from Fastify's own folder: they are its dependencies, not ours.
const requireFromFastify = createRequire(createRequire(import.meta.url).resolve('fastify'));

export function lazySchemaCompilers(): Compilers {
  let validator: ValidatorFactory | undefined;
  let serializer: SerializerFactory | undefined;
  const buildValidator: ValidatorFactory = (...args) => {
    validator ??= (requireFromFastify('@fastify/ajv-compiler') as () => ValidatorFactory)();
    return validator(...args);
  };
  const buildSerializer: SerializerFactory = (...args) => {
    serializer ??= (requireFromFastify('@fastify/fast-json-stringify-compiler') as () => SerializerFactory)();
    return serializer(...args);
  };
  return { buildValidator, buildSerializer };
}
