/** The autosave state machine's states and what the status line says for each. */
import { formatClock } from '../lib/time.js';

export type SaveState =
  | { kind: 'idle'; saved: boolean }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  | { kind: 'offline' }
  | { kind: 'blocked'; message: string }
  | { kind: 'held' }
  | { kind: 'conflict' }
  | { kind: 'error' };

export function saveStateText(state: SaveState): string {
  switch (state.kind) {
    case 'idle':
      return state.saved ? 'All changes saved' : 'Not saved yet';
    case 'pending':
      return 'Unsaved changes…';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return `Saved at ${formatClock(state.at)}`;
    case 'offline':
      return 'Offline — changes kept on this device; saving again when the connection is back';
    case 'blocked':
      return `Not saved yet — ${state.message}`;
    case 'held':
      return 'This article is live: changes are kept on this device until you publish them as a correction or update, or choose Save now';
    case 'conflict':
      return 'Not saved — someone else changed this article; choose which version to keep';
    case 'error':
      return 'Not saved — changes kept on this device';
  }
}
