import { describe, expect, it } from "vitest";
import { emailPreferenceInput } from "./email-preference-input";

describe("emailPreferenceInput", () => {
  it("reads a form with everything left out as off, significant, immediate, 08 UTC, GitHub address", () => {
    expect(emailPreferenceInput.parse({})).toEqual({
      enabled: false,
      level: "significant",
      cadence: "immediate",
      digestHour: 8,
      address: undefined,
    });
  });

  it("reads form strings and JSON values alike", () => {
    const form = { enabled: "on", level: "every", cadence: "daily", digestHour: "17", address: " me@example.org " };
    expect(emailPreferenceInput.parse(form)).toEqual({
      enabled: true,
      level: "every",
      cadence: "daily",
      digestHour: 17,
      address: "me@example.org",
    });
    expect(emailPreferenceInput.parse({ enabled: false, address: "" })).toMatchObject({
      enabled: false,
      address: undefined,
    });
  });

  it.each([
    [{ address: "not an address" }, "that is not an e-mail address"],
    [{ digestHour: "24" }, "the digest hour is 0 to 23 (UTC)"],
    [{ digestHour: "7.5" }, "the digest hour must be a whole hour"],
    [{ level: "all" }, "level must be every or significant"],
    [{ enabled: "yes" }, "enabled must be on or off"],
  ])("refuses %j", (input, message) => {
    const result = emailPreferenceInput.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(message);
  });
});
