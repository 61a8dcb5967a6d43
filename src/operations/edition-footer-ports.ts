/**
 * What the edition footers need from a store. Implemented once for every
 * dialect in src/storage/edition-footer-store.ts; reachable as `store.footer`
 * (the site directory reads it) and, inside a transaction, `tx.footer`.
 */
import type { FooterLink } from '../domain/edition-footer.js';

export interface EditionFooterReader {
  /** The edition's footer links in order (empty when none are set). */
  listFooterLinks(editionCode: string): Promise<FooterLink[]>;
}

export interface EditionFooterStore extends EditionFooterReader {
  /** Replaces every footer link of the edition with these, in this order. */
  replaceFooterLinks(editionCode: string, links: FooterLink[]): Promise<void>;
}
