/**
 * What the front-page pins need from a store. Implemented once for every
 * dialect in src/storage/front-page-store.ts; reachable as `store.frontPage`
 * (the home page reads it) and, inside a transaction, `tx.frontPage`.
 */
import type { FrontPagePin } from '../domain/front-page.js';

export interface FrontPageReader {
  /** Every pin of the edition, expired ones included (the reader decides what is active at its `now`). */
  listPins(editionCode: string): Promise<FrontPagePin[]>;
}

export interface FrontPageStore extends FrontPageReader {
  /** Replaces every pin of the edition with these. */
  replacePins(editionCode: string, pins: FrontPagePin[]): Promise<void>;
}
