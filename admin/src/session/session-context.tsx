/**
 * Who is signed in. The session cookie is HttpOnly; the CSRF token lives only
 * in memory (api/client.ts). On load the app asks `GET /api/admin/session`;
 * any 401 later (the session ended) shows the sign-in page again, while
 * unsaved work stays on this device.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { SessionUser } from '../../../src/api/admin/contract.js';
import { ApiError, setCsrfToken, setUnauthorizedHandler } from '../api/client.js';
import { api } from '../api/endpoints.js';

export type SessionState =
  | { status: 'loading' }
  | { status: 'signed-out'; notice: string | null }
  | { status: 'signed-in'; user: SessionUser };

interface SessionApi {
  state: SessionState;
  signIn(email: string, password: string): Promise<void>;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionApi | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    api
      .session()
      .then((session) => {
        setCsrfToken(session.csrfToken);
        if (live) setState({ status: 'signed-in', user: session.user });
      })
      .catch((error: unknown) => {
        const notice = error instanceof ApiError && error.status !== 401 ? error.message : null;
        if (live) setState({ status: 'signed-out', notice });
      });
    setUnauthorizedHandler(() => {
      setCsrfToken(null);
      setState({ status: 'signed-out', notice: 'Your session has ended. Sign in again — unsaved changes are kept on this device.' });
    });
    return () => {
      live = false;
      setUnauthorizedHandler(null);
    };
  }, []);

  const signIn = useCallback(async (email: string, password: string) => {
    const session = await api.signIn(email, password);
    setCsrfToken(session.csrfToken);
    setState({ status: 'signed-in', user: session.user });
  }, []);

  const signOut = useCallback(async () => {
    try {
      await api.signOut();
    } finally {
      setCsrfToken(null);
      setState({ status: 'signed-out', notice: 'You have signed out.' });
    }
  }, []);

  const value = useMemo(() => ({ state, signIn, signOut }), [state, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionApi {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for components rendered behind the sign-in gate. */
export function useUser(): SessionUser {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useUser while signed out');
  return state.user;
}

export const ROLE_LABELS: Record<SessionUser['role'], string> = { reporter: 'Reporter', editor: 'Editor', admin: 'Admin' };
