// next-auth v4's default session cookie names (the second over https). They are kept
// as the defaults on purpose: the whole-response cache serves only requests carrying
// neither, so a signed-in page is never cached for, or served to, someone else.
// Tokens over 4 kB are split into `<name>.0`, `<name>.1`...: match by prefix.
export const SESSION_COOKIE_NAMES = ["next-auth.session-token", "__Secure-next-auth.session-token"] as const;

export function hasSessionCookie(cookieNames: Iterable<string>): boolean {
  for (const name of cookieNames) {
    if (SESSION_COOKIE_NAMES.some((session) => name === session || name.startsWith(`${session}.`))) return true;
  }
  return false;
}
