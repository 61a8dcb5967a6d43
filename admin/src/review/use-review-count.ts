/**
 * How many articles wait for review in the editor's editions, for the
 * navigation. Read again on every page change, so it follows what the editor
 * just published or sent back; a failed read shows no number rather than an error.
 */
import { useEffect, useState } from 'react';
import { api } from '../api/endpoints.js';

export function useReviewCount(enabled: boolean, pathname: string): number | null {
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const controller = new AbortController();
    api.reviewQueue(controller.signal, 1).then(
      (result) => setCount(result.total),
      () => undefined,
    );
    return () => controller.abort();
  }, [enabled, pathname]);
  return enabled ? count : null;
}
