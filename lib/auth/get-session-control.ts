import "server-only";
import { cookies } from "next/headers";
import { signInAvailable } from "./auth-options";
import { getViewer } from "./get-viewer";
import type { Viewer } from "./roles";

export type SessionControlProps = {
  viewer: Viewer;
  /** False when no sign-in is configured: the header then offers none. */
  canSignIn: boolean;
  /**
   * next-auth's CSRF token, so "Sign out" is one form POST without client JavaScript.
   * Only for signed-in viewers, whose pages are never cached (an anonymous page is
   * shared, so it must not carry anyone's token); null sends them to next-auth's
   * sign-out page instead.
   */
  signOutCsrfToken: string | null;
};

// next-auth v4's CSRF cookie ("<token>|<hash>"); the __Host- name is used over https.
const CSRF_COOKIES = ["next-auth.csrf-token", "__Host-next-auth.csrf-token"];

export async function getSessionControl(): Promise<SessionControlProps> {
  const viewer = await getViewer();
  if (viewer.login === null) return { viewer, canSignIn: signInAvailable(), signOutCsrfToken: null };
  const jar = await cookies();
  const csrf = CSRF_COOKIES.map((name) => jar.get(name)?.value).find(Boolean);
  return { viewer, canSignIn: true, signOutCsrfToken: csrf?.split("|")[0] || null };
}
