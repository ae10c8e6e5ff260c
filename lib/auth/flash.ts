import { randomBytes } from "node:crypto";

// After a form posts to an action route, the browser is sent back to the page (303) and
// the page says what happened. Pages carry no client JavaScript, so the message rides
// in a short-lived cookie, shown only on the page whose URL carries the same one-time
// nonce: a crafted link cannot make the site display words it did not write, and an
// old message does not reappear on a later visit.

export const FLASH_COOKIE = "msc-flash";
export const FLASH_PARAM = "flash";
/** Long enough for the redirect and a reload, short enough not to linger. */
const FLASH_MAX_AGE_SECONDS = 120;

export type Flash = {
  ok: boolean;
  message: string;
  /** The #fragment the form returned to ("fcp", "follow"...), so the page shows the message there. */
  area?: string;
};
type StoredFlash = Flash & { nonce: string };

export function newFlashNonce(): string {
  return randomBytes(9).toString("base64url");
}

export function flashCookieHeader(flash: Flash, nonce: string, secure: boolean): string {
  const value = Buffer.from(JSON.stringify({ ...flash, nonce } satisfies StoredFlash)).toString("base64url");
  return [
    `${FLASH_COOKIE}=${value}`,
    "Path=/",
    `Max-Age=${FLASH_MAX_AGE_SECONDS}`,
    "HttpOnly",
    "SameSite=Lax",
    ...(secure ? ["Secure"] : []),
  ].join("; ");
}

/** The message for this page view, or null: the cookie must be readable and its nonce match the URL's. */
export function decodeFlash(cookieValue: string | undefined, nonceInUrl: string | string[] | undefined): Flash | null {
  if (!cookieValue || typeof nonceInUrl !== "string" || nonceInUrl === "") return null;
  try {
    const stored = JSON.parse(Buffer.from(cookieValue, "base64url").toString("utf8")) as Partial<StoredFlash>;
    if (stored.nonce !== nonceInUrl || typeof stored.message !== "string" || typeof stored.ok !== "boolean")
      return null;
    const area = typeof stored.area === "string" ? { area: stored.area } : {};
    return { ok: stored.ok, message: stored.message, ...area };
  } catch {
    return null;
  }
}

/** `path` with `?flash=<nonce>` added before its #fragment, keeping its own query. */
export function withFlashNonce(path: string, nonce: string): string {
  const [beforeHash, hash] = splitOnce(path, "#");
  const separator = beforeHash.includes("?") ? "&" : "?";
  return `${beforeHash}${separator}${FLASH_PARAM}=${encodeURIComponent(nonce)}${hash === null ? "" : `#${hash}`}`;
}

function splitOnce(text: string, mark: string): [string, string | null] {
  const at = text.indexOf(mark);
  return at === -1 ? [text, null] : [text.slice(0, at), text.slice(at + 1)];
}
