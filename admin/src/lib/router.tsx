/**
 * A tiny history router for `/admin/*` (no router library): the current
 * location as React state, `navigate()` for code and `<Link>` for anchors that
 * still work as plain links (new tab, copy address).
 */
import { useSyncExternalStore, type AnchorHTMLAttributes, type MouseEvent } from 'react';

const listeners = new Set<() => void>();
const emit = () => {
  for (const listener of listeners) listener();
};
if (typeof window !== 'undefined') window.addEventListener('popstate', emit);

/** What each history entry carries: a unique id, and optionally the key of the editor that owns it. */
export interface NavState {
  navId: number;
  editorKey?: string;
  /** The same page got a new address (a new article's first save): focus stays where it is. */
  quiet?: boolean;
}

let lastNavId = 0;

export function navigate(to: string, options: { replace?: boolean; editorKey?: string } = {}): void {
  const state: NavState = { navId: Date.now() * 1000 + (++lastNavId % 1000), ...(options.editorKey ? { editorKey: options.editorKey, quiet: true } : {}) };
  if (options.replace) history.replaceState(state, '', to);
  else history.pushState(state, '', to);
  emit();
}

export function currentNavState(): NavState | null {
  const state = history.state as Partial<NavState> | null;
  return state && typeof state.navId === 'number' ? (state as NavState) : null;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => `${currentNavState()?.navId ?? 0} ${location.pathname}${location.search}`;

export function useLocation(): { pathname: string; search: string; state: NavState | null } {
  const value = useSyncExternalStore(subscribe, snapshot);
  const href = value.slice(value.indexOf(' ') + 1);
  const q = href.indexOf('?');
  const state = currentNavState();
  return q === -1 ? { pathname: href, search: '', state } : { pathname: href.slice(0, q), search: href.slice(q), state };
}

export function Link({ to, onClick, ...props }: { to: string } & AnchorHTMLAttributes<HTMLAnchorElement>) {
  const handle = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event);
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (props.target && props.target !== '_self') return;
    event.preventDefault();
    navigate(to);
  };
  return <a href={to} onClick={handle} {...props} />;
}
