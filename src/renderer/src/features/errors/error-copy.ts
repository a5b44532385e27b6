import type { AppError } from '../../../../shared/api-error';
import { refusedDetailSentence, type RefusedStatus } from '../../../../shared/offline/refused-details';
import type { IconName } from '../../ui/Icon';

/*
 * What each failure is called where it shows, in plain words with a way forward. Main's own
 * message (specific: which server, which field) is the body; the title says what happened.
 */

export type ErrorPlace = 'list' | 'detail' | 'signIn';

export interface ErrorCopy {
  title: string;
  body: string;
  icon: IconName;
  tone: 'red' | 'amber' | 'gray';
  /** Trying again may help (network, server, unreadable reply). */
  retry: boolean;
}

export function errorCopy(error: AppError, place: ErrorPlace): ErrorCopy {
  const body = error.message;
  switch (error.kind) {
    case 'unauthorized':
      return place === 'signIn'
        ? { title: "That token wasn't accepted", body, icon: 'key', tone: 'red', retry: false }
        : { title: 'Session expired or token revoked', body, icon: 'lock', tone: 'amber', retry: false };
    case 'forbidden':
      return {
        title: place === 'detail' ? "You don't have access to this ICP" : "You don't have access",
        body:
          place === 'detail'
            ? 'The server refused its details, and its list no longer has it, so it has left your list. Ask its owner to add you, then refresh.'
            : 'The server says your account is not among the users of this ICP. Ask its owner to add you, then refresh.',
        icon: 'lock',
        tone: 'amber',
        retry: false,
      };
    case 'notFound':
      return place === 'detail'
        ? {
            title: 'This ICP no longer exists',
            body: 'The server did not find it, and its list no longer has it, so it has left your list.',
            icon: 'fileMissing',
            tone: 'gray',
            retry: false,
          }
        : { title: 'No ICP list at this address', body, icon: 'fileMissing', tone: 'amber', retry: false };
    case 'server':
      return { title: 'The server had a problem', body, icon: 'server', tone: 'red', retry: true };
    case 'network':
      return place === 'signIn'
        ? { title: "Can't reach the server", body, icon: 'offline', tone: 'amber', retry: true }
        : { title: "You're offline", body, icon: 'offline', tone: 'amber', retry: true };
    case 'invalidResponse':
      return { title: "The server's answer couldn't be read", body, icon: 'alert', tone: 'red', retry: true };
    case 'keychain':
      return { title: "The system keychain isn't available", body, icon: 'key', tone: 'red', retry: true };
    case 'badRequest':
      return { title: 'Check what you entered', body, icon: 'alert', tone: 'amber', retry: false };
    case 'storage':
      return { title: "Couldn't save on this computer", body, icon: 'alert', tone: 'red', retry: true };
    case 'notSignedIn':
      return { title: "You're signed out", body, icon: 'lock', tone: 'gray', retry: false };
    case 'cancelled':
      return { title: 'Stopped', body, icon: 'info', tone: 'gray', retry: true };
    case 'limit':
      return { title: 'Too many accounts', body, icon: 'alert', tone: 'amber', retry: false };
    case 'internal':
      return { title: 'Something went wrong in ICP Desk', body, icon: 'alert', tone: 'red', retry: true };
  }
}

/**
 * An ICP the list still has, whose details the server refused (403) or did not find (404): said
 * above the copy the list carried. Trying again may help (access granted, a passing glitch).
 */
export function listedRefusalCopy(status: RefusedStatus): ErrorCopy {
  const body = 'It is still in your ICP list, so the copy the list carried is shown.';
  return status === 403
    ? { title: refusedDetailSentence(403), body: `${body} Ask its owner to add you, or try again later.`, icon: 'lock', tone: 'amber', retry: true }
    : {
        title: refusedDetailSentence(404),
        body: `${body} If it was deleted, it leaves your list at the next refresh.`,
        icon: 'fileMissing',
        tone: 'gray',
        retry: true,
      };
}

/**
 * "HTTP 500 · INTERNAL_ERROR · field activeUntil": the technical bits, for a details line. The
 * API's own code and words are left out when main's message already quotes them.
 */
export function errorDetails(error: AppError): string | null {
  const parts: string[] = [];
  if (error.status !== undefined) parts.push(`HTTP ${error.status}`);
  const quoted = error.apiCode !== undefined && error.message.includes(error.apiCode);
  if (error.apiCode && !quoted) parts.push(error.apiCode);
  if (error.apiMessage && !quoted) parts.push(`“${error.apiMessage}”`);
  if (error.field) parts.push(`field ${error.field}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}
