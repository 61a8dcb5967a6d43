/**
 * In-process publish/subscribe for domain events. Operations emit after their
 * transaction commits; a subscriber that throws (or whose promise rejects) is
 * reported to `onListenerError` and never breaks the operation or the other
 * subscribers. Without a handler the error goes to stderr with the event's
 * type: a failed cache purge or alert must never pass unnoticed. The Redis
 * bridge (redis-event-bridge.ts) forwards events between nodes through the same
 * interface.
 */
import type { HeraldEvent, HeraldEventType } from '../domain/events.js';

type Listener<T extends HeraldEventType> = (event: Extract<HeraldEvent, { type: T }>) => void | Promise<void>;
type AnyListener = (event: HeraldEvent) => void | Promise<void>;

export interface EventBus {
  emit(event: HeraldEvent): void;
  on<T extends HeraldEventType>(type: T, listener: Listener<T>): () => void;
  onAny(listener: AnyListener): () => void;
}

export type ListenerErrorHandler = (error: unknown, event: HeraldEvent) => void;

export const logListenerErrorToStderr: ListenerErrorHandler = (error, event) =>
  console.error(`herald: a subscriber to ${event.type} failed:`, error);

export function createEventBus(onListenerError: ListenerErrorHandler = logListenerErrorToStderr): EventBus {
  const listeners = new Map<string, Set<AnyListener>>();
  const anyListeners = new Set<AnyListener>();

  const report = (error: unknown, event: HeraldEvent) => {
    try {
      onListenerError(error, event);
    } catch (failure) {
      // The handler itself failed (a closed logger): say so rather than lose both errors.
      logListenerErrorToStderr(new AggregateError([error, failure], 'the error handler failed too'), event);
    }
  };
  const call = (listener: AnyListener, event: HeraldEvent) => {
    try {
      const result = listener(event);
      if (result instanceof Promise) result.catch((error: unknown) => report(error, event));
    } catch (error) {
      report(error, event);
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
