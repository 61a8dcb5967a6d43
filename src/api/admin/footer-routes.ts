/**
 * Admin API: an edition's footer links. Reading is open to every signed-in
 * account (the admin screen shows them); setting them is for admins, checked
 * by the operation (src/operations/edition-footer.ts).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { requireUser } from '../../auth/guards.js';
import { FOOTER_LINK_KINDS, MAX_FOOTER_LINKS } from '../../domain/edition-footer.js';
import { notFound } from '../../domain/errors.js';
import { userActor } from '../../domain/identity.js';
import { setFooterLinks } from '../../operations/edition-footer.js';
import type { AdminApiDeps } from './admin-api-deps.js';

export const footerLinksBody = z.object({
  links: z
    .array(
      z.object({
        kind: z.enum(FOOTER_LINK_KINDS),
        label: z.string().max(200),
        href: z.string().max(1000),
      }),
    )
    .max(MAX_FOOTER_LINKS),
});

export function registerFooterRoutes(app: FastifyInstance, deps: AdminApiDeps): void {
  const { ops } = deps;
  const editionCode = async (request: FastifyRequest) => {
    const code = (request.params as { code: string }).code;
    if (!(await ops.store.listEditions()).some((e) => e.code === code)) throw notFound(`Edition ${code}`);
    return code;
  };

  app.get('/api/admin/editions/:code/footer', async (request) => {
    requireUser(request);
    const code = await editionCode(request);
    return { editionCode: code, links: await ops.store.footer.listFooterLinks(code) };
  });

  app.put('/api/admin/editions/:code/footer', async (request) => {
    const actor = userActor(requireUser(request));
    const code = await editionCode(request);
    const links = await setFooterLinks(ops, code, footerLinksBody.parse(request.body).links, actor);
    return { editionCode: code, links };
  });
}
