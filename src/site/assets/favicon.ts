/**
 * The site's favicon (src/site/assets/favicon.svg), served like the
 * stylesheet under a content-hashed name that browsers may cache forever.
 * The name is known when modules load, so every page's head can link it
 * without being handed it.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { HashedAsset } from './stylesheet.js';

const BODY = fs.readFileSync(new URL('./favicon.svg', import.meta.url));

export const FAVICON: HashedAsset = {
  href: `/assets/favicon.${createHash('sha256').update(BODY).digest('hex').slice(0, 12)}.svg`,
  body: BODY,
  contentType: 'image/svg+xml',
};
