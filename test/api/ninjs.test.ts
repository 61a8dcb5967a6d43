/**
 * Every public demo article as IPTC ninjs 3.x (`?format=ninjs`) and 2.x
 * (`?format=ninjs-2`), validated against IPTC's official schemas from
 * ../shared/fixtures/third-party/iptc-ninjs/schema/ with ajv (both schemas
 * are JSON Schema 2020-12). Without the shared fixtures it says `skipped: …`.
 * Also: the body HTML escapes whatever a writer typed.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articlePageSchema } from '../../src/api/v1/contract.js';
import { bodyToHtml } from '../../src/api/v1/ninjs/body-html.js';
import { THIRD_PARTY_DIR, thirdPartySamplesPresent } from '../helpers/shared-fixtures.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';

const addFormats = addFormatsPlugin as unknown as (ajv: Ajv2020) => Ajv2020;
const present = thirdPartySamplesPresent('ninjs output validated against the IPTC ninjs 2.2 and 3.1 schemas');

function schemaValidator(file: string): ValidateFunction {
  const schema = JSON.parse(readFileSync(path.join(THIRD_PARTY_DIR, 'iptc-ninjs', 'schema', file), 'utf8')) as object;
  const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
  // Both schemas point at the external GeoJSON schema for `places[].geometry` (not in the shared fixtures, and
  // no network in tests). Herald emits no places, which the test asserts, so this stand-in never decides anything.
  ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
  return ajv.compile(schema);
}

describe('ninjs body HTML', () => {
  it('escapes text and attributes, and makes site links absolute', () => {
    const html = bodyToHtml(
      [
        { type: 'paragraph', spans: [{ text: '<script>alert(1)</script> & "quotes"', marks: ['bold'] }, { text: 'link', href: '/en/x"><b>' }] },
        { type: 'quote', text: '</blockquote><img src=x>', attribution: 'Ann & Bob' },
      ],
      new Map(),
      'https://news.example',
    );
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;quotes&quot;');
    expect(html).toContain('<a href="https://news.example/en/x&quot;&gt;&lt;b&gt;">link</a>');
    expect(html).toContain('&lt;/blockquote&gt;&lt;img src=x&gt;');
  });
});

for (const kind of testStoreKinds) {
  describe.runIf(present)(`ninjs output on ${kind.name}`, () => {
    let running: RunningApp;
    let ids: number[] = [];

    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_API_ANON_RATE_PER_MINUTE: '1000000', HERALD_SCHEDULER_INTERVAL_MS: '0' } });
      for (let cursor: string | null = null, pages = 0; pages === 0 || (cursor && pages < 100); pages++) {
        const response = await running.get(`/api/v1/articles?limit=100${cursor ? `&cursor=${cursor}` : ''}`);
        const page = articlePageSchema.parse(await response.json());
        ids.push(...page.items.map((a) => a.id));
        cursor = page.nextCursor;
      }
    });
    afterAll(async () => running?.stop());

    for (const [format, file] of [['ninjs', 'ninjs-schema_3.1.json'], ['ninjs-2', 'ninjs-schema_2.2.json']] as const)
      it(`serves every public demo article as ${format} valid against ${file}`, async () => {
        const validate = schemaValidator(file);
        expect(ids.length).toBeGreaterThan(20);
        const failures: string[] = [];
        let withPictures = 0;
        for (const id of ids) {
          const response = await running.get(`/api/v1/articles/${id}?format=${format}`);
          expect(response.status).toBe(200);
          const doc = (await response.json()) as { associations?: unknown[]; uri: string; bodies: { value: string }[] };
          if (!validate(doc)) failures.push(`#${id}: ${JSON.stringify(validate.errors?.slice(0, 3))}`);
          if (doc.associations?.length) withPictures++;
          expect(doc).not.toHaveProperty('places');
          expect(doc.uri).toMatch(/^http:\/\/news\.example\/p\//);
          expect(doc.bodies[0]!.value.length).toBeGreaterThan(0);
        }
        expect(failures, `${failures.length} of ${ids.length} ${format} documents fail ${file}`).toEqual([]);
        expect(validate({ uri: 'http://news.example/p/x', bogusField: 1 }), 'the schema refuses what it does not define').toBe(false);
        expect(withPictures, 'pictures are mapped as associations').toBeGreaterThan(0);
        console.log(`ninjs: ${ids.length} of ${ids.length} public demo articles valid as ${format} against ${file} on ${kind.name}`);
      });
  });
}
