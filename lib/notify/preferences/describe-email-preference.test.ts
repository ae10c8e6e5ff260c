import { describe, expect, it } from "vitest";
import { describeEmailPreference } from "./describe-email-preference";

const base = {
  enabled: true,
  level: "significant" as const,
  cadence: "immediate" as const,
  digestHour: 8,
  address: null,
  githubEmail: "alice@github.example",
};

describe("describeEmailPreference", () => {
  it("says off when off, whatever else is stored", () => {
    expect(describeEmailPreference({ ...base, enabled: false, cadence: "daily" })).toBe(
      "e-mail notifications are off.",
    );
  });

  it("names the level, the cadence with its hour, and where mail goes", () => {
    expect(describeEmailPreference(base)).toBe(
      "significant changes only, a mail for each, to alice@github.example (your GitHub e-mail).",
    );
    expect(
      describeEmailPreference({ ...base, level: "every", cadence: "daily", digestHour: 6, address: "a@mail.example" }),
    ).toBe("every change, one digest a day at 06:00 UTC, to a@mail.example.");
  });

  it("warns when there is no address to send to", () => {
    expect(describeEmailPreference({ ...base, githubEmail: null })).toMatch(/GitHub gave no e-mail address/);
  });
});
