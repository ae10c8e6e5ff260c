import { describe, expect, it } from "vitest";
import { decodeFlash, flashCookieHeader, withFlashNonce } from "./flash";

const cookieValue = (header: string) => header.split(";", 1)[0]!.split("=", 2)[1];

describe("flash messages", () => {
  it("shows the message only on the view whose URL carries the cookie's nonce", () => {
    const value = cookieValue(flashCookieHeader({ ok: false, message: "This FCP has ended." }, "n1", false));
    expect(decodeFlash(value, "n1")).toEqual({ ok: false, message: "This FCP has ended." });
    expect(decodeFlash(value, "n2")).toBeNull();
    expect(decodeFlash(value, undefined)).toBeNull();
    expect(decodeFlash(value, ["n1", "n1"])).toBeNull();
    expect(decodeFlash(undefined, "n1")).toBeNull();
  });

  it("ignores a cookie it did not write", () => {
    expect(decodeFlash("not base64 json", "n1")).toBeNull();
    const forged = Buffer.from(JSON.stringify({ nonce: "n1", message: 5, ok: true })).toString("base64url");
    expect(decodeFlash(forged, "n1")).toBeNull();
  });

  it("sets a short-lived, script-proof cookie, Secure over https", () => {
    const header = flashCookieHeader({ ok: true, message: "Done." }, "n", true);
    expect(header).toMatch(/^msc-flash=[\w-]+; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax; Secure$/);
    expect(flashCookieHeader({ ok: true, message: "Done." }, "n", false)).not.toContain("Secure");
  });

  it("adds the nonce to the query, before the fragment", () => {
    expect(withFlashNonce("/proposals/1#fcp", "a b")).toBe("/proposals/1?flash=a%20b#fcp");
    expect(withFlashNonce("/proposals?q=x", "n")).toBe("/proposals?q=x&flash=n");
  });
});
