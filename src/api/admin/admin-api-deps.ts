/** What the admin API's route files are given at start-up. */
import type { MediaStore } from '../../media/media-store.js';
import type { OperationContext } from '../../operations/context.js';
import type { PublicSite } from '../../site/public-site.js';

export interface AdminApiDeps {
  ops: OperationContext;
  /** Absolute public base URL, for links in responses. */
  publicUrl: string;
  site: PublicSite;
  media: MediaStore;
  /** Largest accepted image upload in bytes. */
  maxImageBytes: number;
  /** Display names of users, for history views (provided by the accounts layer). */
  userNames?: (ids: number[]) => Promise<Map<number, string>>;
}
