import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { LRUCache } from "lru-cache";
import { cacheKeyOf, preferredEncoding } from "./cacheable-request";
import { isStorable } from "./cacheable-response";
import { captureResponse, type CapturedResponse } from "./capture-response";
import { dataGeneration } from "./data-generation";

// A whole-response cache in front of Next, for anonymous readers of the public pages
// and the JSON API. Why by hand: every page here is dynamic (the layout reads the
// database), so Next renders each request again, and its own caches ("use cache", the
// data cache) memoise pieces of a render, never skip it. With 4,500 MSCs a render of
// /proposals costs tens of milliseconds of CPU; two cores then serve a few dozen
// requests a second, where the same bytes from memory go out thousands of times.
//
// When an answer is stale: it was rendered at one data generation (lib/cache/
// data-generation.ts), and every committed write in this process moves the generation,
// so a write here shows on the next request. Writes by other processes (a second app
// instance on the same PostgreSQL, `npm run sync` writing PostgreSQL directly) cannot
// move this process's counter: the age limit (RESPONSE_CACHE_SECONDS) bounds how long
// those stay unseen.

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
type Entry = CapturedResponse & { generation: number; storedAt: number };

export type ResponseCacheOptions = {
  /** How long an answer may be served; 0 turns the cache off. */
  ttlSeconds: number;
  /** Memory for stored answers (bodies plus an estimate for headers). */
  maxBytes?: number;
  now?: () => number;
};

const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;
// From this share of the age limit, one request renders a replacement while the others
// are still served the copy. Without it, the copy of a busy page expires under load and
// every connection waits for the same render at once: a latency spike each age limit.
const REFRESH_AFTER = 0.75;
// Recomputed on every answer, or describing the original connection: never replayed.
const NOT_REPLAYED = new Set(["content-length", "transfer-encoding", "connection", "keep-alive", "date", "x-cache"]);

export function withResponseCache(handler: Handler, options: ResponseCacheOptions): Handler {
  if (!(options.ttlSeconds > 0)) return handler;
  const ttlMs = options.ttlSeconds * 1000;
  const now = options.now ?? Date.now;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const entries = new LRUCache<string, Entry>({
    maxSize: maxBytes,
    maxEntrySize: maxBytes / 4,
    sizeCalculation: (entry) => entry.body.length + 1024,
  });
  // Renders under way, by generation and key: a burst of misses waits for one of them.
  const rendering = new Map<string, Promise<Entry | null | "aborted">>();

  const fresh = (key: string): Entry | null => {
    const entry = entries.get(key);
    if (!entry) return null;
    if (entry.generation === dataGeneration() && now() - entry.storedAt < ttlMs) return entry;
    entries.delete(key);
    return null;
  };

  const respond = async (req: IncomingMessage, res: ServerResponse): Promise<unknown> => {
    const key = cacheKeyOf(req);
    if (key === null) return handler(req, res);
    const generation = dataGeneration();
    const flightKey = `${generation} ${key}`;
    const inFlight = rendering.get(flightKey);
    const stored = fresh(key);
    if (stored) {
      const dueForRefresh = now() - stored.storedAt >= ttlMs * REFRESH_AFTER && req.method === "GET";
      if (!dueForRefresh || inFlight) return serve(req, res, stored);
    } else if (inFlight) {
      const shared = await inFlight;
      if (res.destroyed) return; // this client left while it waited
      // The render's own client left (a slow render under load, a timeout): start over,
      // so the waiters share one new render instead of each rendering at once.
      if (shared === "aborted") return respond(req, res);
      if (shared) return serve(req, res, shared);
      // That answer was not storable (an error, a no-store): this request renders its own.
      res.setHeader("x-cache", "miss");
      return handler(req, res);
    }

    res.setHeader("x-cache", "miss");
    // A HEAD answer has no body to keep; it is served from a GET's copy when there is one.
    if (req.method === "HEAD") return handler(req, res);
    // Next picks the encoding from this header: pin it to the one the key stands for.
    req.headers["accept-encoding"] = preferredEncoding(req.headers["accept-encoding"]);
    const pathname = (req.url ?? "").split("?", 1)[0]!;
    const storedAt = now();
    const render = captureResponse(res, {
      keep: (status, headers) => isStorable(pathname, status, headers),
      maxBytes: maxBytes / 4,
    }).then((captured) => {
      rendering.delete(flightKey);
      if (captured === null || captured === "aborted") return captured;
      const entry: Entry = { ...captured, headers: replayable(captured.headers), generation, storedAt };
      // Kept even if the generation moved meanwhile: fresh() then refuses it, and the
      // requests that waited on this render, all older than that write, may use it.
      entries.set(key, entry);
      return entry;
    });
    rendering.set(flightKey, render);
    return handler(req, res);
  };
  return respond;
}

function replayable(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !NOT_REPLAYED.has(name)));
}

function serve(req: IncomingMessage, res: ServerResponse, entry: Entry): void {
  // A reader that already holds these bytes (a feed reader polling with If-None-Match)
  // gets the 304 the handler itself would have given, not the whole body again.
  if (etagMatches(req.headers["if-none-match"], entry.headers.etag)) {
    res.writeHead(304, { ...withoutBodyHeaders(entry.headers), "x-cache": "hit" });
    res.end();
    return;
  }
  res.writeHead(entry.status, { ...entry.headers, "content-length": entry.body.length, "x-cache": "hit" });
  res.end(req.method === "HEAD" ? undefined : entry.body);
}

function etagMatches(ifNoneMatch: string | undefined, etag: OutgoingHttpHeaders[string]): boolean {
  if (!ifNoneMatch || typeof etag !== "string") return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || weak(tag) === weak(etag));
}

function withoutBodyHeaders(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  const { "content-type": _type, "content-encoding": _encoding, ...rest } = headers;
  return rest;
}
