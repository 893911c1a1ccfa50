import { parseCookie, stringifySetCookie } from 'cookie';
import type { Response } from 'express';
import type { SessionCookie } from '../graphql/context.js';

/** The browser's session cookie: an opaque token, httpOnly, SameSite=Lax, and __Host- bound when over HTTPS. */
export function sessionCookieName(secure: boolean): string {
  return secure ? '__Host-kindred_session' : 'kindred_session';
}

export function readSessionToken(cookieHeader: string | undefined, secure: boolean): string | undefined {
  if (!cookieHeader) return undefined;
  return parseCookie(cookieHeader)[sessionCookieName(secure)];
}

export function sessionCookieFor(res: Response, secure: boolean): SessionCookie {
  const name = sessionCookieName(secure);
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    set: (token, expiresAt) => res.append('Set-Cookie', stringifySetCookie({ name, value: token, ...base, expires: expiresAt })),
    clear: () => res.append('Set-Cookie', stringifySetCookie({ name, value: '', ...base, expires: new Date(0) })),
  };
}
