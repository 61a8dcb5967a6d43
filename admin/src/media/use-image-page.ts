/** One page of the image library, reloadable after an upload or an edit. */
import { useCallback, useEffect, useState } from 'react';
import type { AdminImage } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { api, type Page } from '../api/endpoints.js';
import { rememberImages } from './image-cache.js';

/** The server's page of images (it may ignore `pageSize` and use its own). */
export const IMAGE_PAGE_SIZE = 48;

export function useImagePage(page: number) {
  const [result, setResult] = useState<Page<AdminImage> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    api.images(page, IMAGE_PAGE_SIZE).then(
      (r) => {
        rememberImages(r.items);
        if (live) setResult(r);
      },
      (e: unknown) => live && setError(errorMessage(e)),
    );
    return () => {
      live = false;
    };
  }, [page, version]);
  const reload = useCallback(() => setVersion((v) => v + 1), []);
  return { result, error, reload };
}
