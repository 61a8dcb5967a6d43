/** Front-page pin queries, written once for every store. */
import type { Kysely, Selectable } from 'kysely';
import type { FrontPagePin, PinSlot } from '../domain/front-page.js';
import type { FrontPageStore } from '../operations/front-page-ports.js';
import type { HeraldDatabase } from './database.js';
import type { FrontPagePinTable } from './front-page-tables.js';
import { defineQuery } from './compiled-queries.js';

// Every uncached front page reads its pins: compiled once (src/storage/compiled-queries.ts).
const pinsOf = defineQuery((db: Kysely<HeraldDatabase>, p: { editionCode: string }) =>
  db.selectFrom('front_page_pins').selectAll().where('edition_code', '=', p.editionCode).orderBy('slot').orderBy('position'),
);

const toPin = (row: Selectable<FrontPagePinTable>): FrontPagePin => ({
  slot: row.slot as PinSlot,
  position: Number(row.position),
  sectionId: row.section_id === null ? null : Number(row.section_id),
  articleId: Number(row.article_id),
  expiresAt: row.expires_at,
  pinnedAt: row.pinned_at,
  pinnedBy: row.pinned_by === null ? null : Number(row.pinned_by),
});

export function frontPageStore(db: Kysely<HeraldDatabase>): FrontPageStore {
  return {
    async listPins(editionCode) {
      const rows = await pinsOf.rows(db, { editionCode });
      return rows.map(toPin);
    },

    async replacePins(editionCode, pins) {
      await db.deleteFrom('front_page_pins').where('edition_code', '=', editionCode).execute();
      if (pins.length === 0) return;
      await db
        .insertInto('front_page_pins')
        .values(
          pins.map((p) => ({
            edition_code: editionCode, slot: p.slot, position: p.position, section_id: p.sectionId, article_id: p.articleId,
            expires_at: p.expiresAt, pinned_at: p.pinnedAt, pinned_by: p.pinnedBy,
          })),
        )
        .execute();
    },
  };
}
