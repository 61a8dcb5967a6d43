/** Live TV queries (live stream and broadcast slots), written once for every store. */
import type { Kysely } from 'kysely';
import type { BroadcastSlot } from '../domain/live-tv.js';
import type { LiveTvStore } from '../operations/live-tv-ports.js';
import type { HeraldDatabase } from './database.js';
import type { BroadcastSlotTable } from './live-tv-tables.js';

type SlotRow = Omit<BroadcastSlotTable, 'id' | 'updated_at'> & { id: number };

const SLOT_COLUMNS = ['id', 'edition_code', 'title', 'description', 'starts_at', 'ends_at'] as const;

function toSlot(row: SlotRow): BroadcastSlot {
  return { id: Number(row.id), editionCode: row.edition_code, title: row.title, description: row.description, startsAt: row.starts_at, endsAt: row.ends_at };
}

export function liveTvStore(db: Kysely<HeraldDatabase>): LiveTvStore {
  return {
    async getLiveStream(editionCode) {
      const row = await db.selectFrom('live_streams').selectAll().where('edition_code', '=', editionCode).executeTakeFirst();
      return row ? { editionCode: row.edition_code, hlsUrl: row.hls_url, title: row.title, updatedAt: row.updated_at } : null;
    },

    async saveLiveStream(stream) {
      const values = { hls_url: stream.hlsUrl, title: stream.title, updated_at: stream.updatedAt };
      await db
        .insertInto('live_streams')
        .values({ edition_code: stream.editionCode, ...values })
        .onConflict((oc) => oc.column('edition_code').doUpdateSet(values))
        .execute();
    },

    async getBroadcastSlot(id) {
      const row = await db.selectFrom('broadcast_slots').select(SLOT_COLUMNS).where('id', '=', id).executeTakeFirst();
      return row ? toSlot(row) : null;
    },

    async listBroadcastSlots(editionCode, from, to) {
      // A slot lasts at most a day (src/domain/live-tv.ts), so starting a day early bounds the index range.
      const earliest = new Date(Date.parse(from) - 24 * 3_600_000).toISOString();
      const rows = await db
        .selectFrom('broadcast_slots')
        .select(SLOT_COLUMNS)
        .where('edition_code', '=', editionCode)
        .where('starts_at', '>=', earliest)
        .where('starts_at', '<', to)
        .where('ends_at', '>', from)
        .orderBy('starts_at')
        .orderBy('id')
        .execute();
      return rows.map(toSlot);
    },

    async insertBroadcastSlot(editionCode, slot, at) {
      const row = await db
        .insertInto('broadcast_slots')
        .values({ edition_code: editionCode, title: slot.title, description: slot.description, starts_at: slot.startsAt, ends_at: slot.endsAt, updated_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      return Number(row.id);
    },

    async updateBroadcastSlot(id, slot, at) {
      const result = await db
        .updateTable('broadcast_slots')
        .set({ title: slot.title, description: slot.description, starts_at: slot.startsAt, ends_at: slot.endsAt, updated_at: at })
        .where('id', '=', id)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async deleteBroadcastSlot(id) {
      const result = await db.deleteFrom('broadcast_slots').where('id', '=', id).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
