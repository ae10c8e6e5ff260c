import { describe, expect, it } from "vitest";
import { phaseWhere } from "./phase-filter";

describe("phaseWhere", () => {
  it("filters nothing without phases and matches nothing with an empty list", () => {
    expect(phaseWhere(undefined)).toEqual({});
    expect(phaseWhere([])).toEqual({ OR: [] });
  });

  it("writes the phase precedence as conditions on the stored times", () => {
    expect(phaseWhere(["active", "proposed", "active"])).toEqual({
      OR: [
        { cancelledAt: null, completedAt: null, startedAt: { not: null } },
        { cancelledAt: null, completedAt: null, startedAt: null },
      ],
    });
    expect(phaseWhere(["finished"])).toEqual({ OR: [{ cancelledAt: null, completedAt: { not: null } }] });
    expect(phaseWhere(["cancelled"])).toEqual({ OR: [{ cancelledAt: { not: null } }] });
  });
});
