/**
 * A small shared cache of things looked up by id (images shown in the body,
 * articles teased by related blocks), filled by lists and pickers and fetched
 * on a miss. Components read it with `useItem(id)`.
 */
import { useEffect, useSyncExternalStore } from 'react';

export type Cached<T> = T | 'loading' | 'missing';

export function createIdCache<T>(fetch: (id: number) => Promise<T>) {
  const values = new Map<number, Cached<T>>();
  const listeners = new Set<() => void>();
  let version = 0;
  const emit = () => {
    version += 1;
    for (const listener of listeners) listener();
  };
  const load = (id: number) => {
    if (values.has(id)) return;
    values.set(id, 'loading');
    fetch(id).then(
      (value) => {
        values.set(id, value);
        emit();
      },
      () => {
        values.set(id, 'missing');
        emit();
      },
    );
  };
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  };
  return {
    remember(id: number, value: T) {
      values.set(id, value);
      emit();
    },
    useItem(id: number | null): Cached<T> | null {
      useSyncExternalStore(subscribe, () => version);
      useEffect(() => {
        if (id !== null) load(id);
      }, [id]);
      if (id === null) return null;
      return values.get(id) ?? 'loading';
    },
  };
}
