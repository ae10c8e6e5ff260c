import type { IncomingMessage } from "node:http";

// Which requests the response cache may answer: anonymous GET/HEAD requests for the
// public pages, feeds and JSON API. Everything else (sign-in, webhooks, the internal
// sync route, Next's own /_next assets, signed-in readers) goes straight to Next.

const PUBLIC_EXACT = new Set(["/", "/proposals", "/fcp", "/stats", "/audit"]);
const PUBLIC_PREFIXES = ["/proposals/", "/feeds/", "/api/v1/"];
// Under /feeds/ but one reader's own: the URL is their secret, so one stored answer must
// never outlive a revoked link or reach anyone else (app/feeds/me).
const PRIVATE_PREFIXES = ["/feeds/me/"];

// next-auth 4's session cookie, plain or __Secure- (https), chunked as .0, .1 when large.
const SESSION_COOKIE = /(?:^|;)\s*(?:__Secure-|__Host-)?next-auth\.session-token(?:\.\d+)?=/;
// A form's outcome message (lib/auth/flash.ts): the page showing it is for this reader only.
const FLASH_COOKIE = /(?:^|;)\s*msc-flash=/;

// Headers of Next's client router: the same URL then answers with an RSC payload, not HTML.
const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch"];

export type Encoding = "gzip" | "deflate" | "identity";

export function isPublicPath(pathname: string): boolean {
  // Odd spellings (dot segments, doubled or encoded slashes) are left to Next to normalise.
  if (/\/\.|\/\/|%2f|%2e|\\/i.test(pathname)) return false;
  if (PRIVATE_PREFIXES.some((prefix) => pathname.toLowerCase().startsWith(prefix))) return false;
  return PUBLIC_EXACT.has(pathname) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix));
}

/** A request from Next's client router: the same URL then answers with an RSC payload, not HTML. */
export function isClientRouterRequest(req: IncomingMessage): boolean {
  return ROUTER_HEADERS.some((name) => req.headers[name] !== undefined) || (req.url ?? "").includes("_rsc=");
}

/** The cache key of a request the cache may answer, or null when it must go to Next. */
export function cacheKeyOf(req: IncomingMessage): string | null {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  const url = req.url ?? "";
  if (!isPublicPath(url.split("?", 1)[0]!)) return null;
  const { headers } = req;
  if (headers.authorization || headers.range) return null;
  if (headers.cookie && (SESSION_COOKIE.test(headers.cookie) || FLASH_COOKIE.test(headers.cookie))) return null;
  if (isClientRouterRequest(req)) return null;
  // Host and forwarded scheme are in the key: feeds and metadata may print absolute URLs.
  const origin = `${headers["x-forwarded-proto"] ?? ""}://${headers["x-forwarded-host"] ?? headers.host ?? ""}`;
  return `${preferredEncoding(headers["accept-encoding"])} ${origin}${url}`;
}

/**
 * The one encoding Next's compression would pick for this Accept-Encoding (it knows gzip
 * and deflate, gzip first). Requests are keyed by it, and the cache rewrites a miss's
 * Accept-Encoding to it, so the bytes stored under a key are always in that encoding.
 */
export function preferredEncoding(acceptEncoding: string | string[] | undefined): Encoding {
  const quality = new Map<string, number>();
  for (const part of String(acceptEncoding ?? "").split(",")) {
    const [name, ...params] = part.trim().toLowerCase().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    if (name) quality.set(name, q ? Number(q.slice(2)) || 0 : 1);
  }
  const accepts = (name: string) => (quality.get(name) ?? quality.get("*") ?? 0) > 0;
  if (accepts("gzip")) return "gzip";
  if (accepts("deflate")) return "deflate";
  return "identity";
}
