import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TAdminView, TSignInRequest } from '@sunshine/shared';
import { api, onSessionLost, toApiError, type ApiError } from '../api/client';
import { clearToken, readToken, writeToken } from './tokenStore';

type TAuthState =
  | { status: 'checking' }
  /** `returnAfterSignIn`: after a lost session or a deep link, signing in goes back to the page; after 退出登录 it does not. */
  | { status: 'signedOut'; notice: string | null; returnAfterSignIn: boolean }
  | { status: 'signedIn'; admin: TAdminView }
  | { status: 'unreachable'; error: ApiError };

interface TAuthContext {
  state: TAuthState;
  signIn: (input: TSignInRequest) => Promise<void>;
  signOut: () => Promise<void>;
  recheck: () => void;
}

const AuthContext = createContext<TAuthContext | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<TAuthState>(() =>
    readToken() ? { status: 'checking' } : { status: 'signedOut', notice: null, returnAfterSignIn: true },
  );

  useEffect(() => onSessionLost((notice) => setState({ status: 'signedOut', notice, returnAfterSignIn: true })), []);

  // A reload keeps the token but not the admin; ask the server who it belongs to.
  useEffect(() => {
    if (state.status !== 'checking') return;
    let cancelled = false;
    api.adminAuth.me().then(
      (admin) => !cancelled && setState({ status: 'signedIn', admin }),
      (error: unknown) => {
        const apiError = toApiError(error);
        // Lost sessions are already handled by the onSessionLost listener.
        if (!cancelled && apiError.code !== 'UNAUTHENTICATED' && apiError.code !== 'SESSION_EXPIRED') {
          setState({ status: 'unreachable', error: apiError });
        }
      },
    );
    return () => {
      cancelled = true;
    };
  }, [state.status]);

  const signIn = useCallback(async (input: TSignInRequest) => {
    const { token, admin } = await api.adminAuth.signIn(input);
    writeToken(token);
    setState({ status: 'signedIn', admin });
  }, []);

  const signOut = useCallback(async () => {
    // Leaving must work even when the server cannot be reached; the token is dropped either way.
    await api.adminAuth.signOut().catch(() => undefined);
    clearToken();
    setState({ status: 'signedOut', notice: null, returnAfterSignIn: false });
  }, []);

  const recheck = useCallback(() => setState({ status: 'checking' }), []);

  const value = useMemo(() => ({ state, signIn, signOut, recheck }), [state, signIn, signOut, recheck]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): TAuthContext {
  const context = useContext(AuthContext);
  if (!context) throw new Error('useAuth outside AuthProvider');
  return context;
}

/** For pages behind RequireAuth, where a signed-in admin is guaranteed. */
export function useAdmin(): TAdminView {
  const { state } = useAuth();
  if (state.status !== 'signedIn') throw new Error('useAdmin without a signed-in admin');
  return state.admin;
}
