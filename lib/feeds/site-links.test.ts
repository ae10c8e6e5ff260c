import { describe, expect, it } from "vitest";
import { siteFromRequest, tagUri } from "./site-links";

// Next builds request.url from the address it listens on, whatever the reader asked.
const ask = (headers: Record<string, string>) => new Request("http://localhost:3000/feeds/status.atom", { headers });

describe("siteFromRequest", () => {
  it("takes the origin the reader asked for from the Host header", () => {
    expect(siteFromRequest(ask({ host: "127.0.0.1:3250" }))).toEqual({
      origin: "http://127.0.0.1:3250",
      hostname: "127.0.0.1",
    });
  });

  it("prefers what a proxy forwarded, first value of a chain", () => {
    const site = siteFromRequest(
      ask({ host: "app:3000", "x-forwarded-host": "msc.example.org, inner", "x-forwarded-proto": "https,http" }),
    );
    expect(site).toEqual({ origin: "https://msc.example.org", hostname: "msc.example.org" });
  });

  it("ignores host values that are not a host, and unknown schemes", () => {
    const site = siteFromRequest(
      ask({ host: "evil.example/<script>", "x-forwarded-host": "a b", "x-forwarded-proto": "javascript" }),
    );
    expect(site).toEqual({ origin: "http://localhost:3000", hostname: "localhost" });
    expect(siteFromRequest(ask({ host: "[::1]:3000" })).origin).toBe("http://[::1]:3000");
  });
});

describe("tagUri", () => {
  it("names a thing on the site by a fixed date and a database id", () => {
    expect(tagUri({ origin: "https://msc.example.org", hostname: "msc.example.org" }, "event/12")).toBe(
      "tag:msc.example.org,2026:event/12",
    );
  });
});
