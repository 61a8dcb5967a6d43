/**
 * Hostile inputs against every admin API route, the session routes and the
 * push endpoint, on every store: no answer may be a 500, and every error is
 * the JSON `{"error":{"code","message"}}` the contract promises. Routes are
 * discovered from the running server; each gets its path parameters replaced
 * by hostile values (test/api/hostile-inputs.ts), then (for routes with a
 * body) whole hostile bodies, then a valid body (SPECS below, from
 * src/api/admin/contract.ts and wire-contract.ts) with one field changed at a
 * time. Article routes get a fresh article per case, so no case depends on
 * what an earlier one did. A route missing from SPECS is still swept, with
 * `1` for its parameters and hostile bodies only.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminRoutesOf, type RegisteredRoute } from '../../src/auth/route-registry.js';
import { SYSTEM } from '../../src/domain/identity.js';
import { createArticle } from '../../src/operations/create-article.js';
import { publishArticle } from '../../src/operations/workflow-transitions.js';
import { createTestUser, signInAs, TEST_PASSWORD, type AdminClient } from '../helpers/auth-client.js';
import { startTestApp, type RunningApp } from '../helpers/test-app.js';
import { testStoreKinds } from '../helpers/test-stores.js';
import { ninjsFile, TINY_PNG } from '../wire/wire-files.js';
import {
  BIG_STRING, fieldMutations, HOSTILE_BLOCKS, HOSTILE_BODIES, HOSTILE_PARAMS, NUL_STRING, pngClaiming, referenceMutations, type Mutation,
} from './hostile-inputs.js';

const PUSH_TOKEN = 'a-push-token-for-the-sweep';
const WIRE_GUID = 'urn:sweep:story';

interface Fixtures {
  sectionId: number;
  deSectionId: number;
  topicIds: number[];
  deTopicId: number;
  authorId: number;
  agencyId: number;
  agencyCode: string;
  imageId: number;
  userId: number;
  adminEmail: string;
  sectionSlug: string;
  topicSlug: string;
  article(published?: boolean): Promise<{ id: number; revision: number }>;
}

/** One request's valid parameters and body; built afresh for every case. */
interface Prepared {
  params: Record<string, string>;
  body?: Record<string, unknown>;
}

interface RouteSpec {
  prepare(f: Fixtures): Promise<Prepared> | Prepared;
  /** An existing id of another kind, per path parameter. */
  wrongKind?: (f: Fixtures) => Record<string, string>;
  /** For reference fields: a valid value (kept for duplicates) and one of another kind or edition. */
  refs?: (f: Fixtures) => Record<string, [valid: unknown, otherKind: unknown]>;
  /** Bodies worth a case of their own (duplicates of unique values). */
  extraBodies?: (f: Fixtures) => Mutation[];
}

let unique = 0;
const next = () => `${Date.now().toString(36)}-${++unique}`;

const articleFields = (f: Fixtures) => ({
  editionCode: 'en', sectionId: f.sectionId, kicker: 'Kicker', headline: 'Sweep probe', teaser: 'Teaser', slug: `sweep-${next()}`,
  body: [{ type: 'paragraph', spans: [{ text: 'Body.' }] }], leadImageId: f.imageId, topicIds: [f.topicIds[0]!], authorIds: [f.authorId],
  agencyIds: [f.agencyId], translationGroup: null, embargoUntil: null,
});
const articleRefs = (f: Fixtures): Record<string, [unknown, unknown]> => ({
  editionCode: ['en', 'de'], sectionId: [f.sectionId, f.deSectionId], leadImageId: [f.imageId, f.sectionId],
  topicIds: [[f.topicIds[0]], f.deTopicId], authorIds: [[f.authorId], f.agencyId], agencyIds: [[f.agencyId], f.authorId],
});
const onArticle = (build: (f: Fixtures, a: { id: number; revision: number }) => Record<string, unknown> | undefined, published = false): RouteSpec => ({
  async prepare(f) {
    const a = await f.article(published);
    const body = build(f, a);
    return { params: { id: String(a.id), revision: '1' }, ...(body ? { body } : {}) };
  },
  wrongKind: (f) => ({ id: String(f.sectionId + 100_000), revision: String(f.sectionId) }),
  refs: articleRefs,
});
const transition = (published = false) => onArticle((_f, a) => ({ revision: a.revision }), published);

const SPECS: Record<string, RouteSpec> = {
  'POST /api/admin/session': { prepare: (f) => ({ params: {}, body: { email: f.adminEmail, password: `${TEST_PASSWORD}!` } }) },
  'POST /api/admin/users': {
    prepare: (f) => ({ params: {}, body: { email: `sweep-${next()}@test.example`, name: 'Sweep', role: 'reporter', password: 'a long sweep password', editionCodes: ['en'], authorId: f.authorId } }),
    refs: (f) => ({ editionCodes: [['en'], 'world'], authorId: [f.authorId, f.agencyId + 987654] }),
    extraBodies: (f) => [{ label: 'existing email', value: { email: f.adminEmail.toUpperCase(), name: 'Dup', role: 'reporter', password: 'a long sweep password', editionCodes: ['en'] } }],
  },
  'PATCH /api/admin/users/:id': {
    prepare: (f) => ({ params: { id: String(f.userId) }, body: { name: 'Swept', role: 'reporter', editionCodes: ['en'], authorId: f.authorId, disabled: false, password: 'another long password' } }),
    wrongKind: (f) => ({ id: String(f.sectionId + 100_000) }),
    refs: (f) => ({ editionCodes: [['en'], 'world'], authorId: [f.authorId, f.agencyId + 987654] }),
  },
  'POST /api/admin/articles': { prepare: (f) => ({ params: {}, body: articleFields(f) }), refs: articleRefs },
  'GET /api/admin/articles/:id': onArticle(() => undefined),
  'PUT /api/admin/articles/:id': onArticle((f, a) => ({ ...articleFields(f), revision: a.revision })),
  'DELETE /api/admin/articles/:id': onArticle(() => undefined),
  'POST /api/admin/articles/:id/submit': transition(),
  'POST /api/admin/articles/:id/send-back': onArticle((_f, a) => ({ revision: a.revision, note: 'Sweep.' })),
  'POST /api/admin/articles/:id/publish': transition(),
  'POST /api/admin/articles/:id/schedule': onArticle((_f, a) => ({ revision: a.revision, publishAt: '2031-01-01T08:00:00.000Z' })),
  'POST /api/admin/articles/:id/unpublish': transition(true),
  'POST /api/admin/articles/:id/correct': onArticle(
    (f, a) => ({ ...articleFields(f), revision: a.revision, notice: { kind: 'correction', text: 'Sweep.' } }),
    true,
  ),
  'GET /api/admin/articles/:id/revisions': onArticle(() => undefined),
  'GET /api/admin/articles/:id/revisions/:revision': onArticle(() => undefined),
  'GET /api/admin/articles/:id/diff': onArticle(() => undefined),
  'POST /api/admin/articles/:id/revisions/:revision/restore': transition(),
  'GET /api/admin/articles/:id/preview': onArticle(() => undefined),
  'GET /api/admin/images/:id': { prepare: (f) => ({ params: { id: String(f.imageId) } }), wrongKind: (f) => ({ id: String(f.sectionId + 100_000) }) },
  'PATCH /api/admin/images/:id': {
    prepare: (f) => ({ params: { id: String(f.imageId) }, body: { alt: 'Alt', caption: 'Caption', creditName: 'Name', creditAgency: 'AFP', creditDistributor: null, focalX: 0.5, focalY: 0.5 } }),
    wrongKind: (f) => ({ id: String(f.sectionId + 100_000) }),
  },
  'PUT /api/admin/editions/:code': {
    prepare: () => ({
      params: { code: 'en' },
      body: { name: 'English', lang: 'en', dir: 'ltr', timeZone: 'Europe/London', locale: 'en-GB', numberingSystem: 'latn', siteTitle: 'Herald', position: 0, isDefault: true },
    }),
    wrongKind: (f) => ({ code: f.sectionSlug }),
  },
  'PUT /api/admin/editions/:code/focus': {
    prepare: (f) => ({ params: { code: 'en' }, body: { topicIds: f.topicIds.slice(0, 2) } }),
    wrongKind: (f) => ({ code: f.sectionSlug }),
    refs: (f) => ({ topicIds: [f.topicIds, f.deTopicId] }),
  },
  'PUT /api/admin/editions/:code/section-order': {
    prepare: (f) => ({ params: { code: 'en' }, body: { sectionIds: [f.sectionId] } }),
    wrongKind: (f) => ({ code: f.sectionSlug }),
    refs: (f) => ({ sectionIds: [[f.sectionId], f.deSectionId] }),
  },
  'POST /api/admin/sections': {
    prepare: (f) => ({ params: {}, body: { editionCode: 'en', parentId: f.sectionId, slug: `s-${next()}`, name: 'Sweep', description: '' } }),
    refs: (f) => ({ editionCode: ['en', 'de'], parentId: [f.sectionId, f.deSectionId] }),
    extraBodies: (f) => [
      { label: 'existing slug', value: { editionCode: 'en', parentId: null, slug: f.sectionSlug, name: 'Dup' } },
      { label: 'top level in an unknown edition', value: { editionCode: 'zz', parentId: null, slug: 'nowhere', name: 'Nowhere' } },
    ],
  },
  'PATCH /api/admin/sections/:id': {
    prepare: (f) => ({ params: { id: String(f.sectionId) }, body: { name: 'Swept', description: 'Swept.' } }),
    wrongKind: (f) => ({ id: String(f.deTopicId + 100_000) }),
  },
  'POST /api/admin/topics': {
    prepare: () => ({ params: {}, body: { editionCode: 'en', slug: `t-${next()}`, name: 'Sweep', description: '' } }),
    refs: () => ({ editionCode: ['en', 'de'] }),
    extraBodies: (f) => [{ label: 'existing slug', value: { editionCode: 'en', slug: f.topicSlug, name: 'Dup' } }],
  },
  'PATCH /api/admin/topics/:id': {
    prepare: (f) => ({ params: { id: String(f.topicIds[0]) }, body: { name: 'Swept', description: 'Swept.' } }),
    wrongKind: (f) => ({ id: String(f.sectionId + 100_000) }),
  },
  'POST /api/admin/authors': { prepare: () => ({ params: {}, body: { name: 'Sweep Author', initials: 'sw', bio: '' } }) },
  'POST /api/admin/agencies': {
    prepare: () => ({ params: {}, body: { code: `A${unique++}`, name: 'Sweep agency' } }),
    extraBodies: (f) => [{ label: 'existing code', value: { code: f.agencyCode, name: 'Dup' } }, { label: 'existing code, other case', value: { code: f.agencyCode.toLowerCase(), name: 'Dup' } }],
  },
  'POST /api/admin/wire/alerts/:id/acknowledge': { prepare: () => ({ params: { id: '987654' } }), wrongKind: (f) => ({ id: String(f.sectionId) }) },
  'GET /api/admin/wire/:guid': { prepare: () => ({ params: { guid: encodeURIComponent(WIRE_GUID) } }), wrongKind: (f) => ({ guid: String(f.sectionId) }) },
  'POST /api/admin/wire/:guid/adopt': {
    prepare: (f) => ({ params: { guid: encodeURIComponent(WIRE_GUID) }, body: { editionCode: 'en', sectionId: f.sectionId } }),
    wrongKind: (f) => ({ guid: String(f.sectionId) }),
    refs: (f) => ({ editionCode: ['en', 'de'], sectionId: [f.sectionId, f.deSectionId] }),
  },
};

/** Never swept by body: a live stream, and sign-out (its cookie cases are below). */
const NOT_SWEPT = new Set(['GET /api/admin/wire/events', 'DELETE /api/admin/session']);

interface Case {
  label: string;
  method: string;
  path: string;
  /** JSON value to send (undefined: none), or raw bytes with their content type. */
  json?: unknown;
  raw?: { bytes: Uint8Array | string; contentType: string };
  headers?: Record<string, string>;
  anonymous?: boolean;
}

const fill = (url: string, params: Record<string, string>) => url.replace(/:(\w+)/g, (_m, name: string) => params[name] ?? '1');
const hasBody = (method: string) => ['POST', 'PUT', 'PATCH'].includes(method);

/** Every case for one route, prepared lazily (article routes create their article per case). */
async function* casesFor(route: RegisteredRoute, f: Fixtures): AsyncGenerator<Case> {
  const key = `${route.method} ${route.url}`;
  const spec: RouteSpec = SPECS[key] ?? { prepare: () => ({ params: {}, ...(hasBody(route.method) ? { body: {} } : {}) }) };
  const anonymous = key === 'POST /api/admin/session';
  const base = (label: string, prepared: Prepared, json: unknown, params = prepared.params): Case =>
    ({ label: `${key} ${label}`, method: route.method, path: fill(route.url, params), json, anonymous });

  for (const name of route.url.match(/:(\w+)/g)?.map((p) => p.slice(1)) ?? []) {
    const values = [...HOSTILE_PARAMS, ...Object.entries(spec.wrongKind?.(f) ?? {}).filter(([p]) => p === name).map(([, v]) => ({ label: 'existing id of another kind', value: v }))];
    for (const m of values) {
      const prepared = await spec.prepare(f);
      yield base(`:${name}=${m.label}`, prepared, prepared.body, { ...prepared.params, [name]: m.value as string });
    }
  }
  if (!hasBody(route.method)) return;

  for (const m of [...HOSTILE_BODIES, ...(spec.extraBodies?.(f) ?? [])]) yield base(`body ${m.label}`, await spec.prepare(f), m.value);
  const prepared = await spec.prepare(f);
  yield { ...base('body not JSON', prepared, undefined), raw: { bytes: '{"headline": ', contentType: 'application/json' } };
  yield { ...base('empty JSON body', prepared, undefined), raw: { bytes: '', contentType: 'application/json' } };
  yield { ...base('body as text/plain', prepared, undefined), raw: { bytes: 'hello', contentType: 'text/plain' } };

  const fields = Object.keys(prepared.body ?? {});
  const refs = spec.refs?.(f) ?? {};
  for (const field of fields) {
    const valid = prepared.body![field];
    const mutations = [
      ...fieldMutations(valid),
      ...(field in refs ? referenceMutations(field, refs[field]![0], refs[field]![1]) : []),
      ...(field === 'body' ? HOSTILE_BLOCKS : []),
    ];
    for (const m of mutations) {
      const fresh = await spec.prepare(f);
      yield base(`${field}=${m.label}`, fresh, { ...fresh.body, [field]: m.value });
    }
  }
}

/** Raw-byte cases: image uploads and the push endpoint. */
function uploadCases(): Case[] {
  const png = (label: string, bytes: Uint8Array, query = '') =>
    ({ label: `POST /api/admin/images ${label}`, method: 'POST', path: `/api/admin/images${query}`, raw: { bytes, contentType: 'image/png' } });
  return [
    png('60000000×1 PNG header', pngClaiming(60_000_000, 1)),
    png('1×60000000 PNG header', pngClaiming(1, 60_000_000)),
    png('0×0 PNG header', pngClaiming(0, 0)),
    png('4294967295² PNG header', pngClaiming(0xffff_ffff, 0xffff_ffff)),
    png('truncated PNG', TINY_PNG.subarray(0, 40)),
    png('garbage bytes', Buffer.from('not an image at all')),
    png('empty body', Buffer.alloc(0)),
    png('focalX=abc', TINY_PNG, '?focalX=abc'),
    png('focalX=1e308', TINY_PNG, '?focalX=1e308'),
    png('alt with NUL', TINY_PNG, `?alt=${encodeURIComponent(NUL_STRING)}`),
    png('caption 5 KB', TINY_PNG, `?caption=${'c'.repeat(5000)}`),
    png('alt as array', TINY_PNG, '?alt=a&alt=b'),
    { label: 'POST /api/admin/images declared webp, sent PNG', method: 'POST', path: '/api/admin/images', raw: { bytes: TINY_PNG, contentType: 'image/webp' } },
    { label: 'POST /api/admin/images JSON body', method: 'POST', path: '/api/admin/images', json: { alt: 'x' } },
  ];
}

function pushCases(): Case[] {
  const story = ninjsFile({ guid: 'urn:sweep:push', provider: 'dpa', language: 'en', headline: 'Pushed' });
  const push = (label: string, bytes: Uint8Array | string, headers: Record<string, string> = {}, source = 'sweep', contentType = 'application/json'): Case =>
    ({ label: `POST /ingest/:source ${label}`, method: 'POST', path: `/ingest/${source}`, raw: { bytes, contentType }, headers: { authorization: `Bearer ${PUSH_TOKEN}`, ...headers }, anonymous: true });
  return [
    ...HOSTILE_PARAMS.map((m) => push(`:source=${m.label}`, story, {}, m.value as string)),
    push('empty body', ''),
    push('NUL bytes', Buffer.from([0, 0, 0, 0])),
    push('100 KB of x', BIG_STRING),
    push('null', 'null'),
    push('deeply nested JSON', `${'['.repeat(5000)}${']'.repeat(5000)}`),
    push('XML bomb-ish entity', '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "bbbbbbbb">]><a>&b;&b;&b;</a>', {}, 'sweep', 'application/xml'),
    push('malformed filename*', story, { 'content-disposition': "attachment; filename*=UTF-8''%E0%A4%A" }),
    push('filename* with bad charset', story, { 'content-disposition': "attachment; filename*=x-bogus''name.json" }),
    push('filename* percent NUL', story, { 'content-disposition': "attachment; filename*=UTF-8''%00%00.json" }),
    push('filename with only dots', story, { 'content-disposition': 'attachment; filename="../.."' }),
    push('unterminated quoted filename', story, { 'content-disposition': 'attachment; filename="abc' }),
    push('x-wire-filename 5 KB', story, { 'x-wire-filename': 'f'.repeat(5000) }),
    push('x-wire-filename of slashes', story, { 'x-wire-filename': '///' }),
    push('charset bogus', story, {}, 'sweep', 'application/json; charset=x-bogus'),
    push('charset utf-16 on utf-8 bytes', story, {}, 'sweep', 'application/json; charset=utf-16'),
    push('content type not a type', story, {}, 'sweep', 'nonsense'),
    push('no bearer', story, { authorization: 'Basic abc' }),
    push('escaped NUL in the headline', ninjsFile({ guid: 'urn:sweep:nul', provider: 'dpa', language: 'en', headline: NUL_STRING })),
    push('guid past any column', ninjsFile({ guid: `urn:${'g'.repeat(5000)}`, provider: 'dpa', language: 'en', headline: 'Long guid' })),
  ];
}

/** A status of 500 or more, or an error body that is not the contract's JSON error. */
async function problemWith(response: Response): Promise<string | undefined> {
  if (response.status < 400) {
    await response.body?.cancel();
    return response.status >= 500 ? `status ${response.status}` : undefined;
  }
  const text = await response.text();
  let error: { code?: unknown; message?: unknown } | undefined;
  try {
    error = (JSON.parse(text) as { error?: { code?: unknown; message?: unknown } }).error;
  } catch {
    /* reported below */
  }
  if (response.status >= 500) return `status ${response.status}: ${text.slice(0, 200)}`;
  if (typeof error?.code !== 'string' || typeof error.message !== 'string') return `status ${response.status} with a non-contract body: ${text.slice(0, 200)}`;
  return undefined;
}

for (const kind of testStoreKinds) {
  describe(`admin API sweep with hostile inputs on ${kind.name}`, () => {
    let running: RunningApp;
    let admin: AdminClient;
    let f: Fixtures;

    async function send(c: Case): Promise<string | undefined> {
      const headers: Record<string, string> = { ...(c.anonymous ? {} : { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken }), ...c.headers };
      let body: BodyInit | undefined;
      if (c.raw) [body, headers['content-type']] = [c.raw.bytes as BodyInit, c.raw.contentType];
      else if (c.json !== undefined) [body, headers['content-type']] = [JSON.stringify(c.json), 'application/json'];
      const response = await running.get(c.path, { method: c.method, headers, ...(body === undefined ? {} : { body }) });
      const problem = await problemWith(response);
      return problem && `${c.label} → ${problem}`;
    }

    beforeAll(async () => {
      running = await startTestApp(kind, {
        env: { HERALD_WIRE_SOURCES: JSON.stringify([{ name: 'sweep', kind: 'push', token: PUSH_TOKEN }]), HERALD_SCHEDULER_INTERVAL_MS: '0' },
      });
      const store = running.app.store;
      admin = await signInAs(running, 'admin');
      const [sections, deSections, topics, deTopics, authors, agencies, images] = await Promise.all([
        store.listSections('en'), store.listSections('de'), store.listTopics('en'), store.listTopics('de'),
        store.listAuthors(), store.listAgencies(), store.listImages({ limit: 1, offset: 0 }),
      ]);
      await running.app.wire.ingest({ bytes: ninjsFile({ guid: WIRE_GUID, provider: 'AFP', language: 'en', headline: 'Sweep story' }), fileName: 's.json', source: 'test' });
      const ops = running.app.operations;
      const target = await createTestUser(store.accounts, { role: 'reporter' });
      f = {
        sectionId: sections[0]!.id, deSectionId: deSections[0]!.id, topicIds: topics.map((t) => t.id), deTopicId: deTopics[0]!.id,
        authorId: authors[0]!.id, agencyId: agencies[0]!.id, agencyCode: agencies[0]!.code, imageId: images[0]!.id, userId: target.id,
        adminEmail: admin.user.email, sectionSlug: sections[0]!.path.split('/').filter(Boolean).pop()!, topicSlug: topics[0]!.slug,
        async article(published = false) {
          const id = await createArticle(ops, { editionCode: 'en', sectionId: sections[0]!.id, headline: 'Sweep target', body: [] }, SYSTEM);
          const article = published ? await publishArticle(ops, { articleId: id, actor: SYSTEM }) : (await store.getArticle(id))!;
          return { id, revision: article.revision };
        },
      };
    });
    afterAll(async () => running?.stop());

    it('answers every hostile path parameter and body on every admin route without a 500, with JSON errors', async () => {
      const routes = adminRoutesOf(running.app.server);
      expect(routes.length).toBeGreaterThan(30);
      const problems: string[] = [];
      let sent = 0;
      for (const route of routes) {
        if (NOT_SWEPT.has(`${route.method} ${route.url}`)) continue;
        for await (const c of casesFor(route, f)) {
          sent++;
          const problem = await send(c);
          if (problem) problems.push(problem);
        }
      }
      expect(sent).toBeGreaterThan(500);
      expect(problems).toEqual([]);
    });

    it('answers hostile image uploads and pushes without a 500, with JSON errors', async () => {
      const problems = [];
      for (const c of [...uploadCases(), ...pushCases()]) problems.push(await send(c));
      expect(problems.filter(Boolean)).toEqual([]);
    });

    it('answers hostile session cookies on the session routes without a 500, with JSON errors', async () => {
      const problems = [];
      for (const method of ['GET', 'DELETE'])
        for (const m of [...HOSTILE_PARAMS, { label: 'empty', value: '' }, { label: 'cookie of another kind', value: admin.csrfToken }])
          problems.push(await send({ label: `${method} /api/admin/session cookie=${m.label}`, method, path: '/api/admin/session', headers: { cookie: `herald_session=${m.value as string}` }, anonymous: true }));
      expect(problems.filter(Boolean)).toEqual([]);
      // The sweep signed nobody out by accident: the admin's session still works.
      expect((await admin.request('GET', '/api/admin/session')).status).toBe(200);
    });
  });
}
