/** Emails are compared and stored lower-cased and trimmed, so `Ann@X.org` and `ann@x.org` are one account. */
export const normalizeEmail = (email: string): string => email.trim().toLowerCase();
