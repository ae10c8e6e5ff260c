import { describe, expect, it } from "vitest";
import { ATOM_CONTENT_TYPE, feedNotFound, feedResponse } from "./feed-response";

const options = { contentType: ATOM_CONTENT_TYPE, lastModified: new Date("2026-09-02T08:00:00.500Z") };
const ask = (headers: Record<string, string> = {}) => new Request("https://tracker.example/feeds/x", { headers });

describe("feedResponse", () => {
  it("answers with the body, its content type, an ETag and Last-Modified", async () => {
    const response = feedResponse(ask(), "<feed/>", options);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("<feed/>");
    expect(response.headers.get("content-type")).toBe("application/atom+xml; charset=utf-8");
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
    expect(response.headers.get("last-modified")).toBe("Wed, 02 Sep 2026 08:00:00 GMT");
    expect(response.headers.get("cache-control")).toBe("public, no-cache");
    expect(response.headers.get("vary")).toBe("host, x-forwarded-host, x-forwarded-proto");
  });

  it("answers 304 without a body when the reader already has these bytes", async () => {
    const etag = feedResponse(ask(), "<feed/>", options).headers.get("etag")!;
    for (const ifNoneMatch of [etag, `W/${etag}`, `"other", ${etag}`, "*"]) {
      const response = feedResponse(ask({ "if-none-match": ifNoneMatch }), "<feed/>", options);
      expect(response.status).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(etag);
    }
    expect(feedResponse(ask({ "if-none-match": etag }), "<feed>changed</feed>", options).status).toBe(200);
  });

  it("ignores If-Modified-Since: an older event can appear after a newer one", () => {
    const later = "Thu, 01 Jan 2099 00:00:00 GMT";
    expect(feedResponse(ask({ "if-modified-since": later }), "<feed/>", options).status).toBe(200);
  });

  it("sends no Last-Modified for a feed with nothing in it", () => {
    const response = feedResponse(ask(), "<feed/>", { ...options, lastModified: new Date(0) });
    expect(response.headers.has("last-modified")).toBe(false);
  });
});

describe("feedNotFound", () => {
  it("is a plain-text 404 a person can read", async () => {
    const response = feedNotFound("MSC99999 is not known to the tracker.");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(await response.text()).toBe("MSC99999 is not known to the tracker.\n");
  });
});
