/**
 * Defence in depth for links in article text. The domain only stores http(s),
 * mailto and site-relative links, but the escaping renderer does not check URL
 * schemes, so a `javascript:` href that slipped through would still run on
 * click. Anything else than the allowed forms renders as plain text.
 */
const ALLOWED_ABSOLUTE = /^(https?:|mailto:)/i;

export function safeHref(href: string | undefined): string | undefined {
  if (!href) return undefined;
  const trimmed = href.trim();
  // Site-relative ("/x", not protocol-relative "//host"), fragment or query links stay on this site.
  if (/^\/(?!\/)/.test(trimmed) || trimmed.startsWith('#') || trimmed.startsWith('?')) return trimmed;
  if (ALLOWED_ABSOLUTE.test(trimmed)) return trimmed;
  return undefined;
}
