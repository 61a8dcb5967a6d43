/**
 * What live TV needs from a store. Implemented once for every dialect in
 * src/storage/live-tv-store.ts; reachable as `store.liveTv` (the public page
 * reads it) and, inside a transaction, `tx.liveTv`.
 */
import type { BroadcastSlot, BroadcastSlotInput, LiveStream } from '../domain/live-tv.js';

export interface LiveTvReader {
  getLiveStream(editionCode: string): Promise<LiveStream | null>;
  getBroadcastSlot(id: number): Promise<BroadcastSlot | null>;
  /** The edition's slots overlapping [from, to), by start. */
  listBroadcastSlots(editionCode: string, from: string, to: string): Promise<BroadcastSlot[]>;
}

export interface LiveTvStore extends LiveTvReader {
  saveLiveStream(stream: LiveStream): Promise<void>;
  insertBroadcastSlot(editionCode: string, slot: BroadcastSlotInput, at: string): Promise<number>;
  updateBroadcastSlot(id: number, slot: BroadcastSlotInput, at: string): Promise<boolean>;
  deleteBroadcastSlot(id: number): Promise<boolean>;
}
