/**
 * The links in an edition's page footer: imprint, privacy notice, contact and
 * any further ones, each with a label in the edition's language. A target is a
 * path on this site, an http(s) address or a mailto: address, so an edition
 * may point at its own pages or at a publisher's shared legal pages.
 */
import { HeraldError } from './errors.js';
import { isSafeUrl } from './safe-url.js';

export const FOOTER_LINK_KINDS = ['imprint', 'privacy', 'contact', 'other'] as const;
export type FooterLinkKind = (typeof FOOTER_LINK_KINDS)[number];

export interface FooterLink {
  kind: FooterLinkKind;
  label: string;
  href: string;
}

export const MAX_FOOTER_LINKS = 12;

/** Checks a whole footer list; the message names the first wrong link by its position. */
export function validateFooterLinks(links: FooterLink[]): FooterLink[] {
  if (links.length > MAX_FOOTER_LINKS) throw new HeraldError('HERALD_VALIDATION', `A footer holds at most ${MAX_FOOTER_LINKS} links.`);
  return links.map((link, index) => {
    const label = link.label.trim();
    const href = link.href.trim();
    const where = `Link ${index + 1}`;
    if (!FOOTER_LINK_KINDS.includes(link.kind)) throw new HeraldError('HERALD_VALIDATION', `${where}: the kind is one of ${FOOTER_LINK_KINDS.join(', ')}.`);
    if (label === '' || label.length > 80) throw new HeraldError('HERALD_VALIDATION', `${where}: the label needs 1 to 80 characters.`);
    if (!isSafeUrl(href, 'link') || href.length > 500)
      throw new HeraldError('HERALD_VALIDATION', `${where}: the address must be a path on this site (/en/…), an http(s) address or mailto:someone@example.org.`);
    return { kind: link.kind, label, href };
  });
}
