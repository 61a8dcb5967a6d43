/**
 * Admin API: editors curate "In focus" and section order; admins manage editions, sections, topics, authors and agencies.
 * The operations (src/operations/curate-edition.ts) check role and edition.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { requireRole, requireUser, worksInEdition } from '../../auth/guards.js';
import { userActor } from '../../domain/identity.js';
import { HeraldError, notFound } from '../../domain/errors.js';
import { getMessages } from '../../site/i18n/registry.js';
import {
  createAgency, createAuthor, createSection, createTopic, setFocusTopics, setSectionOrder, updateAgency, updateAuthor, updateEdition, updateSection,
  updateTopic,
} from '../../operations/curate-edition.js';
import type { AdminApiDeps } from './admin-api-deps.js';
import {
  createAgencyBody, createAuthorBody, createSectionBody, createTopicBody, editionSettingsBody, focusBody, renameBody, sectionOrderBody,
  updateAgencyBody, updateAuthorBody, updateSectionBody, type StructureData,
} from './contract.js';

const idParam = (request: FastifyRequest) => {
  const raw = (request.params as { id?: string }).id ?? '';
  if (!/^\d{1,12}$/.test(raw)) throw notFound('That item');
  return Number(raw);
};

export function registerCurationRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const editionOf = async (request: FastifyRequest) => {
    const code = (request.params as { code: string }).code;
    const edition = (await ops.store.listEditions()).find((e) => e.code === code);
    if (!edition) throw notFound(`Edition ${code}`);
    return edition;
  };
  const allEditions = async () => (await ops.store.listEditions()).map((e) => e.code);
  const sectionEdition = async (id: number) => {
    for (const code of await allEditions()) if ((await ops.store.listSections(code)).some((s) => s.id === id)) return code;
    throw notFound(`Section ${id}`);
  };
  const topicEdition = async (id: number) => {
    for (const code of await allEditions()) if ((await ops.store.listTopics(code)).some((t) => t.id === id)) return code;
    throw notFound(`Topic ${id}`);
  };

  /** Reporters have nothing to curate here; editors get their editions, admins all. */
  app.get('/api/admin/structure', async (request): Promise<StructureData> => {
    const user = requireRole(request, 'editor');
    const editions = (await ops.store.listEditions()).filter((e) => worksInEdition(user, e.code));
    const sections = (await Promise.all(editions.map((e) => ops.store.listSections(e.code)))).flat();
    const topics = (await Promise.all(editions.map((e) => ops.store.listTopics(e.code)))).flat();
    const [authors, agencies] = await Promise.all([ops.store.listAuthors(), ops.store.listAgencies()]);
    return {
      editions: editions.map((e) => ({ code: e.code, name: e.name, dir: e.dir })),
      sections: sections.map((s) => ({
        id: s.id, editionCode: s.editionCode, parentId: s.parentId, slug: s.slug, path: s.path, name: s.name, description: s.description, position: s.position,
      })),
      topics: topics.map((t) => ({ id: t.id, editionCode: t.editionCode, slug: t.slug, name: t.name, description: t.description, focusPosition: t.focusPosition })),
      authors: authors.map((a) => ({ id: a.id, name: a.name, initials: a.initials, bio: a.bio, title: a.title, slug: a.slug })),
      agencies: agencies.map((a) => ({ id: a.id, code: a.code, name: a.name })),
    };
  });

  app.put('/api/admin/editions/:code/focus', async (request) => {
    const actor = userActor(requireUser(request));
    const edition = await editionOf(request);
    await setFocusTopics(ops, edition.code, focusBody.parse(request.body).topicIds, actor);
    return { topics: (await ops.store.listTopics(edition.code)).filter((t) => t.focusPosition !== null).sort((a, b) => a.focusPosition! - b.focusPosition!) };
  });

  app.put('/api/admin/editions/:code/section-order', async (request) => {
    const actor = userActor(requireUser(request));
    const edition = await editionOf(request);
    await setSectionOrder(ops, edition.code, sectionOrderBody.parse(request.body).sectionIds, actor);
    return { sections: await ops.store.listSections(edition.code) };
  });

  app.put('/api/admin/editions/:code', async (request) => {
    const actor = userActor(requireUser(request));
    const edition = await editionOf(request);
    const settings = editionSettingsBody.parse(request.body);
    try {
      getMessages(settings.lang);
      new Intl.DateTimeFormat(settings.locale, { timeZone: settings.timeZone, numberingSystem: settings.numberingSystem });
    } catch (cause) {
      throw new HeraldError('HERALD_VALIDATION', `These settings cannot be displayed: ${(cause as Error).message}`, { cause });
    }
    await updateEdition(ops, { ...settings, code: edition.code }, actor);
    return (await ops.store.listEditions()).find((e) => e.code === edition.code);
  });

  app.post('/api/admin/sections', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const body = createSectionBody.parse(request.body);
    const id = await createSection(ops, body, actor);
    return reply.code(201).send((await ops.store.listSections(body.editionCode)).find((s) => s.id === id));
  });

  app.patch('/api/admin/sections/:id', async (request) => {
    const actor = userActor(requireUser(request));
    const id = idParam(request);
    const edition = await sectionEdition(id);
    await updateSection(ops, id, edition, updateSectionBody.parse(request.body), actor);
    return (await ops.store.listSections(edition)).find((s) => s.id === id);
  });

  app.post('/api/admin/topics', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const body = createTopicBody.parse(request.body);
    const id = await createTopic(ops, body, actor);
    return reply.code(201).send((await ops.store.listTopics(body.editionCode)).find((t) => t.id === id));
  });

  app.patch('/api/admin/topics/:id', async (request) => {
    const actor = userActor(requireUser(request));
    const id = idParam(request);
    const edition = await topicEdition(id);
    await updateTopic(ops, id, edition, renameBody.parse(request.body), actor);
    return (await ops.store.listTopics(edition)).find((t) => t.id === id);
  });

  app.post('/api/admin/authors', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const id = await createAuthor(ops, createAuthorBody.parse(request.body), await allEditions(), actor);
    return reply.code(201).send((await ops.store.getAuthors([id]))[0]);
  });

  app.patch('/api/admin/authors/:id', async (request) => {
    const actor = userActor(requireUser(request));
    const id = idParam(request);
    await updateAuthor(ops, id, updateAuthorBody.parse(request.body), await allEditions(), actor);
    return (await ops.store.getAuthors([id]))[0];
  });

  app.post('/api/admin/agencies', async (request, reply) => {
    const actor = userActor(requireUser(request));
    const id = await createAgency(ops, createAgencyBody.parse(request.body), await allEditions(), actor);
    return reply.code(201).send((await ops.store.getAgencies([id]))[0]);
  });

  app.patch('/api/admin/agencies/:id', async (request) => {
    const actor = userActor(requireUser(request));
    const id = idParam(request);
    await updateAgency(ops, id, updateAgencyBody.parse(request.body), await allEditions(), actor);
    return (await ops.store.getAgencies([id]))[0];
  });
}
