import { useWindowEvent } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../lib/api';
import { callApi } from '../../lib/api/client';
import { errorMessage, notifySuccess } from '../../lib/errors';
import { useSession } from './session';

/**
 * E-mail verification on this device: the invitation waiting for it, and word to the other tabs
 * once the link is opened (the mail is often read in a new tab of the same browser).
 */

const INVITATION_KEY = 'facturex.pendingInvitation';
const VERIFIED_KEY = 'facturex.emailVerified';

/** An invitation that its invited user could not accept yet: the address was still to confirm. */
export interface PendingInvitation {
  /** `/invitations/{token}`: the page to come back to. */
  path: string;
  email: string;
  companyName: string;
}

export function rememberInvitation(invitation: PendingInvitation): void {
  try {
    window.localStorage.setItem(INVITATION_KEY, JSON.stringify(invitation));
  } catch {
    // storage unavailable: the invitation mail still has the link
  }
}

/** The invitation waiting for `email` to be confirmed (any address when none is given). */
export function pendingInvitation(email?: string): PendingInvitation | null {
  try {
    const raw = window.localStorage.getItem(INVITATION_KEY);
    const value = raw ? (JSON.parse(raw) as Partial<PendingInvitation>) : null;
    if (
      typeof value?.path !== 'string' ||
      !value.path.startsWith('/invitations/') ||
      typeof value.email !== 'string' ||
      typeof value.companyName !== 'string'
    )
      return null;
    if (email !== undefined && value.email.toLowerCase() !== email.toLowerCase()) return null;
    return { path: value.path, email: value.email, companyName: value.companyName };
  } catch {
    return null;
  }
}

export function forgetInvitation(): void {
  try {
    window.localStorage.removeItem(INVITATION_KEY);
  } catch {
    // nothing remembered
  }
}

/** Tells this browser's other tabs that an address was just confirmed (they reload the session). */
export function announceEmailVerified(): void {
  try {
    window.localStorage.setItem(VERIFIED_KEY, String(Date.now()));
  } catch {
    // the other tabs catch up when they get the focus back
  }
}

/**
 * While the signed-in address is unconfirmed, reloads the session when another tab confirms it or
 * when the window gets the focus back (the link may have been opened on a phone).
 */
export function useSessionRefreshWhileUnverified(): void {
  const { me, refresh } = useSession();
  const waiting = me !== null && !me.user.emailVerified;
  useWindowEvent('storage', (event) => {
    if (waiting && event.key === VERIFIED_KEY) void refresh();
  });
  useWindowEvent('focus', () => {
    if (waiting) void refresh();
  });
}

export type ResendState =
  | { status: 'idle' | 'sending' }
  | { status: 'sent'; email: string }
  | { status: 'failed'; message: string };

/** "Send a new link": the previous link stops working; 5 an hour (429 past that). */
export function useResendVerification() {
  const { t } = useTranslation();
  const { me, refresh } = useSession();
  const [state, setState] = useState<ResendState>({ status: 'idle' });

  const send = async () => {
    setState({ status: 'sending' });
    try {
      await callApi('post', '/api/v1/auth/verify-email/resend');
      setState({ status: 'sent', email: me?.user.email ?? '' });
    } catch (error) {
      const err = toApiError(error);
      if (err.status === 409) {
        // Confirmed meanwhile (another tab, another device): the session catches up.
        setState({ status: 'idle' });
        notifySuccess(t('emailVerification.alreadyVerified'));
        await refresh();
        return;
      }
      setState({
        status: 'failed',
        message: err.status === 429 ? t('emailVerification.tooMany') : errorMessage(t, err),
      });
    }
  };

  return { state, send };
}
