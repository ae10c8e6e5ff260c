import type { OutgoingHttpHeaders } from "node:http";

// Which answers the response cache keeps: 200s without cookies, and without a
// `Cache-Control: no-store` / `private` that a handler meant for this server.
//
// Where a no-store is decided by path, because the header alone cannot say who meant it:
// - Pages (/, /proposals, /proposals/*, /fcp, /stats): Next writes
//   `private, no-cache, no-store, max-age=0, must-revalidate` on every dynamically rendered
//   page, and a page has no way to set its own header. It tells browsers and proxies not
//   to keep a copy; it says nothing about this process, which drops its copy itself when
//   the data changes. Ignored.
// - The JSON API (/api/v1/*): its route handlers say no-store for the same reason: a
//   browser or proxy has no way to learn that a webhook changed a proposal. Our copy is
//   dropped on every committed write here and kept at most RESPONSE_CACHE_SECONDS, so
//   the handlers' intent (no stale copies downstream) holds. Ignored; the header is
//   still sent to clients unchanged.
// - Anything else (feeds, future route handlers): a handler's no-store is honoured.
const NO_STORE_MEANT_FOR_DOWNSTREAM = [/^\/$/, /^\/proposals(\/|$)/, /^\/fcp$/, /^\/stats$/, /^\/api\/v1\//];

export function isStorable(pathname: string, status: number, headers: OutgoingHttpHeaders): boolean {
  if (status !== 200 || headers["set-cookie"] !== undefined) return false;
  const cacheControl = String(headers["cache-control"] ?? "").toLowerCase();
  if (!/\b(no-store|private)\b/.test(cacheControl)) return true;
  return NO_STORE_MEANT_FOR_DOWNSTREAM.some((pattern) => pattern.test(pathname));
}
