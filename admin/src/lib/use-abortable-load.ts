/**
 * Loads a list whenever `key` changes, aborting the previous request so a slow
 * answer for old filters cannot overwrite a newer one. The page keeps the data
 * (onLoad) because some pages also change it locally (the wire desk inserts
 * live arrivals); this hook owns only the loading flag and the error text.
 */
import { useEffect, useRef, useState } from 'react';

export function useAbortableLoad<T>(
  key: unknown,
  load: (signal: AbortSignal) => Promise<T>,
  onLoad: (value: T) => void,
  describe: (e: unknown) => string,
) {
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);
  // The callbacks are new closures each render; the effect must re-run only for a new key.
  const latest = useRef({ load, onLoad, describe });
  latest.current = { load, onLoad, describe };

  useEffect(() => {
    const controller = new AbortController();
    setLoading(true);
    setError(null);
    latest.current.load(controller.signal).then(
      (value) => {
        latest.current.onLoad(value);
        setLoading(false);
      },
      (e: unknown) => {
        if ((e as Error).name === 'AbortError') return;
        setError(latest.current.describe(e));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [key]);

  return { loading, error, setError };
}
