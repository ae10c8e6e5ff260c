import type { IncomingMessage, ServerResponse } from "node:http";
import { deflateSync, gzipSync } from "node:zlib";
import { isClientRouterRequest, preferredEncoding } from "../cache/cacheable-request";
import { adoptWriteHeadHeaders } from "./adopt-write-head-headers";
import { stripClientScripts } from "./strip-client-scripts";

// Serves the pages as plain HTML (see strip-client-scripts.ts for why). Only finished
// 200 pages are changed: a 404 or 500 keeps Next's scripts, so the error boundaries
// (app/error.tsx, the only client components) still work. The page is asked of Next
// uncompressed and compressed here after the change, as Next would have (gzip, else
// deflate), so the response cache in front still sees one encoding per key.

type Handler = (req: IncomingMessage, res: ServerResponse) => unknown;
type WriteArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown];

// Not pages: Next's assets, route handlers, feeds. Files have a dot in their last segment.
const NOT_PAGES = /^\/(?:_next|api|feeds)\/|\.[a-z0-9]+$/i;

function isPageRequest(req: IncomingMessage): boolean {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  if (isClientRouterRequest(req)) return false;
  return !NOT_PAGES.test((req.url ?? "/").split("?", 1)[0]!);
}

export function withoutClientScripts(handler: Handler): Handler {
  return (req, res) => {
    if (!isPageRequest(req)) return handler(req, res);
    const encoding = preferredEncoding(req.headers["accept-encoding"]);
    req.headers["accept-encoding"] = "identity";
    bufferUntilEnd(res, encoding);
    return handler(req, res);
  };
}

/** Holds the head and body back until the end, then sends the changed, compressed page. */
function bufferUntilEnd(res: ServerResponse, encoding: "gzip" | "deflate" | "identity"): void {
  const { end, writeHead } = res;
  const chunks: Buffer[] = [];
  let status: number | undefined;
  const collect = (chunk: unknown, enc: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    chunks.push(
      typeof chunk === "string"
        ? Buffer.from(chunk, typeof enc === "string" ? (enc as BufferEncoding) : "utf8")
        : Buffer.from(chunk as Uint8Array),
    );
  };

  res.writeHead = function (this: ServerResponse, code: number, ...rest: unknown[]) {
    status = code;
    adoptWriteHeadHeaders(this, rest);
    return this;
  } as ServerResponse["writeHead"];

  // The whole page goes out in end(), so Next's writes are only collected.
  res.write = function (this: ServerResponse, ...args: WriteArgs) {
    collect(args[0], args[1]);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    if (callback) process.nextTick(callback);
    return true;
  } as ServerResponse["write"];

  res.end = function (this: ServerResponse, ...args: WriteArgs) {
    collect(args[0], args[1]);
    const code = status ?? this.statusCode;
    let body = Buffer.concat(chunks);
    const type = String(this.getHeader("content-type") ?? "");
    if (code === 200 && type.startsWith("text/html")) body = Buffer.from(stripClientScripts(body.toString("utf8")));
    if (body.length > 0 && encoding !== "identity") {
      body = encoding === "gzip" ? gzipSync(body) : deflateSync(body);
      this.setHeader("content-encoding", encoding);
    }
    if (body.length > 0) this.setHeader("vary", mergeVary(this.getHeader("vary")));
    this.removeHeader("transfer-encoding");
    this.setHeader("content-length", body.length);
    (writeHead as (code: number) => ServerResponse).call(this, code);
    const callback = args.find((arg) => typeof arg === "function") as (() => void) | undefined;
    return (end as (chunk: Buffer, cb?: () => void) => ServerResponse).call(this, body, callback);
  } as ServerResponse["end"];
}

function mergeVary(current: ReturnType<ServerResponse["getHeader"]>): string {
  const names = String(current ?? "")
    .split(",")
    .map((name) => name.trim())
    .filter(Boolean);
  return names.some((name) => name.toLowerCase() === "accept-encoding")
    ? names.join(", ")
    : [...names, "Accept-Encoding"].join(", ");
}
