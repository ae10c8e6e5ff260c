import { describe, expect, it } from "vitest";
import { CROSS_SITE_MESSAGE, crossSiteRefusal } from "./same-origin";

const reader = (headers: Record<string, string>) => ({ get: (name: string) => headers[name] ?? null });

describe("crossSiteRefusal", () => {
  it("admits a request from this site", () => {
    expect(crossSiteRefusal(reader({ host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).toBeNull();
    expect(crossSiteRefusal(reader({ host: "Tracker.Example", origin: "https://tracker.example" }))).toBeNull();
  });

  it("refuses another site, a null origin and a cross-site fetch without Origin", () => {
    expect(crossSiteRefusal(reader({ host: "tracker.example", origin: "https://evil.example" }))).toBe(
      CROSS_SITE_MESSAGE,
    );
    expect(crossSiteRefusal(reader({ host: "tracker.example", origin: "null" }))).toBe(CROSS_SITE_MESSAGE);
    expect(crossSiteRefusal(reader({ host: "tracker.example", "sec-fetch-site": "cross-site" }))).toBe(
      CROSS_SITE_MESSAGE,
    );
    // Same port, another host is another origin.
    expect(crossSiteRefusal(reader({ host: "tracker.example", origin: "https://tracker.example.evil" }))).toBe(
      CROSS_SITE_MESSAGE,
    );
  });

  it("admits non-browser clients, which send neither Origin nor Sec-Fetch-Site", () => {
    expect(crossSiteRefusal(reader({ host: "tracker.example" }))).toBeNull();
  });

  it("trusts the proxy's forwarded host and the configured public URL", () => {
    const proxied = { host: "app:3000", origin: "https://msc.example.org" };
    expect(crossSiteRefusal(reader({ ...proxied, "x-forwarded-host": "msc.example.org" }))).toBeNull();
    expect(crossSiteRefusal(reader(proxied), ["https://msc.example.org"])).toBeNull();
    expect(crossSiteRefusal(reader(proxied))).toBe(CROSS_SITE_MESSAGE);
  });
});
