/**
 * Downloads an agency picture for an adopted wire item: http(s) only, hosts
 * optionally limited (HERALD_WIRE_PICTURE_HOSTS), redirects followed by hand
 * (at most 3, each one checked again), a timeout and a size limit, and the
 * type sniffed from the bytes (JPEG, PNG or WebP), never taken from the
 * server's word. Every failure is an Error whose message says why in words
 * an editor can read; the adoption lists it as a warning.
 */
import { sniffImageType } from '../../media/sniff-image-type.js';
import type { PictureFetcher } from '../../operations/adopt-wire-item.js';
import { assertPublicHost } from './private-address.js';
import { readLimited, TooLargeError } from './read-limited.js';

export interface PictureFetcherOptions {
  /** Lower-case host names allowed; null allows any. */
  allowedHosts: string[] | null;
  maxBytes: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const MAX_REDIRECTS = 3;

export function createPictureFetcher(options: PictureFetcherOptions): PictureFetcher {
  const fetchImpl = options.fetch ?? fetch;

  const check = async (href: string): Promise<URL> => {
    let url: URL;
    try {
      url = new URL(href);
    } catch {
      throw new Error('it is not a web address');
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`only http and https addresses are fetched, not ${url.protocol}`);
    const host = url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
    if (options.allowedHosts && !options.allowedHosts.includes(host)) throw new Error(`the host ${host} is not in HERALD_WIRE_PICTURE_HOSTS`);
    // Without an allow-list any public host may serve pictures, but never an internal one (no SSRF through agency copy).
    if (!options.allowedHosts) await assertPublicHost(host);
    return url;
  };

  return async (href) => {
    let url = await check(href);
    const signal = AbortSignal.timeout(options.timeoutMs ?? 15_000);
    try {
      for (let hop = 0; ; hop++) {
        const response = await fetchImpl(url, { redirect: 'manual', signal, headers: { accept: 'image/jpeg, image/png, image/webp' } });
        const location = response.headers.get('location');
        if (response.status >= 300 && response.status < 400 && location) {
          await response.body?.cancel().catch(() => {});
          if (hop >= MAX_REDIRECTS) throw new Error('it redirects too many times');
          url = await check(new URL(location, url).href);
          continue;
        }
        if (!response.ok) {
          await response.body?.cancel().catch(() => {});
          throw new Error(`the server answered ${response.status}`);
        }
        const bytes = await readLimited(response, options.maxBytes);
        const type = sniffImageType(bytes);
        if (!type) throw new Error('it is not a JPEG, PNG or WebP image');
        return { bytes, type };
      }
    } catch (error) {
      if (error instanceof TooLargeError) throw new Error(error.message);
      if ((error as Error).name === 'TimeoutError' || (error as Error).name === 'AbortError') throw new Error('the download timed out');
      if (error instanceof TypeError) throw new Error(`it could not be downloaded (${(error.cause as Error | undefined)?.message ?? error.message})`);
      throw error;
    }
  };
}
