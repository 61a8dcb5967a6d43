/** What every operation is given: the store, the event bus and a clock (so tests control time). */
import type { EventBus } from '../events/event-bus.js';
import type { Store } from './ports.js';

export interface OperationContext {
  store: Store;
  events: EventBus;
  now: () => Date;
}
