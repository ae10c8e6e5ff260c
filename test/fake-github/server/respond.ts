import { createHash } from "node:crypto";
import type { ServerResponse } from "node:http";
import type { RateLimitSnapshot } from "./rate-limiter";

// Writing responses with the headers GitHub sends on every API answer.

let requestCounter = 0;

/** Shaped like GitHub's x-github-request-id (five hex groups); unique within a run. */
export function nextRequestId(): string {
  requestCounter++;
  const hex = (value: number, width: number) =>
    (value >>> 0).toString(16).toUpperCase().padStart(width, "0").slice(-width);
  return `${hex(0xfa4e + requestCounter, 4)}:${hex(requestCounter * 7919, 6)}:${hex(requestCounter * 104729, 7)}:${hex(requestCounter * 1299709, 7)}:${hex(0x66f00000 + requestCounter, 8)}`;
}

/** GitHub marks JSON answers with weak ETags: W/"<sha256 of the body>". */
export function weakEtag(body: string): string {
  return `W/"${createHash("sha256").update(body).digest("hex")}"`;
}

export function etagMatches(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, "");
  return ifNoneMatch.split(",").some((tag) => tag.trim() === "*" || bare(tag) === bare(etag));
}

export type CommonHeaderInput = { requestId: string; authenticated: boolean; rateLimit: RateLimitSnapshot | null };

export function commonHeaders({ requestId, authenticated, rateLimit }: CommonHeaderInput): Record<string, string> {
  const headers: Record<string, string> = {
    "cache-control": `${authenticated ? "private" : "public"}, max-age=60, s-maxage=60`,
    vary: "Accept, Authorization, Cookie, X-GitHub-OTP,Accept-Encoding, Accept, X-Requested-With",
    "x-github-media-type": "github.v3; format=json",
    "x-github-api-version-selected": "2022-11-28",
    "x-github-request-id": requestId,
    "access-control-allow-origin": "*",
    "access-control-expose-headers":
      "ETag, Link, Location, Retry-After, X-GitHub-OTP, X-RateLimit-Limit, X-RateLimit-Remaining, X-RateLimit-Used, X-RateLimit-Resource, X-RateLimit-Reset, X-OAuth-Scopes, X-Accepted-OAuth-Scopes, X-Poll-Interval, X-GitHub-Media-Type, X-GitHub-SSO, X-GitHub-Request-Id, Deprecation, Sunset",
    server: "github.com",
  };
  if (authenticated) headers["x-oauth-scopes"] = "read:org, repo";
  if (rateLimit) {
    headers["x-ratelimit-limit"] = String(rateLimit.limit);
    headers["x-ratelimit-remaining"] = String(rateLimit.remaining);
    headers["x-ratelimit-reset"] = String(rateLimit.reset);
    headers["x-ratelimit-used"] = String(rateLimit.used);
    headers["x-ratelimit-resource"] = rateLimit.resource;
  }
  return headers;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  bodyText: string,
  headers: Record<string, string>,
  options: { head?: boolean; dropAfterHalf?: boolean } = {},
): void {
  const bytes = Buffer.from(bodyText);
  res.writeHead(status, {
    ...headers,
    "content-type": "application/json; charset=utf-8",
    "content-length": String(bytes.length),
  });
  if (options.head) return void res.end();
  if (options.dropAfterHalf) {
    // The client was promised the whole body; it gets half and then a dead connection.
    res.write(bytes.subarray(0, Math.floor(bytes.length / 2)), () => res.socket?.destroy());
    return;
  }
  res.end(bytes);
}

export function sendNotModified(res: ServerResponse, headers: Record<string, string>): void {
  res.writeHead(304, headers);
  res.end();
}
