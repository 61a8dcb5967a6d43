/** Edition footer link queries, written once for every store. */
import type { Kysely } from 'kysely';
import type { FooterLinkKind } from '../domain/edition-footer.js';
import type { EditionFooterStore } from '../operations/edition-footer-ports.js';
import type { HeraldDatabase } from './database.js';

export function editionFooterStore(db: Kysely<HeraldDatabase>): EditionFooterStore {
  return {
    async listFooterLinks(editionCode) {
      const rows = await db
        .selectFrom('edition_footer_links')
        .select(['kind', 'label', 'href'])
        .where('edition_code', '=', editionCode)
        .orderBy('position')
        .execute();
      return rows.map((row) => ({ kind: row.kind as FooterLinkKind, label: row.label, href: row.href }));
    },

    async replaceFooterLinks(editionCode, links) {
      await db.deleteFrom('edition_footer_links').where('edition_code', '=', editionCode).execute();
      if (links.length === 0) return;
      await db
        .insertInto('edition_footer_links')
        .values(links.map((link, position) => ({ edition_code: editionCode, position, kind: link.kind, label: link.label, href: link.href })))
        .execute();
    },
  };
}
