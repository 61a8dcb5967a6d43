/**
 * /api/v1/openapi.json: an OpenAPI 3.1 document (checked structurally, its
 * schemas compiled as JSON Schema 2020-12 with ajv), listing every /api/v1
 * route the server registered, and describing what the routes really answer:
 * live responses are validated against the document's own component schemas.
 */
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentApiRoutesOf } from '../../src/api/v1/register-content-api.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;

interface OpenApiDocument {
  openapi: string;
  info: { title: string; version: string };
  paths: Record<string, Record<string, { responses: Record<string, unknown>; parameters?: { name: string; in: string }[] }>>;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

/** Every `$ref` in a JSON value. */
function refsIn(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) refsIn(v, out);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) k === '$ref' && typeof v === 'string' ? out.push(v) : refsIn(v, out);
  return out;
}

for (const kind of testStoreKinds) {
  describe(`Content API OpenAPI document on ${kind.name}`, () => {
    let running: RunningApp;
    let doc: OpenApiDocument;
    let ajv: Ajv2020;

    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_API_ANON_RATE_PER_MINUTE: '1000000', HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      const response = await running.get('/api/v1/openapi.json');
      expect(response.status).toBe(200);
      doc = (await response.json()) as OpenApiDocument;
      ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
      // Component schemas are JSON Schema 2020-12 in OpenAPI 3.1; refs point into the document.
      ajv.addSchema({ $id: 'https://herald.test/openapi.json', components: doc.components });
    });
    afterAll(async () => running?.stop());

    const validatorFor = (name: string) => ajv.getSchema(`https://herald.test/openapi.json#/components/schemas/${name}`) ?? ajv.compile({ $ref: `https://herald.test/openapi.json#/components/schemas/${name}` });

    it('is an OpenAPI 3.1 document whose references all resolve', () => {
      expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
      expect(doc.info.title).toBeTruthy();
      expect(doc.info.version).toBeTruthy();
      expect(Object.keys(doc.paths).length).toBeGreaterThan(5);
      for (const [path, item] of Object.entries(doc.paths)) {
        expect(path).toMatch(/^\/api\/v1\//);
        for (const [method, operation] of Object.entries(item)) {
          expect(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']).toContain(method);
          expect(Object.keys(operation.responses).length, `${method} ${path}`).toBeGreaterThan(0);
          for (const param of path.match(/\{(\w+)\}/g) ?? [])
            expect(operation.parameters?.some((p) => p.in === 'path' && `{${p.name}}` === param), `${path} declares ${param}`).toBe(true);
        }
      }
      for (const ref of refsIn(doc)) {
        const [, section, name] = /^#\/components\/(\w+)\/(.+)$/.exec(ref) ?? [];
        expect((doc.components as Record<string, Record<string, unknown>>)[section ?? '']?.[name ?? ''], ref).toBeDefined();
      }
      for (const name of Object.keys(doc.components.schemas)) expect(() => validatorFor(name), name).not.toThrow();
    });

    it('documents every /api/v1 route the server registered', () => {
      const routes = contentApiRoutesOf(running.app.server);
      expect(routes.length).toBeGreaterThan(5);
      const missing = routes.filter((r) => !doc.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()]);
      expect(missing, 'document these routes in src/api/v1/openapi.ts').toEqual([]);
      const documented = Object.entries(doc.paths).flatMap(([path, item]) => Object.keys(item).map((m) => `${m.toUpperCase()} ${path}`));
      const registered = routes.map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
      expect(documented.filter((d) => !registered.includes(d)), 'documented but not served').toEqual([]);
    });

    it('describes what the routes answer: live responses validate against the document’s schemas', async () => {
      const sample = async (path: string, schema: string) => {
        const body = await (await running.get(path)).json();
        const validate = validatorFor(schema);
        expect(validate(body), `${path} against ${schema}: ${ajv.errorsText(validate.errors)}`).toBe(true);
        return body as { items?: { id: number }[] };
      };
      await sample('/api/v1/editions', 'EditionList');
      await sample('/api/v1/sections', 'SectionList');
      await sample('/api/v1/topics?edition=de', 'TopicList');
      await sample('/api/v1/authors', 'AuthorList');
      const page = await sample('/api/v1/articles?limit=100', 'ArticlePage');
      await sample(`/api/v1/articles/${page.items![0]!.id}`, 'Article');
      await sample('/api/v1/articles/424242', 'Error');
    });
  });
}
