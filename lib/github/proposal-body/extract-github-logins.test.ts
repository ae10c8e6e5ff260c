import { describe, expect, it } from "vitest";
import { extractGithubLogins, uniqueLogins } from "./extract-github-logins";

describe("extractGithubLogins", () => {
  it("reads @mentions in any list style", () => {
    expect(extractGithubLogins("@a, @b")).toEqual(["a", "b"]);
    expect(extractGithubLogins("@a and @b-c & @D9")).toEqual(["a", "b-c", "D9"]);
    expect(extractGithubLogins("@turt2live (on behalf of the SCT)")).toEqual(["turt2live"]);
    expect(extractGithubLogins("[@richvdh](https://github.com/richvdh)")).toEqual(["richvdh"]);
    expect(extractGithubLogins("@KitsuneRal.")).toEqual(["KitsuneRal"]);
  });

  it("does not take Matrix IDs or email addresses for logins", () => {
    expect(extractGithubLogins("@alice:matrix.org, @al.ice:example.org")).toEqual([]);
    expect(extractGithubLogins("bob@example.org")).toEqual([]);
    expect(extractGithubLogins("@alice:matrix.org (@alice)")).toEqual(["alice"]);
  });

  it("without mentions, takes bare logins and profile URLs but not names", () => {
    expect(extractGithubLogins("turt2live, https://github.com/richvdh/, Jane Doe")).toEqual(["turt2live", "richvdh"]);
    expect(extractGithubLogins("[Hubert](https://github.com/uhoreg)")).toEqual(["uhoreg"]);
    expect(extractGithubLogins("")).toEqual([]);
  });

  it("rejects what GitHub would not accept as a login", () => {
    expect(extractGithubLogins("-abc, abc-, a--b")).toEqual([]);
    expect(extractGithubLogins(`@${"a".repeat(40)}`)).toEqual([]);
  });
});

describe("uniqueLogins", () => {
  it("keeps the first spelling of logins that differ only in case", () => {
    expect(uniqueLogins(["KitsuneRal", "a", "kitsuneral", "A", "b"])).toEqual(["KitsuneRal", "a", "b"]);
  });
});
