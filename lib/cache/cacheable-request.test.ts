import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { cacheKeyOf, isPublicPath } from "./cacheable-request";

const get = (url: string) =>
  ({ method: "GET", url, headers: { host: "tracker.example" } }) as unknown as IncomingMessage;

describe("the response cache and private feeds", () => {
  it("still answers the public feeds", () => {
    expect(isPublicPath("/feeds/status.atom")).toBe(true);
    expect(cacheKeyOf(get("/feeds/proposals/4543.atom"))).toBe("identity ://tracker.example/feeds/proposals/4543.atom");
  });

  it.each(["/feeds/me/abc.atom", "/feeds/ME/abc.atom", "/feeds/me/"])("never stores %s, a reader's own", (path) => {
    expect(isPublicPath(path)).toBe(false);
    expect(cacheKeyOf(get(`${path}?x=1`))).toBeNull();
  });
});
