/**
 * In-process publish/subscribe for domain events. Operations emit after their
 * transaction commits; a subscriber that throws is logged and never breaks the
 * operation or the other subscribers. A Redis bridge (later) forwards events
 * between nodes through the same interface.
 */
import type { HeraldEvent, HeraldEventType } from '../domain/events.js';

type Listener<T extends HeraldEventType> = (event: Extract<HeraldEvent, { type: T }>) => void | Promise<void>;
type AnyListener = (event: HeraldEvent) => void | Promise<void>;

export interface EventBus {
  emit(event: HeraldEvent): void;
  on<T extends HeraldEventType>(type: T, listener: Listener<T>): () => void;
  onAny(listener: AnyListener): () => void;
}

export function createEventBus(onListenerError: (error: unknown, event: HeraldEvent) => void = () => {}): EventBus {
  const listeners = new Map<string, Set<AnyListener>>();
  const anyListeners = new Set<AnyListener>();

  const call = (listener: AnyListener, event: HeraldEvent) => {
    try {
      const result = listener(event);
      if (result instanceof Promise) result.catch((error) => onListenerError(error, event));
    } catch (error) {
      onListenerError(error, event);
    }
  };

  return {
    emit(event) {
      for (const listener of listeners.get(event.type) ?? []) call(listener, event);
      for (const listener of anyListeners) call(listener, event);
    },
    on(type, listener) {
      const set = listeners.get(type) ?? new Set();
      listeners.set(type, set);
      set.add(listener as AnyListener);
      return () => set.delete(listener as AnyListener);
    },
    onAny(listener) {
      anyListeners.add(listener);
      return () => anyListeners.delete(listener);
    },
  };
}
