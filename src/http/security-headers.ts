/** Headers every response carries. The public site ships no JavaScript, so scripts are refused outright. */
export const SECURITY_HEADERS: Record<string, string> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'SAMEORIGIN',
  'content-security-policy':
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'none'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'",
};

export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** HTML may be cached briefly by shared caches; the page cache purges on change. */
export const HTML_CACHE_CONTROL = 'public, max-age=0, must-revalidate';
