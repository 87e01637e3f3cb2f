import { createContext, type ReactNode, use, useCallback, useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ApiError, setCsrfToken, setUnauthorizedHandler, toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { notifyError } from '../../lib/errors';
import {
  applyLanguage,
  currentLanguage,
  isLanguage,
  type Language,
  markLanguageChoiceSignedOut,
  takeSignedOutLanguageChoice,
} from '../../lib/i18n';
import type { AuthResponse, Me } from './types';

type SessionState =
  | { status: 'loading' }
  /** `signedOut`: the user logged out on purpose (no "come back here" after the next login). */
  | { status: 'anonymous'; signedOut?: boolean }
  | { status: 'error'; error: ApiError }
  | { status: 'authenticated'; me: Me };

export interface Session {
  state: SessionState;
  me: Me | null;
  /** Reloads the user and memberships (after creating a company, accepting an invitation, …). */
  refresh: () => Promise<Me | null>;
  /** After login/signup: keeps the CSRF token and loads the session. */
  signedIn: (response: AuthResponse) => Promise<Me | null>;
  logout: () => Promise<void>;
  changeLanguage: (language: Language) => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = use(SessionContext);
  if (!session) throw new Error('useSession outside SessionProvider');
  return session;
}

/** The signed-in user; only for pages behind RequireAuth. */
export function useMe(): Me {
  const { me } = useSession();
  if (!me) throw new Error('useMe without a session');
  return me;
}

export function SessionProvider({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [state, setState] = useState<SessionState>({ status: 'loading' });

  const load = useCallback(async (): Promise<Me | null> => {
    try {
      let me = await callApi('get', '/api/v1/me', { allowUnauthenticated: true });
      // A language picked on the sign-in page is the user's latest choice: it goes to the profile.
      // Otherwise the profile (possibly changed on another device) decides.
      const picked = takeSignedOutLanguageChoice();
      if (picked && picked !== me.user.language) {
        try {
          const { user } = await callApi('patch', '/api/v1/me', { body: { language: picked } });
          me = { ...me, user };
        } catch {
          // the profile keeps its language; the UI still shows the picked one
        }
      } else if (isLanguage(me.user.language) && me.user.language !== currentLanguage()) {
        await applyLanguage(me.user.language);
      }
      setState({ status: 'authenticated', me });
      return me;
    } catch (error) {
      const err = toApiError(error);
      if (err.status === 401) {
        setCsrfToken(null);
        setState({ status: 'anonymous' });
      } else {
        setState({ status: 'error', error: err });
      }
      return null;
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    setUnauthorizedHandler(() => setState({ status: 'anonymous' }));
    return () => setUnauthorizedHandler(null);
  }, []);

  const signedIn = useCallback(
    async (response: AuthResponse) => {
      setCsrfToken(response.csrfToken);
      return load();
    },
    [load],
  );

  const logout = useCallback(async () => {
    try {
      await callApi('post', '/api/v1/auth/logout', { allowUnauthenticated: true });
    } catch (error) {
      if (toApiError(error).status !== 401) {
        notifyError(t, error);
        return;
      }
    }
    setCsrfToken(null);
    setState({ status: 'anonymous', signedOut: true });
  }, [t]);

  const changeLanguage = useCallback(
    async (language: Language) => {
      await applyLanguage(language);
      if (state.status !== 'authenticated') {
        markLanguageChoiceSignedOut();
        return;
      }
      if (state.me.user.language === language) return;
      try {
        const { user } = await callApi('patch', '/api/v1/me', { body: { language } });
        setState((s) =>
          s.status === 'authenticated' ? { status: 'authenticated', me: { ...s.me, user } } : s,
        );
      } catch (error) {
        notifyError(t, error);
      }
    },
    [state, t],
  );

  const value = useMemo<Session>(
    () => ({
      state,
      me: state.status === 'authenticated' ? state.me : null,
      refresh: load,
      signedIn,
      logout,
      changeLanguage,
    }),
    [state, load, signedIn, logout, changeLanguage],
  );

  return <SessionContext value={value}>{children}</SessionContext>;
}
