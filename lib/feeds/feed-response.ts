import { createHash } from "node:crypto";
import { SITE_VARY } from "./site-links";

export const ATOM_CONTENT_TYPE = "application/atom+xml; charset=utf-8";
export const ICS_CONTENT_TYPE = "text/calendar; charset=utf-8";

function etagOf(body: string): string {
  return `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"`;
}

/** RFC 9110 13.1.2: weak comparison, a list of tags, or "*". */
function matches(ifNoneMatch: string, etag: string): boolean {
  if (ifNoneMatch.trim() === "*") return true;
  return ifNoneMatch.split(",").some((tag) => tag.trim().replace(/^W\//, "") === etag);
}

/**
 * A feed answer that feed readers can poll cheaply: an ETag of the exact bytes, and 304
 * Not Modified when the reader already has them. If-Modified-Since is deliberately not
 * honoured: a sync can record an event dated earlier than the newest one shown, so a
 * feed can change without its newest time moving; only the ETag knows.
 */
export function feedResponse(
  request: Request,
  body: string,
  options: { contentType: string; lastModified: Date | null },
): Response {
  const etag = etagOf(body);
  const headers = new Headers({
    "content-type": options.contentType,
    etag,
    // Readers may keep it, but must ask again (cheaply, with the ETag) before using it.
    "cache-control": "public, no-cache",
    // Links in the body are built from these (site-links.ts).
    vary: SITE_VARY,
  });
  if (options.lastModified && options.lastModified.getTime() > 0) {
    headers.set("last-modified", options.lastModified.toUTCString());
  }
  const ifNoneMatch = request.headers.get("if-none-match");
  if (ifNoneMatch && matches(ifNoneMatch, etag)) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

/** The 404 for a feed that does not exist: plain text, as a reader shows it to a person. */
export function feedNotFound(message: string): Response {
  return new Response(`${message}\n`, { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });
}
